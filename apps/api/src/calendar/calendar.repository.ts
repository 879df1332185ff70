import type { HolidayEntry } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { fromDateOnly, toDateOnly } from '../users/user.mapper';

type Db = Pick<Prisma.TransactionClient, 'holiday'>;

@Injectable()
export class CalendarRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(year?: number): Promise<HolidayEntry[]> {
    const where =
      year === undefined ? {} : { date: { gte: fromDateOnly(`${year}-01-01`), lte: fromDateOnly(`${year}-12-31`) } };
    const rows = await this.prisma.holiday.findMany({ where, orderBy: { date: 'asc' } });
    return rows.map((row) => ({ date: toDateOnly(row.date), name: row.name }));
  }

  async exists(date: string, db: Db): Promise<boolean> {
    return (await db.holiday.count({ where: { date: fromDateOnly(date) } })) > 0;
  }

  async create(holiday: HolidayEntry, db: Db): Promise<void> {
    await db.holiday.create({ data: { date: fromDateOnly(holiday.date), name: holiday.name } });
  }

  /** The deleted holiday's name, or null when there was none that day. */
  async delete(date: string, db: Db): Promise<string | null> {
    const found = await db.holiday.findUnique({ where: { date: fromDateOnly(date) } });
    if (!found) return null;
    await db.holiday.delete({ where: { date: fromDateOnly(date) } });
    return found.name;
  }
}
