import crypto from 'node:crypto';
import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BackupError } from './backup-error';
import { encodeRecord, type KeptFile, type Manifest, type SequenceValue } from './backup-format';

// A backup is every table of the app's schema read in ONE transaction (REPEATABLE READ, as pg_dump
// does): the rows of all tables as of one instant while the app keeps writing. The schema itself is
// not copied: it is the committed migrations, named in the manifest, which a restore re-applies.

/** `order`: the primary key's columns as ORDER BY terms. */
export type TableShape = { name: string; columns: string[]; order: string[] };

/** The same text for every value on both sides: a table's digest then depends on its rows alone. */
export const COPY_SETTINGS = [
  "SET LOCAL TIME ZONE 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL bytea_output = 'hex'",
];

const RECORD_BYTES = 64 * 1024;

export const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Tables of the app's schema (not an extension's), their stored columns (not generated ones) and key. */
export async function listTables(client: Client): Promise<TableShape[]> {
  const { rows } = await client.query<TableShape>(`
    SELECT c.relname AS name,
           (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
           coalesce((SELECT array_agg(quote_ident(a.attname) || CASE WHEN a.attcollation <> 0 THEN ' COLLATE "C"' ELSE '' END
                                      ORDER BY array_position(i.indkey::int2[], a.attnum))
                       FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
                      WHERE i.indrelid = c.oid AND i.indisprimary), '{}') AS "order"
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
     ORDER BY c.relname`);
  return rows;
}

/**
 * The rows of a table in a fixed order (its primary key), so the same rows give the same bytes.
 * Text keys sort bytewise (COLLATE "C"): a restored cluster made under another locale agrees.
 */
export function copyOutSql(table: TableShape): string {
  const order = table.order.length ? table.order : table.columns.map((_, i) => String(i + 1));
  return `COPY (SELECT ${table.columns.map(quote).join(', ')} FROM public.${quote(table.name)} ORDER BY ${order.join(', ')}) TO STDOUT`;
}

/** COPY's text format ends every row with a newline (one inside a value is written `\n`). */
export function countRows(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

/** A table's row count and digest as the restore recomputes them, to hold against the manifest. */
export async function tableDigest(client: Client, table: TableShape): Promise<{ rows: number; sha256: string }> {
  const hash = crypto.createHash('sha256');
  let rows = 0;
  for await (const chunk of client.query(copyTo(copyOutSql(table))) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    rows += countRows(chunk);
  }
  return { rows, sha256: hash.digest('hex') };
}

async function sequenceValues(client: Client): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace ORDER BY relname`,
  );
  const values: SequenceValue[] = [];
  for (const { name } of rows) {
    const { rows: found } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM public.${quote(name)}`,
    );
    const [value] = found;
    if (value) values.push({ name, lastValue: value.last_value, isCalled: value.is_called });
  }
  return values;
}

/**
 * Writes the snapshot's records through `write` (which may wait: the file's pace sets the read's)
 * and returns the manifest, already written as the last record.
 */
export async function writeSnapshot(
  client: Client,
  write: (chunk: Buffer) => Promise<void>,
  keptFiles: KeptFile[],
): Promise<Manifest> {
  const checksum = crypto.createHash('sha256');
  const emit = async (chunk: Buffer) => {
    checksum.update(chunk);
    await write(chunk);
  };
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    for (const setting of COPY_SETTINGS) await client.query(setting);
    const { rows: at } = await client.query<{ now: Date; database: string }>(
      'SELECT now(), current_database() AS database',
    );
    const migrations = await client
      .query<{ name: string; checksum: string }>(
        `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
      .catch(() => {
        throw new BackupError('the database has no migrations applied: start the app once before backing it up');
      });
    const tables: Manifest['tables'] = [];
    for (const table of await listTables(client)) {
      await emit(encodeRecord('T', JSON.stringify({ name: table.name, columns: table.columns })));
      const hash = crypto.createHash('sha256');
      let rows = 0;
      // COPY hands over about a row at a time: gathered into records of 64 KiB or more, for fewer,
      // larger writes on both sides.
      let gathered: Buffer[] = [];
      let size = 0;
      for await (const chunk of client.query(copyTo(copyOutSql(table))) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        rows += countRows(chunk);
        gathered.push(chunk);
        size += chunk.length;
        if (size < RECORD_BYTES) continue;
        await emit(encodeRecord('D', Buffer.concat(gathered)));
        gathered = [];
        size = 0;
      }
      if (size > 0) await emit(encodeRecord('D', Buffer.concat(gathered)));
      await emit(encodeRecord('E'));
      tables.push({ name: table.name, rows, sha256: hash.digest('hex') });
    }
    await emit(encodeRecord('S', JSON.stringify(await sequenceValues(client))));
    for (const file of keptFiles) await emit(encodeRecord('F', JSON.stringify(file)));
    await client.query('COMMIT');
    const manifest: Manifest = {
      format: 1,
      createdAt: (at[0]?.now ?? new Date()).toISOString(),
      database: at[0]?.database ?? '',
      schemaVersion: migrations.rows.at(-1)?.name ?? 'none',
      migrations: migrations.rows,
      tables,
      checksum: checksum.digest('hex'),
    };
    await write(encodeRecord('M', JSON.stringify(manifest)));
    return manifest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
