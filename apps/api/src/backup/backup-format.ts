import { z } from 'zod';
import { BackupError } from './backup-error';
import { ByteReader } from './byte-reader';

// The plaintext inside the encryption: records of one type byte, a length and a payload.
//   T {name, columns}  a table begins; D  its rows in COPY's text format; E  it ends
//   S [sequences]      each sequence's value, to set after the rows
//   F {name, content}  a file of DATA_DIR the data needs (the session secret that hashes tokens)
//   M {manifest}       last: what the backup holds, with the sha256 of every byte before it
export type RecordType = 'T' | 'D' | 'E' | 'S' | 'F' | 'M';
export type BackupRecord = { type: RecordType; payload: Buffer };

const TYPES = new Set<string>(['T', 'D', 'E', 'S', 'F', 'M']);
const MAX_RECORD = 64 * 1024 * 1024;

export function encodeRecord(type: RecordType, payload: Buffer | string = Buffer.alloc(0)): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

export async function* readRecords(plaintext: AsyncIterable<Buffer>): AsyncGenerator<BackupRecord> {
  const reader = new ByteReader(plaintext);
  while (!(await reader.atEnd())) {
    const head = await reader.read(5);
    const type = head?.toString('latin1', 0, 1) ?? '';
    if (!head || !TYPES.has(type)) throw new BackupError('the backup is damaged: an unknown record');
    const length = head.readUInt32BE(1);
    if (length > MAX_RECORD) throw new BackupError('the backup is damaged: a record of impossible length');
    const payload = await reader.read(length);
    if (!payload) throw new BackupError('the backup is damaged: a record is cut short');
    yield { type: type as RecordType, payload };
  }
}

export const tableStartSchema = z.object({ name: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
export type TableStart = z.infer<typeof tableStartSchema>;

export const sequencesSchema = z.array(
  z.object({ name: z.string().min(1), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() }),
);
export type SequenceValue = z.infer<typeof sequencesSchema>[number];

/** DATA_DIR's files that a backup carries, by name: nothing else may be written by a restore. */
export const KEPT_FILES = ['session-secret'] as const;
export const keptFileSchema = z.object({ name: z.enum(KEPT_FILES), content: z.string().min(1) });
export type KeptFile = z.infer<typeof keptFileSchema>;

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  database: z.string(),
  /** The last migration applied: the schema the rows fit. */
  schemaVersion: z.string(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  /** Per table, the rows in the snapshot and the sha256 of their COPY text in primary-key order. */
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative(), sha256: z.string() })),
  /** sha256 of the plaintext before the manifest's record. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** A record's JSON, checked; a payload that does not fit is a damaged backup. */
export function parsePayload<T>(schema: z.ZodType<T>, payload: Buffer, what: string): T {
  try {
    return schema.parse(JSON.parse(payload.toString('utf8')));
  } catch {
    throw new BackupError(`the backup is damaged: its ${what} cannot be read`);
  }
}
