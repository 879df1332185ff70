import { child, createReport, draftBody, maltreater, stAllegation } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { AccessReportsRepository } from './access-reports.repository';
import { toReportDto } from './report.mapper';
import { reviveReport } from './report-read.statements';

// The list filters (openClock) and sorts (urgency) by clocks computed in SQL; the summaries show
// the domain's clocks. The two must agree for every listed report at every instant, or a report
// would be listed as running while showing a clock that is met (or the other way round).

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const COUNTY = '55015';
const police = { agency: 'Police', method: 'PHONE' };
const tribe = { tribe: 'Oneida Nation', method: 'PHONE' };

it('each listed report has the LE-12H and TRIBE-24H due times and statuses the domain computes', async () => {
  await ctx.prisma.holiday.upsert({
    where: { date: new Date('2018-07-04') },
    update: {},
    create: { date: new Date('2018-07-04'), name: 'Independence Day' },
  });
  const { auth } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: COUNTY });
  const make = (overrides: Record<string, unknown>) =>
    createReport(ctx, auth, draftBody({ countyCode: COUNTY, ...overrides }));
  const indian = [child({ indianChild: 'YES', tribe: 'Oneida Nation' }), maltreater()];
  const reports = [
    await make({ receivedAt: '2018-03-09T22:00:00.000Z' }), // Friday 16:00: due Monday
    await make({ receivedAt: '2018-03-10T18:00:00.000Z' }), // Saturday
    await make({ receivedAt: '2018-07-03T19:00:00.000Z' }), // the eve of a holiday, less than 12 h left
    await make({ receivedAt: '2018-03-06T16:00:00.000Z', persons: indian }),
    await make({ receivedAt: null }),
    await make({ receivedAt: null, persons: indian }),
    await make({
      receivedAt: '2018-03-06T16:00:00.000Z',
      allegations: [stAllegation({ maltreatmentType: 'NEGLECT', descriptors: [] })],
      persons: indian,
    }),
    await make({ allegations: [stAllegation({ maltreatmentType: 'EMOTIONAL_DAMAGE', descriptors: [] })] }),
  ];
  const notify = (id: string, path: string, body: Record<string, unknown>) =>
    ctx.http().post(`/api/access-reports/${id}/${path}`).set(auth).send(body).expect(201);
  await notify(reports[0].id, 'law-enforcement-notifications', { ...police, notifiedAt: '2018-03-12T17:00:00.000Z' });
  await notify(reports[1].id, 'law-enforcement-notifications', { ...police, notifiedAt: '2018-03-14T17:00:00.000Z' });
  await notify(reports[3].id, 'tribal-notifications', { ...tribe, notifiedAt: '2018-03-08T16:00:00.000Z' });
  await notify(reports[4].id, 'law-enforcement-notifications', { ...police, notifiedAt: '2018-03-08T16:00:00.000Z' });

  const repository = ctx.app.get(AccessReportsRepository);
  const holidays = await repository.holidays();
  const dues = reports.flatMap((r) => [r.computed.lawEnforcementDueAt, r.computed.tribalNotificationDueAt]);
  const instants = [
    new Date('2018-01-01T00:00:00.000Z'),
    new Date('2030-01-01T00:00:00.000Z'),
    ...dues.filter((d): d is string => d !== null).flatMap((d) => [-1, 0, 1].map((ms) => new Date(Date.parse(d) + ms))),
  ];
  let running = 0;
  for (const now of instants) {
    for (const openClock of [false, true]) {
      const filter = { countyCode: COUNTY, status: null, from: null, to: null, openClock, now };
      const { rows, total } = await repository.listWithClocks(filter, { offset: 0, limit: 50 }, 'urgency');
      const seen = rows.map((row) => {
        const { computed } = toReportDto(reviveReport(row), { holidays, now });
        const sql = {
          lawEnforcementStatus: row.leStatus,
          lawEnforcementDueAt: row.leStatus === 'NOT_REQUIRED' ? null : (row.leDue?.toISOString() ?? null),
          tribalNotificationStatus: row.tribeStatus,
          tribalNotificationDueAt: row.tribeStatus === 'NOT_REQUIRED' ? null : (row.tribeDue?.toISOString() ?? null),
        };
        expect(sql).toEqual({
          lawEnforcementStatus: computed.lawEnforcementStatus,
          lawEnforcementDueAt: computed.lawEnforcementDueAt,
          tribalNotificationStatus: computed.tribalNotificationStatus,
          tribalNotificationDueAt: computed.tribalNotificationDueAt,
        });
        return [computed.lawEnforcementStatus, computed.tribalNotificationStatus].some(
          (s) => s === 'PENDING' || s === 'OVERDUE',
        );
      });
      if (openClock) {
        // Exactly the reports whose domain clocks run, as of the same instant.
        expect(seen.every(Boolean)).toBe(true);
        running += rows.length;
      } else {
        expect(total).toBe(reports.length);
        expect(rows).toHaveLength(reports.length);
        const open = await repository.listWithClocks(
          { ...filter, openClock: true },
          { offset: 0, limit: 50 },
          'urgency',
        );
        expect(open.total).toBe(seen.filter(Boolean).length);
      }
    }
  }
  expect(running).toBeGreaterThan(0);
});
