import { findingSchema, findingViolations } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AccessReportsRepository } from '../access-reports/access-reports.repository';
import { toAllegationDto } from '../access-reports/report.mapper';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { NotFound, RuleViolation } from '../common/domain-error';
import { TX } from '../common/idempotency.service';
import { isUuid } from '../common/ids';
import { parseBody } from '../common/parse';
import { PrismaService } from '../common/prisma.service';

@Injectable()
export class FindingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reports: AccessReportsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Records (or corrects) the initial-assessment finding of one allegation of a screened-in report. */
  async record(allegationId: string, body: unknown, user: SessionUser, ip?: string) {
    const reportId = await this.reportOf(allegationId);
    await this.reports.findScoped(reportId, user);
    const input = parseBody(findingSchema, body);
    return this.prisma.$transaction(async (tx) => {
      const report = await this.reports.lockScoped(tx, reportId, user);
      const allegation = report.allegations.find((a) => a.id === allegationId)!;
      const keyOf = new Map(report.persons.map((p) => [p.personId, p.key]));
      const maltreaterKeys = allegation.maltreaters.map((m) => keyOf.get(m.personId)!);
      const refused = findingViolations(report.status, { maltreaterKeys }, input)[0];
      if (refused) throw new RuleViolation(refused.rule, refused.message, refused.path);
      const data = {
        finding: input.finding,
        maltreaterInterviewed: input.maltreaterInterviewed,
        parentalInvolvement: input.parentalInvolvement ?? null,
        rationale: input.rationale,
        recordedById: user.id,
        recordedAt: new Date(),
      };
      await tx.finding.upsert({ where: { allegationId }, create: { allegationId, ...data }, update: data });
      await tx.accessReport.update({
        where: { id: reportId },
        data: { version: { increment: 1 } },
        select: { id: true },
      });
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
      const saved = row.allegations.find((a) => a.id === allegationId)!;
      return toAllegationDto(saved, (id) => (id ? (keyOf.get(id) ?? null) : null));
    }, TX);
  }

  private async reportOf(allegationId: string): Promise<string> {
    if (!isUuid(allegationId)) throw new NotFound('Allegation');
    const allegation = await this.prisma.allegation.findUnique({
      where: { id: allegationId },
      select: { reportId: true },
    });
    if (!allegation) throw new NotFound('Allegation');
    return allegation.reportId;
  }
}
