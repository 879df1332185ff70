import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { asOwner, createTestDatabase } from '../../test/test-app';
import { applyMigrations, defaultMigrationsDir, readMigrations } from './migrations';

// As the tables' owner, who runs the migrations (the app's role: app-role-grants.api.test.ts).
let url: string;
let db: Client;
beforeAll(async () => {
  url = asOwner(await createTestDatabase()); // already migrated (from the template)
  db = new Client({ connectionString: url });
  await db.connect();
});
afterAll(() => db.end());

it('records every committed migration, and applying again applies nothing', async () => {
  const { rows } = await db.query('SELECT migration_name FROM _prisma_migrations ORDER BY migration_name');
  expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
  expect(await applyMigrations(url)).toEqual([]);
});

it('refuses to run when an applied migration was edited afterwards', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const first = readMigrations(dir)[0]!.name;
  fs.appendFileSync(path.join(dir, first, 'migration.sql'), '\n-- edited\n');
  await expect(applyMigrations(url, { dir })).rejects.toThrow(`migration ${first} was changed after it was applied`);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('rolls back a failing migration whole and leaves no record of it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, '99990101000000_broken'));
  fs.writeFileSync(
    path.join(dir, '99990101000000_broken', 'migration.sql'),
    'CREATE TABLE half_written (id int);\nSELECT * FROM no_such_table;',
  );
  await expect(applyMigrations(url, { dir })).rejects.toThrow(/99990101000000_broken failed/);
  const table = await db.query("SELECT to_regclass('half_written') AS t");
  expect(table.rows[0].t).toBeNull();
  const recorded = await db.query("SELECT 1 FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'");
  expect(recorded.rowCount).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('keeps audit events append-only in the database itself', async () => {
  await db.query("INSERT INTO audit_events (action) VALUES ('test.event')");
  await expect(db.query("UPDATE audit_events SET action = 'changed'")).rejects.toThrow(/append-only/);
  await expect(db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  const { rows } = await db.query('SELECT action FROM audit_events');
  expect(rows).toEqual([{ action: 'test.event' }]);
});

it("refuses TRUNCATE of the audit events even to the tables' owner", async () => {
  await db.query("INSERT INTO audit_events (action) VALUES ('kept.event')");
  await expect(db.query('TRUNCATE audit_events')).rejects.toThrow(
    /audit_events is append-only: TRUNCATE is not allowed/,
  );
  const { rows } = await db.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'kept.event'");
  expect(rows).toEqual([{ n: 1 }]);
});

it('has the indexes the queries need: trigram last names nearest-first, names in full, reports by county/status/date, allegations by descriptor', async () => {
  const { rows } = await db.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'");
  const defs = rows.map((r) => r.indexdef as string);
  expect(defs.some((d) => /person_last_names.*gist.*last_name_key gist_trgm_ops/i.test(d))).toBe(true);
  expect(defs.some((d) => /persons.*btree \(last_name_key, first_name_key\)/i.test(d))).toBe(true);
  expect(defs.some((d) => /access_reports.*\(county_code, status, received_at\)/.test(d))).toBe(true);
  expect(defs.some((d) => /allegations.*gin \(descriptors\)/i.test(d))).toBe(true);
  const similar = await db.query("SELECT similarity('oconnor', 'oconner') > 0.4 AS close");
  expect(similar.rows[0].close).toBe(true);
});

it('refuses a second allegation of the same type for the same child in one report', async () => {
  const constraint = await db.query(
    "SELECT indexdef FROM pg_indexes WHERE tablename = 'allegations' AND indexdef LIKE '%UNIQUE%report_id, child_id, maltreatment_type%'",
  );
  expect(constraint.rowCount).toBe(1);
});
