import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { APP_ROLE } from '../src/db/cluster-roles';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { applyMigrations, readMigrations } from '../src/db/migrations';
import { newDataDir } from './app-process';
import { runBackupCli } from './backup-cli';

// A backup made by an older version (its schema some migrations back) restores on this code and is
// migrated forward; the backup is made with the app stopped (the command starts PostgreSQL itself).

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const BACKUP_KEY = 'c0ffee'.repeat(10).concat('c0ff');

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

it('restores a backup of an older schema and migrates it forward, its rows kept and derived tables built', async () => {
  const all = readMigrations().map((m) => m.name);
  const next = all.findIndex((name) => name.endsWith('_person_search_gist'));
  const older = all.slice(0, next);
  const source = newDataDir();
  folders.push(source);
  const db = await startEmbeddedPostgres({ dataDir: source });
  try {
    await applyMigrations(db.ownerUrl, { appRole: APP_ROLE, only: new Set(older) });
    await query(
      db.ownerUrl,
      `INSERT INTO persons (first_name, last_name, first_name_key, last_name_key, updated_at)
       VALUES ('Zephyrine', 'Quillfeather', 'zephyrine', 'quillfeather', now())`,
    );
  } finally {
    await db.stop();
  }

  const file = path.join(source, 'older.backup');
  const backup = await runBackupCli(['backup', file], { DATA_DIR: source, BACKUP_KEY });
  expect(backup).toMatchObject({ code: 0, stderr: '' });
  expect(backup.stdout).toContain(`schema ${older.at(-1)}`);
  expect(fs.existsSync(path.join(source, 'pg', 'postmaster.pid'))).toBe(false); // started for it, stopped after
  expect(fs.existsSync(path.join(source, 'backup-key'))).toBe(false); // BACKUP_KEY given: no key file

  const target = path.join(newDataDir(), 'restored');
  folders.push(path.dirname(target));
  const restore = await runBackupCli(['restore', file], { DATA_DIR: target, BACKUP_KEY });
  expect(restore).toMatchObject({ code: 0, stderr: '' });
  expect(restore.stdout).toMatch(new RegExp(`^Migrated forward: ${all.slice(next).join(', ')}$`, 'm'));
  expect(fs.existsSync(path.join(target, 'backup-key'))).toBe(false);

  const restored = await startEmbeddedPostgres({ dataDir: target });
  try {
    const applied = await query<{ name: string }>(
      restored.ownerUrl,
      'SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(applied.map((m) => m.name)).toEqual(all);
    expect(await query(restored.ownerUrl, 'SELECT first_name, last_name FROM persons')).toEqual([
      { first_name: 'Zephyrine', last_name: 'Quillfeather' },
    ]);
    // Made by the later migration from the restored rows, as it would have on the source.
    expect(await query(restored.ownerUrl, 'SELECT last_name_key FROM person_last_names')).toEqual([
      { last_name_key: 'quillfeather' },
    ]);
  } finally {
    await restored.stop();
  }
}, 90_000);

it('refuses a backup from a newer version, a DATA_DIR with no database, and a backup file that exists', async () => {
  const source = newDataDir();
  folders.push(source);
  const db = await startEmbeddedPostgres({ dataDir: source });
  try {
    await applyMigrations(db.ownerUrl, { appRole: APP_ROLE });
    await query(
      db.ownerUrl,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES (gen_random_uuid()::text, repeat('0', 64), '29991231000000_from_the_future', now(), 1)`,
    );
  } finally {
    await db.stop();
  }
  const file = path.join(source, 'newer.backup');
  expect(await runBackupCli(['backup', file], { DATA_DIR: source, BACKUP_KEY })).toMatchObject({ code: 0 });
  const again = await runBackupCli(['backup', file], { DATA_DIR: source, BACKUP_KEY });
  expect(again).toMatchObject({ code: 1, stderr: `db:backup: ${file} exists already: name a new file\n` });

  const target = path.join(newDataDir(), 'restored');
  folders.push(path.dirname(target));
  const restore = await runBackupCli(['restore', file], { DATA_DIR: target, BACKUP_KEY });
  expect(restore.code).toBe(1);
  expect(restore.stderr).toMatch(
    /^db:restore: the backup was made by a newer version of CPS Access \(its migration 29991231000000_from_the_future is unknown here\)/,
  );
  expect(fs.existsSync(target)).toBe(false);

  const nothing = newDataDir();
  folders.push(nothing);
  const none = await runBackupCli(['backup', path.join(nothing, 'x.backup')], { DATA_DIR: nothing, BACKUP_KEY });
  expect(none).toMatchObject({
    code: 1,
    stderr: `db:backup: DATA_DIR ${nothing} holds no database: nothing to back up\n`,
  });
  expect(fs.readdirSync(nothing)).toEqual([]);
}, 90_000);
