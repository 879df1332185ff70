import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { decrypt, encryptor, HEADER_BYTES } from './backup-cipher';
import { BackupError } from './backup-error';

// The encryption layer alone, on bytes in memory: what goes in comes out, and every way a file can
// be wrong is refused by name before its plaintext is used.

const key = crypto.randomBytes(32);
const plaintext = crypto.randomBytes(200 * 1024 + 123); // four blocks, the last one short

async function encrypt(data: Buffer, withKey = key): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.from([data.subarray(0, 1000), data.subarray(1000)]).pipe(encryptor(withKey)))
    chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function open(file: Buffer, withKey = key): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const plain of decrypt(Readable.from([file.subarray(0, 7), file.subarray(7)]), withKey)) out.push(plain);
  return Buffer.concat(out);
}

const refusal = (file: Buffer, withKey = key) =>
  open(file, withKey).then(
    () => 'opened',
    (error: unknown) => (error instanceof BackupError ? error.message : `not a BackupError: ${String(error)}`),
  );

/** Where block `n` starts: after the header and the blocks before it (length field, body, tag). */
function blockOffset(file: Buffer, n: number): number {
  let at = HEADER_BYTES;
  for (let i = 0; i < n; i++) at += 4 + (file.readUInt32BE(at) & 0x7fff_ffff) + 16;
  return at;
}

it('gives back exactly what was encrypted, and two backups of the same data differ (a salt of their own)', async () => {
  const file = await encrypt(plaintext);
  expect((await open(file)).equals(plaintext)).toBe(true);
  expect(file.subarray(HEADER_BYTES).equals((await encrypt(plaintext)).subarray(HEADER_BYTES))).toBe(false);
  expect(file.includes(plaintext.subarray(5000, 5032))).toBe(false);
  expect((await open(await encrypt(Buffer.alloc(0)))).length).toBe(0);
});

it('refuses another key by name', async () => {
  const file = await encrypt(plaintext);
  expect(await refusal(file, crypto.randomBytes(32))).toMatch(/^the key does not open this backup/);
});

it('refuses a changed byte anywhere after the header, naming the block', async () => {
  const file = await encrypt(plaintext);
  for (const at of [HEADER_BYTES + 10, blockOffset(file, 2) + 100, file.length - 3]) {
    const changed = Buffer.from(file);
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    expect(await refusal(changed)).toMatch(/^the backup is damaged: block \d+ fails its authentication check$/);
  }
  const header = Buffer.from(file);
  header[0] = 0x41;
  expect(await refusal(header)).toMatch(/^this is not a CPS Access backup/);
});

it('refuses a file cut short, a block dropped, or bytes added after the end', async () => {
  const file = await encrypt(plaintext);
  expect(await refusal(file.subarray(0, file.length - 20))).toMatch(/^the backup is truncated/);
  expect(await refusal(file.subarray(0, blockOffset(file, 3)))).toMatch(/^the backup is truncated/);
  const dropped = Buffer.concat([file.subarray(0, blockOffset(file, 1)), file.subarray(blockOffset(file, 2))]);
  expect(await refusal(dropped)).toMatch(/fails its authentication check/);
  expect(await refusal(Buffer.concat([file, Buffer.from('more')]))).toMatch(/bytes after its last block/);
  expect(await refusal(file.subarray(0, 20))).toMatch(/^this is not a CPS Access backup/);
});
