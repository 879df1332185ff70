import { child, createReport, draftBody, maltreater, stAllegation } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let worker: { Authorization: string };
let workerId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  const w = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
  worker = w.auth;
  workerId = w.user.id;
});
afterAll(() => ctx.close());

const counts = async () => ({
  reports: await ctx.prisma.accessReport.count(),
  persons: await ctx.prisma.person.count(),
  allegations: await ctx.prisma.allegation.count(),
});

describe('POST /api/access-reports', () => {
  it('creates a draft: ids for the report, each person (statewide id) and allegation, keys kept, clocks computed', async () => {
    const report = await createReport(ctx, worker);
    expect(report).toMatchObject({ status: 'DRAFT', version: 1, countyCode: '55079', createdBy: { id: workerId } });
    expect(report.persons.map((p: { key: string }) => p.key)).toEqual(['c1', 'm1']);
    for (const p of report.persons) {
      expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(p.personId).toBe(p.id);
      expect(await ctx.prisma.person.count({ where: { id: p.id } })).toBe(1);
    }
    expect(report.allegations[0]).toMatchObject({
      key: 'a1',
      childKey: 'c1',
      maltreaterKeys: ['m1'],
      descriptors: ['SEX_TRAFFICKING'],
      finding: null,
    });
    expect(report.computed).toMatchObject({
      lawEnforcementStatus: 'OVERDUE', // received in 2018, nobody was notified
      lawEnforcementDueAt: '2018-03-07T04:00:00.000Z', // Tuesday 10:00 Chicago + 12 business hours
      tribalNotificationStatus: 'NOT_REQUIRED',
      initialAssessmentDueOn: '2018-05-05',
      mustScreenIn: true,
      responseTimeRequired: null,
      violations: [],
    });
  });

  it('answers with exactly what it stored: the create response equals a fresh read', async () => {
    const body = draftBody({
      persons: [
        child({ indianChild: 'YES', tribe: 'Oneida Nation', approximateAge: 15 }),
        maltreater({ firstName: 'Alleged', lastName: 'Adult' }),
      ],
      indicators: [{ childKey: 'c1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' }],
      allegations: [
        stAllegation(),
        stAllegation({ key: 'a2', maltreatmentType: 'NEGLECT', maltreaterRelationship: 'PRIMARY_CAREGIVER' }),
      ],
      reporter: { type: 'ANONYMOUS', anonymous: true },
    });
    const created = await createReport(ctx, worker, body);
    const read = await ctx.http().get(`/api/access-reports/${created.id}`).set(worker).expect(200);
    expect(read.body).toEqual(created);
    const linked = await createReport(ctx, worker, {
      ...body,
      persons: [child({ personId: created.persons[0].id, indianChild: 'YES', tribe: 'Oneida Nation' }), maltreater()],
    });
    const readLinked = await ctx.http().get(`/api/access-reports/${linked.id}`).set(worker).expect(200);
    expect(readLinked.body).toEqual(linked);
  });

  it('saves a draft with nothing but the county', async () => {
    const res = await ctx.http().post('/api/access-reports').set(worker).send({ countyCode: '55079' }).expect(201);
    expect(res.body).toMatchObject({ status: 'DRAFT', persons: [], allegations: [], receivedAt: null });
    expect(res.body.computed.lawEnforcementStatus).toBe('NOT_REQUIRED');
  });

  it('lists broken rules in computed.violations while the draft still saves', async () => {
    const body = draftBody({
      allegations: [stAllegation({ maltreatmentType: 'NEGLECT', maltreaterRelationship: 'NON_CAREGIVER' })],
      recommendation: {
        decision: 'SCREEN_OUT',
        screenOutReason: 'NON_CAREGIVER_MALTREATER',
        rationale: 'Not a caregiver.',
      },
      narrative: 'The caller called her a teen prostitute.',
    });
    const report = await createReport(ctx, worker, body);
    expect(report.computed.violations.map((v: { rule: string }) => v.rule)).toEqual(['ST-NEGLECT', 'ST-SCREEN-IN']);
    expect(report.computed.violations[0].path).toBe('allegations.0.maltreaterRelationship');
    expect(report.computed.languageWarnings).toEqual([
      expect.objectContaining({ path: 'narrative', term: expect.stringMatching(/teen prostitute/i) }),
    ]);
  });

  it.each([
    [{ countyCode: undefined }, 'countyCode'],
    [{ countyCode: '55999' }, 'countyCode'],
    [{ persons: [child({ gender: 'F' })] }, 'persons.0.gender'],
    [{ receivedAt: '2018-03-06 10:00' }, 'receivedAt'],
    [{ receivedAt: new Date(Date.now() + 3600_000).toISOString() }, 'receivedAt'],
    [{ narrative: 'bad \u0000 byte' }, 'narrative'],
    [{ narrative: 'x'.repeat(20_001) }, 'narrative'],
    [{ persons: [child({ dateOfBirth: '2018-02-30' }), maltreater()] }, 'persons.0.dateOfBirth'],
    [{ persons: [child(), child()] }, 'persons.1.key'],
    [{ allegations: [stAllegation({ childKey: 'nobody' })] }, 'allegations.0.childKey'],
    [{ allegations: [stAllegation({ maltreaterKeys: ['c1'] })] }, 'allegations.0.maltreaterKeys.0'],
    [{ allegations: [stAllegation(), stAllegation({ key: 'a2', descriptors: [] })] }, 'allegations.1.maltreatmentType'],
    [{ persons: [child({ personId: '00000000-0000-4000-8000-000000000000' }), maltreater()] }, 'persons.0.personId'],
    [{ indicators: [{ childKey: 'm1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' }] }, 'indicators.0.childKey'],
  ])('refuses %p with a 400 naming %s, and writes nothing', async (overrides, path) => {
    const before = await counts();
    const res = await ctx.http().post('/api/access-reports').set(worker).send(draftBody(overrides)).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(await counts()).toEqual(before);
  });

  it('refuses a report in a valid county that is not yours (403), and admins (403)', async () => {
    await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .send(draftBody({ countyCode: '55025', persons: [{ key: 'bad', gender: 'nope' }] }))
      .expect(403);
    const admin = await signedIn(ctx, { role: 'ADMIN' });
    await ctx.http().post('/api/access-reports').set(admin.auth).send(draftBody()).expect(403);
  });
});

