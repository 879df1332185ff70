import { hashPassword } from '../auth/passwords';
import type { PrismaClient } from '../generated/prisma/client';

/** Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, only while no admin exists. */
export async function ensureFirstAdmin(
  prisma: PrismaClient,
  email?: string,
  password?: string,
): Promise<'created' | 'exists' | 'none'> {
  const admins = await prisma.user.count({ where: { role: 'ADMIN', active: true } });
  if (admins > 0) return 'exists';
  if (!email || !password) return 'none';
  await prisma.user.upsert({
    where: { email },
    create: { email, name: 'Administrator', role: 'ADMIN', passwordHash: await hashPassword(password) },
    update: { role: 'ADMIN', countyCode: null, active: true, passwordHash: await hashPassword(password) },
  });
  return 'created';
}
