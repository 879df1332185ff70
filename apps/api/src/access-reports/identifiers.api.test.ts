import { child, createReport, draftBody, maltreater, stAllegation, submitReport } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// Household relationships and trafficking identifiers (docs/http-api.md): stored with the draft,
// checked in words, and GET …/identifier-matches across reports: the county's own in full, other
// counties only as counts by month, drafts and discarded reports left out, the look-up audited.

type Auth = { Authorization: string };
let ctx: TestContext;
let worker: Auth;
let workerId: string;
let supervisor: Auth;
let dane: Auth;
let daneSupervisor: Auth;
let admin: Auth;
beforeAll(async () => {
  ctx = await createTestApp();
  const w = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
  worker = w.auth;
  workerId = w.user.id;
  supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })).auth;
  dane = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' })).auth;
  daneSupervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' })).auth;
  admin = (await signedIn(ctx, { role: 'ADMIN', countyCode: null })).auth;
});
afterAll(() => ctx.close());

const phone = (value: string, extra: object = {}) => ({
  key: 'i1',
  personKey: 'm1',
  kind: 'PHONE',
  value,
  platform: null,
  ...extra,
});

describe('relationships and identifiers in the draft', () => {
  it('round trip: stored as given, each identifier with its normal form; a PUT replaces both', async () => {
    const body = draftBody({
      persons: [child(), maltreater(), maltreater({ key: 'p2', roles: ['PARENT'], firstName: 'Pat' })],
      relationships: [
        { fromKey: 'p2', toKey: 'c1', type: 'PARENT_OF' },
        { fromKey: 'm1', toKey: 'p2', type: 'ROMANTIC_PARTNER_OF' },
      ],
      identifiers: [
        phone('+1 (414) 555-7001'),
        { key: 'i2', personKey: null, kind: 'SOCIAL_HANDLE', value: '@Big_Money', platform: 'Instagram' },
        { key: 'i3', personKey: 'm1', kind: 'VEHICLE_PLATE', value: 'abc-12 34', platform: null },
      ],
    });
    const created = await createReport(ctx, worker, body);
    expect(created.relationships).toEqual(body.relationships);
    expect(created.identifiers).toEqual([
      { ...phone('+1 (414) 555-7001'), normalized: '4145557001' },
      {
        key: 'i2',
        personKey: null,
        kind: 'SOCIAL_HANDLE',
        value: '@Big_Money',
        platform: 'Instagram',
        normalized: 'big_money',
      },
      { key: 'i3', personKey: 'm1', kind: 'VEHICLE_PLATE', value: 'abc-12 34', platform: null, normalized: 'ABC1234' },
    ]);
    const read = await ctx.http().get(`/api/access-reports/${created.id}`).set(worker).expect(200);
    expect(read.body.relationships).toEqual(created.relationships);
    expect(read.body.identifiers).toEqual(created.identifiers);

    // Only the identifiers change: the save must not take the parts as unchanged.
    const put = await ctx
      .http()
      .put(`/api/access-reports/${created.id}`)
      .set(worker)
      .send({ ...body, version: created.version, identifiers: [phone('414.555.7002', { personKey: null })] })
      .expect(200);
    expect(put.body.identifiers).toEqual([{ ...phone('414.555.7002', { personKey: null }), normalized: '4145557002' }]);
    expect(put.body.relationships).toEqual(body.relationships);
    const cleared = await ctx
      .http()
      .put(`/api/access-reports/${created.id}`)
      .set(worker)
      .send({ ...body, version: put.body.version, relationships: [], identifiers: [] })
      .expect(200);
    expect(cleared.body.relationships).toEqual([]);
    expect(cleared.body.identifiers).toEqual([]);
    expect(await ctx.prisma.reportIdentifier.count({ where: { reportId: created.id } })).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'a key naming no person',
      { relationships: [{ fromKey: 'x9', toKey: 'c1', type: 'PARENT_OF' }] },
      'relationships.0.fromKey',
      /^From \(person\) \(relationship 1\)/,
    ],
    [
      'a relationship to oneself',
      { relationships: [{ fromKey: 'm1', toKey: 'm1', type: 'OTHER' }] },
      'relationships.0.toKey',
      /must name another person/,
    ],
    [
      'the same relationship twice',
      {
        relationships: [
          { fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' },
          { fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' },
        ],
      },
      'relationships.1',
      /^Relationship 2/,
    ],
    [
      'an unknown type',
      { relationships: [{ fromKey: 'm1', toKey: 'c1', type: 'UNCLE_OF' }] },
      'relationships.0.type',
      /must be one of/,
    ],
    [
      'a handle without its platform',
      { identifiers: [{ key: 'i1', kind: 'SOCIAL_HANDLE', value: '@x', platform: null }] },
      'identifiers.0.platform',
      /^Platform \(identifier 1\) is required/,
    ],
    [
      'a phone with no digits',
      { identifiers: [phone('(---)')] },
      'identifiers.0.value',
      /^Value \(identifier 1\) must hold something/,
    ],
    [
      'a person of no report',
      { identifiers: [phone('414 555 7003', { personKey: 'x9' })] },
      'identifiers.0.personKey',
      /^Person \(identifier 1\)/,
    ],
    [
      'a key used twice',
      { identifiers: [phone('4145557004'), phone('4145557005')] },
      'identifiers.1.key',
      /is used by another identifier/,
    ],
    ['an unknown kind', { identifiers: [phone('1', { kind: 'FAX' })] }, 'identifiers.0.kind', /must be one of/],
  ])('400 for %s, named in words, nothing written', async (_name, part, path, message) => {
    const report = await createReport(ctx, worker);
    const res = await ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...draftBody(part), version: report.version })
      .expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(res.body.message).toMatch(message);
    const after = await ctx.http().get(`/api/access-reports/${report.id}`).set(worker).expect(200);
    expect(after.body.version).toBe(report.version);
    await ctx.http().post('/api/access-reports').set(worker).send(draftBody(part)).expect(400);
  });
});

