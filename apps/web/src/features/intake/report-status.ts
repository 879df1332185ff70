import type { ReportStatus, ReportSummary } from '@cps/domain';
import { formatChicago, formatDateOnly, formatDuration } from '../../ui/chicago-time';

const statusWords: Record<ReportStatus, string> = {
  DRAFT: 'Draft',
  AWAITING_SUPERVISOR: 'Submitted',
  SCREENED_IN: 'Screened in',
  SCREENED_OUT: 'Screened out',
  DISCARDED: 'Discarded',
};

export function statusText(status: ReportStatus): string {
  return statusWords[status] ?? status;
}

/** What the report waits for, in plain words. */
export function nextStep(report: ReportSummary): string {
  switch (report.status) {
    case 'DRAFT':
      return 'Draft — finish and submit';
    case 'AWAITING_SUPERVISOR':
      return 'Waiting for the supervisor';
    case 'SCREENED_IN': {
      const due = formatDateOnly(report.computed.initialAssessmentDueOn);
      if (!due) return 'Screened in — initial assessment under way';
      return report.computed.initialAssessmentOverdue
        ? `Screened in — findings overdue since ${due}`
        : `Screened in — findings due by ${due}`;
    }
    case 'SCREENED_OUT':
      return 'Screened out — nothing more to do';
    case 'DISCARDED':
      return 'Discarded — kept, never counted';
  }
}

export type ClockText = { text: string; tone: 'none' | 'ok' | 'soon' | 'late' };

const SOON_MS = 2 * 3_600_000;

/** LE-12H for a list row: due time and countdown, or how it ended. */
export function lawEnforcementText(report: ReportSummary, now: number): ClockText {
  const { lawEnforcementStatus: status, lawEnforcementDueAt: due } = report.computed;
  switch (status) {
    case 'NOT_REQUIRED':
      return { text: 'Not required', tone: 'none' };
    case 'ON_TIME':
      return { text: 'Referred on time', tone: 'ok' };
    case 'LATE':
      return { text: 'Referred late', tone: 'late' };
    case 'OVERDUE':
      return {
        text: `Overdue: was due ${formatChicago(due)}${due ? ` (${formatDuration(now - Date.parse(due))} ago)` : ''}`,
        tone: 'late',
      };
    case 'PENDING': {
      if (!due) return { text: 'Required: due time shown once the time received is entered', tone: 'soon' };
      const left = Date.parse(due) - now;
      if (left < 0)
        return { text: `Overdue: was due ${formatChicago(due)} (${formatDuration(-left)} ago)`, tone: 'late' };
      return { text: `Due ${formatChicago(due)} (in ${formatDuration(left)})`, tone: left < SOON_MS ? 'soon' : 'ok' };
    }
  }
}
