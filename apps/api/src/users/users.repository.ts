import type { PageQuery } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/auth.decorators';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { userSelect } from './user.mapper';

type Db = Pick<Prisma.TransactionClient, 'user' | 'county' | 'session' | '$queryRaw'>;

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async page({ page, pageSize }: PageQuery): Promise<{ rows: SessionUser[]; total: number }> {
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        select: userSelect,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.user.count(),
    ]);
    return { rows, total };
  }

  /** Ids are opaque to clients: one that is not a UUID simply matches no user. */
  findById(id: string, db: Db = this.prisma): Promise<SessionUser | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return db.user.findUnique({ where: { id }, select: userSelect });
  }

  /** The user signing in, with the password hash to check (null: none chosen yet, or reset). */
  findForSignIn(email: string): Promise<(SessionUser & { passwordHash: string | null }) | null> {
    return this.prisma.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
  }

  /** The stored password hash: null when the user has none (new, or reset), undefined when there is no such user. */
  async passwordHashOf(id: string, db: Db = this.prisma): Promise<string | null | undefined> {
    if (!isUuid(id)) return undefined;
    const user = await db.user.findUnique({ where: { id }, select: { passwordHash: true } });
    return user ? user.passwordHash : undefined;
  }

  async setPasswordHash(id: string, passwordHash: string | null, db: Db): Promise<void> {
    await db.user.update({ where: { id }, data: { passwordHash }, select: { id: true } });
  }

  async emailTaken(email: string, db: Db = this.prisma): Promise<boolean> {
    return (await db.user.count({ where: { email } })) > 0;
  }

  async countyExists(code: string, db: Db = this.prisma): Promise<boolean> {
    return (await db.county.count({ where: { code } })) > 0;
  }

  /** The active admins, locked until the transaction ends, so two admins cannot remove each other at once. */
  async lockActiveAdmins(db: Db): Promise<string[]> {
    const rows = await db.$queryRaw<
      { id: string }[]
    >`SELECT id::text AS id FROM users WHERE role = 'ADMIN' AND active FOR UPDATE`;
    return rows.map((r) => r.id);
  }

  create(data: Prisma.UserUncheckedCreateInput, db: Db): Promise<SessionUser> {
    return db.user.create({ data, select: userSelect });
  }

  update(id: string, data: Prisma.UserUncheckedUpdateInput, db: Db): Promise<SessionUser> {
    return db.user.update({ where: { id }, data, select: userSelect });
  }

  /** Ends every open session of a user at once. */
  async revokeSessions(userId: string, db: Db): Promise<void> {
    await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  }
}
