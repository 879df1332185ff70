import { lawEnforcementDueAt, responseDueAt, responseTimes } from '@cps/domain';
import { seededRandom } from '@cps/domain/testing';
import { createTestApp, type TestContext } from '../../test/test-app';
import { ComplianceRepository } from './compliance.repository';
import { DUE_TIME_HOLIDAYS, useDueTimeHolidays } from './testing/due-time-calendar';

// LE-12H and RESPONSE-TIME due times are computed in SQL by the database functions whose answers
// report_compliance stores (compliance_le_due, compliance_response_due), which the compliance report,
// the report list and the metrics read. They must be the domain clock's, to the millisecond, for any
// received time and any holiday calendar (response-due.api.test.ts has RESPONSE-TIME's own cases).

let ctx: TestContext;
let repository: ComplianceRepository;

const holidays = [...DUE_TIME_HOLIDAYS];

beforeAll(async () => {
  ctx = await createTestApp();
  repository = ctx.app.get(ComplianceRepository);
  await useDueTimeHolidays(ctx);
});
afterAll(() => ctx.close());

/** compliance_le_due for the instants, in order. */
async function lawEnforcementDueTimes(receivedAts: Date[]): Promise<Date[]> {
  return (await repository.dueTimes(receivedAts.map((receivedAt) => ({ receivedAt, responseTime: 'SAME_DAY' })))).map(
    (d) => d.le!,
  );
}

const cases: [string, string][] = [
  // docs/domain.md's examples: Friday 20:00 → Monday 08:00; Saturday 10:00 → Monday 12:00 (Chicago)
  ['2018-03-02T20:00:00-06:00', '2018-03-05T14:00:00.000Z'],
  ['2018-03-03T10:00:00-06:00', '2018-03-05T18:00:00.000Z'],
  // Friday 12:00 → Saturday 00:00, the end of Friday
  ['2018-03-02T12:00:00-06:00', '2018-03-03T06:00:00.000Z'],
  // Friday before Memorial Day 2018 (Monday 28th): Tuesday
  ['2018-05-25T20:00:00-05:00', '2018-05-29T08:00:00-05:00'],
  // across the change to daylight time (Sunday 2018-03-11): Friday 22:00 CST → Monday 10:00 CDT
  ['2018-03-09T22:00:00-06:00', '2018-03-12T15:00:00.000Z'],
  // Monday 18:00 before Christmas 2019: 6 hours that day, then Christmas Eve and Day, Dec 26-27
  // (added), the weekend, Dec 30 (added), New Year's Eve and Day: the other 6 hours on January 2
  ['2019-12-23T18:00:00-06:00', '2020-01-02T06:00:00-06:00'],
];

test.each(cases)('received %s: due %s', async (received, due) => {
  const [sql] = await lawEnforcementDueTimes([new Date(received)]);
  expect(sql!.toISOString()).toBe(new Date(due).toISOString());
  expect(lawEnforcementDueAt(new Date(received), holidays).toISOString()).toBe(new Date(due).toISOString());
});

test('2,000 random received times from 2017 to 2021, to the millisecond, as the domain clock', async () => {
  const random = seededRandom(12);
  const from = Date.UTC(2017, 0, 1);
  const span = Date.UTC(2021, 11, 1) - from;
  // some exactly at Chicago midnights and noons, where the edges are
  const instants = Array.from({ length: 2000 }, (_, i) => {
    const t = from + Math.floor(random() * span);
    return new Date(i % 10 === 0 ? t - (t % 3_600_000) : t);
  });
  const sql = await lawEnforcementDueTimes(instants);
  const mismatches = instants.filter((t, i) => sql[i]!.getTime() !== lawEnforcementDueAt(t, holidays).getTime());
  expect(mismatches.map((t) => t.toISOString())).toEqual([]);
});

test('compliance_response_due: 2,000 random received times, every response time, as the domain clock', async () => {
  const random = seededRandom(15);
  const from = Date.UTC(2017, 0, 1);
  const span = Date.UTC(2021, 11, 1) - from;
  const instants = Array.from({ length: 2000 }, (_, i) => {
    const t = from + Math.floor(random() * span);
    return new Date(i % 10 === 0 ? t - (t % 3_600_000) : t);
  });
  for (const { code } of responseTimes) {
    const sql = await repository.dueTimes(instants.map((receivedAt) => ({ receivedAt, responseTime: code })));
    const mismatches = instants.filter(
      (t, i) => sql[i]!.response!.getTime() !== responseDueAt(t, code, holidays).getTime(),
    );
    expect({ code, mismatches: mismatches.map((t) => t.toISOString()) }).toEqual({ code, mismatches: [] });
  }
  // the long run of holidays: the fifth business day after Monday 23 December 2019 is 8 January 2020
  const [christmas] = await repository.dueTimes([
    { receivedAt: new Date('2019-12-23T16:00:00-06:00'), responseTime: 'WITHIN_5_BUSINESS_DAYS' },
  ]);
  expect(christmas!.response!.toISOString()).toBe(new Date('2020-01-09T00:00:00-06:00').toISOString());
});
