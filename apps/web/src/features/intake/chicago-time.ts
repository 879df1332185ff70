import { CHICAGO_TIME_ZONE, chicagoDate } from '@cps/domain';

// The worker types Chicago wall time (the agency's clock, whatever the computer's zone); the
// document holds UTC instants. Intl only, like @cps/domain.

let wallFormatter: Intl.DateTimeFormat | undefined;
let displayFormatter: Intl.DateTimeFormat | undefined;
let dateFormatter: Intl.DateTimeFormat | undefined;

function wallParts(ms: number): Record<string, number> {
  wallFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: CHICAGO_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const out: Record<string, number> = {};
  for (const part of wallFormatter.formatToParts(new Date(ms))) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out;
}

/** Chicago wall time minus UTC at an instant, in ms (to the minute). */
function offsetAt(ms: number): number {
  const w = wallParts(ms);
  const wall = Date.UTC(w.year ?? 0, (w.month ?? 1) - 1, w.day ?? 1, w.hour ?? 0, w.minute ?? 0);
  return wall - (ms - (((ms % 60_000) + 60_000) % 60_000));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** '2018-03-02' + '09:04' Chicago → '2018-03-02T15:04:00.000Z'; null when either part is missing or bad. */
export function chicagoWallTimeToIso(date: string, time: string): string | null {
  if (!DATE.test(date) || !TIME.test(time)) return null;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc) || h > 23 || mi > 59) return null;
  let instant = asUtc - offsetAt(asUtc);
  const corrected = asUtc - offsetAt(instant);
  if (corrected !== instant) instant = corrected;
  return new Date(instant).toISOString();
}

/** An instant as the date and time inputs show it in Chicago. */
export function isoToChicagoParts(iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return { date: '', time: '' };
  const w = wallParts(ms);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return { date: chicagoDate(new Date(ms)), time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** Now, to the minute (what a worker would type). */
export function nowToTheMinute(now = new Date()): string {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
}

/** 'Mon, Mar 5, 2018, 8:00 AM CST' */
export function formatChicago(iso: string | null | undefined): string {
  if (!iso) return '';
  displayFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: CHICAGO_TIME_ZONE,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return displayFormatter.format(new Date(iso));
}

/** '2018-05-01' → 'May 1, 2018' (a calendar date, no zone shift). */
export function formatDateOnly(date: string | null | undefined): string {
  if (!date || !DATE.test(date)) return date ?? '';
  dateFormatter ??= new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
  return dateFormatter.format(new Date(`${date}T00:00:00Z`));
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
