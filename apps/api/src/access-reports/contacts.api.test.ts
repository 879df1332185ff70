import {
  child,
  createReport,
  draftBody,
  maltreater,
  screenedIn,
  stAllegation,
  submitReport,
} from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// POST /api/access-reports/:id/contacts (docs/http-api.md, "Contacts") and RESPONSE-TIME through
// HTTP: refusals in the order 401, 403, 404, 400, 409, then what each contact does to the clock.

type Auth = { Authorization: string };
type User = { id: string; name: string };

let ctx: TestContext;
let worker: Auth;
let workerUser: User;
let colleague: Auth;
let colleagueUser: User;
let supervisor: Auth;
let supervisorUser: User;
let daneWorker: Auth;
let admin: Auth;

beforeAll(async () => {
  ctx = await createTestApp();
  const make = (spec: Parameters<typeof signedIn>[1]) => signedIn(ctx, spec);
  const [w, c, s, dw, a] = await Promise.all([
    make({ role: 'ACCESS_WORKER', countyCode: '55079', name: 'Ana Ruiz' }),
    make({ role: 'ACCESS_WORKER', countyCode: '55079', name: 'Sam Lee' }),
    make({ role: 'SUPERVISOR', countyCode: '55079', name: 'Sue Visor' }),
    make({ role: 'ACCESS_WORKER', countyCode: '55025', name: 'Dan Dane' }),
    make({ role: 'ADMIN', countyCode: null }),
  ]);
  [worker, colleague, supervisor, daneWorker, admin] = [w, c, s, dw, a].map((x) => x.auth) as Auth[] as [
    Auth,
    Auth,
    Auth,
    Auth,
    Auth,
  ];
  workerUser = w.user;
  colleagueUser = c.user;
  supervisorUser = s.user;
});
afterAll(() => ctx.close());

// Received Tuesday 2018-03-06 10:00 Chicago (16:00Z), screened in WITHIN_48_HOURS: due Thursday 16:00Z.
const DUE = '2018-03-08T16:00:00.000Z';
const ON_TIME = '2018-03-07T15:00:00.000Z';
const LATE = '2018-03-08T17:00:00.000Z';

/** A screened-in report of two children: Maya (the alleged victim) and her brother Leo (no allegation), and their mother. */
const family = () =>
  draftBody({
    persons: [
      child(),
      child({ key: 'c2', firstName: 'Leo', dateOfBirth: '2006-02-02', gender: 'MALE' }),
      maltreater(),
      { key: 'p1', roles: ['PARENT'], firstName: 'Rosa', lastName: 'Testchild', gender: 'FEMALE' },
    ],
    allegations: [stAllegation()],
  });

async function screenedInFamily() {
  const report = await screenedIn(ctx, worker, supervisor, family());
  const id = (key: string) => report.persons.find((p: { key: string }) => p.key === key).personId as string;
  return { report, maya: id('c1'), leo: id('c2'), maltreater: id('m1'), mother: id('p1') };
}

const record = (id: string, body: object, auth: Auth = worker) =>
  ctx.http().post(`/api/access-reports/${id}/contacts`).set(auth).send(body);
const read = (id: string, auth: Auth = worker) => ctx.http().get(`/api/access-reports/${id}`).set(auth);
const events = (reportId: string, action: string) => ctx.prisma.auditEvent.findMany({ where: { reportId, action } });

