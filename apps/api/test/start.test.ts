import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, type ClientConfig } from 'pg';
import { findFreePort, loadEmbeddedPostgres, PASSWORDS_FILE, SOCKET_DIR } from '../src/db/embedded-postgres';
import { applyMigrations, defaultMigrationsDir } from '../src/db/migrations';
import { type AppProcess, newDataDir, startAppProcess } from './app-process';
import { child, draftBody, maltreater } from './report-bodies';

// `npm start` as a person runs it: the built API as a process, an embedded PostgreSQL of its own.
const main = path.resolve(__dirname, '../dist/main.js');
const running: AppProcess[] = [];
afterAll(() => running.forEach((app) => app.child.exitCode === null && app.child.kill('SIGKILL')));

it('stops with one line naming a bad variable (exit 1), no stack trace', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'not-a-port' };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [main], { env, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stderr.trim()).toMatch(/^Configuration error: PORT must be a port number$/);
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
});

const signIn = (url: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'worker.milwaukee@demo.wi.gov', password: 'demo-password-2026' }),
  });

it('starts on a new embedded database with demo data, stops cleanly on Ctrl-C, and restarts on the same data', async () => {
  const dataDir = newDataDir();
  try {
    const first = await startAppProcess({ dataDir, env: { LOG_LEVEL: 'info' } });
    running.push(first);
    const output = first.log.join('');
    expect(output).toMatch(/PostgreSQL \(embedded\) created/);
    expect(output).toMatch(/Demo data seeded/);
    expect(output).toMatch(/worker\.milwaukee@demo\.wi\.gov/);
    const health = await fetch(`${first.url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
    expect((await signIn(first.url)).status).toBe(200);
    // Logs hold no personal data. A whole intake journey with unmistakable values, then a grep.
    const { token } = (await (await signIn(first.url)).json()) as { token: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const body = draftBody({
      persons: [
        child({ firstName: 'Zephyrine', lastName: 'Quillfeather', dateOfBirth: '2008-02-14' }),
        maltreater({ firstName: 'Ambrose', lastName: 'Vexley' }),
      ],
      narrative: 'Marker narrative: the caller saw a youth at the Pinecrest motel.',
      reporter: { type: 'MEDICAL', name: 'Dr. Orsolya Brandt', phone: '414-555-0199', anonymous: false },
    });
    const created = (await (
      await fetch(`${first.url}/api/access-reports`, { method: 'POST', headers, body: JSON.stringify(body) })
    ).json()) as { id: string; status: string };
    expect(created.status).toBe('DRAFT');
    await fetch(`${first.url}/api/persons/search?lastName=Quillfeather&firstName=Zephyrine&dateOfBirth=2008-02-14`, {
      headers,
    });
    await fetch(`${first.url}/api/access-reports/${created.id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ ...body, version: 1 }),
    });
    await fetch(`${first.url}/api/access-reports/${created.id}/submit`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ version: 2 }),
    });
    await fetch(`${first.url}/api/access-reports/${created.id}`, { headers });
    await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'marker.person@demo.wi.gov', password: 'Marker-Secret-Password' }),
    });
    expect(await first.stop()).toBe(0);
    const logs = first.log.join('');
    expect(logs).toMatch(/"path":"\/api\/persons\/search"/); // the requests were logged…
    expect(logs).not.toMatch(
      /Zephyrine|Quillfeather|2008-02-14|Ambrose|Vexley|Marker narrative|Pinecrest|Orsolya|Brandt|414-555-0199|Marker-Secret-Password|marker\.person/i,
    ); // …without their data
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false); // PostgreSQL stopped

    const second = await startAppProcess({ dataDir, port: first.port });
    running.push(second);
    expect(second.log.join('')).toMatch(/PostgreSQL \(embedded\) started/);
    expect(second.log.join('')).not.toMatch(/Demo data seeded|Migrations applied/);
    expect((await signIn(second.url)).status).toBe(200); // the data was kept
    expect(await second.stop()).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 90_000);

