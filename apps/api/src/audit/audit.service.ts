import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { type AuditEntry, writeAudit } from './audit.writer';

export type { AuditEntry } from './audit.writer';

/** Append-only audit trail, for the services: through the one writer (audit.writer.ts). */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  /** Pass the transaction client so the event commits with the change. */
  async record(entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
    await writeAudit(tx ?? this.prisma.pool, entry);
  }
}
