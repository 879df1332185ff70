import type { Pool } from 'pg';
import { raw, runOn, type Sql, sql } from '../common/sql';
import type { Prisma } from '../generated/prisma/client';

// Every audit event is written here: alone, inside a caller's transaction, or as a piece of a
// larger statement that writes it with the change it records (one round trip on the hot paths).

export type AuditEntry = {
  /** When it happened; now if not given. A statement that also stamps the change passes the same instant. */
  at?: Date;
  userId?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  /** The report the event is about, for the report itself or any part of it (docs/http-api.md: `?reportId=` gives its whole trail). */
  reportId?: string | null;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
};

/** A database client the writer can run on: the pool, or a Prisma transaction (the event commits with the change). */
export type AuditDb = Pool | Prisma.TransactionClient;

const COLUMNS = raw('at, user_id, action, entity_type, entity_id, report_id, ip, details');

function valuesOf(e: AuditEntry): Sql {
  const details = e.details === undefined ? null : JSON.stringify(e.details);
  return sql`${(e.at ?? new Date()).toISOString()}::timestamptz, ${e.userId ?? null}::uuid, ${e.action}::text,
    ${e.entityType ?? null}::text, ${e.entityId ?? null}::text, ${e.reportId ?? null}::uuid, ${e.ip ?? null}::text,
    ${details}::jsonb`;
}

/** The event as a statement of its own. */
export function auditInsert(entry: AuditEntry): Sql {
  return sql`INSERT INTO audit_events (${COLUMNS}) VALUES (${valuesOf(entry)})`;
}

/**
 * The event as a data-modifying CTE body of a larger statement: written once per row of the CTE
 * `source` (a change that matched no row writes no event).
 */
export function auditInsertFor(entry: AuditEntry, source: 'moved'): Sql {
  return sql`INSERT INTO audit_events (${COLUMNS}) SELECT ${valuesOf(entry)} FROM ${raw(source)}`;
}

/**
 * One event per row of the CTE `source`, whose `id` is a report: each event is about that report
 * (entity and report), e.g. each original whose list of duplicates a submit or decision changed.
 */
export function auditInsertForEachReport(entry: Omit<AuditEntry, 'entityId' | 'reportId'>, source: 'originals'): Sql {
  const details = entry.details === undefined ? null : JSON.stringify(entry.details);
  const row = raw(source);
  return sql`INSERT INTO audit_events (${COLUMNS})
    SELECT ${(entry.at ?? new Date()).toISOString()}::timestamptz, ${entry.userId ?? null}::uuid, ${entry.action}::text,
      ${entry.entityType ?? null}::text, ${row}.id::text, ${row}.id, ${entry.ip ?? null}::text, ${details}::jsonb
    FROM ${row}`;
}

/** Writes one event on `db`. */
export async function writeAudit(db: AuditDb, entry: AuditEntry): Promise<void> {
  await runOn(db, 'audit-insert', auditInsert(entry));
}
