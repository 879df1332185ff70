import { Client } from 'pg';
import { child, createReport, draftBody, maltreater, stAllegation } from '../../test/report-bodies';
import { asOwner, createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { AccessReportsRepository } from './access-reports.repository';
import { toReportDto } from './report.mapper';
import { ReportListRepository } from './report-list.repository';
import { type ListFilter, listStatement } from './report-list.statements';
import { reviveReport } from './report-read.statements';

// sort=urgency reads its order from report_compliance (present danger and creation copied from the
// report; whether a clock runs and its earliest due time generated from the stored clocks), so the
// queue is one index scan. That order must be the one the domain's clocks give, at every instant,
// after every change that moves a report in it: a notification, a decision, a contact, present
// danger marked in an autosave, a holiday added.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const COUNTY = '55021';
const police = { agency: 'Police', method: 'PHONE' };
type Report = ReturnType<typeof toReportDto>;

/** The queue's order worked out from the domain's clocks of each report, as of `now`. */
function expectedOrder(reports: Report[], openClock: boolean): string[] {
  const runs = (s: string) => s === 'PENDING' || s === 'OVERDUE';
  const key = (r: Report) => {
    const c = r.computed;
    const clocks: [string, string | null][] = [
      [c.lawEnforcementStatus, c.lawEnforcementDueAt],
      [c.tribalNotificationStatus, c.tribalNotificationDueAt],
      [c.responseStatus, c.responseDueAt],
    ];
    const running = clocks.filter(([s]) => runs(s));
    const dues = running.map(([, due]) => due).filter((d): d is string => d !== null);
    return {
      id: r.id,
      danger: r.presentDangerThreat === true ? 0 : 1,
      running: running.length > 0 ? 0 : 1,
      due: dues.length ? Math.min(...dues.map(Date.parse)) : Number.POSITIVE_INFINITY,
      received: r.receivedAt ? Date.parse(r.receivedAt) : Number.POSITIVE_INFINITY,
      created: r.createdAt ? Date.parse(r.createdAt) : 0,
    };
  };
  return reports
    .map(key)
    .filter((k) => !openClock || k.running === 0)
    .sort(
      (a, b) =>
        a.danger - b.danger ||
        a.running - b.running ||
        (a.due === b.due ? 0 : a.due < b.due ? -1 : 1) ||
        (a.received === b.received ? 0 : a.received < b.received ? -1 : 1) ||
        a.created - b.created ||
        (a.id < b.id ? -1 : 1),
    )
    .map((k) => k.id);
}

it('sort=urgency lists in the order the domain clocks give, at every instant and after every change', async () => {
  const { auth } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: COUNTY });
  const { auth: supervisor } = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: COUNTY });
  const post = (path: string, body: object, who = auth) => ctx.http().post(path).set(who).send(body);
  const make = (overrides: Record<string, unknown>) =>
    createReport(ctx, auth, draftBody({ countyCode: COUNTY, ...overrides }));
  const indian = [child({ indianChild: 'YES', tribe: 'Oneida Nation' }), maltreater()];
  const neglect = [stAllegation({ maltreatmentType: 'NEGLECT', descriptors: [] })];
  const noClock = [stAllegation({ maltreatmentType: 'EMOTIONAL_DAMAGE', descriptors: [] })];
  const tuesday = '2018-07-03T19:00:00.000Z'; // the eve of Independence Day, less than 12 h left
  const reports = [
    await make({ receivedAt: tuesday }), // LE-12H runs
    await make({ receivedAt: tuesday }), // the same instant: created later
    await make({ receivedAt: '2018-07-02T15:00:00.000Z', presentDangerThreat: true }), // present danger, LE-12H
    await make({ receivedAt: null }), // LE-12H applies, no due time yet
    await make({ receivedAt: '2018-07-02T15:00:00.000Z', persons: indian, allegations: neglect }), // TRIBE-24H only
    await make({ receivedAt: '2018-07-02T14:00:00.000Z', allegations: noClock }), // no clock
    await make({ receivedAt: '2018-07-02T14:00:00.000Z', allegations: noClock, presentDangerThreat: true }), // danger, no clock
    await make({ receivedAt: '2018-07-02T16:00:00.000Z' }), // LE-12H met below
    await make({ receivedAt: '2018-07-02T17:00:00.000Z', allegations: neglect }), // screened in below: RESPONSE-TIME
  ];
  await post(`/api/access-reports/${reports[7].id}/law-enforcement-notifications`, {
    ...police,
    notifiedAt: '2018-07-02T18:00:00.000Z',
  }).expect(201);
  const submitted = (await post(`/api/access-reports/${reports[8].id}/submit`, { version: 1 }).expect(200)).body;
  const decision = { decision: 'SCREEN_IN', responseTime: 'SAME_DAY', rationale: 'Meets the definition.' };
  await post(
    `/api/access-reports/${reports[8].id}/screening-decision`,
    { version: submitted.version, ...decision },
    supervisor,
  ).expect(200);

  const repository = ctx.app.get(AccessReportsRepository);

  const lists = ctx.app.get(ReportListRepository);
  const instants = [
    new Date('2018-07-01T00:00:00.000Z'),
    new Date('2018-07-03T12:00:00.000Z'),
    new Date('2018-07-06T12:00:00.000Z'),
    new Date('2030-01-01T00:00:00.000Z'),
  ];
  /** At each instant, with and without openClock, the list's order is the domain's. */
  async function expectDomainOrder(): Promise<string[]> {
    const holidays = await repository.holidays();
    let queue: string[] = [];
    for (const now of instants) {
      for (const openClock of [false, true]) {
        const filter = { countyCode: COUNTY, status: null, from: null, to: null, openClock, now };
        const { rows, total } = await lists.listWithClocks(filter, { offset: 0, limit: 50 }, 'urgency');
        const listed = rows.map((row) => toReportDto(reviveReport(row), { holidays, now }));
        const ids = listed.map((r) => r.id);
        if (!openClock) expect(ids.sort()).toEqual(reports.map((r) => r.id).sort());
        expect(rows.map((row) => reviveReport(row).id)).toEqual(expectedOrder(listed, openClock));
        expect(total).toBe(rows.length);
        // A page further on continues the same order.
        const second = await lists.listWithClocks(filter, { offset: 2, limit: 3 }, 'urgency');
        expect(second.rows.map((row) => reviveReport(row).id)).toEqual(expectedOrder(listed, openClock).slice(2, 5));
        if (openClock) queue = expectedOrder(listed, true);
      }
    }
    return queue;
  }

  const before = await expectDomainOrder();
  // Present danger first; the no-clock reports are not in the queue; the met LE-12H is not either.
  expect(before[0]).toBe(reports[2].id);
  expect(before).not.toContain(reports[5].id);
  expect(before).not.toContain(reports[6].id);
  expect(before).not.toContain(reports[7].id);
  expect(before.indexOf(reports[0].id)).toBeLessThan(before.indexOf(reports[1].id));

  // Present danger marked in an autosave moves the report to the front of the queue.
  const saved = await ctx
    .http()
    .put(`/api/access-reports/${reports[1].id}`)
    .set(auth)
    .send({ ...draftBody({ countyCode: COUNTY, receivedAt: tuesday, presentDangerThreat: true }), version: 1 })
    .expect(200);
  expect(saved.body.presentDangerThreat).toBe(true);
  const marked = await expectDomainOrder();
  expect(marked.slice(0, 2).sort()).toEqual([reports[1].id, reports[2].id].sort());

  // A holiday moves LE-12H's due time of the reports received on its eve: the order follows.
  await ctx.prisma.holiday.upsert({
    where: { date: new Date('2018-07-04') },
    update: {},
    create: { date: new Date('2018-07-04'), name: 'Independence Day' },
  });
  await expectDomainOrder();

  // RESPONSE-TIME met: the screened-in report leaves the queue.
  const persons = (await ctx.http().get(`/api/access-reports/${reports[8].id}`).set(auth).expect(200)).body.persons;
  await post(`/api/access-reports/${reports[8].id}/contacts`, {
    personId: persons.find((p: { key: string }) => p.key === 'c1').personId,
    kind: 'CHILD_SEEN',
    outcome: 'COMPLETED',
    at: '2018-07-02T20:00:00.000Z',
  }).expect(201);
  const after = await expectDomainOrder();
  expect(before).toContain(reports[8].id);
  expect(after).not.toContain(reports[8].id);
});

it('a county queue is read in order from its index: no sort, whatever the filters', async () => {
  const db = new Client({ connectionString: asOwner(ctx.url) });
  await db.connect();
  try {
    const filters: Partial<ListFilter>[] = [{}, { from: new Date('2018-01-01'), to: new Date('2019-01-01') }];
    for (const extra of filters) {
      const filter: ListFilter = { countyCode: COUNTY, status: null, from: null, to: null, openClock: true, ...extra };
      const query = listStatement(filter, 'urgency', { offset: 0, limit: 25 });
      await db.query('BEGIN');
      // The tables here are small: without these the planner may read them whole and sort.
      await db.query('SET LOCAL enable_seqscan = off');
      await db.query('SET LOCAL enable_sort = off');
      await db.query('SET LOCAL enable_bitmapscan = off');
      const plan = (await db.query(`EXPLAIN ${query.text}`, query.values)).rows.map((r) => r['QUERY PLAN']).join('\n');
      await db.query('ROLLBACK');
      // The page is the index's first rows: its Limit reads the index scan itself, no Sort between.
      expect(plan).toMatch(/Limit [^\n]*\n\s*->\s+Index (Only )?Scan using report_compliance_queue_idx/);
    }
  } finally {
    await db.end();
  }
});
