import { CHICAGO_TIME_ZONE, chicagoDate } from '@cps/domain';

// Chicago time for people: the agency's clock, whatever the browser's own zone. The document
// holds UTC instants; workers type and read Chicago wall time. Intl only, like @cps/domain.
// One conversion for the whole app (intake, queue, report page).

const wallTime = new Intl.DateTimeFormat('en-US', {
  timeZone: CHICAGO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const display = (year: boolean) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: CHICAGO_TIME_ZONE,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(year ? { year: 'numeric' } : {}),
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
const withYear = display(true);
const withoutYear = display(false);
const calendarDate = (weekday: boolean) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    ...(weekday ? { weekday: 'short' } : {}),
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
const withWeekday = calendarDate(true);
const plainDate = calendarDate(false);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

function wallParts(ms: number): Record<string, number> {
  return Object.fromEntries(
    wallTime
      .formatToParts(new Date(ms))
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
}

function wallClockAsUtc(ms: number): number {
  const p = wallParts(ms);
  // The formatter is built with all five fields, so Intl always gives them.
  const part = (name: string): number => {
    const value = p[name];
    if (value === undefined) throw new Error(`Chicago wall time: Intl gave no ${name}`);
    return value;
  };
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
}

/** The instant at a Chicago date ('2018-03-02') and time ('09:04'), or null when either is not one. */
export function chicagoInstant(date: string, time: string): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t || Number(t[1]) > 23 || Number(t[2]) > 59) return null;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(asUtc)) return null;
  // The zone offset at a first guess, then at the corrected instant (they differ near a DST change).
  const minute = (ms: number) => ms - (((ms % 60_000) + 60_000) % 60_000);
  let instant = asUtc - (wallClockAsUtc(asUtc) - minute(asUtc));
  instant = asUtc - (wallClockAsUtc(instant) - minute(instant));
  return new Date(instant);
}

/** '2018-03-02' + '09:04' Chicago → '2018-03-02T15:04:00.000Z'; null when either part is missing or bad. */
export function chicagoWallTimeToIso(date: string, time: string): string | null {
  return chicagoInstant(date, time)?.toISOString() ?? null;
}

/** The Chicago wall clock of an instant, as a date and a time input hold it. */
export function chicagoDateAndTime(instant: Date): { date: string; time: string } {
  const p = wallParts(instant.getTime());
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return { date: chicagoDate(instant), time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** An ISO instant as the date and time inputs show it in Chicago ('' when there is none). */
export function isoToChicagoParts(iso: string | null | undefined): { date: string; time: string } {
  const ms = iso ? new Date(iso).getTime() : Number.NaN;
  return Number.isNaN(ms) ? { date: '', time: '' } : chicagoDateAndTime(new Date(ms));
}

/** Now, to the minute (what a worker would type). */
export function nowToTheMinute(now = new Date()): string {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
}

/** "Fri, Mar 2, 2018, 9:04 AM CST"; `short` leaves out the year. */
export function formatChicagoDateTime(instant: string, { short = false } = {}): string {
  return (short ? withoutYear : withYear).format(new Date(instant));
}

/** As formatChicagoDateTime, '' for no instant. */
export function formatChicago(iso: string | null | undefined): string {
  return iso ? formatChicagoDateTime(iso) : '';
}

/** A calendar date ('2018-05-01') as "Tue, May 1, 2018" — no zone shift. */
export function formatCalendarDate(date: string): string {
  return withWeekday.format(new Date(`${date}T12:00:00Z`));
}

/** '2018-05-01' → 'May 1, 2018' (a calendar date, no zone shift); anything else as it is. */
export function formatDateOnly(date: string | null | undefined): string {
  if (!date || !DATE.test(date)) return date ?? '';
  return plainDate.format(new Date(`${date}T12:00:00Z`));
}

/** '3 h 20 min', '5 min', '40 s' */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
