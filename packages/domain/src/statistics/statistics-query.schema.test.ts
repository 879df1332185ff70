import { sexTraffickingQuerySchema } from './statistics-query.schema';

const issues = (input: Record<string, string>) => {
  const r = sexTraffickingQuerySchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test.each([
  [
    { from: '2017-06-01', to: '2018-08-31' },
    { from: '2017-06-01', to: '2018-08-31', suppress: false },
  ],
  [
    { from: '2019-01-01', to: '2019-01-01', suppress: 'true' },
    { from: '2019-01-01', to: '2019-01-01', suppress: true },
  ],
  [
    { from: '2019-01-01', to: '2019-01-02', suppress: '' },
    { from: '2019-01-01', to: '2019-01-02', suppress: false },
  ],
])('accepts %j', (input, parsed) => {
  expect(sexTraffickingQuerySchema.parse(input)).toEqual(parsed);
});

test.each([
  [{ to: '2018-08-31' }, ['from: is required: a date written YYYY-MM-DD, like 2018-08-31']],
  [{ from: '2018-08-31' }, ['to: is required: a date written YYYY-MM-DD, like 2018-08-31']],
  [{ from: '2018-02-30', to: '2018-08-31' }, ['from: must be a real date written YYYY-MM-DD, like 2018-03-02']],
  [{ from: '06/01/2017', to: '2018-08-31' }, ['from: must be a real date written YYYY-MM-DD, like 2018-03-02']],
  [{ from: '2018-09-01', to: '2018-08-31' }, ['to: must not be before from']],
  [{ from: '0000-01-01', to: '2018-08-31' }, ['from: must be a date from 1900 to 2100']],
  [{ from: '2017-06-01', to: '9999-12-31' }, ['to: must be a date from 1900 to 2100']],
  [{ from: '1899-12-31', to: '2018-08-31' }, ['from: must be a date from 1900 to 2100']],
  [{ from: '2017-06-01', to: '2101-01-01' }, ['to: must be a date from 1900 to 2100']],
  [{ from: '2017-06-01', to: '2018-08-31', suppress: 'yes' }, ['suppress: must be true or false']],
])('refuses %j', (input, expected) => {
  expect(issues(input)).toEqual(expected);
});
