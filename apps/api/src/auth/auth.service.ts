import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import type { LoginRequest, User } from '@cps/domain';
import { AuditService } from '../audit/audit.service';
import { PrismaService } from '../common/prisma.service';
import { toUserDto } from '../users/user.mapper';
import { verifyPassword } from './passwords';
import { SessionsRepository } from './sessions.repository';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const WRONG = 'The email or password is not right';

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
  ) {}

  async login({ email, password }: LoginRequest, ip: string | undefined): Promise<{ token: string; user: User }> {
    const since = new Date(Date.now() - FAILURE_WINDOW_MS);
    const failures = await this.prisma.loginFailure.count({ where: { email, at: { gte: since } } });
    if (failures >= MAX_FAILURES) {
      await this.audit.record({ action: 'auth.login_throttled', entityType: 'User', entityId: email, ip });
      throw new HttpException('Too many failed sign-ins for this email; wait 15 minutes or ask an administrator', HttpStatus.TOO_MANY_REQUESTS);
    }
    const user = await this.prisma.user.findUnique({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) {
      await this.prisma.$transaction([
        this.prisma.loginFailure.create({ data: { email, ip } }),
        this.prisma.auditEvent.create({ data: { action: 'auth.login_failed', entityType: 'User', entityId: user?.id ?? email, userId: user?.id ?? null, ip } }),
      ]);
      throw new UnauthorizedException(WRONG);
    }
    const token = await this.sessions.create(user.id, ip);
    await this.audit.record({ userId: user.id, action: 'auth.login', entityType: 'User', entityId: user.id, ip });
    return { token, user: toUserDto(user) };
  }

  async logout(sessionId: string, userId: string, ip: string | undefined): Promise<void> {
    await this.sessions.revoke(sessionId);
    await this.audit.record({ userId, action: 'auth.logout', entityType: 'User', entityId: userId, ip });
  }
}
