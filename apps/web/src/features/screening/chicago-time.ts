import { CHICAGO_TIME_ZONE, chicagoDate } from '@cps/domain';

// Display and entry of instants in Chicago time, whatever the browser's own zone is.

const withYear = new Intl.DateTimeFormat('en-US', {
  timeZone: CHICAGO_TIME_ZONE,
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

const withoutYear = new Intl.DateTimeFormat('en-US', {
  timeZone: CHICAGO_TIME_ZONE,
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

const calendarDate = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});

const wallTime = new Intl.DateTimeFormat('en-US', {
  timeZone: CHICAGO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Fri, Mar 2, 2018, 9:04 AM CST"; `short` leaves out the year. */
export function formatChicagoDateTime(instant: string, { short = false } = {}): string {
  return (short ? withoutYear : withYear).format(new Date(instant));
}

/** A calendar date ('2018-05-01') as "Tue, May 1, 2018". */
export function formatCalendarDate(date: string): string {
  return calendarDate.format(new Date(`${date}T12:00:00Z`));
}

/** The Chicago wall clock of an instant, as a date and a time input hold it. */
export function chicagoDateAndTime(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(wallTime.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: chicagoDate(instant), time: `${parts.hour}:${parts.minute}` };
}

function wallClockAsUtc(ms: number): number {
  const parts = Object.fromEntries(wallTime.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
}

/** The instant at a Chicago date ('2018-03-02') and time ('09:04'), or null when either is not one. */
export function chicagoInstant(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(asUtc) || Number(t[1]) > 23 || Number(t[2]) > 59) return null;
  // The zone offset at a first guess, then at the corrected instant (they differ near a DST change).
  let instant = asUtc - (wallClockAsUtc(asUtc) - asUtc);
  instant = asUtc - (wallClockAsUtc(instant) - instant);
  return new Date(instant);
}
