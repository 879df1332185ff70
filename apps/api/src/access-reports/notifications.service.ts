import { lawEnforcementNotificationSchema, notifiedAtIssues, tribalNotificationSchema } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { InvalidInput } from '../common/domain-error';
import { IdempotencyService, type Stored } from '../common/idempotency.service';
import { parseBody } from '../common/parse';
import type { Tx } from '../common/transactions';
import { AccessReportsRepository } from './access-reports.repository';
import type { ReportDto } from './report.mapper';
import { type RequestMeta, refuseIf, reportDocument } from './use-case.context';

/** A discarded draft is read-only: no call to the police or the tribe is recorded on it (a 409). */
const discardedConflict = (report: { status: string }) =>
  report.status === 'DISCARDED'
    ? 'The draft was discarded and is read-only: record the notification on the report that was completed'
    : null;

/** Who was told about a report: law enforcement and the child's tribe (any status, once per Idempotency-Key). */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly reports: AccessReportsRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  notifyLawEnforcement(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<Stored<ReportDto>> {
    const path = 'law-enforcement-notifications';
    return this.record(id, body, user, meta, lawEnforcementNotificationSchema, path, (tx, input) =>
      this.reports.addLawEnforcementNotification(tx, id, {
        notifiedAt: new Date(input.notifiedAt),
        agency: input.agency,
        method: input.method,
        contactName: input.contactName ?? null,
        recordedById: user.id,
      }),
    );
  }

  notifyTribe(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<Stored<ReportDto>> {
    return this.record(id, body, user, meta, tribalNotificationSchema, 'tribal-notifications', (tx, input) =>
      this.reports.addTribalNotification(tx, id, {
        notifiedAt: new Date(input.notifiedAt),
        tribe: input.tribe,
        method: input.method,
        contactName: input.contactName ?? null,
        recordedById: user.id,
      }),
    );
  }

  /** A notification of either kind (404, then 400): written with the report's new version and audit event. */
  private async record<I extends { notifiedAt: string }>(
    id: string,
    body: unknown,
    user: SessionUser,
    meta: RequestMeta,
    schema: z.ZodType<I>,
    path: 'law-enforcement-notifications' | 'tribal-notifications',
    write: (tx: Tx, input: I) => Promise<void>,
  ): Promise<Stored<ReportDto>> {
    const row = await this.reports.findScoped(id, user);
    const input = parseBody(schema, body);
    const issues = notifiedAtIssues(input.notifiedAt, row.receivedAt, new Date());
    if (issues.length) throw new InvalidInput(issues);
    refuseIf(discardedConflict(row));
    const action = path === 'tribal-notifications' ? 'report.tribe_notified' : 'report.law_enforcement_notified';
    return this.idempotency.run(
      user.id,
      meta.idempotencyKey,
      `POST /api/access-reports/${id}/${path}`,
      body,
      async (tx) => {
        refuseIf(discardedConflict(await this.reports.lockScoped(tx, id, user)));
        await write(tx, input);
        const event = { userId: user.id, action, entityType: 'AccessReport', ip: meta.ip };
        await this.audit.record({ ...event, entityId: id, reportId: id }, tx);
        return { status: 201, body: await reportDocument(this.reports, id, user, tx) };
      },
      meta.ip,
    );
  }
}
