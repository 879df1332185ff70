import { Module } from '@nestjs/common';
import { AccessLogController } from '../audit/access-log.controller';
import { AuditModule } from '../audit/audit.module';
import { ReferenceModule } from '../reference/reference.module';
import { AccessReportsController } from './access-reports.controller';
import { AccessReportsRepository } from './access-reports.repository';
import { AccessReportsService } from './access-reports.service';
import { ReportListService } from './report-list.service';

/** The access report: intake, screening, notifications. Its access log reads the report's scope, so it lives here. */
@Module({
  imports: [AuditModule, ReferenceModule],
  controllers: [AccessReportsController, AccessLogController],
  providers: [AccessReportsRepository, AccessReportsService, ReportListService],
  exports: [AccessReportsRepository],
})
export class AccessReportsModule {}
