import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { encryptor } from '../src/backup/backup-cipher';
import { encodeRecord, type Manifest, manifestSchema } from '../src/backup/backup-format';
import { backupRecords } from '../src/backup/verify-backup';

// The built backup command as `npm run db:backup` / `db:restore` run it, asynchronously, so the
// test keeps writing through the app while a backup runs.
const cli = path.resolve(__dirname, '../dist/backup/backup-cli.js');

export type CliResult = { code: number; stdout: string; stderr: string };

export function runBackupCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  if (!fs.existsSync(cli)) throw new Error('apps/api/dist is missing: run `npm run build` (npm test does it)');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'NODE_OPTIONS', 'BACKUP_KEY', 'BACKUP_KEY_FILE'])
    if (!(name in env)) delete childEnv[name];
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: childEnv }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A backup sound in every byte and self-consistent (checksum and manifest recomputed), made without
 * one table's rows: what a faulty backup program could write. Only the restore's checks catch it.
 */
export async function withoutRows(file: string, key: Buffer, table: string, out: string): Promise<string> {
  const records: Buffer[] = [];
  let manifest: Manifest | null = null;
  let current = '';
  for await (const r of backupRecords(file, key)) {
    if (r.type === 'M') manifest = manifestSchema.parse(JSON.parse(r.payload.toString()));
    else {
      if (r.type === 'T') current = (JSON.parse(r.payload.toString()) as { name: string }).name;
      if (!(r.type === 'D' && current === table)) records.push(encodeRecord(r.type, r.payload));
    }
  }
  if (!manifest) throw new Error('no manifest');
  const empty = crypto.createHash('sha256').digest('hex');
  const tables = manifest.tables.map((t) => (t.name === table ? { ...t, rows: 0, sha256: empty } : t));
  const checksum = crypto.createHash('sha256').update(Buffer.concat(records)).digest('hex');
  records.push(encodeRecord('M', JSON.stringify({ ...manifest, tables, checksum })));
  await pipeline(Readable.from(records), encryptor(key), fs.createWriteStream(out));
  return out;
}
