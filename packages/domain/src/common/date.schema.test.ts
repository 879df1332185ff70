import { trainingDateSchema } from '../users/user.schema';
import { dateOnlySchema, dateTimeSchema, yearSchema } from './date.schema';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

test.each(['1900-01-01', '2018-03-02', '2100-12-31'])('accepts the date %s inside 1900-2100', (date) => {
  expect(dateOnlySchema.safeParse(date).success).toBe(true);
});

test.each(['1899-12-31', '2101-01-01', '0001-01-01', '9999-12-31'])(
  'refuses the date %s outside 1900-2100, in words',
  (date) => {
    expect(messages(dateOnlySchema.safeParse(date))).toEqual(['must be a date from 1900 to 2100']);
  },
);

test('a malformed date gets one message, not also the range', () => {
  expect(messages(dateOnlySchema.safeParse('99999-01-01'))).toEqual([
    'must be a real date written YYYY-MM-DD, like 2018-03-02',
  ]);
});

test.each(['1900-01-01T00:00:00.000Z', '2018-03-02T15:04:05.000Z', '2100-12-31T23:59:59-06:00'])(
  'accepts the date-time %s',
  (at) => {
    expect(dateTimeSchema.safeParse(at).success).toBe(true);
  },
);

test.each(['1899-12-31T23:59:59.000Z', '2101-01-01T00:00:00.000Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z'])(
  'refuses the date-time %s',
  (at) => {
    expect(messages(dateTimeSchema.safeParse(at))).toEqual(['must be a date-time from 1900 to 2100']);
  },
);

test('a date-time without a zone is refused as such', () => {
  expect(messages(dateTimeSchema.safeParse('2018-03-02T15:04:05'))).toEqual([
    'must be an ISO 8601 date-time with a zone, like 2018-03-02T15:04:05.000Z',
  ]);
});

test.each([
  ['1900', 1900],
  ['2100', 2100],
])('reads the year %s', (year, value) => {
  expect(yearSchema.parse(year)).toBe(value);
});

test.each(['1899', '2101', '1', '9999', '2018.5', 'twenty'])('refuses the year %s', (year) => {
  expect(yearSchema.safeParse(year).success).toBe(false);
});

test('a far year is one message: checks built on the date schema do not add theirs', () => {
  expect(messages(trainingDateSchema.safeParse('9999-01-01'))).toEqual(['must be a date from 1900 to 2100']);
});
