import { Module } from '@nestjs/common';
import { AccessReportsModule } from '../access-reports/access-reports.module';
import { AuditModule } from '../audit/audit.module';
import { MissingEpisodesController } from './missing-episodes.controller';
import { MissingEpisodesRepository } from './missing-episodes.repository';
import { MissingEpisodesService } from './missing-episodes.service';
import { ReturnScreenService } from './return-screen.service';

/** Missing-from-care episodes; a return screening with an indicator opens a report through the access report's repository. */
@Module({
  imports: [AuditModule, AccessReportsModule],
  controllers: [MissingEpisodesController],
  providers: [MissingEpisodesRepository, MissingEpisodesService, ReturnScreenService],
})
export class MissingEpisodesModule {}
