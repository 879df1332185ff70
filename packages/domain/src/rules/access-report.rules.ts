import type { reportStatuses } from '../codes/code-lists';
import { FUTURE_TOLERANCE_MS, type InputIssue } from '../reports/draft-checks';

// The report's lifecycle checks, answered as a message (the API's 409) or input issues (its 400),
// so the form can run them as the API does.

/** What the checks read of a stored report: its status and version. */
export type ReportState = { status: (typeof reportStatuses)[number]; version: number };

/** The 409 of a client that read an older version. */
export function staleVersionMessage(current: number): string {
  return `The report changed since you read it: version ${current} is current. Reload it to see what changed.`;
}

/** Only a draft at the version the client read may change: why this one may not, or null. */
export function editConflict(report: ReportState, version: number): string | null {
  if (report.status === 'DISCARDED') return 'The draft was discarded and can no longer be changed';
  if (report.status !== 'DRAFT') return 'The report was submitted and can no longer be edited';
  if (report.version !== version) return staleVersionMessage(report.version);
  return null;
}

/** Only a report awaiting its supervisor, at the version the supervisor read, may be decided: why not, or null. */
export function decisionConflict(report: ReportState, version: number): string | null {
  if (report.status === 'DRAFT' || report.status === 'DISCARDED') return 'The report has not been submitted yet';
  if (report.status !== 'AWAITING_SUPERVISOR') return 'The report has already been decided; decisions are final';
  if (report.version !== version) return staleVersionMessage(report.version);
  return null;
}

/**
 * The recommendation or decision as stored: the reason only for a screen-out, the response time
 * only for a screen-in, the original only for a screen-out as DUPLICATE_REPORT.
 */
export function storedChoice<D extends string, R extends string, T extends string>(choice: {
  decision: D;
  screenOutReason?: R | null;
  responseTime?: T | null;
  rationale?: string | null;
  duplicateOfReportId?: string | null;
}) {
  const screenOutReason = choice.decision === 'SCREEN_OUT' ? (choice.screenOutReason ?? null) : null;
  return {
    decision: choice.decision,
    screenOutReason,
    responseTime: choice.decision === 'SCREEN_IN' ? (choice.responseTime ?? null) : null,
    rationale: choice.rationale ?? null,
    duplicateOfReportId: screenOutReason === 'DUPLICATE_REPORT' ? (choice.duplicateOfReportId ?? null) : null,
  };
}

/** A notification's time: not in the future (a few minutes of clock drift allowed), not before the report was received. */
export function notifiedAtIssues(notifiedAt: string, receivedAt: Date | string | null, now: Date): InputIssue[] {
  const at = new Date(notifiedAt).getTime();
  if (at > now.getTime() + FUTURE_TOLERANCE_MS) return [{ path: 'notifiedAt', message: 'must not be in the future' }];
  if (receivedAt !== null && at < new Date(receivedAt).getTime()) {
    return [{ path: 'notifiedAt', message: 'must not be before the report was received' }];
  }
  return [];
}
