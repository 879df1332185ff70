import {
  createEpisode,
  episodeBody,
  LEARNED_AT,
  locatedEpisode,
  NCMEC_DUE,
  POLICE_DUE,
  patchEpisode,
  screening,
} from '../../test/episode-bodies';
import { child, createReport, draftBody, maltreater } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let worker: { Authorization: string };
let workerId: string;
let supervisor: { Authorization: string };
let otherWorker: { Authorization: string };
let admin: { Authorization: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const w = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
  worker = w.auth;
  workerId = w.user.id;
  supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })).auth;
  otherWorker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' })).auth;
  admin = (await signedIn(ctx, { role: 'ADMIN', countyCode: null })).auth;
});
afterAll(() => ctx.close());

const post = (auth: Record<string, string>, body: object) =>
  ctx.http().post('/api/missing-episodes').set(auth).send(body);
const patch = (auth: Record<string, string>, id: string, body: object) =>
  ctx.http().patch(`/api/missing-episodes/${id}`).set(auth).send(body);
const events = (entityId: string, action: string) =>
  ctx.prisma.auditEvent.findMany({ where: { entityId, action }, orderBy: { at: 'asc' } });

describe('POST /api/missing-episodes', () => {
  it('a new child: 201 with the child, MISSING, both clocks from learnedAt, audited', async () => {
    const res = await post(worker, episodeBody()).expect(201);
    expect(res.body).toMatchObject({
      version: 1,
      countyCode: '55079',
      person: { firstName: 'Nadia', lastName: 'Runaway-Test', dateOfBirth: '2003-09-14' },
      learnedAt: LEARNED_AT,
      lastSeenAt: '2018-03-10T23:30:00.000Z',
      lastSeenLocation: 'Foster home on the north side',
      status: 'MISSING',
      newReportId: null,
      returnScreening: null,
      createdBy: { id: workerId },
      computed: { policeDueAt: POLICE_DUE, policeStatus: 'OVERDUE', ncmecDueAt: NCMEC_DUE, ncmecStatus: 'OVERDUE' },
    });
    expect(res.body.personId).toBe(res.body.person.id);
    const [created] = await events(res.body.id, 'missing_episode.created');
    expect(created).toMatchObject({ userId: workerId, entityType: 'MissingEpisode', reportId: null });
    // The new child is in the registry: the next search finds them.
    const found = await ctx.http().get('/api/persons/search?lastName=Runaway-Test').set(worker).expect(200);
    expect(found.body.map((p: { id: string }) => p.id)).toContain(res.body.personId);
  });

  it('a child found by search: linked by personId, with the registry basics', async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({ persons: [child({ firstName: 'Lena', lastName: 'Linked-Test' }), maltreater()] }),
    );
    const personId = report.persons[0].id;
    const res = await post(worker, episodeBody({ person: undefined, personId })).expect(201);
    expect(res.body.person).toEqual({
      id: personId,
      firstName: 'Lena',
      lastName: 'Linked-Test',
      dateOfBirth: '2003-05-01',
    });
  });

  it('clocks still running when learned of just now: PENDING', async () => {
    const now = new Date(Date.now() - 60_000).toISOString();
    const res = await post(worker, episodeBody({ learnedAt: now, lastSeenAt: null })).expect(201);
    expect(res.body.computed).toMatchObject({ policeStatus: 'PENDING', ncmecStatus: 'PENDING' });
  });

  it.each([
    ['neither a found child nor a new one', { person: undefined }, 'personId', /^Person is required/],
    [
      'both a found child and a new one',
      { personId: '00000000-0000-4000-8000-000000000001' },
      'personId',
      /^Person must be given alone/,
    ],
    [
      'an unknown person id',
      { person: undefined, personId: '00000000-0000-4000-8000-000000000001' },
      'personId',
      /registry/,
    ],
    [
      'learned of in the future',
      { learnedAt: '2099-01-01T00:00:00.000Z' },
      'learnedAt',
      /^Time the agency learned the child was missing must not be in the future/,
    ],
    [
      'last seen after learned',
      { lastSeenAt: '2018-03-11T02:00:01.000Z' },
      'lastSeenAt',
      /^Time the child was last seen must not be after/,
    ],
    [
      'no learned time',
      { learnedAt: undefined },
      'learnedAt',
      /^Time the agency learned the child was missing must be an ISO 8601 date-time/,
    ],
    ['an unknown county', { countyCode: '55999' }, 'countyCode', /^County is not a Wisconsin county code/],
    [
      'a new child with no last name',
      { person: { firstName: 'A', lastName: '' } },
      'person.lastName',
      /Last name \(person\) must not be empty/,
    ],
  ])('400 for %s, the field named in words', async (_case, overrides, path, message) => {
    const before = await ctx.prisma.missingEpisode.count();
    const res = await post(worker, episodeBody(overrides)).expect(400);
    expect(res.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(res.body.message).toMatch(message);
    expect(await ctx.prisma.missingEpisode.count()).toBe(before);
  });

  it('403 in another valid county (only your own), 403 for an admin, 401 signed out', async () => {
    await post(otherWorker, episodeBody()).expect(403);
    await post(admin, episodeBody()).expect(403);
    await ctx.http().post('/api/missing-episodes').send(episodeBody()).expect(401);
  });

  it('a child already missing and not yet located: 409 naming the open episode; once located, a new episode is fine', async () => {
    const first = await createEpisode(ctx, worker);
    const again = await post(worker, episodeBody({ person: undefined, personId: first.personId })).expect(409);
    expect(again.body.message).toBe(
      `This child is already recorded as missing since 2018-03-10 and not yet located: record the police and NCMEC reports and the return in that episode (/missing/${first.id})`,
    );
    // another county hears only that some agency has the child as missing
    const elsewhere = await post(
      otherWorker,
      episodeBody({ person: undefined, personId: first.personId, countyCode: '55025' }),
    ).expect(409);
    expect(elsewhere.body.message).toBe(
      'This child is already recorded as missing by another county agency and not yet located: call that agency before recording a second episode',
    );
    expect(elsewhere.body.message).not.toContain(first.id);
    expect(await ctx.prisma.missingEpisode.count({ where: { personId: first.personId } })).toBe(1);
    await patchEpisode(ctx, worker, first.id, { version: first.version, locatedAt: '2018-03-13T15:00:00.000Z' });
    await post(
      worker,
      episodeBody({ person: undefined, personId: first.personId, learnedAt: '2018-04-02T15:00:00.000Z' }),
    ).expect(201);
  });

  it('two workers recording the same child as missing at once: one episode, the other 409', async () => {
    const first = await locatedEpisode(ctx, worker); // a child known to the agency, located before
    const body = episodeBody({ person: undefined, personId: first.personId, learnedAt: '2018-05-01T15:00:00.000Z' });
    const answers = await Promise.all([post(worker, body), post(supervisor, body), post(worker, body)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await ctx.prisma.missingEpisode.count({ where: { personId: first.personId, locatedAt: null } })).toBe(1);
  });

  it('an Idempotency-Key makes a repeat return the first episode and create nothing', async () => {
    const key = `episode-${Date.now()}`;
    const first = await post(worker, episodeBody()).set('Idempotency-Key', key).expect(201);
    const before = await ctx.prisma.missingEpisode.count();
    const again = await post(worker, episodeBody()).set('Idempotency-Key', key).expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await ctx.prisma.missingEpisode.count()).toBe(before);
  });
});

