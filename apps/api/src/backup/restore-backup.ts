import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { APP_ROLE } from '../db/cluster-roles';
import { type RunningDatabase, startEmbeddedPostgres } from '../db/embedded-postgres';
import { applyMigrations, readMigrations } from '../db/migrations';
import { BackupError } from './backup-error';
import type { Manifest } from './backup-format';
import { keepKeyFile } from './backup-key';
import { loadBackup } from './load-backup';
import { verifyBackup } from './verify-backup';

export type RestoreOptions = {
  file: string;
  key: Buffer;
  dataDir: string;
  /** Write the key into the restored DATA_DIR's key file (it came from a kept key file). */
  keepKey: boolean;
};

export type Restored = { manifest: Manifest; migrated: string[] };

const STAGING = '.restoring-';
const IGNORED = new Set(['lost+found']); // a mount point's own folder holds no data of ours

/** DATA_DIR must be absent or empty: a restore never mixes with, nor replaces, data that is there. */
function assertEmpty(dataDir: string): void {
  if (!fs.existsSync(dataDir)) return;
  if (!fs.statSync(dataDir).isDirectory()) throw new BackupError(`DATA_DIR ${dataDir} is not a folder`);
  for (const entry of fs.readdirSync(dataDir)) {
    // Left by a restore that was killed half-way: never served, so removed.
    if (entry.startsWith(STAGING)) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
    else if (!IGNORED.has(entry))
      throw new BackupError(
        `DATA_DIR ${dataDir} is not empty (it holds ${entry}): restore into an empty or new folder, never over data`,
      );
  }
}

/** Every migration the backup's schema was made of must be this code's, unchanged. */
function assertKnownSchema(manifest: Manifest): void {
  const here = new Map(readMigrations().map((m) => [m.name, m.checksum]));
  for (const m of manifest.migrations) {
    const checksum = here.get(m.name);
    if (checksum === undefined)
      throw new BackupError(
        `the backup was made by a newer version of CPS Access (its migration ${m.name} is unknown here): restore it with that version or a later one`,
      );
    if (checksum !== m.checksum)
      throw new BackupError(`migration ${m.name} differs from the one the backup was made with`);
  }
}

const onDatabase = (url: string, database: string) =>
  Object.assign(new URL(url), { pathname: `/${encodeURIComponent(database)}` }).toString();

/**
 * Restores a backup into an absent or empty DATA_DIR, so `npm start` then serves what was backed up:
 * verify the whole file first (nothing written before it passes), then in a staging folder inside
 * DATA_DIR a new cluster, the backup's schema (its migrations), its rows (load-backup.ts), then the
 * migrations added since; the staging folder's contents move into DATA_DIR only when all is done.
 * A failure removes what was made (DATA_DIR too, when the restore created it).
 */
export async function restoreBackup(options: RestoreOptions): Promise<Restored> {
  const dataDir = path.resolve(options.dataDir);
  assertEmpty(dataDir);
  const { manifest, keptFiles } = await verifyBackup(options.file, options.key);
  assertKnownSchema(manifest);
  const created = !fs.existsSync(dataDir);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const staging = fs.mkdtempSync(path.join(dataDir, STAGING));
  fs.chmodSync(staging, 0o755);
  let db: RunningDatabase | null = null;
  try {
    db = await startEmbeddedPostgres({ dataDir: staging });
    await applyMigrations(db.ownerUrl, { appRole: APP_ROLE, only: new Set(manifest.migrations.map((m) => m.name)) });
    const admin = new Client({ connectionString: onDatabase(db.adminUrl, new URL(db.ownerUrl).pathname.slice(1)) });
    await admin.connect();
    try {
      await loadBackup(admin, options.file, options.key, manifest);
    } finally {
      await admin.end();
    }
    const migrated = await applyMigrations(db.ownerUrl, { appRole: APP_ROLE });
    await db.stop();
    db = null;
    for (const file of keptFiles) fs.writeFileSync(path.join(staging, file.name), file.content, { mode: 0o600 });
    if (options.keepKey) keepKeyFile(staging, options.key);
    for (const entry of fs.readdirSync(staging)) fs.renameSync(path.join(staging, entry), path.join(dataDir, entry));
    fs.rmdirSync(staging);
    return { manifest, migrated };
  } catch (error) {
    await db?.stop().catch(() => undefined);
    if (created) fs.rmSync(dataDir, { recursive: true, force: true });
    else fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
