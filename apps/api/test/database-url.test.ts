import crypto from 'node:crypto';
import { Client } from 'pg';
import { type AppProcess, startAppProcess } from './app-process';
import { asApp, asOwner } from './test-app';

// `npm start` on an operator's own server, as the built app runs there: DATABASE_URL is the app's
// role, MIGRATION_DATABASE_URL the tables' owner. On the run's server (DATABASE_URL's when set),
// in empty scratch databases owned by the run's owner role, dropped at the end.
const running: AppProcess[] = [];
const scratch: string[] = [];
afterAll(async () => {
  running.forEach((app) => app.child.exitCode === null && app.child.kill('SIGKILL'));
  const admin = new Client({ connectionString: process.env.CPS_TEST_SERVER_URL });
  await admin.connect();
  for (const name of scratch) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

/** An empty database owned by the run's owner role: what an operator creates before the first start. */
async function emptyDatabase(): Promise<string> {
  const name = `cps_test_empty_${crypto.randomBytes(6).toString('hex')}`;
  const owner = decodeURIComponent(new URL(process.env.CPS_TEST_OWNER_URL ?? '').username);
  const admin = new Client({ connectionString: process.env.CPS_TEST_SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} OWNER ${owner}`);
  await admin.end();
  scratch.push(name);
  const url = new URL(process.env.CPS_TEST_APP_URL ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

const admin = { ADMIN_EMAIL: 'first.admin@county.wi.gov', ADMIN_PASSWORD: 'first-admin-password' };
const WARNING = /Warning: the role of DATABASE_URL owns the tables/;

it('migrates as MIGRATION_DATABASE_URL and serves as DATABASE_URL, which cannot erase the audit trail', async () => {
  const appUrl = await emptyDatabase();
  const app = await startAppProcess({
    env: { DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: asOwner(appUrl), ...admin, LOG_LEVEL: 'warn' },
  });
  running.push(app);
  const output = app.log.join('');
  expect(output).toMatch(/Migrations applied: /);
  expect(output).not.toMatch(WARNING);
  expect(await (await fetch(`${app.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'up' });
  const login = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD }),
  });
  expect(login.status).toBe(200); // written as the app's role: the sign-in's session and audit event

  const db = new Client({ connectionString: asApp(appUrl) });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    expect(rows[0]?.n).toBeGreaterThan(0);
    await expect(db.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied/);
    await expect(db.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
    const owners = await db.query<{ owner: string }>(
      "SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'",
    );
    expect(owners.rows).toEqual([{ owner: decodeURIComponent(new URL(asOwner(appUrl)).username) }]);
  } finally {
    await db.end();
  }
  expect(await app.stop()).toBe(0);
}, 90_000);

it('with DATABASE_URL alone (the owner), migrates and serves as before, and warns once that it could erase the audit trail', async () => {
  const ownerUrl = asOwner(await emptyDatabase());
  const app = await startAppProcess({ env: { DATABASE_URL: ownerUrl, LOG_LEVEL: 'warn' } });
  running.push(app);
  expect(app.log.join('').match(new RegExp(WARNING, 'g'))).toHaveLength(1);
  expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  expect(await app.stop()).toBe(0);
}, 90_000);
