import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BackupError } from './backup-error';
import { type Manifest, parsePayload, sequencesSchema, tableStartSchema } from './backup-format';
import { COPY_SETTINGS, listTables, quote, type TableShape, tableDigest } from './database-snapshot';
import { brokenForeignKeys } from './foreign-keys';
import { backupRecords } from './verify-backup';

/** A COPY into a table, and its end (made once: a wait per write would pile up listeners). */
type Copy = { stream: Writable; done: Promise<void> };

async function write(copy: Copy, chunk: Buffer): Promise<void> {
  if (!copy.stream.write(chunk)) await Promise.race([once(copy.stream, 'drain'), copy.done]);
}

/**
 * Loads a verified backup into a database at the backup's schema, in one transaction, as the
 * superuser with `session_replication_role = replica`: no trigger fires, so the tables that
 * triggers keep (report_statistics, report_compliance, person_last_names) take the backup's rows
 * instead of being rebuilt twice, audit events go in as they were, and rows load in any order.
 * What the triggers would have checked is checked after: every table's row count and digest against
 * the manifest, and every foreign key. Any difference rolls the whole load back.
 */
export async function loadBackup(client: Client, file: string, key: Buffer, manifest: Manifest): Promise<void> {
  await client.query('SET session_replication_role = replica');
  await client.query('BEGIN');
  try {
    for (const setting of COPY_SETTINGS) await client.query(setting);
    const here = new Map((await listTables(client)).map((t) => [t.name, t]));
    const missing = manifest.tables.filter((t) => !here.has(t.name)).map((t) => t.name);
    if (missing.length) throw new BackupError(`the migrations made no table ${missing.join(', ')}`);
    // A database made a moment ago: what its migrations inserted (the counties, the migration
    // history) gives way to the backup's rows. Replica mode sets the audit trail's TRUNCATE guard aside.
    await client.query(`TRUNCATE ${[...here.keys()].map((t) => `public.${quote(t)}`).join(', ')}`);
    const loaded: TableShape[] = [];
    let copy: Copy | null = null;
    for await (const record of backupRecords(file, key)) {
      if (record.type === 'T') {
        const start = parsePayload(tableStartSchema, record.payload, 'table header');
        const columns = start.columns.map(quote).join(', ');
        const stream = client.query(copyFrom(`COPY public.${quote(start.name)} (${columns}) FROM STDIN`));
        copy = { stream, done: finished(stream) };
        copy.done.catch(() => undefined); // awaited at the table's end; a failure also ends a write's wait
        loaded.push({ ...start, order: here.get(start.name)?.order ?? [] });
      } else if (record.type === 'D' && copy) await write(copy, record.payload);
      else if (record.type === 'E' && copy) {
        copy.stream.end();
        await copy.done;
        copy = null;
      } else if (record.type === 'S') {
        for (const s of parsePayload(sequencesSchema, record.payload, 'sequences'))
          await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
            `public.${quote(s.name)}`,
            s.lastValue,
            s.isCalled,
          ]);
      }
    }
    for (const expected of manifest.tables) {
      const table = loaded.find((t) => t.name === expected.name);
      const got = table ? await tableDigest(client, table) : { rows: 0, sha256: '' };
      if (got.rows !== expected.rows || got.sha256 !== expected.sha256)
        throw new BackupError(
          `table ${expected.name} restored ${got.rows} rows unlike the backup's ${expected.rows} (or with other values)`,
        );
    }
    const broken = await brokenForeignKeys(client);
    if (broken.length)
      throw new BackupError(`restored rows point at nothing: ${broken.map((b) => `${b.name} (${b.rows})`).join(', ')}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.query('RESET session_replication_role').catch(() => undefined);
  }
}
