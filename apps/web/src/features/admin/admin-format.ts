import { CHICAGO_TIME_ZONE } from '@cps/domain';

// Display words and formats of the admin pages.

const dateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const longDateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const chicagoTimeFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: CHICAGO_TIME_ZONE,
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** '2018-01-15' → 'January 15, 2018' (a calendar date: no time zone moves it). */
export function formatDate(date: string): string {
  return dateFormat.format(new Date(`${date}T00:00:00.000Z`));
}

/** '2018-01-01' → 'Monday, January 1, 2018'. */
export function formatLongDate(date: string): string {
  return longDateFormat.format(new Date(`${date}T00:00:00.000Z`));
}

/** An instant in Chicago wall time: 'Mar 2, 2018, 9:04:05 AM CST'. */
export function formatChicagoTime(instant: string): string {
  return chicagoTimeFormat.format(new Date(instant));
}

/** The page number of `?page=`, 1 when missing or not a whole number from 1. */
export function pageParam(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
