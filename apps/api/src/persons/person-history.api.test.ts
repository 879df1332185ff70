import { child, createReport, draftBody, maltreater, screenedIn, submitReport } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// docs/domain.md, "History of involvement": the reports that name a person, newest first, drafts
// left out. The caller's county sees what each of its reports says about the person; another
// county sees only the county, the date received, the status and the decision.

type Auth = { Authorization: string };
type Entry = Record<string, unknown>;
let ctx: TestContext;
let milwaukee: { worker: Auth; supervisor: Auth; workerId: string };
let dane: { worker: Auth; supervisor: Auth };
let childId: string;
let maltreaterId: string;
const ids = {} as Record<
  'older' | 'dane' | 'newest' | 'draft',
  { id: string; reportNumber: string; allegations?: unknown[] }
>;

const SHARED_KEYS = ['countyCode', 'decision', 'receivedAt', 'status'];
const FULL_KEYS = [...SHARED_KEYS, 'allegations', 'reportId', 'reportNumber', 'roles'].sort();
const daneNarrative = 'Dane only: the youth disclosed to a school nurse in confidence.';

const at = (day: string) => `2018-${day}T16:00:00.000Z`;
const linked = (receivedAt: string, extra: Record<string, unknown> = {}) =>
  draftBody({
    receivedAt,
    persons: [
      child({ personId: childId, firstName: 'Rosa', lastName: 'Historia' }),
      maltreater({ personId: maltreaterId }),
    ],
    ...extra,
  });

beforeAll(async () => {
  ctx = await createTestApp();
  const [mw, ms, dw, ds] = await Promise.all([
    signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' }),
    signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' }),
    signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' }),
    signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' }),
  ]);
  milwaukee = { worker: mw.auth, supervisor: ms.auth, workerId: mw.user.id };
  dane = { worker: dw.auth, supervisor: ds.auth };

  const first = await screenedIn(
    ctx,
    milwaukee.worker,
    milwaukee.supervisor,
    draftBody({
      receivedAt: at('01-09'),
      persons: [child({ firstName: 'Rosa', lastName: 'Historia' }), maltreater({ firstName: 'Victor' })],
    }),
  );
  childId = first.persons[0].id;
  maltreaterId = first.persons[1].id;
  ids.older = first;
  ids.dane = await screenedIn(
    ctx,
    dane.worker,
    dane.supervisor,
    linked(at('02-13'), { countyCode: '55025', narrative: daneNarrative }),
  );
  ids.newest = await submitReport(ctx, milwaukee.worker, linked(at('03-06')));
  ids.draft = await createReport(ctx, milwaukee.worker, linked(at('04-03')));
});
afterAll(() => ctx.close());

const history = (id: string, auth?: Auth) => {
  const req = ctx.http().get(`/api/persons/${id}/history`);
  return auth ? req.set(auth) : req;
};

it("answers newest first, drafts left out, with the county's own reports in full", async () => {
  const res = await history(childId, milwaukee.worker).expect(200);
  const entries = res.body as Entry[];
  expect(entries.map((e) => e.receivedAt)).toEqual([at('03-06'), at('02-13'), at('01-09')]);
  expect(entries.map((e) => e.reportId ?? null)).toEqual([ids.newest.id, null, ids.older.id]);
  expect(JSON.stringify(entries)).not.toContain(ids.draft.id);

  expect(entries[0]).toEqual({
    countyCode: '55079',
    receivedAt: at('03-06'),
    status: 'AWAITING_SUPERVISOR',
    decision: null,
    reportId: ids.newest.id,
    reportNumber: ids.newest.reportNumber,
    roles: ['CHILD'],
    allegations: [{ maltreatmentType: 'SEXUAL_ABUSE', descriptors: ['SEX_TRAFFICKING'], finding: null }],
  });
  expect(entries[2]).toMatchObject({
    status: 'SCREENED_IN',
    decision: 'SCREEN_IN',
    reportNumber: ids.older.reportNumber,
  });
  expect(Object.keys(entries[2] as Entry).sort()).toEqual(FULL_KEYS);
});

