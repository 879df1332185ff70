import { child, createReport, draftBody, maltreater, stAllegation, submitReport } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// GET /api/access-reports with q, openClock and sort=urgency: each filter, the order and its ties,
// the county scope, and the combination with status, from/to and paging. Each test works in a
// county of its own, so the lists it reads hold only its reports.

type Auth = { Authorization: string };
type Summary = { id: string; reportNumber: string; computed: Record<string, unknown> };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Body = Record<string, unknown>;

/** A worker of the county, and reports made by them there. */
async function workerIn(countyCode: string) {
  const auth: Auth = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode })).auth;
  return {
    auth,
    create: (body: Body = draftBody()) => createReport(ctx, auth, { ...body, countyCode }),
    submit: (body: Body = draftBody()) => submitReport(ctx, auth, { ...body, countyCode }),
  };
}

async function list(auth: Auth, query: string): Promise<{ items: Summary[]; total: number }> {
  return (await ctx.http().get(`/api/access-reports?${query}`).set(auth).expect(200)).body;
}

const ids = (page: { items: Summary[] }) => page.items.map((r) => r.id);
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

/** No allegation that starts LE-12H and no Indian child: no clock runs. */
const noClock = (overrides = {}) =>
  draftBody({
    allegations: [stAllegation({ maltreatmentType: 'EMOTIONAL_DAMAGE', descriptors: [] })],
    recommendation: null,
    ...overrides,
  });
const indianChild = child({ indianChild: 'YES', tribe: 'Oneida Nation' });

describe('q: a report number, or part of a name', () => {
  it("finds by report number, a child's or an adult's name, every word in one person, in the county only", async () => {
    const worker = await workerIn('55001');
    const maya = await worker.create(
      draftBody({ persons: [child(), maltreater({ firstName: 'Rex', lastName: "O'Grady_50%" })] }),
    );
    const jo = await worker.create(
      draftBody({ persons: [child({ firstName: 'Jo', lastName: 'Quill' }), maltreater()] }),
    );
    const elsewhere = await workerIn('55003');
    await elsewhere.create(draftBody());

    expect(ids(await list(worker.auth, `q=${maya.reportNumber}`))).toEqual([maya.id]);
    expect(ids(await list(worker.auth, `q=${maya.reportNumber.slice(-5)}`))).toEqual([maya.id]);
    expect(ids(await list(worker.auth, 'q=testchi'))).toEqual([maya.id]); // Maya Testchild, any case
    expect(ids(await list(worker.auth, 'q=quill'))).toEqual([jo.id]);
    expect(ids(await list(worker.auth, 'q=grady'))).toEqual([maya.id]); // the alleged maltreater
    expect(ids(await list(worker.auth, 'q=Maya%20Testchild'))).toEqual([maya.id]);
    expect(ids(await list(worker.auth, 'q=Testchild,%20Maya'))).toEqual([maya.id]);
    // Words of two different people of one report are no match.
    expect(ids(await list(worker.auth, 'q=Maya%20Grady'))).toEqual([]);
    // A word of one or two letters (no trigram) still has to be in a name of the same person.
    expect(ids(await list(worker.auth, 'q=ma%20Testchild'))).toEqual([maya.id]);
    expect(ids(await list(worker.auth, 'q=xq%20Testchild'))).toEqual([]);
    expect(ids(await list(worker.auth, 'q=gr%20Testchild'))).toEqual([]); // Grady is another person
    // Pattern characters are taken literally.
    expect(ids(await list(worker.auth, 'q=_50%25'))).toEqual([maya.id]);
    expect(ids(await list(worker.auth, 'q=%25'))).toEqual([maya.id]);
    expect(ids(await list(worker.auth, 'q=_'))).toEqual([maya.id]);
    // An empty search is no search; the other county's Maya stays out.
    expect((await list(worker.auth, 'q=')).total).toBe(2);
    expect((await list(worker.auth, 'q=Maya')).total).toBe(1);
  });

  it('combines with status, from/to and paging', async () => {
    const worker = await workerIn('55005');
    const draft = await worker.create(draftBody({ receivedAt: '2018-03-06T16:00:00.000Z' }));
    const submitted = await worker.submit(draftBody({ receivedAt: '2018-03-08T16:00:00.000Z' }));
    const older = await worker.create(draftBody({ receivedAt: '2018-02-01T16:00:00.000Z' }));
    await worker.create(noClock({ persons: [child({ firstName: 'Other', lastName: 'Name' }), maltreater()] }));

    expect(ids(await list(worker.auth, 'q=maya&status=DRAFT'))).toEqual([draft.id, older.id]);
    expect(ids(await list(worker.auth, 'q=maya&status=AWAITING_SUPERVISOR'))).toEqual([submitted.id]);
    expect(ids(await list(worker.auth, 'q=maya&from=2018-03-01&to=2018-03-31'))).toEqual([submitted.id, draft.id]);
    const first = await list(worker.auth, 'q=maya&pageSize=2&page=1');
    const second = await list(worker.auth, 'q=maya&pageSize=2&page=2');
    expect([...ids(first), ...ids(second)]).toEqual([submitted.id, draft.id, older.id]);
    expect([first.total, second.total]).toEqual([3, 3]);
    // A page past the end of a search is empty and still counts the matches (one statement gives both).
    const past = await list(worker.auth, 'q=maya&pageSize=2&page=3');
    expect([ids(past), past.total]).toEqual([[], 3]);
    const nothing = await list(worker.auth, 'q=Nobody%20Here');
    expect([ids(nothing), nothing.total]).toEqual([[], 0]);
  });

  it("searches by name in the report's county as it stands: after a save that rewrites the people and after a transfer", async () => {
    const worker = await workerIn('55015');
    const supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55015' })).auth;
    const other = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55017' })).auth;
    const report = await worker.create(
      draftBody({ persons: [child({ firstName: 'Lark', lastName: 'Ferncliff' }), maltreater()] }),
    );
    // The people of the report carry its county (the search's index starts with it).
    const counties = async () =>
      (
        await ctx.prisma.$queryRaw<{ county_code: string }[]>`
          SELECT DISTINCT county_code FROM report_persons WHERE report_id = ${report.id}::uuid`
      ).map((r) => r.county_code);
    expect(await counties()).toEqual(['55015']);

    // An autosave that renames the child writes the report's people again, with the county.
    const saved = await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker.auth)
      .send({
        ...draftBody({ persons: [child({ firstName: 'Wren', lastName: 'Ferncliff' }), maltreater()] }),
        countyCode: '55015',
        version: report.version,
      })
      .expect(200);
    expect(ids(await list(worker.auth, 'q=Wren%20Ferncliff'))).toEqual([report.id]);
    expect(ids(await list(worker.auth, 'q=Lark'))).toEqual([]);
    expect(ids(await list(other, 'q=Ferncliff'))).toEqual([]);

    // A transfer moves the report's people with it (the foreign key on report and county cascades).
    await ctx
      .http()
      .post(`/api/access-reports/${report.id}/transfer`)
      .set(supervisor)
      .send({ version: saved.body.version, countyCode: '55017', reason: 'The child lives in Chippewa County' })
      .expect(200);
    expect(await counties()).toEqual(['55017']);
    expect(ids(await list(other, 'q=Ferncliff'))).toEqual([report.id]);
    expect(ids(await list(worker.auth, 'q=Ferncliff'))).toEqual([]);

    // The database refuses a person row whose county is not its report's.
    await expect(
      ctx.prisma.$executeRaw`UPDATE report_persons SET county_code = '55015' WHERE report_id = ${report.id}::uuid`,
    ).rejects.toThrow(/foreign key/);
  });
});

