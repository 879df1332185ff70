import { loadEnv } from './env';

const secret = { SESSION_SECRET: 's'.repeat(40) };

it('applies the defaults', () => {
  const env = loadEnv({ ...secret });
  expect(env.PORT).toBe(3000);
  expect(env.LOG_LEVEL).toBe('info');
  expect(env.DATABASE_URL).toBeUndefined();
  expect(env.SEED_DEMO).toBeUndefined();
  expect(env.DATA_DIR).toMatch(/\.data$/);
});

it.each([
  [{ PORT: 'abc' }, /^PORT /],
  [{ PORT: '70000' }, /^PORT /],
  [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be a postgresql:\/\/ URL$/],
  [
    { DATABASE_URL: 'postgresql://app@db/cps', MIGRATION_DATABASE_URL: 'cps_owner@db' },
    /^MIGRATION_DATABASE_URL must be a postgresql:\/\/ URL$/,
  ],
  [{ MIGRATION_DATABASE_URL: 'postgresql://owner@db/cps' }, /^MIGRATION_DATABASE_URL needs DATABASE_URL/],
  [{ SEED_DEMO: 'maybe' }, /^SEED_DEMO must be true or false$/],
  [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long-enough-password' }, /^ADMIN_EMAIL /],
  [{ ADMIN_EMAIL: 'admin@county.wi.gov', ADMIN_PASSWORD: 'short' }, /^ADMIN_PASSWORD must be at least 12 characters$/],
  [{ ADMIN_EMAIL: 'admin@county.wi.gov' }, /ADMIN_EMAIL and ADMIN_PASSWORD go together/],
  [{ SESSION_SECRET: 'short' }, /^SESSION_SECRET must be at least 32 characters$/],
  [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL /],
])('refuses %p with one line naming the variable', (values, message) => {
  expect(() => loadEnv({ ...secret, ...values })).toThrow(message);
});

it("takes the owner for the migrations beside the app's DATABASE_URL", () => {
  const env = loadEnv({
    ...secret,
    DATABASE_URL: 'postgresql://cps_app:a@db/cps',
    MIGRATION_DATABASE_URL: 'postgresql://cps_owner:o@db/cps',
  });
  expect(env).toMatchObject({
    DATABASE_URL: 'postgresql://cps_app:a@db/cps',
    MIGRATION_DATABASE_URL: 'postgresql://cps_owner:o@db/cps',
  });
});

it('reads booleans and numbers from strings', () => {
  const env = loadEnv({ ...secret, PORT: '8080', SEED_DEMO: 'false', COOKIE_SECURE: 'true' });
  expect(env).toMatchObject({ PORT: 8080, SEED_DEMO: false, COOKIE_SECURE: true });
});

it('METRICS_TOKEN is unset by default: only loopback may read GET /api/metrics', () => {
  expect(loadEnv({ ...secret }).METRICS_TOKEN).toBeUndefined();
  const token = 'Abc.123-xyz_~!'.padEnd(32, '9');
  expect(loadEnv({ ...secret, METRICS_TOKEN: token }).METRICS_TOKEN).toBe(token);
});

it.each([
  ['a'.repeat(31), /^METRICS_TOKEN must be at least 32 characters$/],
  [
    `${'a'.repeat(20)} ${'b'.repeat(20)}`,
    /^METRICS_TOKEN must be letters, digits and punctuation only, without spaces$/,
  ],
  [`${'a'.repeat(32)}é`, /^METRICS_TOKEN must be letters, digits and punctuation only/],
])('refuses METRICS_TOKEN %p with one line naming it', (value, message) => {
  expect(() => loadEnv({ ...secret, METRICS_TOKEN: value })).toThrow(message);
});
