import type { ClockStatus } from '@cps/domain';
import { formatChicagoDateTime } from '../../ui/chicago-time';
import { clockStatusText, countdownText, liveStatus } from './clock-text';

/** The words of a clock's statuses: notifications by default ("Notified on time"). */
export type StatusWords = (status: ClockStatus) => string;

type ClockCountdownProps = {
  dueAt: string | null;
  status: ClockStatus;
  now: Date;
  /** Leave out the year of the due time (tables of this year's work). */
  short?: boolean;
  /** Leave out the due time (shown in a column of its own). */
  hideDue?: boolean;
  /** "Pending: due in 3 h" rather than "Due in 3 h". */
  statusWord?: boolean;
  /** RESPONSE-TIME says "Seen on time" (responseStatusText). */
  words?: StatusWords;
};

/**
 * A clock's due time in Chicago time and where it stands: "due in 3 h 12 min", or "overdue by
 * 40 min" in red and in words. Not a live region: it changes each minute, and screen readers
 * hear about a change of status from the page's announcer instead.
 */
export function ClockCountdown({
  dueAt,
  status,
  now,
  short = false,
  hideDue = false,
  statusWord = false,
  words = clockStatusText,
}: ClockCountdownProps) {
  const live = liveStatus(status, dueAt, now);
  if (live === 'NOT_REQUIRED') return <span className="text-base-dark">Not required</span>;
  return (
    <span className="display-block">
      {dueAt && !hideDue && (
        <time className="display-block" dateTime={dueAt}>
          {formatChicagoDateTime(dueAt, { short })}
        </time>
      )}
      <ClockState status={live} dueAt={dueAt} now={now} statusWord={statusWord} words={words} />
    </span>
  );
}

type ClockStateProps = {
  status: ClockStatus;
  dueAt: string | null;
  now: Date;
  statusWord: boolean;
  words: StatusWords;
};

function ClockState({ status, dueAt, now, statusWord, words }: ClockStateProps) {
  if ((status === 'PENDING' || status === 'OVERDUE') && dueAt) {
    const { overdue, text } = countdownText(dueAt, now);
    return overdue ? (
      <strong className="display-block text-secondary-dark">{capitalise(text)}</strong>
    ) : (
      <span className="display-block">{statusWord ? `Pending: ${text}` : capitalise(text)}</span>
    );
  }
  if (status === 'LATE') return <strong className="display-block text-secondary-dark">{words(status)}</strong>;
  return <span className="display-block">{words(status)}</span>;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
