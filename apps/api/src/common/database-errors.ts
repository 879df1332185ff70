// Postgres SQLSTATEs of a server going away, socket errors, and Prisma's codes for an unreachable
// server, a closed connection and a pool that cannot hand out a connection in time.
const DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'P1001',
  'P1002',
  'P1017',
  'P2024',
]);
const DOWN_MESSAGE =
  /Connection terminated|Client has encountered a connection error|connect (ECONNREFUSED|ENOENT)|timeout exceeded when trying to connect|Can't reach database|Server has closed the connection|Code: `(57P0[123]|08\d{3})`|DatabaseNotReachable|ConnectionClosed/i;

/** True for the errors that mean "PostgreSQL is down or unreachable", through Prisma or pg. */
export function isDatabaseDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as {
      code?: unknown;
      syscall?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { code?: unknown };
    };
    if (typeof candidate.code === 'string' && DOWN_CODES.has(candidate.code)) return true;
    // A Unix socket whose server is gone has no socket file: ENOENT, but only when connecting.
    if (candidate.code === 'ENOENT' && candidate.syscall === 'connect') return true;
    if (typeof candidate.meta?.code === 'string' && DOWN_CODES.has(candidate.meta.code)) return true;
    if (typeof candidate.message === 'string' && DOWN_MESSAGE.test(candidate.message)) return true;
    e = candidate.cause;
  }
  return false;
}

// Every connection of the pool was in use for the whole wait (pg-pool's connectionTimeoutMillis, or
// Prisma's P2024): the database is up but the app is busy. A subset of isDatabaseDown's errors, told
// apart so that the answer does not send an operator looking for a database that is running.
const BUSY_MESSAGE =
  /timeout exceeded when trying to connect|Timed out fetching a new connection from the connection pool/i;

/** True for "no connection of the pool came free in time" (busy, not down). */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: { code?: unknown } };
    if (candidate.code === 'P2024' || candidate.meta?.code === 'P2024') return true;
    if (typeof candidate.message === 'string' && BUSY_MESSAGE.test(candidate.message)) return true;
    e = candidate.cause;
  }
  return false;
}

// A deadlock or a serialization failure: PostgreSQL undid the transaction; the same request,
// sent again, normally succeeds. Prisma says P2034.
const RETRY_CODES = new Set(['40P01', '40001', 'P2034']);

/** True for the errors that mean "undone because of a concurrent change: try again". */
export function isRetryable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; cause?: unknown; meta?: { code?: unknown } };
    if (typeof candidate.code === 'string' && RETRY_CODES.has(candidate.code)) return true;
    if (typeof candidate.meta?.code === 'string' && RETRY_CODES.has(candidate.meta.code)) return true;
    e = candidate.cause;
  }
  return false;
}
