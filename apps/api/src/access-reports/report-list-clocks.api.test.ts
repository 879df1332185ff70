import { child, createReport, draftBody, maltreater, stAllegation } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { AccessReportsRepository } from './access-reports.repository';
import { toReportDto } from './report.mapper';
import { ReportListRepository } from './report-list.repository';
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

  const lists = ctx.app.get(ReportListRepository);
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
      const { rows, total } = await lists.listWithClocks(filter, { offset: 0, limit: 50 }, 'urgency');
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
        const open = await lists.listWithClocks({ ...filter, openClock: true }, { offset: 0, limit: 50 }, 'urgency');
        expect(open.total).toBe(seen.filter(Boolean).length);
      }
    }
  }
  expect(running).toBeGreaterThan(0);
});

it('each listed report has the RESPONSE-TIME due time and status the domain computes; running ones are open clocks', async () => {
  const county = '55017';
  await ctx.prisma.holiday.upsert({
    where: { date: new Date('2018-05-28') },
    update: {},
    create: { date: new Date('2018-05-28'), name: 'Memorial Day' },
  });
  const { auth } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: county });
  const { auth: supervisor } = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: county });
  const post = (path: string, body: object, who = auth) => ctx.http().post(path).set(who).send(body);
  /** Screened in with a response time; a second child (c2) with no allegation. */
  async function screened(receivedAt: string, responseTime: string, presentDangerThreat = false) {
    const persons = [child(), child({ key: 'c2', firstName: 'Leo' }), maltreater()];
    const body = { countyCode: county, receivedAt, persons, presentDangerThreat };
    const recommendation = { decision: 'SCREEN_IN', responseTime, rationale: 'Meets the definition.' };
    const draft = await createReport(ctx, auth, draftBody({ ...body, recommendation }));
    const submitted = (await post(`/api/access-reports/${draft.id}/submit`, { version: 1 }).expect(200)).body;
    const decision = { version: submitted.version, ...recommendation };
    return (await post(`/api/access-reports/${draft.id}/screening-decision`, decision, supervisor).expect(200)).body;
  }
  const contact = (report: { id: string; persons: { key: string; personId: string }[] }, key: string, rest: object) =>
    post(`/api/access-reports/${report.id}/contacts`, {
      personId: report.persons.find((p) => p.key === key)!.personId,
      ...rest,
    }).expect(201);
  const reports = [
    await screened('2018-03-06T16:00:00.000Z', 'SAME_DAY', true), // no contact
    await screened('2018-03-10T04:30:00.000Z', 'SAME_DAY', true), // Friday 22:30 Chicago: seen on time
    await screened('2018-03-09T18:00:00.000Z', 'WITHIN_48_HOURS'), // across the spring change: seen late
    await screened('2018-05-23T15:00:00.000Z', 'WITHIN_5_BUSINESS_DAYS'), // Memorial Day inside: attempt only
    await screened('2018-11-02T15:00:00.000Z', 'WITHIN_5_BUSINESS_DAYS'), // across the fall change: caregiver, brother
    await createReport(ctx, auth, draftBody({ countyCode: county, receivedAt: '2018-03-06T16:00:00.000Z' })), // a draft
  ];
  await contact(reports[1], 'c1', { kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: '2018-03-10T05:30:00.000Z' });
  await contact(reports[2], 'c1', { kind: 'CHILD_SEEN', outcome: 'ATTEMPTED', at: '2018-03-10T18:00:00.000Z' });
  await contact(reports[2], 'c1', { kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: '2018-03-12T18:00:00.000Z' });
  await contact(reports[3], 'c1', { kind: 'CHILD_SEEN', outcome: 'ATTEMPTED', at: '2018-05-24T15:00:00.000Z' });
  await contact(reports[4], 'm1', { kind: 'CAREGIVER_SEEN', outcome: 'COMPLETED', at: '2018-11-03T15:00:00.000Z' });
  await contact(reports[4], 'c2', { kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: '2018-11-03T15:00:00.000Z' });

  const repository = ctx.app.get(AccessReportsRepository);

  const lists = ctx.app.get(ReportListRepository);
  const holidays = await repository.holidays();
  const dues = reports.map((r) => r.computed.responseDueAt).filter((d): d is string => d !== null);
  expect(dues).toHaveLength(5);
  const instants = [
    new Date('2018-01-01T00:00:00.000Z'),
    new Date('2030-01-01T00:00:00.000Z'),
    ...dues.flatMap((d) => [-1, 0, 1].map((ms) => new Date(Date.parse(d) + ms))),
  ];
  const statuses = new Set<string>();
  for (const now of instants) {
    const filter = { countyCode: county, status: null, from: null, to: null, openClock: false, now };
    const { rows } = await lists.listWithClocks(filter, { offset: 0, limit: 50 }, 'urgency');
    expect(rows).toHaveLength(reports.length);
    const running: string[] = [];
    for (const row of rows) {
      const report = toReportDto(reviveReport(row), { holidays, now });
      const { computed } = report;
      statuses.add(computed.responseStatus);
      expect({
        responseStatus: row.responseStatus,
        responseDueAt: row.responseStatus === 'NOT_REQUIRED' ? null : (row.responseDue?.toISOString() ?? null),
      }).toEqual({ responseStatus: computed.responseStatus, responseDueAt: computed.responseDueAt });
      const clocks = [computed.lawEnforcementStatus, computed.tribalNotificationStatus, computed.responseStatus];
      if (clocks.some((s) => s === 'PENDING' || s === 'OVERDUE')) running.push(report.id);
    }
    const open = await lists.listWithClocks({ ...filter, openClock: true }, { offset: 0, limit: 50 }, 'urgency');
    expect(open.rows.map((r) => reviveReport(r).id).sort()).toEqual(running.sort());
  }
  expect([...statuses].sort()).toEqual(['LATE', 'NOT_REQUIRED', 'ON_TIME', 'OVERDUE', 'PENDING']);
});

