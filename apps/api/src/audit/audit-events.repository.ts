import { type AccessLogEntry, type AuditEventEntry, type AuditQuery, auditPeriod, isReportNumber } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { run, sql } from '../common/sql';
import type { Prisma } from '../generated/prisma/client';
import { type AuditEntry, writeAudit } from './audit.writer';

export type ReportScope = { id: string; countyCode: string | null };

const eventSelect = {
  id: true,
  at: true,
  userId: true,
  action: true,
  entityType: true,
  entityId: true,
  reportId: true,
  ip: true,
} as const;

/** The audit trail: appends through the one writer and reads. Nothing in the API changes or deletes an event. */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Pass the transaction client so the event commits with the change. */
  async append(entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
    await writeAudit(tx ?? this.prisma.pool, entry);
  }

  /**
   * The report the `reportId` and `reportNumber` filters name: its id (a number is looked up), null
   * for none (an unknown number, or two filters that name different reports), undefined for no filter.
   */
  private async reportIdOf(query: AuditQuery): Promise<string | null | undefined> {
    const given = [query.reportId, query.reportNumber].filter((v): v is string => v !== undefined);
    if (given.length === 0) return undefined;
    const numbers = given.filter(isReportNumber);
    const found = numbers.length
      ? await this.prisma.accessReport.findMany({
          where: { reportNumber: { in: numbers } },
          select: { id: true, reportNumber: true },
        })
      : [];
    const ids = given.map((v) => (isReportNumber(v) ? found.find((r) => r.reportNumber === v)?.id : v));
    const [first] = ids;
    return first !== undefined && ids.every((id) => id === first) ? first : null;
  }

  async page(query: AuditQuery): Promise<{ items: AuditEventEntry[]; total: number }> {
    const period = auditPeriod(query.from, query.to);
    const reportId = await this.reportIdOf(query);
    if (reportId === null) return { items: [], total: 0 };
    const where: Prisma.AuditEventWhereInput = {
      ...(query.entityId !== undefined ? { entityId: query.entityId } : {}),
      ...(query.userId !== undefined ? { userId: query.userId } : {}),
      ...(reportId !== undefined ? { reportId } : {}),
      ...(query.action !== undefined ? { action: query.action } : {}),
      ...(period.gte || period.lt ? { at: period } : {}),
    };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.auditEvent.findMany({
        where,
        select: eventSelect,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.auditEvent.count({ where }),
    ]);
    // The admin reads reports by number: each event carries its report's (one look-up for the page).
    const reportIdsOnPage = [...new Set(rows.map((r) => r.reportId).filter((id): id is string => id !== null))];
    const numbers = new Map(
      reportIdsOnPage.length
        ? (
            await this.prisma.accessReport.findMany({
              where: { id: { in: reportIdsOnPage } },
              select: { id: true, reportNumber: true },
            })
          ).map((r) => [r.id, r.reportNumber])
        : [],
    );
    return {
      items: rows.map((row) => ({
        ...row,
        id: row.id.toString(),
        at: row.at.toISOString(),
        reportNumber: (row.reportId && numbers.get(row.reportId)) ?? null,
      })),
      total,
    };
  }

  /** The report with this id and its county, if it exists (whose refusal an `access.denied` names). */
  reportScope(id: string): Promise<ReportScope | null> {
    return this.prisma.accessReport.findUnique({ where: { id }, select: { id: true, countyCode: true } });
  }

  /** The report an allegation belongs to, and its county, if the allegation exists. */
  async reportScopeOfAllegation(id: string): Promise<ReportScope | null> {
    const allegation = await this.prisma.allegation.findUnique({
      where: { id },
      select: { report: { select: { id: true, countyCode: true } } },
    });
    return allegation?.report ?? null;
  }

  /** The missing-from-care episode with this id and its county, if it exists. */
  missingEpisodeScope(id: string): Promise<ReportScope | null> {
    return this.prisma.missingEpisode.findUnique({ where: { id }, select: { id: true, countyCode: true } });
  }

  /** Who read or changed one report, refused attempts included, newest first (the report_id index). */
  async accessLog(reportId: string): Promise<AccessLogEntry[]> {
    const rows = await run<{ at: Date; userId: string | null; userName: string | null; action: string }>(
      this.prisma.pool,
      'access-log',
      sql`
        SELECT e.at, e.user_id AS "userId", u.name AS "userName", e.action
        FROM audit_events e LEFT JOIN users u ON u.id = e.user_id
        WHERE e.report_id = ${reportId}::uuid
        ORDER BY e.at DESC, e.id DESC`,
    );
    return rows.map((r) => ({ at: r.at.toISOString(), userId: r.userId, userName: r.userName, action: r.action }));
  }
}
