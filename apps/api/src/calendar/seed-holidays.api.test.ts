import { wisconsinLegalHolidays } from '@cps/domain';
import { createTestApp, type TestContext } from '../../test/test-app';
import { fromDateOnly } from '../users/user.mapper';
import { seedHolidays } from './seed-holidays';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const holidaysOf = async (year: number) =>
  (
    await ctx.prisma.holiday.findMany({
      where: { date: { gte: fromDateOnly(`${year}-01-01`), lte: fromDateOnly(`${year}-12-31`) } },
      orderBy: { date: 'asc' },
    })
  ).map((h) => ({ date: h.date.toISOString().slice(0, 10), name: h.name }));

it('puts the legal holidays of each year into the calendar, once, recorded as calendar.seeded', async () => {
  expect(await seedHolidays(ctx.prisma, [2026, 2027])).toEqual([2026, 2027]);
  expect(await holidaysOf(2026)).toEqual(wisconsinLegalHolidays(2026));
  expect(await holidaysOf(2027)).toEqual(wisconsinLegalHolidays(2027));
  expect(await holidaysOf(2027)).toHaveLength(9);
  const events = await ctx.prisma.auditEvent.findMany({ where: { action: 'calendar.seeded' }, orderBy: { id: 'asc' } });
  expect(events.map((e) => [e.entityType, e.entityId, e.userId])).toEqual([
    ['HolidayYear', '2026', null],
    ['HolidayYear', '2027', null],
  ]);

  expect(await seedHolidays(ctx.prisma, [2026, 2027])).toEqual([]);
  expect(await ctx.prisma.auditEvent.count({ where: { action: 'calendar.seeded' } })).toBe(2);
  expect(await holidaysOf(2026)).toHaveLength(9);
});

it("does not undo an admin's deletion at the next start", async () => {
  await seedHolidays(ctx.prisma, [2032]);
  await ctx.prisma.holiday.delete({ where: { date: fromDateOnly('2032-12-24') } });
  expect(await seedHolidays(ctx.prisma, [2032, 2033])).toEqual([2033]);
  const dates = (await holidaysOf(2032)).map((h) => h.date);
  expect(dates).not.toContain('2032-12-24');
  expect(dates).toHaveLength(wisconsinLegalHolidays(2032).length - 1);
});

it('keeps a day an admin entered before the year was seeded, with its name', async () => {
  await ctx.prisma.holiday.create({ data: { date: fromDateOnly('2034-07-04'), name: 'Fourth of July' } });
  await ctx.prisma.holiday.create({ data: { date: fromDateOnly('2034-11-24'), name: 'Day after Thanksgiving' } });
  expect(await seedHolidays(ctx.prisma, [2034])).toEqual([2034]);
  const byDate = new Map((await holidaysOf(2034)).map((h) => [h.date, h.name]));
  expect(byDate.get('2034-07-04')).toBe('Fourth of July');
  expect(byDate.get('2034-11-24')).toBe('Day after Thanksgiving');
  expect(byDate.size).toBe(wisconsinLegalHolidays(2034).length + 1);
});

it('two servers starting at once seed each year once', async () => {
  const years = Array.from({ length: 30 }, (_, i) => 2060 + i);
  const results = await Promise.all([seedHolidays(ctx.prisma, years), seedHolidays(ctx.prisma, years)]);
  expect(results.flat().sort()).toEqual(years);
  const events = await ctx.prisma.auditEvent.groupBy({
    by: ['entityId'],
    where: { action: 'calendar.seeded', entityId: { in: years.map(String) } },
    _count: true,
  });
  expect(events.map((e) => e._count)).toEqual(years.map(() => 1));
});
