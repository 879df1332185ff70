import { dateOnlySchema, pageQuerySchema } from './query.schema';

test('page and pageSize default to 1 and 50, read from query strings', () => {
  expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 50 });
  expect(pageQuerySchema.parse({ page: '', pageSize: '' })).toEqual({ page: 1, pageSize: 50 });
  expect(pageQuerySchema.parse({ page: '3', pageSize: '200' })).toEqual({ page: 3, pageSize: 200 });
});

test.each([
  [{ page: '0' }, 'page'],
  [{ page: '-1' }, 'page'],
  [{ page: '1.5' }, 'page'],
  [{ page: 'two' }, 'page'],
  [{ pageSize: '201' }, 'pageSize'],
  [{ pageSize: '0' }, 'pageSize'],
])('refuses %p naming %s', (query, field) => {
  const result = pageQuerySchema.safeParse(query);
  expect(result.success).toBe(false);
  expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([field]);
});

test.each(['2018-03-02', '2020-02-29', '2000-02-29', '2026-12-31'])('accepts the date %s', (date) => {
  expect(dateOnlySchema.safeParse(date).success).toBe(true);
});

test.each([
  '2018-02-29',
  '1900-02-29',
  '2018-04-31',
  '2018-13-01',
  '2018-3-2',
  '2018-03-02T00:00:00Z',
  '03/02/2018',
  '',
])('refuses %p', (date) => {
  expect(dateOnlySchema.safeParse(date).success).toBe(false);
});

test.each(['1899-12-31', '2101-01-01', '0001-01-01', '9999-12-31'])(
  'refuses %p: outside the years 1900-2100',
  (date) => {
    expect(dateOnlySchema.safeParse(date).error?.issues.map((i) => i.message)).toEqual([
      'must be a date from 1900 to 2100',
    ]);
  },
);