describe('ST-NEGLECT reads the recorded relationship', () => {
  const neglect = stAllegation({ maltreatmentType: 'NEGLECT', maltreaterRelationship: null });
  it('a missing relationship with the maltreater recorded as parent submits; without the record it is 422', async () => {
    await submitReport(
      ctx,
      worker,
      draftBody({ allegations: [neglect], relationships: [{ fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' }] }),
    );
    const report = await createReport(ctx, worker, draftBody({ allegations: [neglect] }));
    const res = await ctx
      .http()
      .post(`/api/access-reports/${report.id}/submit`)
      .set(worker)
      .send({ version: report.version })
      .expect(422);
    expect(res.body.rule).toBe('ST-NEGLECT');
  });

  it('NON_CAREGIVER contradicted by a recorded parent is 422 naming the household record', async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({
        allegations: [stAllegation({ maltreatmentType: 'NEGLECT', maltreaterRelationship: 'NON_CAREGIVER' })],
        relationships: [{ fromKey: 'm1', toKey: 'c1', type: 'GUARDIAN_OF' }],
      }),
    );
    expect(report.computed.violations.map((v: { message: string }) => v.message).join()).toMatch(
      /household relationships/,
    );
    const res = await ctx
      .http()
      .post(`/api/access-reports/${report.id}/submit`)
      .set(worker)
      .send({ version: report.version });
    expect(res.status).toBe(422);
    expect(res.body.rule).toBe('ST-NEGLECT');
  });
});

describe('GET /api/access-reports/:id/identifier-matches', () => {
  const withIdentifiers = (identifiers: object[], extra: object = {}) => draftBody({ identifiers, ...extra });
  const dane2018 = (receivedAt: string, identifiers: object[]) =>
    draftBody({ countyCode: '55025', receivedAt, identifiers });

  it('own county in full, other counties as counts by Chicago month; drafts and discarded left out; audited without values', async () => {
    const value = '(608) 555-7100';
    // Milwaukee: one submitted (matches), one draft and one discarded draft (left out).
    const submitted = await submitReport(
      ctx,
      worker,
      withIdentifiers([phone('608.555.7100')], { receivedAt: '2018-02-10T16:00:00.000Z' }),
    );
    await createReport(ctx, worker, withIdentifiers([phone('+1 608 555 7100')]));
    const toDiscard = await createReport(ctx, worker, withIdentifiers([phone('6085557100')], { allegations: [] }));
    await ctx
      .http()
      .post(`/api/access-reports/${toDiscard.id}/discard`)
      .set(worker)
      .send({ version: toDiscard.version, reason: 'Opened by mistake' })
      .expect(200);
    // Dane: two in February 2018 (one of them 1 March UTC but 28 February in Wisconsin), one in March, one draft.
    await submitReport(ctx, dane, dane2018('2018-02-05T16:00:00.000Z', [phone('1-608-555-7100')]));
    await submitReport(
      ctx,
      dane,
      dane2018('2018-03-01T03:00:00.000Z', [phone('608 555 7100', { key: 'x1', personKey: null })]),
    );
    await submitReport(ctx, dane, dane2018('2018-03-10T16:00:00.000Z', [phone('6085557100')]));
    await createReport(ctx, dane, dane2018('2018-03-11T16:00:00.000Z', [phone('6085557100')]));
    // A handle whose normal form equals the phone's digits is another kind: no match.
    const mine = await createReport(
      ctx,
      worker,
      withIdentifiers([
        phone(value),
        { key: 'i2', personKey: null, kind: 'SOCIAL_HANDLE', value: '@6085557100', platform: 'Snapchat' },
        { key: 'i3', personKey: null, kind: 'ALIAS', value: 'Nobody   Else Has This', platform: null },
      ]),
    );

    const res = await ctx.http().get(`/api/access-reports/${mine.id}/identifier-matches`).set(worker).expect(200);
    expect(res.body).toEqual([
      {
        identifierKey: 'i1',
        kind: 'PHONE',
        normalized: '6085557100',
        reports: [
          {
            id: submitted.id,
            reportNumber: submitted.reportNumber,
            receivedAt: '2018-02-10T16:00:00.000Z',
            status: 'AWAITING_SUPERVISOR',
          },
        ],
        otherCounties: [
          { countyCode: '55025', month: '2018-02', reports: 2 },
          { countyCode: '55025', month: '2018-03', reports: 1 },
        ],
      },
      { identifierKey: 'i2', kind: 'SOCIAL_HANDLE', normalized: '6085557100', reports: [], otherCounties: [] },
      { identifierKey: 'i3', kind: 'ALIAS', normalized: 'nobody else has this', reports: [], otherCounties: [] },
    ]);

    const events = await ctx.prisma.auditEvent.findMany({
      where: { action: 'report.identifier_matches_read', reportId: mine.id, userId: workerId },
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toEqual({ identifiers: 3, matched: 1, ownCountyReports: 1, otherCountyReports: 3 });
    expect(JSON.stringify(events[0]?.details)).not.toMatch(/555|7100|nobody/i);

    // The supervisor of the county may look too; a report without identifiers answers [].
    await ctx.http().get(`/api/access-reports/${mine.id}/identifier-matches`).set(supervisor).expect(200);
    const none = await createReport(ctx, worker);
    await ctx.http().get(`/api/access-reports/${none.id}/identifier-matches`).set(worker).expect(200, []);
  });

  it('another county is 404 (audited as refused), an unknown id 404, an admin 403, no session 401', async () => {
    const report = await createReport(ctx, worker, withIdentifiers([phone('414 555 7200')]));
    const url = `/api/access-reports/${report.id}/identifier-matches`;
    await ctx.http().get(url).set(dane).expect(404);
    await ctx.http().get(url).set(daneSupervisor).expect(404);
    await ctx.http().get('/api/access-reports/not-a-uuid/identifier-matches').set(worker).expect(404);
    await ctx.http().get(`/api/access-reports/${crypto.randomUUID()}/identifier-matches`).set(worker).expect(404);
    await ctx.http().get(url).set(admin).expect(403);
    await ctx.http().get(url).expect(401);
    await new Promise((r) => setTimeout(r, 100));
    const denied = await ctx.prisma.auditEvent.findMany({
      where: { action: 'access.denied', reportId: report.id },
      orderBy: { id: 'asc' },
    });
    expect(denied.map((e) => (e.details as { status: number }).status)).toEqual([404, 404, 403]);
    for (const e of denied)
      expect(e.details).toMatchObject({ method: 'GET', route: '/api/access-reports/:id/identifier-matches' });
    expect(
      await ctx.prisma.auditEvent.count({ where: { action: 'report.identifier_matches_read', reportId: report.id } }),
    ).toBe(0);
  });
});
