import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BackupError } from './backup-error';
import { ByteReader } from './byte-reader';

// The file: a header (magic, a random salt, a key check), then blocks of AES-256-GCM, each with its
// own tag. Per block rather than one tag for the whole file: a database of gigabytes streams in
// bounded memory both ways, and no plaintext is used before its block has been authenticated.
// The nonce holds the block's number and a "last block" flag (STREAM construction), so blocks cannot
// be reordered, dropped or cut off at the end unnoticed. The key of the file is derived from the
// operator's key and the salt (HKDF), so nonces never repeat across backups made with one key.

const MAGIC = Buffer.from('CPSBAK01');
const SALT_BYTES = 32;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + SALT_BYTES + CHECK_BYTES;
const BLOCK_BYTES = 64 * 1024;
const LAST = 0x8000_0000; // high bit of a block's length: the last block

function fileKeys(key: Buffer, salt: Buffer): { data: Buffer; check: Buffer } {
  const derive = (info: string, length: number) => Buffer.from(crypto.hkdfSync('sha256', key, salt, info, length));
  return {
    data: derive('cps-access backup v1: data', 32),
    check: derive('cps-access backup v1: key check', CHECK_BYTES),
  };
}

function nonce(block: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n[7] = last ? 1 : 0;
  n.writeUInt32BE(block, 8);
  return n;
}

/** Plaintext in, the encrypted file out. */
export function encryptor(key: Buffer): Transform {
  const salt = crypto.randomBytes(SALT_BYTES);
  const keys = fileKeys(key, salt);
  const header = Buffer.concat([MAGIC, salt, keys.check]);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let block = 0;
  const seal = (plain: Buffer, last: boolean): Buffer => {
    const cipher = crypto.createCipheriv('aes-256-gcm', keys.data, nonce(block++, last));
    cipher.setAAD(header);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE((body.length | (last ? LAST : 0)) >>> 0);
    return Buffer.concat([length, body, cipher.getAuthTag()]);
  };
  return new Transform({
    construct(callback) {
      this.push(header);
      callback();
    },
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= BLOCK_BYTES) {
        let all = Buffer.concat(pending);
        while (all.length >= BLOCK_BYTES) {
          this.push(seal(all.subarray(0, BLOCK_BYTES), false));
          all = all.subarray(BLOCK_BYTES);
        }
        pending = [all];
        pendingBytes = all.length;
      }
      callback();
    },
    flush(callback: TransformCallback) {
      this.push(seal(Buffer.concat(pending), true));
      callback();
    },
  });
}

/**
 * The plaintext of an encrypted file, block by block, each authenticated before it is yielded.
 * A wrong key, a changed byte, a cut-off end or bytes after the end: a BackupError naming which.
 */
export async function* decrypt(file: AsyncIterable<Buffer>, key: Buffer): AsyncGenerator<Buffer> {
  const reader = new ByteReader(file);
  const header = await reader.read(HEADER_BYTES);
  if (!header?.subarray(0, MAGIC.length).equals(MAGIC))
    throw new BackupError('this is not a CPS Access backup (or its first bytes are damaged)');
  const keys = fileKeys(key, header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES));
  if (!crypto.timingSafeEqual(keys.check, header.subarray(MAGIC.length + SALT_BYTES)))
    throw new BackupError(
      "the key does not open this backup: it was made with another BACKUP_KEY or key file (or the file's header is damaged)",
    );
  for (let block = 0; ; block++) {
    const lengthField = await reader.read(4);
    if (!lengthField) throw new BackupError('the backup is truncated: it ends before its last block');
    const word = lengthField.readUInt32BE();
    const last = (word & LAST) !== 0;
    const length = word & ~LAST;
    if (length > BLOCK_BYTES + 16)
      throw new BackupError(`the backup is damaged: block ${block} has an impossible length`);
    const body = await reader.read(length + TAG_BYTES);
    if (!body) throw new BackupError('the backup is truncated: it ends in the middle of a block');
    const decipher = crypto.createDecipheriv('aes-256-gcm', keys.data, nonce(block, last));
    decipher.setAAD(header);
    decipher.setAuthTag(body.subarray(length));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(body.subarray(0, length)), decipher.final()]);
    } catch {
      throw new BackupError(`the backup is damaged: block ${block} fails its authentication check`);
    }
    yield plain;
    if (last) {
      if (!(await reader.atEnd())) throw new BackupError('the backup is damaged: there are bytes after its last block');
      return;
    }
  }
}
