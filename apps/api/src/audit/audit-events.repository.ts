import { Injectable } from '@nestjs/common';
import { auditPeriod, type AccessLogEntry, type AuditEventEntry, type AuditQuery } from '@cps/domain';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../common/prisma.service';

const eventSelect = { id: true, at: true, userId: true, action: true, entityType: true, entityId: true, reportId: true, ip: true } as const;

/** Reads the audit trail. Nothing here, or anywhere in the API, changes or deletes an event. */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async page(query: AuditQuery): Promise<{ items: AuditEventEntry[]; total: number }> {
    const period = auditPeriod(query.from, query.to);
    const where: Prisma.AuditEventWhereInput = {
      ...(query.entityId !== undefined ? { entityId: query.entityId } : {}),
      ...(query.userId !== undefined ? { userId: query.userId } : {}),
      ...(query.reportId !== undefined ? { reportId: query.reportId } : {}),
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
    return { items: rows.map((row) => ({ ...row, id: row.id.toString(), at: row.at.toISOString() })), total };
  }

  /** Who read or changed one report, refused attempts included, newest first (the report_id index). */
  async accessLog(reportId: string): Promise<AccessLogEntry[]> {
    const rows = await this.prisma.$queryRaw<{ at: Date; userId: string | null; userName: string | null; action: string }[]>`
      SELECT e.at, e.user_id AS "userId", u.name AS "userName", e.action
      FROM audit_events e LEFT JOIN users u ON u.id = e.user_id
      WHERE e.report_id = ${reportId}::uuid
      ORDER BY e.at DESC, e.id DESC`;
    return rows.map((r) => ({ at: r.at.toISOString(), userId: r.userId, userName: r.userName, action: r.action }));
  }
}
