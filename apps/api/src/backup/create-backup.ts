import { once } from 'node:events';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { encryptor } from './backup-cipher';
import { BackupError } from './backup-error';
import type { KeptFile, Manifest } from './backup-format';
import { writeSnapshot } from './database-snapshot';

export type BackupOptions = {
  /** The app's database, as a role that can read every table (the tables' owner). */
  url: string;
  file: string;
  key: Buffer;
  keptFiles: KeptFile[];
};

/**
 * Streams a snapshot of the database, encrypted, into `file`: written beside it under another name
 * (mode 600), flushed to disk, then renamed, so `file` is a whole backup or absent.
 */
export async function createBackup(options: BackupOptions): Promise<Manifest> {
  if (fs.existsSync(options.file)) throw new BackupError(`${options.file} exists already: name a new file`);
  const partial = `${options.file}.partial-${process.pid}`;
  const client = new Client({ connectionString: options.url });
  await client.connect();
  const encrypt = encryptor(options.key);
  const written = pipeline(encrypt, fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
  written.catch(() => undefined); // awaited below; a failure also ends the writes' wait
  const write = async (chunk: Buffer) => {
    if (!encrypt.write(chunk)) await Promise.race([once(encrypt, 'drain'), written]);
  };
  try {
    const manifest = await writeSnapshot(client, write, options.keptFiles);
    encrypt.end();
    await written;
    const handle = await fs.promises.open(partial, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    fs.renameSync(partial, options.file);
    return manifest;
  } catch (error) {
    encrypt.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