it('sort=urgency orders by the earliest running clock, RESPONSE-TIME among them', async () => {
  const county = '55019';
  const { auth } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: county });
  const { auth: supervisor } = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: county });
  const post = (path: string, body: object, who = auth) => ctx.http().post(path).set(who).send(body);
  // No LE-12H (neglect, no sex trafficking) and no Indian child: only RESPONSE-TIME runs.
  const neglect = [
    stAllegation({ maltreatmentType: 'NEGLECT', descriptors: [], maltreaterRelationship: 'PRIMARY_CAREGIVER' }),
  ];
  async function screened(receivedAt: string, responseTime: string) {
    const recommendation = { decision: 'SCREEN_IN', responseTime, rationale: 'Meets the definition.' };
    const draft = await createReport(
      ctx,
      auth,
      draftBody({ countyCode: county, receivedAt, allegations: neglect, recommendation }),
    );
    const submitted = (await post(`/api/access-reports/${draft.id}/submit`, { version: 1 }).expect(200)).body;
    const decision = { version: submitted.version, ...recommendation };
    return (await post(`/api/access-reports/${draft.id}/screening-decision`, decision, supervisor).expect(200)).body;
  }
  // The newest received is due last; the order by due time is not the order received.
  const hours48 = await screened('2018-03-05T15:00:00.000Z', 'WITHIN_48_HOURS'); // due 03-07 15:00Z
  const sameDay = await screened('2018-03-06T15:00:00.000Z', 'SAME_DAY'); // due 03-07 06:00Z
  const fiveDays = await screened('2018-03-07T15:00:00.000Z', 'WITHIN_5_BUSINESS_DAYS'); // due 03-15
  for (const r of [fiveDays, hours48, sameDay]) expect(r.computed.lawEnforcementStatus).toBe('NOT_REQUIRED');
  const lists = ctx.app.get(ReportListRepository);
  const now = new Date('2018-03-07T16:00:00.000Z');
  const filter = { countyCode: county, status: null, from: null, to: null, openClock: true, now };
  const { rows } = await lists.listWithClocks(filter, { offset: 0, limit: 50 }, 'urgency');
  expect(rows.map((r) => reviveReport(r).id)).toEqual([sameDay.id, hours48.id, fiveDays.id]);
  const newest = await lists.listWithClocks(filter, { offset: 0, limit: 50 }, 'newest');
  expect(newest.rows.map((r) => reviveReport(r).id)).toEqual([fiveDays.id, sameDay.id, hours48.id]);
});
