import { Inject, Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/auth.decorators';
import { ENV, type Env } from '../common/env';
import { PrismaService } from '../common/prisma.service';
import { run } from '../common/sql';
import type { Prisma } from '../generated/prisma/client';
import { type SessionRow, sessionStatement, toSessionUser } from './session.sql';
import { hashToken, newToken, SESSION_IDLE_MS } from './session-token';

@Injectable()
export class SessionsRepository {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async create(
    userId: string,
    ip: string | undefined,
    db: Pick<Prisma.TransactionClient, 'session'> = this.prisma,
  ): Promise<string> {
    const token = newToken();
    await db.session.create({ data: { userId, tokenHash: hashToken(token, this.env.SESSION_SECRET), ip } });
    return token;
  }

  /**
   * The live session of a token, its idle clock restarted; null when unknown, revoked, idle, older
   * than SESSION_MAX_HOURS (counted from sign-in, whatever the activity) or the user is inactive.
   * The limit is read at each check, so lowering it applies to open sessions at once.
   */
  async touch(token: string): Promise<{ id: string; user: SessionUser } | null> {
    const now = new Date();
    // Every signed-in request asks this, so it is one prepared statement rather than Prisma.
    const [session] = await run<SessionRow>(
      this.prisma.pool,
      'session-touch',
      sessionStatement(hashToken(token, this.env.SESSION_SECRET)),
    );
    if (!session || session.revokedAt || !session.active) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
    if (now.getTime() - session.createdAt.getTime() > this.env.SESSION_MAX_HOURS * 3_600_000) return null;
    // One write a minute at most: the idle clock needs no finer grain.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
    }
    const user = toSessionUser(session);
    return { id: session.id, user };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.prisma.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }

  /** Ends every open session of a user at once, but `keep` (the one asking), if given. */
  async revokeAll(
    userId: string,
    db: Pick<Prisma.TransactionClient, 'session'> = this.prisma,
    keep?: string,
  ): Promise<void> {
    await db.session.updateMany({
      where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
      data: { revokedAt: new Date() },
    });
  }
}
