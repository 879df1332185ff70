// America/Chicago calendar arithmetic with Intl only, so the browser and Node agree without a
// time-zone library. Calendar dates are 'YYYY-MM-DD' strings; instants are Dates (UTC inside).

export const CHICAGO_TIME_ZONE = 'America/Chicago';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

let formatter: Intl.DateTimeFormat | undefined;

// Built on first use: constructing an Intl formatter is the slow part, reading it is cheap.
function chicagoFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: CHICAGO_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return formatter;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall clock as Intl gives it: exact, and slow (formatToParts is ~5 µs). */
function intlWallClock(ms: number): WallClock {
  const out: Record<string, number> = {};
  for (const part of chicagoFormatter().formatToParts(new Date(ms))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year ?? NaN,
    month: out.month ?? NaN,
    day: out.day ?? NaN,
    hour: out.hour ?? NaN,
    minute: out.minute ?? NaN,
    second: out.second ?? NaN,
  };
}

/** Date.UTC that also reads years 0-99 literally. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

const HOUR = 3_600_000;

/** Chicago wall time minus UTC at a whole second, from Intl. */
function intlOffsetMs(wholeSecondMs: number): number {
  const w = intlWallClock(wholeSecondMs);
  return utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) - wholeSecondMs;
}

// The offset of each UTC hour, learnt from Intl once. An hour whose first and last second have
// the same offset has it throughout (no zone changes twice within an hour); an hour with a change
// inside it (1883's switch from local mean time, say) is marked null and always asks Intl.
const hourOffsets = new Map<number, number | null>();

function hourOffset(ms: number): number | null {
  const hour = Math.floor(ms / HOUR);
  let offset = hourOffsets.get(hour);
  if (offset === undefined) {
    const first = intlOffsetMs(hour * HOUR);
    offset = first === intlOffsetMs(hour * HOUR + HOUR - 1000) ? first : null;
    if (hourOffsets.size >= 100_000) hourOffsets.clear();
    hourOffsets.set(hour, offset);
  }
  return offset;
}

function wallClock(ms: number): WallClock {
  const offset = hourOffset(ms);
  if (offset === null) return intlWallClock(ms);
  const d = new Date(ms + offset);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Chicago wall time minus UTC, in ms, at an instant (-6 h in winter, -5 h in summer). */
function chicagoOffsetMs(ms: number): number {
  return hourOffset(ms) ?? intlOffsetMs(ms - (((ms % 1000) + 1000) % 1000));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Reads 'YYYY-MM-DD', refusing dates that do not exist (2018-02-29). */
export function parseDate(date: string): { year: number; month: number; day: number } {
  const m = DATE_PATTERN.exec(date);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const back = new Date(utcMs(year, month, day));
    if (back.getUTCMonth() + 1 === month && back.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

export function isCalendarDate(date: string): boolean {
  try {
    parseDate(date);
    return true;
  } catch {
    return false;
  }
}

function toInstant(instant: Date | string): Date {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not an instant: ${JSON.stringify(String(instant))}`);
  return d;
}

/** The calendar date in Chicago of an instant ('2018-03-02T03:00:00Z' → '2018-03-01'). */
export function chicagoDate(instant: Date | string): string {
  const w = wallClock(toInstant(instant).getTime());
  return formatDate(w.year, w.month, w.day);
}

/** The instant at which a Chicago calendar date begins (00:00 local, which always exists:
 * Chicago changes its clocks at 02:00). */
export function chicagoMidnight(date: string): Date {
  const { year, month, day } = parseDate(date);
  const asUtc = utcMs(year, month, day);
  const firstGuess = asUtc - chicagoOffsetMs(asUtc);
  // The offset at the guess can differ from the offset at asUtc when a clock change lies between.
  return new Date(asUtc - chicagoOffsetMs(firstGuess));
}

/** Calendar arithmetic: the date n days later (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Days must be a whole number: ${n}`);
  const { year, month, day } = parseDate(date);
  const d = new Date(utcMs(year, month, day + n));
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Day of the week of a calendar date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const { year, month, day } = parseDate(date);
  return new Date(utcMs(year, month, day)).getUTCDay();
}

/** Today's date in Chicago. */
export function todayInChicago(now: Date): string {
  return chicagoDate(now);
}