describe('Idempotency-Key', () => {
  it('a repeat with the same key and body returns the first response and creates nothing', async () => {
    const before = (await counts()).reports;
    const first = await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .set('Idempotency-Key', 'same-key-1')
      .send(draftBody())
      .expect(201);
    const again = await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .set('Idempotency-Key', 'same-key-1')
      .send(draftBody())
      .expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect((await counts()).reports).toBe(before + 1);
    const other = await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .set('Idempotency-Key', 'same-key-1')
      .send(draftBody({ narrative: 'Other.' }))
      .expect(409);
    expect(other.body.message).toMatch(/Idempotency-Key/);
  });

  it('concurrent retries with one key create one report', async () => {
    const before = (await counts()).reports;
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        ctx.http().post('/api/access-reports').set(worker).set('Idempotency-Key', 'race-key').send(draftBody()),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect((await counts()).reports).toBe(before + 1);
  });

  it('a failed request leaves its key free for the corrected retry', async () => {
    await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .set('Idempotency-Key', 'fix-me')
      .send(draftBody({ countyCode: '55999' }))
      .expect(400);
    await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .set('Idempotency-Key', 'fix-me')
      .send(draftBody())
      .expect(201);
  });
});

describe('PUT /api/access-reports/:id (autosave)', () => {
  it('replaces the draft by key, keeping person and allegation ids, and counts versions', async () => {
    const report = await createReport(ctx, worker);
    const childId = report.persons[0].id;
    const allegationId = report.allegations[0].id;
    const res = await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...draftBody({ persons: [child({ firstName: 'Maia' }), maltreater()] }), version: 1 })
      .expect(200);
    expect(res.body.version).toBe(2);
    expect(res.body.persons[0]).toMatchObject({ id: childId, firstName: 'Maia' });
    expect(res.body.allegations[0].id).toBe(allegationId);
    expect((await ctx.prisma.person.findUniqueOrThrow({ where: { id: childId } })).firstNameKey).toBe('maia');
  });

  it('an autosave of the narrative alone answers exactly what it stored, people and allegations untouched', async () => {
    const report = await createReport(ctx, worker);
    const res = await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...draftBody({ narrative: 'The caller adds: she is 15.' }), version: 1 })
      .expect(200);
    expect(res.body).toMatchObject({ version: 2, narrative: 'The caller adds: she is 15.' });
    expect(res.body.persons).toEqual(report.persons);
    expect(res.body.allegations).toEqual(report.allegations);
    expect((await ctx.http().get(`/api/access-reports/${report.id}`).set(worker)).body).toEqual(res.body);
    const omitted = await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({
        ...draftBody({
          persons: [
            { key: 'c1', roles: ['CHILD'] },
            { key: 'm1', roles: ['ALLEGED_MALTREATER'] },
          ],
        }),
        version: 2,
      })
      .expect(200);
    expect(omitted.body.persons[0]).toMatchObject({ id: report.persons[0].id, firstName: 'Maya', gender: 'FEMALE' }); // left out = kept
  });

  it('answers 409 to a stale version and leaves the report as it was', async () => {
    const report = await createReport(ctx, worker);
    await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...draftBody(), version: 1 })
      .expect(200);
    const res = await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...draftBody({ narrative: 'Lost update' }), version: 1 })
      .expect(409);
    expect(res.body.message).toMatch(/version 2/);
    const row = await ctx.prisma.accessReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(row.narrative).not.toBe('Lost update');
  });

  it('needs the version (400) and keeps the county (400)', async () => {
    const report = await createReport(ctx, worker);
    const missing = await ctx.http().put(`/api/access-reports/${report.id}`).set(worker).send(draftBody()).expect(400);
    expect(missing.body.issues.map((i: { path: string }) => i.path)).toEqual(['version']);
    await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...draftBody({ countyCode: '55025' }), version: 1 })
      .expect(400);
  });

  it('links an existing person found by search, so the same child is one person, and drops the stand-in', async () => {
    const first = await createReport(ctx, worker);
    const known = first.persons[0].id;
    const second = await createReport(ctx, worker, draftBody({ persons: [child({ firstName: 'M.' }), maltreater()] }));
    const standIn = second.persons[0].id;
    const res = await ctx
      .http()
      .put(`/api/access-reports/${second.id}`)
      .set(worker)
      .send({ ...draftBody({ persons: [child({ personId: known }), maltreater()] }), version: 1 })
      .expect(200);
    expect(res.body.persons[0].id).toBe(known);
    expect(await ctx.prisma.person.count({ where: { id: standIn } })).toBe(0);
    expect(await ctx.prisma.reportPerson.count({ where: { personId: known } })).toBe(2);
  });

  it('a report of another county is 404 before anything else, even with a bad body', async () => {
    const other = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' });
    const report = await createReport(ctx, worker);
    await ctx.http().put(`/api/access-reports/${report.id}`).set(other.auth).send({ nonsense: true }).expect(404);
    await ctx.http().get(`/api/access-reports/${report.id}`).set(other.auth).expect(404);
    await ctx.http().get('/api/access-reports/not-a-uuid').set(worker).expect(404);
  });
});

