import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { asOwner, createTestDatabase } from '../../test/test-app';
import { canEraseAuditTrail, roleOf } from './app-role-grants';
import { applyMigrations, defaultMigrationsDir } from './migrations';

// The two roles, through real connections, on the run's server (embedded, or DATABASE_URL's with
// roles made for the run): the app's role cannot erase the audit trail, the owner's cannot
// truncate it, and the one grant step covers what later migrations add.
let appUrl: string;
let ownerUrl: string;
let app: Client;
let owner: Client;
beforeAll(async () => {
  appUrl = await createTestDatabase();
  ownerUrl = asOwner(appUrl);
  app = new Client({ connectionString: appUrl });
  owner = new Client({ connectionString: ownerUrl });
  await Promise.all([app.connect(), owner.connect()]);
});
afterAll(() => Promise.all([app.end(), owner.end()]));

const count = async (client: Client, action: string) =>
  (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE action = $1', [action])).rows[0]
    ?.n;

it('lets the app append audit events and read them, and refuses it TRUNCATE, UPDATE and DELETE by right', async () => {
  await app.query("INSERT INTO audit_events (action) VALUES ('app.appended')");
  expect(await count(app, 'app.appended')).toBe(1);
  await expect(app.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied for table audit_events/);
  await expect(app.query("UPDATE audit_events SET action = 'changed'")).rejects.toThrow(
    /permission denied for table audit_events/,
  );
  await expect(app.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied for table audit_events/);
  // Nor can it take the triggers away, nor make tables, nor touch the migration history.
  await expect(app.query('ALTER TABLE audit_events DISABLE TRIGGER USER')).rejects.toThrow(/must be owner/);
  await expect(app.query('DROP TABLE audit_events')).rejects.toThrow(/must be owner/);
  await expect(app.query('CREATE TABLE mine (id int)')).rejects.toThrow(/permission denied for schema public/);
  await expect(app.query('SELECT * FROM _prisma_migrations')).rejects.toThrow(/permission denied/);
  await expect(app.query('TRUNCATE users CASCADE')).rejects.toThrow(/permission denied/);
  expect(await count(owner, 'app.appended')).toBe(1);
});

it('refuses TRUNCATE of the audit events to the owner too (the trigger)', async () => {
  await owner.query("INSERT INTO audit_events (action) VALUES ('owner.appended')");
  await expect(owner.query('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE is not allowed/);
  expect(await count(owner, 'owner.appended')).toBe(1);
});

it('gives the app its rights on a table and sequence that a later migration adds, with no GRANT in it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  try {
    fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, '99990101000000_later_table'));
    fs.writeFileSync(
      path.join(dir, '99990101000000_later_table', 'migration.sql'),
      'CREATE TABLE later_notes (id serial PRIMARY KEY, note text);',
    );
    expect(await applyMigrations(ownerUrl, { dir, appRole: await roleOf(appUrl) })).toEqual([
      '99990101000000_later_table',
    ]);
    const { rows } = await app.query<{ id: number }>("INSERT INTO later_notes (note) VALUES ('first') RETURNING id");
    expect(rows).toEqual([{ id: 1 }]);
    await app.query("UPDATE later_notes SET note = 'changed'");
    await app.query('DELETE FROM later_notes');
    await expect(app.query('TRUNCATE later_notes')).rejects.toThrow(/permission denied/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('takes back, at the next migration run, rights given to the app by hand beyond its own', async () => {
  const appRole = await roleOf(appUrl);
  await owner.query(`GRANT ALL ON audit_events, users TO ${owner.escapeIdentifier(appRole)}`);
  await app.query("INSERT INTO audit_events (action) VALUES ('before.regrant')");
  expect(await applyMigrations(ownerUrl, { appRole })).toEqual([]);
  await expect(app.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied/);
  await expect(app.query("UPDATE audit_events SET action = 'changed'")).rejects.toThrow(/permission denied/);
  await expect(app.query('TRUNCATE users CASCADE')).rejects.toThrow(/permission denied/);
  expect(await count(app, 'before.regrant')).toBe(1);
});

it('tells whether a role could erase the audit trail: the owner could, the app cannot', async () => {
  expect(await canEraseAuditTrail(ownerUrl)).toBe(true);
  expect(await canEraseAuditTrail(appUrl)).toBe(false);
  // One role for everything (DATABASE_URL alone): the grant step has nothing to do and does not fail.
  expect(await applyMigrations(ownerUrl, { appRole: await roleOf(ownerUrl) })).toEqual([]);
});
