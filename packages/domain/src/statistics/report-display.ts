// Display arithmetic for the tables: percentages to one decimal, computed from the counts so that
// a share that is exactly halfway (1 of 8 = 12.5%) rounds the same way everywhere, and the
// DCF report's footnote when the shown shares do not add to 100.

/** A share in tenths of a percent, rounded half up; null when there is no whole or a count is hidden. */
export function percentTenths(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part * 1000) / whole);
}

/** 422 → "42.2%"; null → "–" (no share to show). */
export function formatTenths(tenths: number | null): string {
  if (tenths === null) return '–';
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

export function formatShare(part: number | null, whole: number | null): string {
  return formatTenths(percentTenths(part, whole));
}

/**
 * True when shares shown to one decimal do not add to exactly 100.0%: the table then carries the
 * DCF footnote "Does not add exactly to 100% due to rounding." Nothing to add (a hidden share, or
 * no total) needs no footnote.
 */
export function sharesNeedRoundingNote(parts: readonly (number | null)[], whole: number | null): boolean {
  if (whole === null || whole === 0) return false;
  let sum = 0;
  for (const p of parts) {
    const t = percentTenths(p, whole);
    if (t === null) return false;
    sum += t;
  }
  return sum !== 1000;
}

export const ROUNDING_NOTE = 'Does not add exactly to 100% due to rounding.';

/** 1234 → "1,234"; null → "*" (suppressed). */
export function formatCount(n: number | null): string {
  return n === null ? '*' : n.toLocaleString('en-US');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2017-06-01' → "June 1, 2017" (a calendar date, no time zone involved). */
export function formatLongDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const name = month === undefined ? undefined : MONTHS[month - 1];
  if (name === undefined) throw new Error(`Not a calendar date: ${date}`);
  return `${name} ${day}, ${year}`;
}

/** "June 1, 2017 – August 31, 2018", as the DCF report heads its tables. */
export function formatPeriod(period: { from: string; to: string }): string {
  return period.from === period.to
    ? formatLongDate(period.from)
    : `${formatLongDate(period.from)} – ${formatLongDate(period.to)}`;
}
