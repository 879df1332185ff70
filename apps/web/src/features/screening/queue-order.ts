import type { ReportSummary } from '@cps/domain';
import { isOpen, liveStatus } from './clock-text';

// The supervisor's queue, most urgent first: an overdue LE-12H referral, then the earliest open
// LE-12H due time, then a present danger threat, then the oldest report.

type SortKey = readonly [number, number, number, number];

function sortKey(report: ReportSummary, now: Date): SortKey {
  const { lawEnforcementStatus, lawEnforcementDueAt } = report.computed;
  const status = liveStatus(lawEnforcementStatus, lawEnforcementDueAt, now);
  const openDue = isOpen(status) && lawEnforcementDueAt ? new Date(lawEnforcementDueAt).getTime() : Infinity;
  const received = report.receivedAt ? new Date(report.receivedAt).getTime() : Infinity;
  return [status === 'OVERDUE' ? 0 : 1, openDue, report.presentDangerThreat ? 0 : 1, received];
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (const i of [0, 1, 2, 3] as const) {
    const x = a[i];
    const y = b[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** A new array, most urgent first, as of `now`. */
export function mostUrgentFirst(reports: readonly ReportSummary[], now: Date): ReportSummary[] {
  return reports
    .map((report) => ({ report, key: sortKey(report, now) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.report.id.localeCompare(b.report.id))
    .map(({ report }) => report);
}

/** Screened-in reports whose clocks still ask for something: LE-12H, TRIBE-24H or RESPONSE-TIME open, IA-60D overdue. */
export function hasOpenClock(report: ReportSummary, now: Date): boolean {
  const c = report.computed;
  return (
    isOpen(liveStatus(c.lawEnforcementStatus, c.lawEnforcementDueAt, now)) ||
    isOpen(liveStatus(c.tribalNotificationStatus, c.tribalNotificationDueAt, now)) ||
    isOpen(liveStatus(c.responseStatus, c.responseDueAt, now)) ||
    c.initialAssessmentOverdue
  );
}
