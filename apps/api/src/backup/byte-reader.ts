/**
 * Exact-length reads over a stream of chunks (a file, or decrypted frames), so the backup's two
 * layers of framing can be read without holding more than one frame in memory.
 */
export class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private done = false;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Exactly `n` bytes, or null when the source ends first (a short read is the caller's error). */
  async read(n: number): Promise<Buffer | null> {
    while (this.length < n && !this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else {
        this.buffered.push(next.value);
        this.length += next.value.length;
      }
    }
    if (this.length < n) return null;
    const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
    if (!all) return Buffer.alloc(0);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.buffered = rest.length ? [rest] : [];
    this.length = rest.length;
    return out;
  }

  /** True when nothing is left in the source. */
  async atEnd(): Promise<boolean> {
    if (this.length > 0) return false;
    const next = await this.read(1);
    if (next === null) return true;
    this.buffered.unshift(next);
    this.length += next.length;
    return false;
  }
}
