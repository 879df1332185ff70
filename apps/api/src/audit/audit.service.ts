import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import type { Prisma } from '../generated/prisma/client';

export type AuditEntry = {
  userId?: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  /** The report the event is about, for the report itself or any part of it (api.md: `?reportId=` gives its whole trail). */
  reportId?: string | null;
  ip?: string;
  details?: Prisma.InputJsonValue;
};

type Writer = Pick<Prisma.TransactionClient, 'auditEvent'>;

/** Append-only audit trail. Pass the transaction client so the event commits with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  async record(entry: AuditEntry, tx: Writer = this.prisma): Promise<void> {
    await tx.auditEvent.create({ data: { ...entry, userId: entry.userId ?? null } });
  }
}
