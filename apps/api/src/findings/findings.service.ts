import { findingSchema, findingViolations } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AccessReportsRepository } from '../access-reports/access-reports.repository';
import { toAllegationDto } from '../access-reports/report.mapper';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { NotFound, RuleViolation } from '../common/domain-error';
import { parseBody } from '../common/parse';
import { Transactions } from '../common/transactions';

@Injectable()
export class FindingsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly reports: AccessReportsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Records (or corrects) the initial-assessment finding of one allegation of a screened-in report. */
  async record(allegationId: string, body: unknown, user: SessionUser, ip?: string) {
    const reportId = await this.reports.reportIdOfAllegation(allegationId);
    if (reportId === null) throw new NotFound('Allegation');
    await this.reports.findScoped(reportId, user);
    const input = parseBody(findingSchema, body);
    return this.transactions.run(async (tx) => {
      const report = await this.reports.lockScoped(tx, reportId, user);
      // An allegation never moves to another report, and a screened-in report's allegations stay.
      const allegation = report.allegations.find((a) => a.id === allegationId);
      if (!allegation) throw new NotFound('Allegation');
      const keyOf = new Map(report.persons.map((p) => [p.personId, p.key]));
      const maltreaterKeys = allegation.maltreaters.map((m) => {
        const key = keyOf.get(m.personId);
        if (key === undefined)
          throw new Error(`A maltreater of allegation ${allegationId} is not a person of its report`);
        return key;
      });
      const refused = findingViolations(report.status, { maltreaterKeys }, input)[0];
      if (refused) throw new RuleViolation(refused.rule, refused.message, refused.path);
      const finding = {
        allegationId,
        finding: input.finding,
        maltreaterInterviewed: input.maltreaterInterviewed,
        parentalInvolvement: input.parentalInvolvement ?? null,
        rationale: input.rationale,
        recordedById: user.id,
        recordedAt: new Date(),
      };
      await this.reports.saveFinding(tx, reportId, finding);
      await this.audit.record(
        {
          userId: user.id,
          action: 'allegation.finding_recorded',
          entityType: 'Allegation',
          entityId: allegationId,
          reportId,
          ip,
          details: { reportId, finding: input.finding },
        },
        tx,
      );
      const row = await this.reports.load(reportId, tx);
      const saved = row.allegations.find((a) => a.id === allegationId);
      if (!saved) throw new Error(`Allegation ${allegationId} is gone from its report after its finding was saved`);
      return toAllegationDto(saved, (id) => (id ? (keyOf.get(id) ?? null) : null));
    });
  }
}
