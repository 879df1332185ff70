import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { TX } from '../common/transactions';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Counting the recent failures and checking a password must be one step per email, or a burst
 * of parallel guesses all read "fewer than 5" before any of them is written. So a password is
 * checked only after a failure slot is reserved: a row in login_failures, inserted only while
 * fewer than MAX_FAILURES are in the window, under a transaction-scoped advisory lock on the
 * email. The slot is released (deleted) only when the password proves right; a wrong one keeps
 * it as the failure. Whatever the interleaving, at most MAX_FAILURES wrong passwords are checked
 * per email per window; the argon2 check itself runs outside the lock, holding no connection.
 */
@Injectable()
export class LoginFailuresRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** @returns the reserved slot's id, or null when the email is throttled (429). */
  reserve(email: string, ip: string | undefined): Promise<bigint | null> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:${email}`}::text, 0))`;
      // A new statement, so a new snapshot (READ COMMITTED): it sees every slot committed before the lock was ours.
      const rows = await tx.$queryRaw<{ id: bigint }[]>`
        INSERT INTO login_failures (email, ip)
        SELECT ${email}::text, ${ip ?? null}::text
        WHERE (SELECT count(*) FROM login_failures
               WHERE email = ${email}::text AND at > now() - ${`${FAILURE_WINDOW_MS} milliseconds`}::interval) < ${MAX_FAILURES}
        RETURNING id`;
      return rows[0]?.id ?? null;
    }, TX);
  }

  /** The password was right: the reserved slot was not a failure. */
  async release(id: bigint): Promise<void> {
    await this.prisma.loginFailure.delete({ where: { id } });
  }
}
