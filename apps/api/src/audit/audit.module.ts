import { Module } from '@nestjs/common';
import { AccessDeniedAudit } from './access-denied';
import { AuditService } from './audit.service';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';

/** The audit trail: the writer every feature records with, and the admins' audit events page. */
@Module({
  controllers: [AuditEventsController],
  providers: [AuditService, AccessDeniedAudit, AuditEventsRepository],
  exports: [AuditService, AccessDeniedAudit, AuditEventsRepository],
})
export class AuditModule {}
