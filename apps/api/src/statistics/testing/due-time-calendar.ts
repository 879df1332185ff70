import { wisconsinLegalHolidays } from '@cps/domain';
import type { TestContext } from '../../../test/test-app';

/**
 * The holiday calendar of the due-time tests (compliance-clock, response-due): Wisconsin's legal
 * holidays of 2017-2021 and a long run of three more around New Year 2020, which a clock walking
 * business days must step past.
 */
export const DUE_TIME_HOLIDAYS: readonly string[] = [
  ...[2017, 2018, 2019, 2020, 2021].flatMap((y) => wisconsinLegalHolidays(y).map((h) => h.date)),
  '2019-12-26',
  '2019-12-27',
  '2019-12-30',
];

/** Makes DUE_TIME_HOLIDAYS the test database's holidays, and no others. */
export async function useDueTimeHolidays(ctx: TestContext): Promise<void> {
  await ctx.prisma.holiday.deleteMany();
  await ctx.prisma.holiday.createMany({
    data: [...new Set(DUE_TIME_HOLIDAYS)].map((d) => ({ date: new Date(`${d}T00:00:00Z`), name: 'Holiday' })),
  });
}
