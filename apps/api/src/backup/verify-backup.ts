import crypto from 'node:crypto';
import fs from 'node:fs';
import { decrypt } from './backup-cipher';
import { BackupError } from './backup-error';
import {
  type BackupRecord,
  encodeRecord,
  type KeptFile,
  keptFileSchema,
  type Manifest,
  manifestSchema,
  parsePayload,
  readRecords,
  tableStartSchema,
} from './backup-format';
import { countRows } from './database-snapshot';

export type VerifiedBackup = { manifest: Manifest; keptFiles: KeptFile[] };

/** The records of a backup file, each block authenticated first (see backup-cipher.ts). */
export function backupRecords(file: string, key: Buffer): AsyncGenerator<BackupRecord> {
  return readRecords(decrypt(fs.createReadStream(file), key));
}

type Tally = { name: string; rows: number; hash: crypto.Hash };

/**
 * A whole first reading of the backup, writing nothing: every block authenticated with the key,
 * the records well formed, the sha256 of the plaintext equal to the manifest's checksum and each
 * table's rows and digest equal to the manifest's. A restore starts only after this passes, so a
 * wrong key, a changed byte or a cut-off file never leaves anything behind.
 */
export async function verifyBackup(file: string, key: Buffer): Promise<VerifiedBackup> {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist`);
  const checksum = crypto.createHash('sha256');
  const tallies: Tally[] = [];
  const keptFiles: KeptFile[] = [];
  let table: Tally | null = null;
  let manifest: Manifest | null = null;
  for await (const record of backupRecords(file, key)) {
    if (manifest) throw new BackupError('the backup is damaged: records follow its manifest');
    if (record.type === 'M') {
      manifest = parsePayload(manifestSchema, record.payload, 'manifest');
      continue;
    }
    checksum.update(encodeRecord(record.type, record.payload));
    if (record.type === 'T') {
      if (table) throw new BackupError('the backup is damaged: a table begins inside another');
      table = {
        name: parsePayload(tableStartSchema, record.payload, 'table header').name,
        rows: 0,
        hash: crypto.createHash('sha256'),
      };
    } else if (record.type === 'D' || record.type === 'E') {
      if (!table) throw new BackupError('the backup is damaged: rows outside a table');
      if (record.type === 'E') {
        tallies.push(table);
        table = null;
      } else {
        table.hash.update(record.payload);
        table.rows += countRows(record.payload);
      }
    } else if (record.type === 'F') keptFiles.push(parsePayload(keptFileSchema, record.payload, 'kept file'));
  }
  if (!manifest) throw new BackupError('the backup is incomplete: it has no manifest');
  if (checksum.digest('hex') !== manifest.checksum)
    throw new BackupError("the backup's data does not match its manifest's checksum");
  const found = tallies.map((t) => ({ name: t.name, rows: t.rows, sha256: t.hash.digest('hex') }));
  for (const [i, expected] of manifest.tables.entries()) {
    const got = found[i];
    if (!got || got.name !== expected.name || got.rows !== expected.rows || got.sha256 !== expected.sha256)
      throw new BackupError(
        `the backup's table ${expected.name} does not match its manifest (${got?.rows ?? 0} rows, the manifest says ${expected.rows})`,
      );
  }
  if (found.length !== manifest.tables.length)
    throw new BackupError('the backup holds tables its manifest does not name');
  return { manifest, keptFiles };
}
