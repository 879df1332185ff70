import { addDays, chicagoMidnight, reportListQuerySchema } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { parseBody } from '../common/parse';
import { PrismaService } from '../common/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { AccessReportsRepository } from './access-reports.repository';
import { reportInclude } from './report.include';
import { type ReportDto, toReportDto } from './report.mapper';

/** A row of a list: enough to triage (who, when, clocks), never the narrative. */
function toSummary(report: ReportDto) {
  const { violations: _v, languageWarnings: _l, ...clocks } = report.computed;
  return {
    id: report.id,
    reportNumber: report.reportNumber,
    countyCode: report.countyCode,
    status: report.status,
    version: report.version,
    receivedAt: report.receivedAt,
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
    submittedAt: report.submittedAt,
    createdBy: report.createdBy,
    reporterType: report.reporter.type,
    presentDangerThreat: report.presentDangerThreat,
    children: report.persons
      .filter((p) => p.roles.includes('CHILD'))
      .map((p) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName })),
    allegationCount: report.allegations.length,
    recommendation: report.recommendation
      ? { decision: report.recommendation.decision, responseTime: report.recommendation.responseTime }
      : null,
    decision: report.screening.decision
      ? { decision: report.screening.decision.decision, decidedAt: report.screening.decision.decidedAt }
      : null,
    computed: clocks,
  };
}

@Injectable()
export class ReportListService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reports: AccessReportsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: unknown, user: SessionUser, ip?: string) {
    const q = parseBody(reportListQuerySchema, query);
    const receivedAt: Prisma.DateTimeNullableFilter = {};
    if (q.from) receivedAt.gte = chicagoMidnight(q.from);
    if (q.to) receivedAt.lt = chicagoMidnight(addDays(q.to, 1));
    const where: Prisma.AccessReportWhereInput = {
      countyCode: user.countyCode ?? '',
      ...(q.status ? { status: q.status } : {}),
      ...(q.from || q.to ? { receivedAt } : {}),
    };
    const [rows, total, holidays] = await Promise.all([
      this.prisma.accessReport.findMany({
        where,
        include: reportInclude,
        relationLoadStrategy: 'join',
        orderBy: [{ receivedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
      this.prisma.accessReport.count({ where }),
      this.reports.holidays(),
    ]);
    const now = new Date();
    // A list shows children's names: who listed what is on the trail (the filters, never a name).
    const filters = {
      status: q.status ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      page: q.page,
      pageSize: q.pageSize,
    };
    await this.audit.record({
      userId: user.id,
      action: 'report.listed',
      entityType: 'AccessReportList',
      ip,
      details: { countyCode: user.countyCode, filters, total },
    });
    return { items: rows.map((row) => toSummary(toReportDto(row, { holidays, now, actor: user }))), total };
  }
}
