import { draftSchema, lawEnforcementNotificationSchema, reportListQuerySchema } from './access-report.schema';

// Every date and date-time of the report document reads only the years 1900-2100 (docs/http-api.md,
// "Conventions"): PostgreSQL would take year 1 or 9999, but no report is about them.

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

test.each(['1899-12-31', '2101-01-01', '0001-01-01', '9999-12-31'])(
  'a date of birth in %s is refused',
  (dateOfBirth) => {
    expect(paths(draftSchema.safeParse({ countyCode: '55079', persons: [{ key: 'c1', dateOfBirth }] }))).toEqual([
      'persons.0.dateOfBirth: must be a date from 1900 to 2100',
    ]);
  },
);

test.each([
  '1899-12-31T23:59:59.000Z',
  '2101-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00.000Z',
  '9999-12-31T00:00:00.000Z',
])('a receivedAt of %s is refused', (receivedAt) => {
  expect(paths(draftSchema.safeParse({ countyCode: '55079', receivedAt }))).toEqual([
    'receivedAt: must be a date-time from 1900 to 2100',
  ]);
});

test('a notifiedAt outside 1900-2100 is refused', () => {
  expect(
    paths(
      lawEnforcementNotificationSchema.safeParse({
        notifiedAt: '2101-01-01T00:00:00.000Z',
        method: 'PHONE',
        agency: 'MPD',
      }),
    ),
  ).toEqual(['notifiedAt: must be a date-time from 1900 to 2100']);
});

test('the from and to filters of the report list read only 1900-2100', () => {
  expect(paths(reportListQuerySchema.safeParse({ from: '1899-01-01', to: '2101-01-01' }))).toEqual([
    'from: must be a date from 1900 to 2100',
    'to: must be a date from 1900 to 2100',
  ]);
});

test('dates inside the range still pass', () => {
  expect(
    paths(
      draftSchema.safeParse({
        countyCode: '55079',
        receivedAt: '1900-01-01T00:00:00.000Z',
        persons: [{ key: 'c1', dateOfBirth: '2100-12-31' }],
      }),
    ),
  ).toEqual([]);
});

test('the list reads a search, openClock and a sort; empty values mean not given', () => {
  expect(reportListQuerySchema.parse({ q: '  Maya  ', openClock: 'true', sort: 'urgency' })).toMatchObject({
    q: 'Maya',
    openClock: 'true',
    sort: 'urgency',
  });
  expect(reportListQuerySchema.parse({ q: '  ', openClock: '', sort: '' })).toEqual({
    page: 1,
    pageSize: 50,
    sort: 'newest',
  });
  expect(paths(reportListQuerySchema.safeParse({ q: 'x'.repeat(101), openClock: 'yes', sort: 'oldest' }))).toEqual([
    'q: Search (q) must be at most 100 characters',
    'openClock: must be true or false',
    'sort: must be newest or urgency',
  ]);
  expect(paths(reportListQuerySchema.safeParse({ q: ['a', 'b'] }))).toEqual(['q: Search (q) must be text']);
});
