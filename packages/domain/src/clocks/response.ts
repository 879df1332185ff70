import type { contactKinds, contactOutcomes, reportStatuses, responseTimes } from '../codes/code-lists';
import { addDays, chicagoDate, chicagoMidnight } from '../time/chicago';
import { type ClockStatus, clockStatus, type Holidays, isBusinessDay } from './clocks';

// RESPONSE-TIME (docs/domain.md, "Clocks, exactly"): after screen-in, the first face-to-face contact
// with an alleged child victim is due within the decision's response time. Pure, beside LE-12H;
// holidays are read when the clock is read, as for LE-12H.

const HOUR_MS = 3_600_000;
export const RESPONSE_HOURS_48 = 48;
export const RESPONSE_BUSINESS_DAYS = 5;
// As lawEnforcementDueAt: a calendar with no business day this far ahead is refused.
const MAX_DAYS_WALKED = 3660;

export type ResponseTime = (typeof responseTimes)[number]['code'];
export type ContactKind = (typeof contactKinds)[number]['code'];
export type ContactOutcome = (typeof contactOutcomes)[number]['code'];

/** The end of a Chicago calendar date: the instant the next one begins (23 or 25 hours on DST days). */
function endOfChicagoDay(date: string): Date {
  return chicagoMidnight(addDays(date, 1));
}

/** The `n`th business day after `date` (which itself never counts). */
export function nthBusinessDayAfter(date: string, n: number, holidays: Holidays): string {
  const calendar = holidays instanceof Set ? holidays : new Set(holidays as readonly string[]);
  let day = date;
  let counted = 0;
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked++) {
    day = addDays(day, 1);
    if (isBusinessDay(day, calendar) && ++counted === n) return day;
  }
  throw new RangeError(`The holiday calendar leaves no business day within ${MAX_DAYS_WALKED} days of ${date}`);
}

/**
 * RESPONSE-TIME's due instant. SAME_DAY: the end of the Chicago day received. WITHIN_48_HOURS: 48
 * elapsed hours later. WITHIN_5_BUSINESS_DAYS: the end of the fifth business day (not Saturday,
 * Sunday or a holiday) after the Chicago date received; the day received never counts.
 */
export function responseDueAt(receivedAt: Date, responseTime: ResponseTime, holidays: Holidays): Date {
  const received = chicagoDate(receivedAt);
  switch (responseTime) {
    case 'SAME_DAY':
      return endOfChicagoDay(received);
    case 'WITHIN_48_HOURS':
      return new Date(receivedAt.getTime() + RESPONSE_HOURS_48 * HOUR_MS);
    case 'WITHIN_5_BUSINESS_DAYS':
      return endOfChicagoDay(nthBusinessDayAfter(received, RESPONSE_BUSINESS_DAYS, holidays));
  }
}

export type ResponseContact = {
  personId: string;
  kind: ContactKind;
  outcome: ContactOutcome;
  at: string | Date;
};

export type ResponseClockReport = {
  status: (typeof reportStatuses)[number];
  receivedAt: string | Date | null | undefined;
  /** The supervisor's decision's response time (null before a decision). */
  responseTime: ResponseTime | null | undefined;
  persons: readonly { key: string; personId?: string | null }[];
  allegations: readonly { childKey?: string | null }[];
  contacts: readonly ResponseContact[];
};

export type ResponseClock = {
  responseDueAt: string | null;
  /** From the earliest COMPLETED contact with an alleged child victim. */
  responseStatus: ClockStatus;
  /** "Seen or attempted on time": from the earliest such contact, COMPLETED or ATTEMPTED. */
  responseAttemptStatus: ClockStatus;
};

/** The registry ids of the alleged child victims: the children named in an allegation. */
export function allegedVictimIds(report: Pick<ResponseClockReport, 'persons' | 'allegations'>): Set<string> {
  const named = new Set(report.allegations.map((a) => a.childKey).filter((k): k is string => !!k));
  return new Set(report.persons.filter((p) => named.has(p.key) && p.personId).map((p) => p.personId as string));
}

function instant(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * RESPONSE-TIME: NOT_REQUIRED (and no due time) unless the report is SCREENED_IN. Only CHILD_SEEN
 * contacts with an alleged child victim count: a caregiver seen, or a child with no allegation,
 * never does. Attempts count only for the attempt status, never for the response itself.
 */
export function responseClock(report: ResponseClockReport, holidays: Holidays, now: Date): ResponseClock {
  if (report.status !== 'SCREENED_IN') {
    return { responseDueAt: null, responseStatus: 'NOT_REQUIRED', responseAttemptStatus: 'NOT_REQUIRED' };
  }
  const received = instant(report.receivedAt);
  const due = received && report.responseTime ? responseDueAt(received, report.responseTime, holidays) : null;
  const victims = allegedVictimIds(report);
  const withVictim = report.contacts.filter((c) => c.kind === 'CHILD_SEEN' && victims.has(c.personId));
  const seen = withVictim.filter((c) => c.outcome === 'COMPLETED');
  return {
    responseDueAt: due?.toISOString() ?? null,
    responseStatus: clockStatus(
      due,
      seen.map((c) => ({ notifiedAt: c.at })),
      now,
    ),
    responseAttemptStatus: clockStatus(
      due,
      withVictim.map((c) => ({ notifiedAt: c.at })),
      now,
    ),
  };
}
