import { Module } from '@nestjs/common';
import { AccessReportsController } from './access-reports.controller';
import { AccessReportsRepository } from './access-reports.repository';
import { DraftsService } from './drafts.service';
import { NotificationsService } from './notifications.service';
import { ScreeningService } from './screening.service';

/** The access report: its use cases (drafts, screening, notifications) over one repository. */
@Module({
  controllers: [AccessReportsController],
  providers: [AccessReportsRepository, DraftsService, ScreeningService, NotificationsService],
  exports: [AccessReportsRepository],
})
export class AccessReportsModule {}