it("the names' trigram indexes keep no pending list: a search would scan every entry added since the last vacuum", async () => {
  const indexes = await ctx.prisma.$queryRaw<{ relname: string; reloptions: string[] | null }[]>`
    SELECT relname, reloptions FROM pg_class
    WHERE relname IN ('report_persons_first_name_trgm', 'report_persons_last_name_trgm') ORDER BY relname`;
  expect(indexes).toEqual([
    { relname: 'report_persons_first_name_trgm', reloptions: ['fastupdate=off'] },
    { relname: 'report_persons_last_name_trgm', reloptions: ['fastupdate=off'] },
  ]);
});

describe('openClock=true: any LE-12H or TRIBE-24H clock PENDING or OVERDUE, drafts included', () => {
  it('keeps running clocks of every status, leaves out met, late and absent ones', async () => {
    const worker = await workerIn('55007');
    const overdueDraft = await worker.create(draftBody());
    const pendingDraft = await worker.create(draftBody({ receivedAt: hoursAgo(1) }));
    const notReceived = await worker.create(draftBody({ receivedAt: null }));
    const tribal = await worker.create(noClock({ receivedAt: hoursAgo(2), persons: [indianChild, maltreater()] }));
    const awaiting = await worker.submit(draftBody());
    const none = await worker.create(noClock());
    const notified = await worker.create(draftBody());
    const late = await worker.create(draftBody());
    const police = { agency: 'Police', method: 'PHONE' };
    for (const [report, notifiedAt] of [
      [notified, '2018-03-06T20:00:00.000Z'],
      [late, '2018-03-09T20:00:00.000Z'],
    ] as const) {
      await ctx
        .http()
        .post(`/api/access-reports/${report.id}/law-enforcement-notifications`)
        .set(worker.auth)
        .send({ ...police, notifiedAt })
        .expect(201);
    }

    const open = await list(worker.auth, 'openClock=true');
    expect(new Set(ids(open))).toEqual(
      new Set([overdueDraft.id, pendingDraft.id, notReceived.id, tribal.id, awaiting.id]),
    );
    expect(open.total).toBe(5);
    const statuses = Object.fromEntries(
      open.items.map((r) => [r.id, [r.computed.lawEnforcementStatus, r.computed.tribalNotificationStatus]]),
    );
    expect(statuses).toEqual({
      [overdueDraft.id]: ['OVERDUE', 'NOT_REQUIRED'],
      [pendingDraft.id]: ['PENDING', 'NOT_REQUIRED'],
      [notReceived.id]: ['PENDING', 'NOT_REQUIRED'],
      [tribal.id]: ['NOT_REQUIRED', 'PENDING'],
      [awaiting.id]: ['OVERDUE', 'NOT_REQUIRED'],
    });
    expect((await list(worker.auth, 'openClock=false')).total).toBe(8);
    expect((await list(worker.auth, '')).total).toBe(8);
    expect(ids(await list(worker.auth, 'openClock=true&status=AWAITING_SUPERVISOR'))).toEqual([awaiting.id]);
    expect(new Set(ids(await list(worker.auth, 'openClock=true&status=DRAFT')))).not.toContain(awaiting.id);
    expect((await list(worker.auth, 'openClock=true&status=DRAFT')).total).toBe(4);
    // from/to keep only received reports: the one not yet received drops out.
    const received2018 = await list(worker.auth, 'openClock=true&from=2018-01-01&to=2018-12-31');
    expect(new Set(ids(received2018))).toEqual(new Set([overdueDraft.id, awaiting.id]));
    expect(ids(await list(worker.auth, `openClock=true&q=${none.reportNumber}`))).toEqual([]);
    expect(ids(await list(worker.auth, `openClock=true&q=${tribal.reportNumber}`))).toEqual([tribal.id]);
    // Another county's supervisor sees none of them.
    const other = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55009' })).auth;
    expect((await list(other, 'openClock=true')).total).toBe(0);
  });
});

