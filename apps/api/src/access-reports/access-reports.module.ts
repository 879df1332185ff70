import { Module } from '@nestjs/common';
import { AccessLogController } from '../audit/access-log.controller';
import { AuditModule } from '../audit/audit.module';
import { ReportPrintedController } from '../audit/report-printed.controller';
import { ReferenceModule } from '../reference/reference.module';
import { AccessReportsController } from './access-reports.controller';
import { AccessReportsRepository } from './access-reports.repository';
import { ContactsService } from './contacts.service';
import { DraftsService } from './drafts.service';
import { HandoverController } from './handover.controller';
import { HandoverRepository } from './handover.repository';
import { HandoverService } from './handover.service';
import { IdentifierMatchesRepository } from './identifier-matches.repository';
import { IdentifierMatchesService } from './identifier-matches.service';
import { NotificationsService } from './notifications.service';
import { ReportListRepository } from './report-list.repository';
import { ScreeningService } from './screening.service';

/**
 * The access report: its use cases (drafts, screening, notifications) over one repository. Its access
 * log reads the report's scope, so that controller lives here too.
 */
@Module({
  imports: [AuditModule, ReferenceModule],
  controllers: [AccessReportsController, AccessLogController, HandoverController, ReportPrintedController],
  providers: [
    AccessReportsRepository,
    ReportListRepository,
    DraftsService,
    ScreeningService,
    NotificationsService,
    ContactsService,
    HandoverRepository,
    HandoverService,
    IdentifierMatchesRepository,
    IdentifierMatchesService,
  ],
  exports: [AccessReportsRepository, ReportListRepository],
})
export class AccessReportsModule {}
