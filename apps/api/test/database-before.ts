import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations, defaultMigrationsDir, readMigrations } from '../src/db/migrations';

export type DatabaseBefore = {
  /** Connected to the new database, as the server's admin (a migration's rights). */
  db: Client;
  /** Applies the rest of the committed migrations; the names applied. */
  migrate: () => Promise<string[]>;
  close: () => Promise<void>;
};

/**
 * A database of its own at the version before the migration whose name ends with `migration`, so
 * a test can write data as the older code did and then migrate it.
 */
export async function databaseBefore(migration: string): Promise<DatabaseBefore> {
  const server = process.env.CPS_TEST_SERVER_URL;
  if (!server) throw new Error('CPS_TEST_SERVER_URL is unset: run the API tests with jest (global setup)');
  const name = `cps_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  for (const m of readMigrations()) {
    if (m.name.endsWith(migration)) break;
    fs.cpSync(path.join(defaultMigrationsDir(), m.name), path.join(dir, m.name), { recursive: true });
  }
  await applyMigrations(url.toString(), { dir });
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  return {
    db,
    migrate: () => applyMigrations(url.toString()),
    close: async () => {
      await db.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