describe('GET /api/access-reports/:id and the list', () => {
  it('reading a report writes an audit event', async () => {
    const report = await createReport(ctx, worker);
    await ctx.http().get(`/api/access-reports/${report.id}`).set(worker).expect(200);
    const reads = await ctx.prisma.auditEvent.count({
      where: { action: 'report.read', entityId: report.id, userId: workerId },
    });
    expect(reads).toBe(1);
  });

  it("lists the county's reports with clocks and no narrative, filtered and paginated", async () => {
    const other = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55009' });
    await createReport(ctx, other.auth, draftBody({ countyCode: '55009' }));
    const mine = await createReport(ctx, worker, draftBody({ receivedAt: '2019-07-04T05:30:00.000Z' })); // 00:30 Chicago, Jul 4
    const res = await ctx
      .http()
      .get('/api/access-reports?status=DRAFT&from=2019-07-04&to=2019-07-04')
      .set(worker)
      .expect(200);
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([mine.id]);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).not.toHaveProperty('narrative');
    expect(res.body.items[0].computed.lawEnforcementDueAt).toBeTruthy();
    const page = await ctx.http().get('/api/access-reports?pageSize=2&page=1').set(worker).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items.every((r: { countyCode: string }) => r.countyCode === '55079')).toBe(true);
    await ctx.http().get('/api/access-reports?pageSize=500').set(worker).expect(400);
  });
});
