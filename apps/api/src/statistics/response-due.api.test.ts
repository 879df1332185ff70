import { type ResponseTime, responseDueAt, responseTimes } from '@cps/domain';
import { seededRandom } from '@cps/domain/testing';
import { createTestApp, type TestContext } from '../../test/test-app';
import { ComplianceRepository } from './compliance.repository';
import { DUE_TIME_HOLIDAYS, useDueTimeHolidays } from './testing/due-time-calendar';

// The report list reads RESPONSE-TIME due times stored by compliance_response_due; they must be
// the domain clock's, to the millisecond, for any received time, response time and holiday calendar.

let ctx: TestContext;
let compliance: ComplianceRepository;
const repository = {
  responseDueTimes: async (rows: { receivedAt: Date; responseTime: string }[]) =>
    (await compliance.dueTimes(rows)).map((d) => d.response!),
};

const holidays = [...DUE_TIME_HOLIDAYS];

beforeAll(async () => {
  ctx = await createTestApp();
  compliance = ctx.app.get(ComplianceRepository);
  await useDueTimeHolidays(ctx);
});
afterAll(() => ctx.close());

// Chicago wall time with its offset (-06:00 CST, -05:00 CDT)
const cases: [ResponseTime, string, string][] = [
  // SAME_DAY: the end of the Chicago day received, late in the day (Tuesday already in UTC) included
  ['SAME_DAY', '2018-03-05T09:00:00-06:00', '2018-03-06T00:00:00-06:00'],
  ['SAME_DAY', '2018-03-05T23:30:00-06:00', '2018-03-06T00:00:00-06:00'],
  ['SAME_DAY', '2018-03-05T00:00:00-06:00', '2018-03-06T00:00:00-06:00'],
  ['SAME_DAY', '2018-03-02T20:00:00-06:00', '2018-03-03T00:00:00-06:00'],
  // the 23-hour and 25-hour days
  ['SAME_DAY', '2018-03-11T01:30:00-06:00', '2018-03-12T00:00:00-05:00'],
  ['SAME_DAY', '2018-11-04T01:30:00-06:00', '2018-11-05T00:00:00-06:00'],
  ['SAME_DAY', '2018-11-04T01:30:00-05:00', '2018-11-05T00:00:00-06:00'],
  // WITHIN_48_HOURS: elapsed, across weekends, holidays and clock changes
  ['WITHIN_48_HOURS', '2018-03-02T20:00:00-06:00', '2018-03-04T20:00:00-06:00'],
  ['WITHIN_48_HOURS', '2018-03-10T12:00:00-06:00', '2018-03-12T13:00:00-05:00'],
  ['WITHIN_48_HOURS', '2018-11-03T12:00:00-05:00', '2018-11-05T11:00:00-06:00'],
  ['WITHIN_48_HOURS', '2019-12-24T10:00:00-06:00', '2019-12-26T10:00:00-06:00'],
  // WITHIN_5_BUSINESS_DAYS: the end of the fifth business day after the day received
  ['WITHIN_5_BUSINESS_DAYS', '2018-03-05T09:00:00-06:00', '2018-03-13T00:00:00-05:00'],
  ['WITHIN_5_BUSINESS_DAYS', '2018-03-02T23:30:00-06:00', '2018-03-10T00:00:00-06:00'],
  ['WITHIN_5_BUSINESS_DAYS', '2018-03-03T10:00:00-06:00', '2018-03-10T00:00:00-06:00'],
  // Memorial Day 2018 inside the five days
  ['WITHIN_5_BUSINESS_DAYS', '2018-05-23T10:00:00-05:00', '2018-06-01T00:00:00-05:00'],
  ['WITHIN_5_BUSINESS_DAYS', '2018-10-31T10:00:00-05:00', '2018-11-08T00:00:00-06:00'],
  // Monday before Christmas 2019: Dec 24, 25, 26, 27 (added), 30 (added), 31, Jan 1 skipped
  ['WITHIN_5_BUSINESS_DAYS', '2019-12-23T16:00:00-06:00', '2020-01-09T00:00:00-06:00'],
];

test.each(cases)('%s, received %s: due %s', async (responseTime, received, due) => {
  const [sql] = await repository.responseDueTimes([{ receivedAt: new Date(received), responseTime }]);
  expect(sql!.toISOString()).toBe(new Date(due).toISOString());
  expect(responseDueAt(new Date(received), responseTime, holidays).toISOString()).toBe(new Date(due).toISOString());
});

test('3,000 random received times from 2017 to 2021, every response time, to the millisecond, as the domain clock', async () => {
  const random = seededRandom(14);
  const from = Date.UTC(2017, 0, 1);
  const span = Date.UTC(2021, 11, 1) - from;
  const codes = responseTimes.map((r) => r.code);
  // some exactly on the hour, and so at Chicago midnights, where the edges are
  const rows = Array.from({ length: 3000 }, (_, i) => {
    const t = from + Math.floor(random() * span);
    return {
      receivedAt: new Date(i % 10 === 0 ? t - (t % 3_600_000) : t),
      responseTime: codes[i % codes.length]!,
    };
  });
  const sql = await repository.responseDueTimes(rows);
  const mismatches = rows.filter(
    (r, i) => sql[i]!.getTime() !== responseDueAt(r.receivedAt, r.responseTime, holidays).getTime(),
  );
  expect(mismatches.map((r) => `${r.responseTime} ${r.receivedAt.toISOString()}`)).toEqual([]);
});
