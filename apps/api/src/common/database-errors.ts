const DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

/** True for the errors that mean "PostgreSQL is down or unreachable", through Prisma or pg. */
export function isDatabaseDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown };
    if (typeof candidate.code === 'string' && DOWN_CODES.has(candidate.code)) return true;
    if (typeof candidate.message === 'string' && /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Can't reach database/i.test(candidate.message)) {
      return true;
    }
    if (candidate.name === 'DriverAdapterError' && typeof candidate.message === 'string' && /DatabaseNotReachable|ConnectionClosed/.test(candidate.message)) return true;
    e = candidate.cause;
  }
  return false;
}