describe('sort=urgency: present danger, then the earliest due running clock, then the earliest received', () => {
  it('orders every kind, with ties broken by receipt and then creation, and pages in that order', async () => {
    const worker = await workerIn('55011');
    const make = worker.create;
    // Created out of order on purpose: the answer must not follow creation.
    const quietOld = await make(noClock({ receivedAt: '2018-01-02T16:00:00.000Z' }));
    const dueLater = await make(draftBody({ receivedAt: hoursAgo(1) }));
    const quietNoReceipt = await make(noClock({ receivedAt: null }));
    const dangerNoClock = await make(noClock({ presentDangerThreat: true, receivedAt: '2018-05-01T16:00:00.000Z' }));
    const overdue = await make(draftBody({ receivedAt: '2018-03-06T16:00:00.000Z' }));
    const tieFirst = await make(draftBody({ receivedAt: '2018-04-03T16:00:00.000Z' }));
    const tieSecond = await make(draftBody({ receivedAt: '2018-04-03T16:00:00.000Z' }));
    const runningNoDue = await make(draftBody({ receivedAt: null }));
    const dangerOverdue = await make(draftBody({ presentDangerThreat: true, receivedAt: '2018-06-05T16:00:00.000Z' }));
    const tribeSoon = await make(noClock({ receivedAt: hoursAgo(23), persons: [indianChild, maltreater()] }));
    const quietNew = await make(noClock({ receivedAt: '2018-07-03T16:00:00.000Z' }));

    const expected = [
      dangerOverdue.id, // present danger with a running clock
      dangerNoClock.id, // present danger, no clock
      overdue.id, // LE due 2018-03-07
      tieFirst.id, // LE due 2018-04-04, created before its twin
      tieSecond.id,
      tribeSoon.id, // TRIBE-24H due in an hour
      dueLater.id, // LE-12H due in about 11 business hours or more
      runningNoDue.id, // a running clock without a due time yet
      quietOld.id, // then no running clock, earliest received first
      quietNew.id,
      quietNoReceipt.id,
    ];
    const all = await list(worker.auth, 'sort=urgency');
    expect(ids(all)).toEqual(expected);
    const pages: string[] = [];
    for (const page of [1, 2, 3, 4])
      pages.push(...ids(await list(worker.auth, `sort=urgency&pageSize=3&page=${page}`)));
    expect(pages).toEqual(expected);

    const open = await list(worker.auth, 'openClock=true&sort=urgency');
    expect(ids(open)).toEqual([
      dangerOverdue.id,
      overdue.id,
      tieFirst.id,
      tieSecond.id,
      tribeSoon.id,
      dueLater.id,
      runningNoDue.id,
    ]);
    // The default stays newest received first, not yet received first of all.
    expect(ids(await list(worker.auth, 'sort=newest'))).toEqual(ids(await list(worker.auth, '')));
    expect(ids(await list(worker.auth, ''))[0]).toBe(runningNoDue.id);
  });
});

describe('bad values are 400s that name the field in words', () => {
  it.each([
    ['openClock=yes', 'openClock', 'Open clock must be true or false'],
    ['sort=oldest', 'sort', 'Sort must be newest or urgency'],
    [`q=${'x'.repeat(101)}`, 'q', 'Search (q) must be at most 100 characters'],
    ['q=a&q=b', 'q', 'Search (q) must be text'],
  ])('%s', async (query, path, message) => {
    const worker = await workerIn('55013');
    const res = await ctx.http().get(`/api/access-reports?${query}`).set(worker.auth).expect(400);
    expect(res.body.message).toBe(message);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual([path]);
  });
});