describe('PATCH /api/missing-episodes/:id: each step', () => {
  it('police report, NCMEC report, located, return screening without indicators: MISSING → LOCATED → CLOSED', async () => {
    const e = await createEpisode(ctx, worker);
    const police = await patchEpisode(ctx, worker, e.id, {
      version: 1,
      policeReportedAt: '2018-03-11T09:59:00.000Z',
      policeAgency: 'Milwaukee Police Department',
      policeCaseNumber: 'MPD-1',
      ncicNumber: 'M000000001',
    });
    expect(police).toMatchObject({ version: 2, status: 'MISSING', policeAgency: 'Milwaukee Police Department' });
    expect(police.computed).toMatchObject({ policeStatus: 'ON_TIME', ncmecStatus: 'OVERDUE' });

    const ncmec = await patchEpisode(ctx, worker, e.id, {
      version: 2,
      ncmecReportedAt: '2018-03-12T02:00:01.000Z',
      ncmecCaseNumber: '1311',
    });
    expect(ncmec).toMatchObject({ version: 3, ncmecCaseNumber: '1311' });
    expect(ncmec.computed).toMatchObject({ policeStatus: 'ON_TIME', ncmecStatus: 'LATE' });

    const located = await patchEpisode(ctx, worker, e.id, { version: 3, locatedAt: '2018-03-13T15:00:00.000Z' });
    expect(located).toMatchObject({
      version: 4,
      status: 'LOCATED_AWAITING_SCREEN',
      locatedAt: '2018-03-13T15:00:00.000Z',
    });

    const closed = await patchEpisode(ctx, supervisor, e.id, { version: 4, returnScreening: screening([]) });
    expect(closed).toMatchObject({
      version: 5,
      status: 'CLOSED',
      newReportId: null,
      returnScreening: {
        screenedAt: '2018-03-13T18:00:00.000Z',
        indicators: [],
        notes: 'Talked with the youth at the shelter.',
      },
    });
    expect(closed.returnScreening.screenedBy.name).toBeTruthy();
    expect((await events(e.id, 'missing_episode.updated')).map((x) => x.details)).toEqual([
      { fields: ['policeReportedAt', 'policeAgency', 'policeCaseNumber', 'ncicNumber'] },
      { fields: ['ncmecReportedAt', 'ncmecCaseNumber'] },
      { fields: ['locatedAt'] },
    ]);
    expect(await events(e.id, 'missing_episode.screened')).toEqual([
      expect.objectContaining({ reportId: null, details: { indicators: 0, newReportId: null } }),
    ]);
  });

  it('a closed episode never changes (409)', async () => {
    const e = await locatedEpisode(ctx, worker);
    const closed = await patchEpisode(ctx, worker, e.id, { version: e.version, returnScreening: screening([]) });
    const res = await patch(worker, e.id, { version: closed.version, ncmecCaseNumber: 'changed' }).expect(409);
    expect(res.body.message).toMatch(/closed/);
    const again = await patch(worker, e.id, {
      version: closed.version,
      returnScreening: screening(['LAW_ENFORCEMENT_CONFIRMED']),
    });
    expect(again.status).toBe(409);
  });

  it('409 for a stale version, and nothing is written', async () => {
    const e = await createEpisode(ctx, worker);
    await patchEpisode(ctx, worker, e.id, { version: 1, ncmecCaseNumber: 'first' });
    const res = await patch(worker, e.id, { version: 1, ncmecCaseNumber: 'second' }).expect(409);
    expect(res.body.message).toMatch(/changed since you read it/);
    const read = await ctx.http().get(`/api/missing-episodes/${e.id}`).set(worker).expect(200);
    expect(read.body).toMatchObject({ version: 2, ncmecCaseNumber: 'first' });
  });

  it('409 for a return screening before the child is located (a lifecycle state, not a bad field)', async () => {
    const e = await createEpisode(ctx, worker);
    const res = await patch(worker, e.id, {
      version: 1,
      returnScreening: screening(['CHILD_SELF_REPORTS_TRAFFICKING']),
    }).expect(409);
    expect(res.body.message).toMatch(/not been located/);
    expect(
      await ctx.prisma.accessReport.count({
        where: { createdById: workerId, receivedAt: new Date('2018-03-13T18:00:00.000Z') },
      }),
    ).toBe(0);
  });

  it('located and screened in one change, in order: closed at once', async () => {
    const e = await createEpisode(ctx, worker);
    const closed = await patchEpisode(ctx, worker, e.id, {
      version: 1,
      locatedAt: '2018-03-13T15:00:00.000Z',
      returnScreening: screening([]),
    });
    expect(closed.status).toBe('CLOSED');
  });

  it.each([
    [
      'police before learned',
      { policeReportedAt: '2018-03-11T01:59:59.000Z', policeAgency: 'MPD' },
      'policeReportedAt',
      /^Police report time must not be before the agency learned/,
    ],
    [
      'police without an agency',
      { policeReportedAt: '2018-03-11T04:00:00.000Z' },
      'policeAgency',
      /^Police agency is required/,
    ],
    [
      'NCMEC before learned',
      { ncmecReportedAt: '2018-03-10T02:00:00.000Z' },
      'ncmecReportedAt',
      /^NCMEC report time must not be before/,
    ],
    ['NCMEC in the future', { ncmecReportedAt: '2099-03-10T02:00:00.000Z' }, 'ncmecReportedAt', /in the future/],
    [
      'located before last seen',
      { locatedAt: '2018-03-10T23:00:00.000Z' },
      'locatedAt',
      /^Time the child was located must not be before the child was last seen/,
    ],
    [
      'screened before located',
      {
        locatedAt: '2018-03-13T15:00:00.000Z',
        returnScreening: screening([], { screenedAt: '2018-03-13T14:00:00.000Z' }),
      },
      'returnScreening.screenedAt',
      /^Screening time \(return screening\) must not be before the child was located/,
    ],
    [
      'an unknown indicator',
      { locatedAt: '2018-03-13T15:00:00.000Z', returnScreening: screening(['RUMOUR']) },
      'returnScreening.indicators.0',
      /./,
    ],
    ['no version', { version: undefined, ncmecCaseNumber: 'x' }, 'version', /^Version is required/],
    ['learnedAt cannot be changed', { learnedAt: '2018-03-11T01:00:00.000Z' }, '(body)', /./],
  ])('400 for %s, the field named in words, nothing written', async (_case, body, path, message) => {
    const e = await createEpisode(ctx, worker);
    const res = await patch(worker, e.id, { version: 1, ...body });
    if (path === '(body)') {
      // An unknown field is ignored, as for every body of the API: learnedAt stays as it was.
      expect(res.status).toBe(200);
      expect(res.body.learnedAt).toBe(LEARNED_AT);
      return;
    }
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(res.body.message).toMatch(message);
    const read = await ctx.prisma.missingEpisode.findUniqueOrThrow({ where: { id: e.id } });
    expect(read.version).toBe(1);
  });

  it('a report time entered by mistake can be cleared (null) while the episode is open', async () => {
    const e = await createEpisode(ctx, worker);
    await patchEpisode(ctx, worker, e.id, { version: 1, ncmecReportedAt: '2018-03-11T03:00:00.000Z' });
    const cleared = await patchEpisode(ctx, worker, e.id, { version: 2, ncmecReportedAt: null });
    expect(cleared).toMatchObject({ ncmecReportedAt: null, computed: { ncmecStatus: 'OVERDUE' } });
  });
});

