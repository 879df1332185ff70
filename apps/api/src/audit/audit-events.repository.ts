import { Injectable } from '@nestjs/common';
import { auditPeriod, type AuditEventEntry, type AuditQuery } from '@cps/domain';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../common/prisma.service';

const eventSelect = { id: true, at: true, userId: true, action: true, entityType: true, entityId: true, ip: true } as const;

/** Reads the audit trail. Nothing here, or anywhere in the API, changes or deletes an event. */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async page(query: AuditQuery): Promise<{ items: AuditEventEntry[]; total: number }> {
    const period = auditPeriod(query.from, query.to);
    const where: Prisma.AuditEventWhereInput = {
      ...(query.entityId !== undefined ? { entityId: query.entityId } : {}),
      ...(query.userId !== undefined ? { userId: query.userId } : {}),
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
}
