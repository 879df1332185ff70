import { Global, Module } from '@nestjs/common';
import { AccessReportsModule } from '../access-reports/access-reports.module';
import { AccessDeniedAudit } from './access-denied';
import { AccessLogController } from './access-log.controller';
import { AuditService } from './audit.service';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';

/**
 * The audit trail: its one writer for every feature (global, so no feature module imports it), the
 * admins' read of it and a report's access log.
 */
@Global()
@Module({
  imports: [AccessReportsModule],
  controllers: [AuditEventsController, AccessLogController],
  providers: [AuditService, AccessDeniedAudit, AuditEventsRepository],
  exports: [AuditService, AccessDeniedAudit],
})
export class AuditModule {}
