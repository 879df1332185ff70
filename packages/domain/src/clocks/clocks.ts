import type { reportStatuses } from '../codes/code-lists';
import { hasSexTrafficking, type RuleAllegation } from '../rules/rule-report';
import { addDays, chicagoDate, chicagoMidnight, todayInChicago, weekday } from '../time/chicago';

// The clocks of docs/domain.md ("Clocks, exactly"): LE-12H, TRIBE-24H and IA-60D. Holidays are an
// argument, read when the clock is read, so a holiday added later moves the due time.

const HOUR_MS = 3_600_000;
export const LAW_ENFORCEMENT_BUSINESS_HOURS = 12;
export const TRIBAL_NOTIFICATION_HOURS = 24;
export const INITIAL_ASSESSMENT_DAYS = 60;
// A guard against a calendar that holds no business day at all; a real one never gets near it.
const MAX_DAYS_WALKED = 3660;

export type ClockStatus = 'NOT_REQUIRED' | 'PENDING' | 'ON_TIME' | 'LATE' | 'OVERDUE';
export type Holidays = ReadonlySet<string> | readonly string[];

function holidaySet(holidays: Holidays): ReadonlySet<string> {
  return holidays instanceof Set ? holidays : new Set(holidays as readonly string[]);
}

/** Not Saturday, Sunday or a holiday of the calendar. */
export function isBusinessDay(date: string, holidays: Holidays): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidaySet(holidays).has(date);
}

/**
 * LE-12H: 12 hours counted only over time that falls on Chicago business days. Walks whole
 * Chicago days from the received instant, taking the real time from the cursor to the next
 * Chicago midnight on business days. DST changes happen on Sundays, which are skipped, so every
 * counted day is 24 hours and due times keep their Chicago wall time.
 * Friday 12:00 gives Saturday 00:00 (the end of Friday), not Monday.
 */
export function lawEnforcementDueAt(receivedAt: Date, holidays: Holidays): Date {
  const calendar = holidaySet(holidays);
  let remaining = LAW_ENFORCEMENT_BUSINESS_HOURS * HOUR_MS;
  let cursor = receivedAt.getTime();
  let day = chicagoDate(receivedAt);
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked++) {
    const nextDay = addDays(day, 1);
    const dayEnds = chicagoMidnight(nextDay).getTime();
    if (isBusinessDay(day, calendar)) {
      const available = dayEnds - cursor;
      if (remaining <= available) return new Date(cursor + remaining);
      remaining -= available;
    }
    cursor = dayEnds;
    day = nextDay;
  }
  throw new RangeError(`The holiday calendar leaves no business day within ${MAX_DAYS_WALKED} days of ${day}`);
}

/** TRIBE-24H: 24 elapsed hours after receipt. */
export function tribalNotificationDueAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + TRIBAL_NOTIFICATION_HOURS * HOUR_MS);
}

/** IA-60D: the Chicago date received + 60 days. */
export function initialAssessmentDueOn(receivedAt: Date | string): string {
  return addDays(chicagoDate(receivedAt), INITIAL_ASSESSMENT_DAYS);
}

export type ClockNotification = { notifiedAt: string | Date };

function toMs(instant: string | Date): number {
  return (typeof instant === 'string' ? new Date(instant) : instant).getTime();
}

/**
 * A required clock's status: ON_TIME or LATE from the earliest notification (at or before the due
 * time, or after); with none, PENDING until the due time and OVERDUE after it. Without a due time
 * (a draft not yet given its received time) it is PENDING.
 */
export function clockStatus(dueAt: Date | null, notifications: readonly ClockNotification[], now: Date): ClockStatus {
  if (!dueAt) return 'PENDING';
  const times = notifications.map((n) => toMs(n.notifiedAt)).filter((t) => !Number.isNaN(t));
  if (times.length > 0) return Math.min(...times) <= dueAt.getTime() ? 'ON_TIME' : 'LATE';
  return now.getTime() <= dueAt.getTime() ? 'PENDING' : 'OVERDUE';
}

export type ClockReport = {
  status: (typeof reportStatuses)[number];
  receivedAt: string | Date | null | undefined;
  persons: readonly { roles?: readonly string[] | null; indianChild?: string | null }[];
  allegations: readonly (Pick<RuleAllegation, 'maltreatmentType' | 'descriptors'> & { hasFinding: boolean })[];
  lawEnforcementNotifications: readonly ClockNotification[];
  tribalNotifications: readonly ClockNotification[];
};

export type Clocks = {
  lawEnforcementDueAt: string | null;
  lawEnforcementStatus: ClockStatus;
  tribalNotificationDueAt: string | null;
  tribalNotificationStatus: ClockStatus;
  initialAssessmentDueOn: string | null;
  initialAssessmentOverdue: boolean;
};

/** LE-12H applies: a SEXUAL_ABUSE allegation or any sex trafficking allegation. */
export function lawEnforcementRequired(report: Pick<ClockReport, 'allegations'>): boolean {
  return report.allegations.some((a) => a.maltreatmentType === 'SEXUAL_ABUSE' || hasSexTrafficking(a));
}

/** TRIBE-24H applies: some child is recorded as an Indian child. */
export function tribalNotificationRequired(report: Pick<ClockReport, 'persons'>): boolean {
  return report.persons.some((p) => (p.roles ?? []).includes('CHILD') && p.indianChild === 'YES');
}

function receivedInstant(receivedAt: ClockReport['receivedAt']): Date | null {
  if (!receivedAt) return null;
  const d = typeof receivedAt === 'string' ? new Date(receivedAt) : receivedAt;
  return Number.isNaN(d.getTime()) ? null : d;
}

export function computeClocks(report: ClockReport, holidays: Holidays, now: Date): Clocks {
  const received = receivedInstant(report.receivedAt);

  let lawEnforcementDue: Date | null = null;
  let lawEnforcementStatus: ClockStatus = 'NOT_REQUIRED';
  if (lawEnforcementRequired(report)) {
    lawEnforcementDue = received && lawEnforcementDueAt(received, holidays);
    lawEnforcementStatus = clockStatus(lawEnforcementDue, report.lawEnforcementNotifications, now);
  }

  // Every Indian child of one report shares its received time, so the earliest due time is this one.
  let tribalDue: Date | null = null;
  let tribalStatus: ClockStatus = 'NOT_REQUIRED';
  if (tribalNotificationRequired(report)) {
    tribalDue = received && tribalNotificationDueAt(received);
    tribalStatus = clockStatus(tribalDue, report.tribalNotifications, now);
  }

  const dueOn = received && initialAssessmentDueOn(received);
  const initialAssessmentOverdue =
    dueOn !== null &&
    report.status === 'SCREENED_IN' &&
    todayInChicago(now) > dueOn &&
    report.allegations.some((a) => !a.hasFinding);

  return {
    lawEnforcementDueAt: lawEnforcementDue?.toISOString() ?? null,
    lawEnforcementStatus,
    tribalNotificationDueAt: tribalDue?.toISOString() ?? null,
    tribalNotificationStatus: tribalStatus,
    initialAssessmentDueOn: dueOn,
    initialAssessmentOverdue,
  };
}
