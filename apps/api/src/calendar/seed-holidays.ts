import { wisconsinLegalHolidays } from '@cps/domain';
import { writeAudit } from '../audit/audit.writer';
import { TX } from '../common/transactions';
import type { PrismaClient } from '../generated/prisma/client';
import { fromDateOnly } from '../users/user.mapper';

export const CALENDAR_SEEDED = 'calendar.seeded';

/**
 * Puts the Wisconsin legal holidays of each year into the calendar, once per year ever: the
 * seeding is recorded as an audit event and never repeated, so an admin's deletions stay deleted
 * after a restart. Days an admin already entered keep their names. Returns the years seeded now.
 */
export async function seedHolidays(prisma: PrismaClient, years: readonly number[]): Promise<number[]> {
  const seeded: number[] = [];
  for (const year of years) {
    const done = await prisma.$transaction(async (tx) => {
      // Two servers starting together on one database seed a year once.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${CALENDAR_SEEDED}))`;
      const before = await tx.auditEvent.count({
        where: { action: CALENDAR_SEEDED, entityType: 'HolidayYear', entityId: String(year) },
      });
      if (before > 0) return false;
      const holidays = wisconsinLegalHolidays(year);
      await tx.holiday.createMany({
        data: holidays.map((h) => ({ date: fromDateOnly(h.date), name: h.name })),
        skipDuplicates: true,
      });
      await writeAudit(tx, {
        action: CALENDAR_SEEDED,
        entityType: 'HolidayYear',
        entityId: String(year),
        details: { holidays: holidays.length },
      });
      return true;
    }, TX);
    if (done) seeded.push(year);
  }
  return seeded;
}
