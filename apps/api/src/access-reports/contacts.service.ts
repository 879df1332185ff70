import { contactConflict, contactIssues, contactRequestSchema } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { InvalidInput } from '../common/domain-error';
import { IdempotencyService, type Stored } from '../common/idempotency.service';
import { parseBody } from '../common/parse';
import { AccessReportsRepository } from './access-reports.repository';
import type { ReportDto } from './report.mapper';
import type { LoadedRow } from './report-read.statements';
import { type RequestMeta, refuseIf, reportDocument } from './use-case.context';

/** What the contact checks read of the stored report: its status, received time and people. */
const contactReport = (row: LoadedRow) => ({
  status: row.status,
  receivedAt: row.receivedAt,
  persons: row.persons.map((p) => ({ personId: p.personId, roles: p.roles })),
});

/**
 * Initial contacts after screen-in (rule RESPONSE-TIME): any access worker or supervisor of the
 * report's county records one, as for notifications. Whoever saw the child records it (the on-call
 * worker of a same-day response as well as the assigned initial assessment worker); the contact
 * names who recorded it.
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly reports: AccessReportsRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** 404, 400 (the body), 409 (not screened in), 400 (time, person); written with a new version and its audit event. */
  async record(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<Stored<ReportDto>> {
    const row = await this.reports.findScoped(id, user);
    const input = parseBody(contactRequestSchema, body);
    refuseIf(contactConflict(row));
    const issues = contactIssues(input, contactReport(row), new Date());
    if (issues.length) throw new InvalidInput(issues);
    return this.idempotency.run(
      user.id,
      meta.idempotencyKey,
      `POST /api/access-reports/${id}/contacts`,
      body,
      async (tx) => {
        // Under the row lock: the status read above may have been the one before a change.
        refuseIf(contactConflict(await this.reports.lockScoped(tx, id, user)));
        await this.reports.addContact(tx, id, {
          personId: input.personId,
          kind: input.kind,
          outcome: input.outcome,
          at: new Date(input.at),
          note: input.note || null,
          recordedById: user.id,
        });
        const event = { userId: user.id, action: 'report.contact_recorded', entityType: 'AccessReport', ip: meta.ip };
        await this.audit.record({ ...event, entityId: id, reportId: id }, tx);
        return { status: 201, body: await reportDocument(this.reports, id, user, tx) };
      },
      meta.ip,
    );
  }
}