describe('scope and audit', () => {
  it('another county: 404 on read and change, each an access.denied about the episode; admin 403', async () => {
    const e = await createEpisode(ctx, worker);
    await ctx.http().get(`/api/missing-episodes/${e.id}`).set(otherWorker).expect(404);
    await patch(otherWorker, e.id, { version: 1, ncmecCaseNumber: 'x' }).expect(404);
    await ctx.http().get(`/api/missing-episodes/${e.id}`).set(admin).expect(403);
    const denied = await events(e.id, 'access.denied');
    expect(denied.map((d) => [d.entityType, (d.details as { status: number }).status])).toEqual([
      ['MissingEpisode', 404],
      ['MissingEpisode', 404],
      ['MissingEpisode', 403],
    ]);
    // An id no one has is a plain 404, not a refusal.
    await ctx.http().get('/api/missing-episodes/00000000-0000-4000-8000-000000000009').set(worker).expect(404);
    await ctx.http().get('/api/missing-episodes/not-an-id').set(worker).expect(404);
  });

  it('every read is audited', async () => {
    const e = await createEpisode(ctx, worker);
    await ctx.http().get(`/api/missing-episodes/${e.id}`).set(supervisor).expect(200);
    expect(await events(e.id, 'missing_episode.read')).toHaveLength(1);
  });
});

