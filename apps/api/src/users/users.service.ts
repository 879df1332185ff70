import { Inject, Injectable } from '@nestjs/common';
import { countyCodeProblem, updateUserSchema, type CreateUserRequest, type PageQuery, type User, type UserPage } from '@cps/domain';
import type { Prisma } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { hashToken } from '../auth/session-token';
import type { SessionUser } from '../common/auth.decorators';
import { Conflict, InvalidInput, NotFound } from '../common/domain-error';
import { ENV, type Env } from '../common/env';
import { IdempotencyService, TX, type Stored } from '../common/idempotency.service';
import { parseBody } from '../common/parse';
import { PrismaService } from '../common/prisma.service';
import { fromDateOnly, toDateOnly, toUserDto } from './user.mapper';
import { UsersRepository } from './users.repository';

type Actor = { user: SessionUser; ip: string | undefined };

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === 'P2002';
const DUPLICATE_EMAIL = 'A user with this email already exists';

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async list(query: PageQuery): Promise<UserPage> {
    const { rows, total } = await this.users.page(query);
    return { items: rows.map(toUserDto), total };
  }

  async create(input: CreateUserRequest, actor: Actor, idempotencyKey: string | undefined): Promise<Stored<User>> {
    await this.assertCountyExists(input.countyCode);
    const passwordHash = await hashPassword(input.password);
    // The replay check compares bodies by hash; the password enters it only keyed, never in the clear.
    const fingerprint = { ...input, password: hashToken(input.password, this.env.SESSION_SECRET) };
    return this.idempotency.run(actor.user.id, idempotencyKey, 'POST /api/users', fingerprint, async (tx) => {
      if (await this.users.emailTaken(input.email, tx)) throw new Conflict(DUPLICATE_EMAIL);
      const user = await this.users
        .create(
          {
            email: input.email,
            name: input.name,
            role: input.role,
            countyCode: input.role === 'ADMIN' ? null : (input.countyCode ?? null),
            passwordHash,
            sexTraffickingTrainingCompletedOn: fromDateOnly(input.sexTraffickingTrainingCompletedOn),
          },
          tx,
        )
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? new Conflict(DUPLICATE_EMAIL) : error;
        });
      await this.audit.record({ userId: actor.user.id, action: 'user.created', entityType: 'User', entityId: user.id, ip: actor.ip }, tx);
      return { status: 201, body: toUserDto(user) };
    });
  }

  /** The body is read after the user is found: api.md answers 404 before 400. */
  async update(id: string, body: unknown, actor: Actor): Promise<User> {
    const current = await this.users.findById(id);
    if (!current) throw new NotFound('User');
    const patch = parseBody(updateUserSchema, body);

    const role = patch.role ?? current.role;
    if (role === 'ADMIN' && patch.countyCode) {
      throw new InvalidInput([{ path: 'countyCode', message: countyCodeProblem(role, patch.countyCode)! }]);
    }
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
    if (patch.password !== undefined) data.passwordHash = await hashPassword(patch.password);
    // Field names only: the audit trail never holds the values, least of all a password.
    const fields = Object.keys(data).map((field) => (field === 'passwordHash' ? 'password' : field));
    if (fields.length === 0) return toUserDto(current);

    const removesAdmin = current.role === 'ADMIN' && (data.role !== undefined || data.active === false);
    const updated = await this.prisma.$transaction(async (tx) => {
      if (removesAdmin) {
        const admins = await this.users.lockActiveAdmins(tx);
        if (admins.length === 1 && admins[0] === id) {
          throw new Conflict('This is the last active admin: make another user an admin first');
        }
      }
      const user = await this.users.update(id, data, tx);
      if (data.active === false) await this.users.revokeSessions(id, tx);
      await this.audit.record({ userId: actor.user.id, action: 'user.updated', entityType: 'User', entityId: id, ip: actor.ip, details: { fields } }, tx);
      return user;
    }, TX);
    return toUserDto(updated);
  }

  private async assertCountyExists(countyCode: string | null | undefined): Promise<void> {
    if (countyCode && !(await this.users.countyExists(countyCode))) {
      throw new InvalidInput([{ path: 'countyCode', message: 'is not one of the 72 Wisconsin counties' }]);
    }
  }
}
