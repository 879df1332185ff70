import {
  type CreatedUser,
  type CreateUserRequest,
  countyCodeProblem,
  type PageQuery,
  type PasswordResetResponse,
  type SetupLink,
  type User,
  type UserPage,
  updateUserSchema,
} from '@cps/domain';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { issueSetupToken } from '../auth/setup-tokens';
import type { SessionUser } from '../common/auth.decorators';
import { Conflict, InvalidInput, NotFound } from '../common/domain-error';
import { ENV, type Env } from '../common/env';
import { IdempotencyService, type Stored } from '../common/idempotency.service';
import { parseBody } from '../common/parse';
import { Transactions } from '../common/transactions';
import type { Prisma } from '../generated/prisma/client';
import { fromDateOnly, toDateOnly, toUserDto } from './user.mapper';
import { UsersRepository } from './users.repository';

type Actor = { user: SessionUser; ip: string | undefined };

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === 'P2002';
const DUPLICATE_EMAIL = 'A user with this email already exists';

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** A page of users; the listing is an audited read (which page, how many in all), never the names. */
  async list(query: PageQuery, actor: Actor): Promise<UserPage> {
    const { rows, total } = await this.users.page(query);
    await this.audit.record({
      userId: actor.user.id,
      action: 'user.listed',
      entityType: 'User',
      ip: actor.ip,
      details: { page: query.page, pageSize: query.pageSize, total },
    });
    return { items: rows.map(toUserDto), total };
  }

  /**
   * A new user has no password: the response carries a one-time setup link for the person. The
   * replayable response (Idempotency-Key) is stored without the token, which is kept only
   * hashed; a replay, whose caller lost the first answer, gets a fresh link that voids the first,
   * as long as the person has not chosen a password yet.
   */
  async create(
    input: CreateUserRequest,
    actor: Actor,
    idempotencyKey: string | undefined,
  ): Promise<Stored<CreatedUser>> {
    await this.assertCountyExists(input.countyCode);
    let issued: SetupLink | undefined;
    const result = await this.idempotency.run(actor.user.id, idempotencyKey, 'POST /api/users', input, async (tx) => {
      if (await this.users.emailTaken(input.email, tx)) throw new Conflict(DUPLICATE_EMAIL);
      const user = await this.users
        .create(
          {
            email: input.email,
            name: input.name,
            role: input.role,
            countyCode: input.role === 'ADMIN' ? null : (input.countyCode ?? null),
            passwordHash: null,
            sexTraffickingTrainingCompletedOn: fromDateOnly(input.sexTraffickingTrainingCompletedOn),
          },
          tx,
        )
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? new Conflict(DUPLICATE_EMAIL) : error;
        });
      issued = await issueSetupToken(tx, user.id, this.env);
      await this.audit.record(
        {
          userId: actor.user.id,
          action: 'user.created',
          entityType: 'User',
          entityId: user.id,
          ip: actor.ip,
          details: { setupLinkExpiresAt: issued.expiresAt },
        },
        tx,
      );
      return { status: 201, body: toUserDto(user) };
    });
    const setup = issued ?? (await this.reissueForReplay(result.body.id, actor));
    return { status: result.status, body: { ...result.body, setup } };
  }

  private async reissueForReplay(userId: string, actor: Actor): Promise<SetupLink> {
    return this.transactions.run(async (tx) => {
      const passwordHash = await this.users.passwordHashOf(userId, tx);
      if (passwordHash === undefined) throw new Error(`The user ${userId} of a replayed creation is gone`);
      if (passwordHash !== null)
        throw new Conflict('This person has already chosen a password; use Reset password for a new setup link');
      const setup = await issueSetupToken(tx, userId, this.env);
      await this.audit.record(
        {
          userId: actor.user.id,
          action: 'user.setup_link_reissued',
          entityType: 'User',
          entityId: userId,
          ip: actor.ip,
          details: { setupLinkExpiresAt: setup.expiresAt },
        },
        tx,
      );
      return setup;
    });
  }

  /**
   * Voids the user's password and ends their sessions at once; they choose a new one with the
   * returned setup link. The admin never learns or sets the password.
   */
  async resetPassword(id: string, actor: Actor): Promise<PasswordResetResponse> {
    const current = await this.users.findById(id);
    if (!current) throw new NotFound('User');
    const setup = await this.transactions.run(async (tx) => {
      await this.users.setPasswordHash(id, null, tx);
      await this.users.revokeSessions(id, tx);
      const link = await issueSetupToken(tx, id, this.env);
      await this.audit.record(
        {
          userId: actor.user.id,
          action: 'user.password_reset',
          entityType: 'User',
          entityId: id,
          ip: actor.ip,
          details: { setupLinkExpiresAt: link.expiresAt },
        },
        tx,
      );
      return link;
    });
    return { setup };
  }

  /** The body is read after the user is found: docs/http-api.md answers 404 before 400. */
  async update(id: string, body: unknown, actor: Actor): Promise<User> {
    const current = await this.users.findById(id);
    if (!current) throw new NotFound('User');
    const patch = parseBody(updateUserSchema, body);

    const role = patch.role ?? current.role;
    // A county sent with the ADMIN role is refused, not silently cleared.
    const countyOfAdmin = role === 'ADMIN' ? countyCodeProblem(role, patch.countyCode) : null;
    if (countyOfAdmin) throw new InvalidInput([{ path: 'countyCode', message: countyOfAdmin }]);
    // An admin belongs to no county, so becoming one clears it.
    const countyCode = role === 'ADMIN' ? null : patch.countyCode !== undefined ? patch.countyCode : current.countyCode;
    const problem = countyCodeProblem(role, countyCode);
    if (problem) throw new InvalidInput([{ path: 'countyCode', message: problem }]);
    if (countyCode !== current.countyCode) await this.assertCountyExists(countyCode);

    const data: Prisma.UserUncheckedUpdateInput = {};
    if (patch.name !== undefined && patch.name !== current.name) data.name = patch.name;
    if (role !== current.role) data.role = role;
    if (countyCode !== current.countyCode) data.countyCode = countyCode;
    if (patch.active !== undefined && patch.active !== current.active) data.active = patch.active;
    const trainedOn = patch.sexTraffickingTrainingCompletedOn;
    if (trainedOn !== undefined && trainedOn !== toDateOnly(current.sexTraffickingTrainingCompletedOn)) {
      data.sexTraffickingTrainingCompletedOn = fromDateOnly(trainedOn);
    }
    // Field names only: the audit trail never holds the values. (A password is never among them: the schema refuses it.)
    const fields = Object.keys(data);
    if (fields.length === 0) return toUserDto(current);

    const removesAdmin = current.role === 'ADMIN' && (data.role !== undefined || data.active === false);
    const updated = await this.transactions.run(async (tx) => {
      if (removesAdmin) {
        const admins = await this.users.lockActiveAdmins(tx);
        if (admins.length === 1 && admins[0] === id) {
          throw new Conflict('This is the last active admin: make another user an admin first');
        }
      }
      const user = await this.users.update(id, data, tx);
      // docs/http-api.md: deactivation, and a change of role or county, end the user's sessions at once.
      if (data.active === false || data.role !== undefined || data.countyCode !== undefined)
        await this.users.revokeSessions(id, tx);
      await this.audit.record(
        {
          userId: actor.user.id,
          action: 'user.updated',
          entityType: 'User',
          entityId: id,
          ip: actor.ip,
          details: { fields },
        },
        tx,
      );
      return user;
    });
    return toUserDto(updated);
  }

  private async assertCountyExists(countyCode: string | null | undefined): Promise<void> {
    if (countyCode && !(await this.users.countyExists(countyCode))) {
      throw new InvalidInput([{ path: 'countyCode', message: 'is not one of the 72 Wisconsin counties' }]);
    }
  }
}