const ROUTE_LINES = /RoutesResolver|RouterExplorer|InstanceLoader|Mapped \{/;

it('ends its start with one ready line (address, demo sign-ins), Nest start-up lines only at debug level', async () => {
  const demo = await startAppProcess({ env: { LOG_LEVEL: 'info' } });
  running.push(demo);
  expect((await fetch(`${demo.url}/api/health`)).status).toBe(200);
  expect(await demo.stop()).toBe(0); // every log line written
  const lines = demo.log.join('').split('\n');
  expect(lines.filter((l) => l.startsWith('Ready'))).toEqual([
    expect.stringMatching(
      new RegExp(
        `^Ready on http://localhost:${demo.port} in \\d+\\.\\d s \\(API docs at /api/docs\\)\\. ` +
          'Demo sign-ins: worker\\.milwaukee@demo\\.wi\\.gov, .*admin@demo\\.wi\\.gov.*, password demo-password-2026\\. ' +
          'Press Ctrl-C to stop\\.$',
      ),
    ),
  ]);
  expect(lines.filter((l) => ROUTE_LINES.test(l))).toEqual([]);

  // No demo data: the ready line names no sign-ins; at debug level Nest's lines are there.
  const plain = await startAppProcess({ env: { LOG_LEVEL: 'debug', SEED_DEMO: 'false' } });
  running.push(plain);
  expect(await plain.stop()).toBe(0);
  const output = plain.log.join('');
  expect(output).toMatch(
    new RegExp(
      `^Ready on http://localhost:${plain.port} in [\\d.]+ s \\(API docs at /api/docs\\)\\. Press Ctrl-C to stop\\.$`,
      'm',
    ),
  );
  expect(output).not.toMatch(/Demo sign-ins|demo-password/);
  expect(output).toMatch(/"level":20,.*"context":"RouterExplorer","msg":"Mapped \{\/api\/health, GET\} route"/);
}, 90_000);

/** A connection, opened: the refusals below are the server's (or no server at all). */
async function connect(config: ClientConfig): Promise<Client> {
  const client = new Client({ ...config, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

type Passwords = { postgres: string; cps_owner: string; cps_app: string };
const keptPasswords = (dataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(dataDir, PASSWORDS_FILE), 'utf8')) as Passwords;
/** The port PostgreSQL took (its socket is named after it), from its pid file. */
const postgresPort = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);

it('keeps its PostgreSQL to itself: no TCP, a socket only its user can reach, generated passwords (file mode 600), no trust', async () => {
  const app = await startAppProcess({ env: { LOG_LEVEL: 'info' } });
  running.push(app);
  const { dataDir } = app;
  const socket = path.join(dataDir, SOCKET_DIR);
  const port = postgresPort(dataDir);
  expect(fs.statSync(path.join(dataDir, PASSWORDS_FILE)).mode & 0o777).toBe(0o600);
  expect(fs.statSync(socket).mode & 0o777).toBe(0o700);
  const passwords = keptPasswords(dataDir);
  expect(new Set(Object.values(passwords)).size).toBe(3);
  for (const password of Object.values(passwords)) {
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(app.log.join('')).not.toContain(password); // never printed
  }

  // Over TCP: nothing listens. Through the socket: a password, the right one, every time.
  await expect(
    connect({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' }),
  ).rejects.toThrow(/ECONNREFUSED/);
  await expect(connect({ host: socket, port, user: 'postgres', database: 'postgres' })).rejects.toThrow(/password/);
  for (const user of ['postgres', 'cps_owner', 'cps_app']) {
    await expect(connect({ host: socket, port, user, password: 'postgres', database: 'cps' })).rejects.toThrow(
      /password authentication failed/,
    );
  }
  const superuser = await connect({
    host: socket,
    port,
    user: 'postgres',
    password: passwords.postgres,
    database: 'cps',
  });
  try {
    expect((await superuser.query('SHOW listen_addresses')).rows).toEqual([{ listen_addresses: '' }]);
    const methods = await superuser.query('SELECT DISTINCT auth_method FROM pg_hba_file_rules');
    expect(methods.rows).toEqual([{ auth_method: 'scram-sha-256' }]);
    const owners = await superuser.query("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'");
    expect(owners.rows).toEqual([{ tableowner: 'cps_owner' }]);
  } finally {
    await superuser.end();
  }

  // The app's role appends to the audit trail and can do nothing else to it; the owner cannot truncate it.
  const appRole = await connect({ host: socket, port, user: 'cps_app', password: passwords.cps_app, database: 'cps' });
  const owner = await connect({
    host: socket,
    port,
    user: 'cps_owner',
    password: passwords.cps_owner,
    database: 'cps',
  });
  try {
    await appRole.query("INSERT INTO audit_events (action) VALUES ('outsider.check')");
    await expect(appRole.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied/);
    await expect(appRole.query("UPDATE audit_events SET action = 'changed'")).rejects.toThrow(/permission denied/);
    await expect(appRole.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
    await expect(owner.query('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE is not allowed/);
    const kept = await owner.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'outsider.check'");
    expect(kept.rows).toEqual([{ n: 1 }]);
  } finally {
    await Promise.all([appRole.end(), owner.end()]);
  }

  // …and the app, connected as that role, works: health, sign-in, a report.
  expect(await (await fetch(`${app.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'up' });
  const { token } = (await (await signIn(app.url)).json()) as { token: string };
  const created = await fetch(`${app.url}/api/access-reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(draftBody({})),
  });
  expect(created.status).toBe(201);
  expect(await app.stop()).toBe(0);
}, 90_000);

it('brings a cluster from before (superuser postgres/postgres on TCP) in line on its next start, its data kept', async () => {
  const dataDir = newDataDir();
  try {
    // The cluster as the previous version made it, migrated up to the migration before this change.
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const oldPort = await findFreePort();
    const before = new EmbeddedPostgres({
      databaseDir: path.join(dataDir, 'pg'),
      port: oldPort,
      user: 'postgres',
      password: 'postgres',
      authMethod: 'password',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await before.initialise();
    await before.start();
    const oldUrl = `postgresql://postgres:postgres@127.0.0.1:${oldPort}`;
    const setup = await connect({ connectionString: `${oldUrl}/postgres` });
    await setup.query('CREATE DATABASE cps');
    await setup.end();
    const migrations = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync(defaultMigrationsDir(), migrations, { recursive: true });
    fs.rmSync(path.join(migrations, '20261206193000_audit_events_no_truncate'), { recursive: true });
    await applyMigrations(`${oldUrl}/cps`, { dir: migrations });
    fs.rmSync(migrations, { recursive: true, force: true });
    const old = await connect({ connectionString: `${oldUrl}/cps` });
    await old.query("INSERT INTO audit_events (action) VALUES ('from.before')");
    await old.end();
    await before.stop();

    const app = await startAppProcess({
      dataDir,
      env: { LOG_LEVEL: 'info', ADMIN_EMAIL: 'first.admin@county.wi.gov', ADMIN_PASSWORD: 'first-admin-password' },
    });
    running.push(app);
    const output = app.log.join('');
    expect(output).toMatch(/PostgreSQL \(embedded\) started/);
    expect(output).toMatch(/Migrations applied: 20261206193000_audit_events_no_truncate/);
    expect(fs.statSync(path.join(dataDir, PASSWORDS_FILE)).mode & 0o777).toBe(0o600);
    const passwords = keptPasswords(dataDir);
    const port = postgresPort(dataDir);
    const socket = path.join(dataDir, SOCKET_DIR);
    for (const tcp of [oldPort, port]) {
      await expect(
        connect({ host: '127.0.0.1', port: tcp, user: 'postgres', password: 'postgres', database: 'postgres' }),
      ).rejects.toThrow(/ECONNREFUSED/);
    }
    await expect(
      connect({ host: socket, port, user: 'postgres', password: 'postgres', database: 'postgres' }),
    ).rejects.toThrow(/password authentication failed/);

    const owner = await connect({
      host: socket,
      port,
      user: 'cps_owner',
      password: passwords.cps_owner,
      database: 'cps',
    });
    const appRole = await connect({
      host: socket,
      port,
      user: 'cps_app',
      password: passwords.cps_app,
      database: 'cps',
    });
    try {
      expect((await owner.query("SELECT action FROM audit_events WHERE action = 'from.before'")).rows).toEqual([
        { action: 'from.before' },
      ]);
      const owners = await owner.query(
        "SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')",
      );
      expect(owners.rows).toEqual([{ owner: 'cps_owner' }]);
      await expect(owner.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
      await expect(appRole.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied/);
      await expect(appRole.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
    } finally {
      await Promise.all([owner.end(), appRole.end()]);
    }
    const login = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first.admin@county.wi.gov', password: 'first-admin-password' }),
    });
    expect(login.status).toBe(200);
    expect(await app.stop()).toBe(0);

    const again = await startAppProcess({ dataDir }); // and the next start is an ordinary one
    running.push(again);
    expect(keptPasswords(dataDir)).toEqual(passwords);
    expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
    expect(await again.stop()).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
