import fs from 'node:fs';
import path from 'node:path';
import { resolveDataDir } from '../common/env';
import { type RunningDatabase, runningDatabaseUrls, startEmbeddedPostgres } from '../db/embedded-postgres';
import { BackupError } from './backup-error';
import type { KeptFile, Manifest } from './backup-format';
import { keyForBackup, keyForRestore } from './backup-key';
import { createBackup } from './create-backup';
import { restoreBackup } from './restore-backup';

// `npm run db:backup -- FILE`: an encrypted snapshot of the embedded database, while the app runs
// (or with the app stopped: PostgreSQL is started for the backup and stopped after).
// `npm run db:restore -- FILE`: into an empty or absent DATA_DIR; `npm start` then serves it.
// Environment as for `npm start` (DATA_DIR), plus BACKUP_KEY, or BACKUP_KEY_FILE for a restore.
// How it works and how to run it on an operator's own PostgreSQL instead: docs/operations.md.

const say = (line: string) => process.stdout.write(`${line}\n`);

function refuseOperatorsDatabase(env: NodeJS.ProcessEnv, tool: string): void {
  if (env.DATABASE_URL)
    throw new BackupError(
      `DATABASE_URL is set: that PostgreSQL is yours, back it up and restore it with ${tool} (docs/operations.md)`,
    );
}

function summary(manifest: Manifest): string {
  const rows = (name: string) => manifest.tables.find((t) => t.name === name)?.rows ?? 0;
  const total = manifest.tables.reduce((n, t) => n + t.rows, 0);
  return (
    `snapshot of ${manifest.createdAt}, schema ${manifest.schemaVersion}, ${manifest.tables.length} tables, ` +
    `${total} rows (${rows('access_reports')} reports, ${rows('persons')} persons, ${rows('audit_events')} audit events)`
  );
}

async function backup(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  refuseOperatorsDatabase(env, 'pg_dump');
  const dataDir = resolveDataDir(env.DATA_DIR);
  if (!fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION')))
    throw new BackupError(`DATA_DIR ${dataDir} holds no database: nothing to back up`);
  const { key, generated } = keyForBackup(env, dataDir);
  if (generated)
    say(
      `Backup key generated in ${generated} (mode 600). Keep a copy apart from the backups: no backup opens without it.`,
    );
  const running = runningDatabaseUrls(dataDir);
  let started: RunningDatabase | null = null;
  if (!running) started = await startEmbeddedPostgres({ dataDir });
  const secret = path.join(dataDir, 'session-secret');
  const keptFiles: KeptFile[] = fs.existsSync(secret)
    ? [{ name: 'session-secret', content: fs.readFileSync(secret, 'utf8') }]
    : [];
  try {
    const url = running?.ownerUrl ?? started?.ownerUrl ?? '';
    const manifest = await createBackup({ url, file, key, keptFiles });
    say(`Backup written to ${file}: ${summary(manifest)}. Checksum (sha256) ${manifest.checksum}.`);
  } finally {
    await started?.stop();
  }
}

async function restore(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  refuseOperatorsDatabase(env, 'pg_restore');
  const dataDir = resolveDataDir(env.DATA_DIR);
  const { key, fromFile } = keyForRestore(env);
  const { manifest, migrated } = await restoreBackup({ file, key, dataDir, keepKey: fromFile });
  say(`Restored ${file} into ${dataDir}: ${summary(manifest)}; checksum and every table's rows checked.`);
  if (migrated.length) say(`Migrated forward: ${migrated.join(', ')}`);
  say('Start the app on it with `npm start` (same DATA_DIR).');
}

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    process.stderr.write('usage: npm run db:backup -- FILE | npm run db:restore -- FILE\n');
    return 2;
  }
  const where = path.resolve(file);
  if (command === 'backup') await backup(where, process.env);
  else await restore(where, process.env);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`db:${process.argv[2] ?? 'backup'}: ${message}\n`);
    if (!(error instanceof BackupError) && error instanceof Error && process.env.LOG_LEVEL === 'debug')
      process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