describe('GET /api/missing-episodes?open=true: most urgent first', () => {
  it('running clocks by earliest due (overdue first), then awaiting screen, then learned earliest; closed and other counties left out', async () => {
    const county = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55009' });
    const auth = county.auth;
    const body = (learnedAt: string, lastName: string) =>
      episodeBody({ countyCode: '55009', learnedAt, lastSeenAt: null, person: { firstName: 'T', lastName } });
    const both = { policeAgency: 'PD' };
    // A: learned long ago, both reported (no running clock), still missing.
    const a = await createEpisode(ctx, auth, body('2018-01-01T00:00:00.000Z', 'A-Reported'));
    await patchEpisode(ctx, auth, a.id, {
      version: 1,
      ...both,
      policeReportedAt: '2018-01-01T01:00:00.000Z',
      ncmecReportedAt: '2018-01-01T02:00:00.000Z',
    });
    // B: learned later, NCMEC clock running (police reported): NCMEC due 2018-02-02.
    const b = await createEpisode(ctx, auth, body('2018-02-01T00:00:00.000Z', 'B-Ncmec'));
    await patchEpisode(ctx, auth, b.id, { version: 1, ...both, policeReportedAt: '2018-02-01T01:00:00.000Z' });
    // C: learned earlier still, nothing reported: police due 2018-01-15T08:00Z, the earliest running.
    await createEpisode(ctx, auth, body('2018-01-15T00:00:00.000Z', 'C-Nothing'));
    // D: located, both reported: awaiting the screen.
    const d = await createEpisode(ctx, auth, body('2018-03-01T00:00:00.000Z', 'D-Located'));
    await patchEpisode(ctx, auth, d.id, {
      version: 1,
      ...both,
      policeReportedAt: '2018-03-01T01:00:00.000Z',
      ncmecReportedAt: '2018-03-01T02:00:00.000Z',
      locatedAt: '2018-03-02T00:00:00.000Z',
    });
    // E: closed.
    const e = await createEpisode(ctx, auth, body('2017-12-01T00:00:00.000Z', 'E-Closed'));
    await patchEpisode(ctx, auth, e.id, {
      version: 1,
      locatedAt: '2017-12-02T00:00:00.000Z',
      returnScreening: screening([], { screenedAt: '2017-12-02T01:00:00.000Z' }),
    });
    await createEpisode(ctx, otherWorker, episodeBody({ countyCode: '55025' }));

    const open = await ctx.http().get('/api/missing-episodes?open=true').set(auth).expect(200);
    expect(open.body.items.map((x: { person: { lastName: string } }) => x.person.lastName)).toEqual([
      'C-Nothing',
      'B-Ncmec',
      'D-Located',
      'A-Reported',
    ]);
    expect(open.body.total).toBe(4);
    const all = await ctx.http().get('/api/missing-episodes').set(auth).expect(200);
    expect(all.body.total).toBe(5);
    expect(all.body.items.at(-1).person.lastName).toBe('E-Closed');
    const listed = await ctx.prisma.auditEvent.findMany({
      where: { userId: county.user.id, action: 'missing_episode.listed' },
    });
    expect(listed.map((l) => (l.details as { open: boolean }).open)).toEqual([true, false]);
    await ctx.http().get('/api/missing-episodes?open=maybe').set(auth).expect(400);
    await ctx.http().get('/api/missing-episodes').set(admin).expect(403);
  });
});
