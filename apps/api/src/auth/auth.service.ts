import type { ChangePasswordRequest, LoginRequest, SetupRequest, User } from '@cps/domain';
import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { InvalidInput } from '../common/domain-error';
import { ENV, type Env } from '../common/env';
import { Transactions } from '../common/transactions';
import { toUserDto } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';
import { LoginFailuresRepository } from './login-failures.repository';
import { hashPassword, verifyPassword } from './passwords';
import { SessionsRepository } from './sessions.repository';
import { claimSetupToken, SETUP_LINK_INVALID } from './setup-tokens';

const WRONG = 'The email or password is not right';
const THROTTLED = 'Too many failed sign-ins for this email; wait 15 minutes or ask an administrator';

type Signed = { token: string; user: User };

@Injectable()
export class AuthService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly loginFailures: LoginFailuresRepository,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async login({ email, password }: LoginRequest, ip: string | undefined): Promise<Signed> {
    const slot = await this.reserveOrThrottle(email, ip);
    const user = await this.users.findForSignIn(email);
    // A user without a password (new, or reset) fails like a wrong password: verifyPassword checks a decoy.
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) {
      // The slot stays: it is the failure.
      await this.audit.record({
        action: 'auth.login_failed',
        entityType: 'User',
        entityId: user?.id ?? email,
        userId: user?.id ?? null,
        ip,
      });
      throw new UnauthorizedException(WRONG);
    }
    await this.loginFailures.release(slot);
    const token = await this.sessions.create(user.id, ip);
    await this.audit.record({ userId: user.id, action: 'auth.login', entityType: 'User', entityId: user.id, ip });
    return { token, user: toUserDto(user) };
  }

  async logout(sessionId: string, userId: string, ip: string | undefined): Promise<void> {
    await this.sessions.revoke(sessionId);
    await this.audit.record({ userId, action: 'auth.logout', entityType: 'User', entityId: userId, ip });
  }

  /**
   * The person chooses their password with a one-time setup token, and is signed in. The token
   * is used up, the password set, other sessions ended and the new one opened in one
   * transaction: a refused step leaves the token usable and nothing written.
   */
  async setup({ token, password }: SetupRequest, ip: string | undefined): Promise<Signed> {
    // argon2 takes a while: before the transaction, so it holds no connection meanwhile.
    const passwordHash = await hashPassword(password);
    const result = await this.transactions.run(async (tx) => {
      const userId = await claimSetupToken(tx, token, this.env.SESSION_SECRET);
      const user = userId ? await this.users.findById(userId, tx) : null;
      if (!user?.active) return null;
      await this.users.setPasswordHash(user.id, passwordHash, tx);
      await this.sessions.revokeAll(user.id, tx);
      const session = await this.sessions.create(user.id, ip, tx);
      await this.audit.record(
        { userId: user.id, action: 'auth.password_set', entityType: 'User', entityId: user.id, ip },
        tx,
      );
      return { token: session, user: toUserDto(user) };
    });
    if (!result) {
      // Outside the refused transaction, so the attempt stays on record; the token itself never is.
      await this.audit.record({ action: 'auth.setup_failed', entityType: 'User', ip });
      throw new InvalidInput([{ path: 'token', message: SETUP_LINK_INVALID }]);
    }
    return result;
  }

  /**
   * A signed-in person changes their own password. A wrong current password counts as a failed
   * sign-in for their email (so a stolen session cannot guess it freely) and is a 400 naming
   * `currentPassword`: the session is valid, the input is not. Their other sessions end; this one stays.
   */
  async changePassword(
    { currentPassword, newPassword }: ChangePasswordRequest,
    me: SessionUser,
    sessionId: string,
    ip: string | undefined,
  ): Promise<void> {
    const slot = await this.reserveOrThrottle(me.email, ip);
    const stored = await this.users.passwordHashOf(me.id);
    if (!(await verifyPassword(stored ?? null, currentPassword))) {
      await this.audit.record({
        userId: me.id,
        action: 'auth.password_change_failed',
        entityType: 'User',
        entityId: me.id,
        ip,
      });
      throw new InvalidInput([{ path: 'currentPassword', message: 'is not right' }]);
    }
    await this.loginFailures.release(slot);
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(async (tx) => {
      await this.users.setPasswordHash(me.id, passwordHash, tx);
      await this.sessions.revokeAll(me.id, tx, sessionId);
      await this.audit.record(
        { userId: me.id, action: 'auth.password_changed', entityType: 'User', entityId: me.id, ip },
        tx,
      );
    });
  }

  private async reserveOrThrottle(email: string, ip: string | undefined): Promise<bigint> {
    const slot = await this.loginFailures.reserve(email, ip);
    if (slot === null) {
      await this.audit.record({ action: 'auth.login_throttled', entityType: 'User', entityId: email, ip });
      throw new HttpException(THROTTLED, HttpStatus.TOO_MANY_REQUESTS);
    }
    return slot;
  }
}
