import { dcfTables } from '../testing/report-fixture';
import {
  formatCount,
  formatLongDate,
  formatPeriod,
  formatShare,
  formatTenths,
  percentTenths,
  sharesNeedRoundingNote,
} from './report-display';

test.each([
  [178, 422, 422, '42.2%'],
  [244, 422, 578, '57.8%'],
  [1, 8, 125, '12.5%'], // exactly halfway: 12.5
  [49, 400, 123, '12.3%'], // 12.25 rounds half up, computed from the counts (49/400*100 in floating point is 12.249…)
  [2, 422, 5, '0.5%'],
  [0, 5, 0, '0.0%'],
  [5, 5, 1000, '100.0%'],
  [1, 0, null, '–'],
  [null, 10, null, '–'],
  [3, null, null, '–'],
])('%p of %p: %p tenths, %s', (part, whole, tenths, shown) => {
  expect(percentTenths(part, whole)).toBe(tenths);
  expect(formatShare(part, whole)).toBe(shown);
  expect(formatTenths(tenths)).toBe(shown);
});

const column = (t: number) => Object.values(dcfTables[t]!).map((r) => r[2]);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

test.each([
  // the DCF report prints the footnote under tables 4, 6, 8 and 10, not under 1, 2, 3, 5, 7 or 9
  [1, false],
  [2, false],
  [3, false],
  [4, true],
  [5, false],
  [6, true],
  [7, false],
  [8, true],
  [9, false],
  [10, true],
])('table %i of the DCF report needs the rounding note: %p', (t, expected) => {
  expect(sharesNeedRoundingNote(column(t), sum(column(t)))).toBe(expected);
});

test.each([
  [[1, 1, 1], 3, true], // 33.3 × 3 = 99.9
  [[1, 1], 2, false],
  [[0, 0], 0, false], // nothing to add
  [[null, 5], 10, false], // a hidden share
])('shares %j of %p: note %p', (parts, whole, expected) => {
  expect(sharesNeedRoundingNote(parts, whole)).toBe(expected);
});

test.each([
  [0, '0'],
  [1234567, '1,234,567'],
  [null, '*'],
])('formatCount(%p) = %s', (n, s) => expect(formatCount(n)).toBe(s));

test('dates and periods in words', () => {
  expect(formatLongDate('2017-06-01')).toBe('June 1, 2017');
  expect(formatPeriod({ from: '2017-06-01', to: '2018-08-31' })).toBe('June 1, 2017 – August 31, 2018');
  expect(formatPeriod({ from: '2019-03-10', to: '2019-03-10' })).toBe('March 10, 2019');
});
