import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NcandsController } from './ncands.controller';
import { NcandsRepository } from './ncands.repository';
import { NcandsService } from './ncands.service';

/** The NCANDS Child File extract under /api/reports. */
@Module({
  imports: [AuditModule],
  controllers: [NcandsController],
  providers: [NcandsService, NcandsRepository],
})
export class NcandsModule {}