describe('POST /api/access-reports/:id/contacts', () => {
  it('records an attempt, then the child seen: listed earliest first, the version moves on, audited', async () => {
    const { report, maya } = await screenedInFamily();
    expect(report.contacts).toEqual([]);
    expect(report.computed).toMatchObject({ responseDueAt: DUE, responseStatus: 'OVERDUE' });

    const attempt = { personId: maya, kind: 'CHILD_SEEN', outcome: 'ATTEMPTED', at: ON_TIME, note: 'No one home' };
    const first = await record(report.id, attempt).expect(201);
    expect(first.body.version).toBe(report.version + 1);
    expect(first.body.computed).toMatchObject({
      responseDueAt: DUE,
      responseStatus: 'OVERDUE',
      responseAttemptStatus: 'ON_TIME',
    });

    const seen = { personId: maya, kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: '2018-03-08T15:59:59.999Z' };
    const second = await record(report.id, seen, colleague).expect(201);
    expect(second.body.version).toBe(report.version + 2);
    expect(second.body.contacts).toEqual([
      {
        id: expect.any(String),
        ...attempt,
        recordedBy: { id: workerUser.id, name: 'Ana Ruiz' },
        recordedAt: expect.any(String),
      },
      {
        id: expect.any(String),
        ...seen,
        note: null,
        recordedBy: { id: colleagueUser.id, name: 'Sam Lee' },
        recordedAt: expect.any(String),
      },
    ]);
    expect(second.body.computed).toMatchObject({ responseStatus: 'ON_TIME', responseAttemptStatus: 'ON_TIME' });
    expect(second.body.updatedBy).toEqual({ id: colleagueUser.id, name: 'Sam Lee' });
    // The same on a later read.
    const again = await read(report.id).expect(200);
    expect(again.body.contacts).toEqual(second.body.contacts);
    expect(again.body.computed.responseStatus).toBe('ON_TIME');

    const audited = await events(report.id, 'report.contact_recorded');
    expect(audited.map((e) => e.userId).sort()).toEqual([workerUser.id, colleagueUser.id].sort());
    expect(audited.every((e) => e.entityId === report.id)).toBe(true);
  });

  it('attempts never make the report on time; a late visit is LATE', async () => {
    const { report, maya } = await screenedInFamily();
    await record(report.id, { personId: maya, kind: 'CHILD_SEEN', outcome: 'ATTEMPTED', at: ON_TIME }).expect(201);
    const late = await record(report.id, { personId: maya, kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: LATE });
    expect(late.status).toBe(201);
    expect(late.body.computed).toMatchObject({ responseStatus: 'LATE', responseAttemptStatus: 'ON_TIME' });
  });

  it('the mother seen never counts for the child; nor does a brother with no allegation', async () => {
    const { report, mother, leo, maltreater: adult } = await screenedInFamily();
    await record(report.id, { personId: mother, kind: 'CAREGIVER_SEEN', outcome: 'COMPLETED', at: ON_TIME }).expect(
      201,
    );
    await record(report.id, { personId: adult, kind: 'CAREGIVER_SEEN', outcome: 'ATTEMPTED', at: ON_TIME }).expect(201);
    const res = await record(report.id, { personId: leo, kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: ON_TIME });
    expect(res.status).toBe(201);
    expect(res.body.contacts).toHaveLength(3);
    expect(res.body.computed).toMatchObject({ responseStatus: 'OVERDUE', responseAttemptStatus: 'OVERDUE' });
  });

  it('a supervisor records one; the initial assessment worker assigned after screen-in records one', async () => {
    const { report, maya } = await screenedInFamily();
    const assigned = await ctx
      .http()
      .post(`/api/access-reports/${report.id}/assignment`)
      .set(supervisor)
      .send({ version: report.version, userId: colleagueUser.id })
      .expect(200);
    expect(assigned.body.initialAssessmentWorker).toEqual({ id: colleagueUser.id, name: 'Sam Lee' });
    const body = { personId: maya, kind: 'CHILD_SEEN', outcome: 'ATTEMPTED', at: ON_TIME };
    await record(report.id, body, supervisor).expect(201);
    const visit = { ...body, outcome: 'COMPLETED', at: '2018-03-07T18:00:00.000Z' };
    const res = await record(report.id, visit, colleague).expect(201);
    expect(res.body.contacts.map((c: { recordedBy: User }) => c.recordedBy.id)).toEqual([
      supervisorUser.id,
      colleagueUser.id,
    ]);
    expect(res.body.computed.responseStatus).toBe('ON_TIME');
  });

  it('the role matrix: 401 signed out, 403 for an admin (audited), 404 for another county (audited)', async () => {
    const { report, maya } = await screenedInFamily();
    const body = { personId: maya, kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: ON_TIME };
    await ctx.http().post(`/api/access-reports/${report.id}/contacts`).send(body).expect(401);
    await record(report.id, body, admin).expect(403);
    const before = (await events(report.id, 'access.denied')).length;
    await record(report.id, body, daneWorker).expect(404);
    expect((await events(report.id, 'access.denied')).length).toBeGreaterThan(before);
    await record('00000000-0000-4000-8000-000000000000', body).expect(404);
    await record('not-an-id', body).expect(404);
    expect((await read(report.id).expect(200)).body.contacts).toEqual([]);
  });

  it.each([
    [
      'before the report was received',
      { at: '2018-03-06T15:59:59.999Z' },
      'at',
      /Date and time of the contact must not be before the report was received/,
    ],
    [
      'in the future',
      { at: '2099-01-01T00:00:00.000Z' },
      'at',
      /Date and time of the contact must not be in the future/,
    ],
    ['a date without a time', { at: '2018-03-07' }, 'at', /Date and time of the contact/],
    [
      'a person not of the report',
      { personId: '00000000-0000-4000-8000-000000000000' },
      'personId',
      /Person is not a person of this report/,
    ],
    ['not an id', { personId: 'Maya' }, 'personId', /Person must be the id of a person of the report/],
    ['an adult as the child seen', { personId: 'mother' }, 'personId', /Person must be a child of this report/],
    ['a child as the caregiver seen', { kind: 'CAREGIVER_SEEN' }, 'personId', /Person must be an adult of this report/],
    ['an unknown kind', { kind: 'VICTIM_SEEN' }, 'kind', /Kind/],
    ['an unknown outcome', { outcome: 'MISSED' }, 'outcome', /Outcome/],
    ['no time', { at: undefined }, 'at', /Date and time of the contact/],
  ])('400 for %s, naming the field in words; nothing written', async (_name, change, path, message) => {
    const { report, maya, mother } = await screenedInFamily();
    const ids: Record<string, string> = { mother };
    const body: Record<string, unknown> = { personId: maya, kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: ON_TIME };
    for (const [k, v] of Object.entries(change)) body[k] = k === 'personId' && ids[v as string] ? ids[v as string] : v;
    const res = await record(report.id, body).expect(400);
    expect(res.body.message).toMatch(message);
    expect(res.body.message).not.toMatch(/personId|\bat:/);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    const after = (await read(report.id).expect(200)).body;
    expect(after.version).toBe(report.version);
    expect(after.contacts).toEqual([]);
    expect(await events(report.id, 'report.contact_recorded')).toEqual([]);
  });

  it('409 unless screened in: a draft, a report awaiting its supervisor, a screened-out report', async () => {
    const draft = await createReport(ctx, worker, family());
    const awaiting = await submitReport(ctx, worker, family());
    const out = await submitReport(
      ctx,
      worker,
      draftBody({
        allegations: [
          stAllegation({ maltreatmentType: 'NEGLECT', descriptors: [], maltreaterRelationship: 'PRIMARY_CAREGIVER' }),
        ],
        recommendation: {
          decision: 'SCREEN_OUT',
          screenOutReason: 'INSUFFICIENT_INFORMATION',
          rationale: 'Not enough.',
        },
      }),
    );
    const decided = await ctx
      .http()
      .post(`/api/access-reports/${out.id}/screening-decision`)
      .set(supervisor)
      .send({
        version: out.version,
        decision: 'SCREEN_OUT',
        screenOutReason: 'INSUFFICIENT_INFORMATION',
        rationale: 'Not enough.',
      })
      .expect(200);
    for (const [report, message] of [
      [draft, /not been screened in yet/],
      [awaiting, /not been screened in yet/],
      [decided.body, /screened out/],
    ] as const) {
      const maya = report.persons.find((p: { key: string }) => p.key === 'c1').personId;
      const res = await record(report.id, { personId: maya, kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: ON_TIME });
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(message);
      expect(res.body.computed).toBeUndefined();
      expect((await read(report.id).expect(200)).body.computed).toMatchObject({
        responseDueAt: null,
        responseStatus: 'NOT_REQUIRED',
      });
    }
  });

  it('once per Idempotency-Key: a retried request records nothing more', async () => {
    const { report, maya } = await screenedInFamily();
    const body = { personId: maya, kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: ON_TIME };
    const send = () =>
      ctx
        .http()
        .post(`/api/access-reports/${report.id}/contacts`)
        .set(worker)
        .set('Idempotency-Key', 'visit-1')
        .send(body);
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.body.contacts).toEqual(first.body.contacts);
    expect(second.body.contacts).toHaveLength(1);
  });
});
