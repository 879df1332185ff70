import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import type { AuditEntry } from './audit.writer';
import { AuditEventsRepository } from './audit-events.repository';

export type { AuditEntry } from './audit.writer';

/** Append-only audit trail, for the services: every event goes through the one writer (audit.writer.ts). */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventsRepository) {}

  /** Pass the transaction client so the event commits with the change. */
  record(entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
    return this.events.append(entry, tx);
  }
}
