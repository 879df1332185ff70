import type { HistoryEntry } from '@cps/domain';
import type { HistoryRow } from './person-history.statement';

/** A row of the history → its entry: the caller's county's reports in full, the others' shared part only. */
export function toHistoryEntry(row: HistoryRow): HistoryEntry {
  const shared = {
    countyCode: row.countyCode,
    receivedAt: row.receivedAt ? row.receivedAt.toISOString() : null,
    status: row.status,
    decision: row.decision,
  } satisfies HistoryEntry;
  if (!row.own) return shared;
  return {
    ...shared,
    reportId: row.own.id,
    reportNumber: row.own.reportNumber,
    roles: row.own.roles,
    allegations: row.own.allegations.map((a) => ({
      maltreatmentType: a.maltreatmentType,
      descriptors: a.descriptors,
      finding: a.finding,
    })),
  } satisfies HistoryEntry;
}
