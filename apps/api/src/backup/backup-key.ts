import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup-error';

// The key of the backups: BACKUP_KEY (64 hexadecimal characters), else a key file generated once
// in DATA_DIR (mode 600). The operator keeps a copy of that file apart from the backups: a backup
// stored beside its key protects nothing, and one whose key is lost opens never.

export const KEY_FILE = 'backup-key';

function parseKey(text: string, source: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new BackupError(`${source} must be 64 hexadecimal characters (32 bytes)`);
  return Buffer.from(hex, 'hex');
}

function readKeyFile(file: string, source: string): Buffer {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new BackupError(`${source} cannot be read: ${file}`);
  }
  return parseKey(text, `${source} (${file})`);
}

/** The key a backup is made with; `generated`: the key file written now, to tell the operator. */
export function keyForBackup(env: NodeJS.ProcessEnv, dataDir: string): { key: Buffer; generated?: string } {
  if (env.BACKUP_KEY) return { key: parseKey(env.BACKUP_KEY, 'BACKUP_KEY') };
  const file = path.join(dataDir, KEY_FILE);
  if (fs.existsSync(file)) return { key: readKeyFile(file, 'the key file') };
  const key = crypto.randomBytes(32);
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, `${key.toString('hex')}\n`, { mode: 0o600 });
  fs.renameSync(partial, file); // whole or not at all
  return { key, generated: file };
}

/** The key a restore opens the backup with: BACKUP_KEY, or the kept key file in BACKUP_KEY_FILE. */
export function keyForRestore(env: NodeJS.ProcessEnv): { key: Buffer; fromFile: boolean } {
  if (env.BACKUP_KEY) return { key: parseKey(env.BACKUP_KEY, 'BACKUP_KEY'), fromFile: false };
  if (env.BACKUP_KEY_FILE) return { key: readKeyFile(env.BACKUP_KEY_FILE, 'BACKUP_KEY_FILE'), fromFile: true };
  throw new BackupError(
    `set BACKUP_KEY (64 hexadecimal characters) or BACKUP_KEY_FILE (the copy of ${KEY_FILE} kept from the backed-up DATA_DIR)`,
  );
}

/** A restored DATA_DIR keeps the key its backup opened with, so its next backups open with it too. */
export function keepKeyFile(dataDir: string, key: Buffer): void {
  fs.writeFileSync(path.join(dataDir, KEY_FILE), `${key.toString('hex')}\n`, { mode: 0o600 });
}
