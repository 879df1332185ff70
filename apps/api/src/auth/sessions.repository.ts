import { Inject, Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/auth.decorators';
import { ENV, type Env } from '../common/env';
import { PrismaService } from '../common/prisma.service';
import { hashToken, newToken, SESSION_IDLE_MS } from './session-token';
import { run } from '../common/sql';
import { sessionStatement, toSessionUser, type SessionRow } from './session.sql';

@Injectable()
export class SessionsRepository {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async create(userId: string, ip: string | undefined): Promise<string> {
    const token = newToken();
    await this.prisma.session.create({ data: { userId, tokenHash: hashToken(token, this.env.SESSION_SECRET), ip } });
    return token;
  }

  /** The live session of a token, its idle clock restarted; null when unknown, revoked, idle or the user is inactive. */
  async touch(token: string): Promise<{ id: string; user: SessionUser } | null> {
    const now = new Date();
    // Every signed-in request asks this, so it is one prepared statement rather than Prisma.
    const [session] = await run<SessionRow>(this.prisma.pool, 'session-touch', sessionStatement(hashToken(token, this.env.SESSION_SECRET)));
    if (!session || session.revokedAt || !session.active) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
    // One write a minute at most: the idle clock needs no finer grain.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
    }
    const user = toSessionUser(session);
    return { id: session.id, user };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  }
}
