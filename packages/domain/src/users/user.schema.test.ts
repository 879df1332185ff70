import { addDays, todayInChicago } from '../time/chicago';
import { countyCodeProblem, createUserSchema, updateUserSchema } from './user.schema';

const valid = { email: ' Casey.Worker@Dane.WI.gov ', name: 'Casey Worker', role: 'ACCESS_WORKER', countyCode: '55025' };

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.')).sort() ?? [];

test('a new user: email trimmed and lower-cased', () => {
  expect(createUserSchema.parse(valid)).toEqual({ ...valid, email: 'casey.worker@dane.wi.gov' });
});

test.each([
  [{ password: 'a-long-enough-password' }, ['password']],
  [{ countyCode: undefined }, ['countyCode']],
  [{ countyCode: null, role: 'SUPERVISOR' }, ['countyCode']],
  [{ role: 'ADMIN' }, ['countyCode']],
  [{ countyCode: 'Dane' }, ['countyCode']],
  [{ role: 'BOSS' }, ['role']],
  [{ email: 'casey' }, ['email']],
  [{ name: '  ' }, ['name']],
  [{ name: 'Casey\u0000' }, ['name']],
  [{ sexTraffickingTrainingCompletedOn: '2018-02-30' }, ['sexTraffickingTrainingCompletedOn']],
  [
    { sexTraffickingTrainingCompletedOn: addDays(todayInChicago(new Date()), 1) },
    ['sexTraffickingTrainingCompletedOn'],
  ],
])('refuses %p naming %p', (change, fields) => {
  expect(fieldsOf(createUserSchema.safeParse({ ...valid, ...change }))).toEqual(fields);
});

test('an admin has no county; training today is fine', () => {
  const admin = {
    ...valid,
    role: 'ADMIN',
    countyCode: undefined,
    sexTraffickingTrainingCompletedOn: todayInChicago(new Date()),
  };
  expect(createUserSchema.safeParse(admin).success).toBe(true);
});

test('countyCodeProblem: county staff need a county, admins have none', () => {
  expect(countyCodeProblem('ACCESS_WORKER', '55079')).toBeNull();
  expect(countyCodeProblem('SUPERVISOR', null)).toMatch(/required/);
  expect(countyCodeProblem('ADMIN', null)).toBeNull();
  expect(countyCodeProblem('ADMIN', '55079')).toMatch(/empty/);
});

test('a change: every field optional, nulls clear the county and the training date, never the name', () => {
  expect(updateUserSchema.parse({})).toEqual({});
  expect(updateUserSchema.parse({ countyCode: null, sexTraffickingTrainingCompletedOn: null })).toEqual({
    countyCode: null,
    sexTraffickingTrainingCompletedOn: null,
  });
  expect(fieldsOf(updateUserSchema.safeParse({ name: null, active: 'yes', password: 'short' }))).toEqual([
    'active',
    'name',
    'password',
  ]);
});

test('an administrator never sets a password: any password field is refused, in words', () => {
  for (const schema of [createUserSchema, updateUserSchema]) {
    const result = schema.safeParse({ ...valid, password: 'a-long-enough-password' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['password', expect.stringMatching(/^An administrator does not set passwords/)],
    ]);
  }
});