it("gives another county's report only its county, date, status and decision: nothing else leaks", async () => {
  const res = await history(childId, milwaukee.supervisor).expect(200);
  const other = (res.body as Entry[])[1] as Entry;
  expect(other).toEqual({ countyCode: '55025', receivedAt: at('02-13'), status: 'SCREENED_IN', decision: 'SCREEN_IN' });
  expect(Object.keys(other).sort()).toEqual(SHARED_KEYS);
  const text = JSON.stringify(res.body);
  for (const secret of [ids.dane.id, ids.dane.reportNumber, daneNarrative, 'Victor'])
    expect(text).not.toContain(secret);

  // And the other way round: Dane sees its own report in full, Milwaukee's two restricted.
  const fromDane = (await history(childId, dane.worker).expect(200)).body as Entry[];
  expect(fromDane.map((e) => Object.keys(e).sort())).toEqual([SHARED_KEYS, FULL_KEYS, SHARED_KEYS]);
  expect(fromDane[1]).toMatchObject({ reportId: ids.dane.id, reportNumber: ids.dane.reportNumber });
  expect(JSON.stringify(fromDane)).not.toContain(ids.older.reportNumber);
});

it('lists the allegations an alleged maltreater is named in, and a recorded finding', async () => {
  const [allegation] = ids.older.allegations as { id: string }[];
  await ctx
    .http()
    .put(`/api/allegations/${allegation?.id}/finding`)
    .set(milwaukee.supervisor)
    .send({ finding: 'SUBSTANTIATED', maltreaterInterviewed: true, rationale: 'A preponderance of evidence.' })
    .expect(200);
  const entries = (await history(maltreaterId, milwaukee.worker).expect(200)).body as Entry[];
  expect(entries.at(-1)).toMatchObject({
    reportId: ids.older.id,
    roles: ['ALLEGED_MALTREATER'],
    allegations: [{ maltreatmentType: 'SEXUAL_ABUSE', descriptors: ['SEX_TRAFFICKING'], finding: 'SUBSTANTIATED' }],
  });
});

it('answers [] for a person named only in drafts, and 404 for an unknown or malformed id', async () => {
  const draft = await createReport(
    ctx,
    milwaukee.worker,
    draftBody({ persons: [child({ lastName: 'Onlydraft' }), maltreater()] }),
  );
  await history(draft.persons[0].id, milwaukee.worker).expect(200, []);
  const res = await history('7d1c2a3e-4b5f-4a6b-9c7d-8e9f0a1b2c3d', milwaukee.worker).expect(404);
  expect(res.body.message).toMatch(/Person not found/);
  await history('not-a-uuid', milwaukee.worker).expect(404);
  await history("1' OR '1'='1", milwaukee.worker).expect(404);
});

it('audits each look-up with the person, never what it showed', async () => {
  const before = await ctx.prisma.auditEvent.count({ where: { action: 'persons.history_read', entityId: childId } });
  await history(childId, milwaukee.worker).expect(200);
  const events = await ctx.prisma.auditEvent.findMany({
    where: { action: 'persons.history_read', entityId: childId, userId: milwaukee.workerId },
    orderBy: { at: 'desc' },
  });
  expect(events.length).toBeGreaterThan(0);
  expect(await ctx.prisma.auditEvent.count({ where: { action: 'persons.history_read', entityId: childId } })).toBe(
    before + 1,
  );
  expect(events[0]).toMatchObject({ entityType: 'Person', details: { results: 3 } });
  expect(JSON.stringify({ ...events[0], id: String(events[0]?.id) })).not.toMatch(/Historia|SEXUAL_ABUSE/);
});

it('is for workers and supervisors: admin 403 (audited as refused), signed out 401', async () => {
  await history(childId, dane.supervisor).expect(200);
  const admin = await signedIn(ctx, { role: 'ADMIN' });
  await history(childId, admin.auth).expect(403);
  await history(childId).expect(401);
  const refused = await ctx.prisma.auditEvent.findFirst({ where: { action: 'access.denied', userId: admin.user.id } });
  expect(refused?.details).toMatchObject({ route: '/api/persons/:id/history', status: 403 });
  expect(await ctx.prisma.auditEvent.count({ where: { action: 'persons.history_read', userId: admin.user.id } })).toBe(
    0,
  );
});
