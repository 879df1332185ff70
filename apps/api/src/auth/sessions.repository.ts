import { Inject, Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/auth.decorators';
import { ENV, type Env } from '../common/env';
import { PrismaService } from '../common/prisma.service';
import { hashToken, newToken, SESSION_IDLE_MS } from './session-token';
import { run, sql } from '../common/sql';
import type { Role } from '../generated/prisma/enums';

type SessionRow = { id: string; lastSeenAt: Date; revokedAt: Date | null; userId: string; email: string; name: string; role: Role; countyCode: string | null; active: boolean; trainedOn: string | null };

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
    const [session] = await run<SessionRow>(this.prisma.pool, 'session-touch', sql`
      SELECT s.id, s.last_seen_at AS "lastSeenAt", s.revoked_at AS "revokedAt", u.id AS "userId", u.email, u.name,
             u.role::text AS role, u.county_code AS "countyCode", u.active,
             to_char(u.sex_trafficking_training_completed_on, 'YYYY-MM-DD') AS "trainedOn"
      FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = ${hashToken(token, this.env.SESSION_SECRET)}::text`);
    if (!session || session.revokedAt || !session.active) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
    // One write a minute at most: the idle clock needs no finer grain.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
    }
    const user: SessionUser = {
      id: session.userId,
      email: session.email,
      name: session.name,
      role: session.role,
      countyCode: session.countyCode,
      active: session.active,
      sexTraffickingTrainingCompletedOn: session.trainedOn ? new Date(`${session.trainedOn}T00:00:00.000Z`) : null,
    };
    return { id: session.id, user };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  }
}
