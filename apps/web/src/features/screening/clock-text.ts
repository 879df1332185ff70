import type { ClockStatus } from '@cps/domain';

// The words of the clocks: countdowns, ages and statuses, as people read them aloud.

const MINUTE = 60_000;

/** "3 h 12 min", "40 min", "2 d 4 h", "less than 1 min" (whole minutes, rounded down). */
export function durationText(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 1) return 'less than 1 min';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}

/** "due in 3 h 12 min" until the due time (inclusive), "overdue by 40 min" after it. */
export function countdownText(dueAt: string, now: Date): { overdue: boolean; text: string } {
  const left = new Date(dueAt).getTime() - now.getTime();
  return left >= 0
    ? { overdue: false, text: `due in ${durationText(left)}` }
    : { overdue: true, text: `overdue by ${durationText(left)}` };
}

/** "received 5 h ago": minutes within the first hour, hours within two days, then days. */
export function ageText(receivedAt: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - new Date(receivedAt).getTime()) / MINUTE);
  if (minutes < 1) return 'received just now';
  if (minutes < 60) return `received ${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `received ${hours} h ago`;
  return `received ${Math.floor(hours / 24)} d ago`;
}

/**
 * The status as of `now`: the API computed it when it answered, and a PENDING clock whose due
 * time has passed since then is OVERDUE (the rule of docs/domain.md, read again each minute).
 */
export function liveStatus(status: ClockStatus, dueAt: string | null, now: Date): ClockStatus {
  if (status === 'PENDING' && dueAt && now.getTime() > new Date(dueAt).getTime()) return 'OVERDUE';
  return status;
}

/** PENDING or OVERDUE: nobody has been notified yet and the clock still asks for it. */
export function isOpen(status: ClockStatus): boolean {
  return status === 'PENDING' || status === 'OVERDUE';
}

const statusWords: Record<ClockStatus, string> = {
  NOT_REQUIRED: 'Not required',
  PENDING: 'Pending',
  ON_TIME: 'Notified on time',
  LATE: 'Notified late',
  OVERDUE: 'Overdue',
};

export function clockStatusText(status: ClockStatus): string {
  return statusWords[status];
}

const responseWords: Record<ClockStatus, string> = {
  NOT_REQUIRED: 'Not required',
  PENDING: 'Pending',
  ON_TIME: 'Seen on time',
  LATE: 'Seen late',
  OVERDUE: 'Overdue',
};

/** RESPONSE-TIME's statuses: the child is seen, not notified. */
export function responseStatusText(status: ClockStatus): string {
  return responseWords[status];
}

const reportedWords: Record<ClockStatus, string> = {
  NOT_REQUIRED: 'Not required',
  PENDING: 'Pending',
  ON_TIME: 'Reported on time',
  LATE: 'Reported late',
  OVERDUE: 'Overdue',
};

/** MISSING-LE-8H's and MISSING-NCMEC-24H's statuses: the agency reports the child missing, to the police and NCMEC. */
export function reportedStatusText(status: ClockStatus): string {
  return reportedWords[status];
}
