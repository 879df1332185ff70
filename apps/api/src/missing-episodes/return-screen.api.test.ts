import { createEpisode, episodeBody, locatedEpisode, patchEpisode, screening } from '../../test/episode-bodies';
import { child, createReport, draftBody, maltreater } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// RETURN-SCREEN through HTTP: a return screening with any indicator opens a new draft access report
// in the episode's county, the child linked and the indicators recorded, created by and assigned
// to the screener, in the same transaction as the screen; without one the episode just closes.

let ctx: TestContext;
let worker: { Authorization: string };
let supervisor: { Authorization: string };
let supervisorId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  const s = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079', name: 'Sam Screener' });
  supervisor = s.auth;
  supervisorId = s.user.id;
});
afterAll(() => ctx.close());

const createdBy = (episodeId: string) =>
  ctx.prisma.auditEvent.findMany({
    where: { action: 'report.created', details: { path: ['missingEpisodeId'], equals: episodeId } },
  });

describe('RETURN-SCREEN', () => {
  it('a screen with indicators opens a draft with the child (their latest county record) and the indicators, assigned to the screener', async () => {
    // The child is known from an earlier report of the county: the draft brings that record.
    const earlier = await createReport(
      ctx,
      worker,
      draftBody({ persons: [child({ firstName: 'Ria', lastName: 'Returned-Test', gender: 'FEMALE' }), maltreater()] }),
    );
    const childRecord = earlier.persons[0];
    const located = await locatedEpisode(ctx, worker, episodeBody({ person: undefined, personId: childRecord.id }));
    const indicators = ['CHILD_REPORTS_SURVIVAL_SEX', 'LAW_ENFORCEMENT_CONFIRMED'];
    const closed = await patchEpisode(ctx, supervisor, located.id, {
      version: located.version,
      returnScreening: screening(indicators),
    });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      returnScreening: { indicators, screenedBy: { id: supervisorId } },
    });
    expect(closed.newReportId).toEqual(expect.any(String));
    expect(closed.newReportNumber).toMatch(/^\d{4}-079-\d{5}$/);

    const report = (await ctx.http().get(`/api/access-reports/${closed.newReportId}`).set(supervisor).expect(200)).body;
    expect(report).toMatchObject({
      status: 'DRAFT',
      countyCode: '55079',
      reportNumber: closed.newReportNumber,
      receivedAt: '2018-03-13T18:00:00.000Z',
      createdBy: { id: supervisorId },
      assignedTo: { id: supervisorId, name: 'Sam Screener' },
      allegations: [],
    });
    expect(report.persons).toHaveLength(1);
    expect(report.persons[0]).toMatchObject({
      id: childRecord.id,
      roles: ['CHILD'],
      firstName: 'Ria',
      lastName: 'Returned-Test',
      gender: 'FEMALE',
      hispanicEthnicity: childRecord.hispanicEthnicity,
      primaryRace: childRecord.primaryRace,
      dateOfBirth: childRecord.dateOfBirth,
    });
    expect(report.indicators.map((i: { code: string }) => i.code).sort()).toEqual([...indicators].sort());
    expect(report.narrative).toMatch(/^Opened from the return screening of the missing-from-care episode/);
    expect(report.narrative).toMatch(/Law enforcement confirmed trafficking/);
    expect(report.narrative).toMatch(/Screening notes: Talked with the youth at the shelter\./);

    const [created] = await createdBy(located.id);
    expect(created).toMatchObject({
      userId: supervisorId,
      entityId: closed.newReportId,
      reportId: closed.newReportId,
      details: { cause: 'missing_episode.return_screening', missingEpisodeId: located.id },
    });
    const screened = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: located.id, action: 'missing_episode.screened' },
    });
    expect(screened).toMatchObject({
      reportId: closed.newReportId,
      details: { indicators: 2, newReportId: closed.newReportId },
    });
  });

  it('a child new to the registry is linked by their id, with the basics recorded on the episode', async () => {
    const located = await locatedEpisode(ctx, worker);
    const closed = await patchEpisode(ctx, worker, located.id, {
      version: located.version,
      returnScreening: screening(['CHILD_SELF_REPORTS_TRAFFICKING']),
    });
    const report = (await ctx.http().get(`/api/access-reports/${closed.newReportId}`).set(worker).expect(200)).body;
    expect(report.persons[0]).toMatchObject({
      id: located.personId,
      firstName: 'Nadia',
      lastName: 'Runaway-Test',
      dateOfBirth: '2003-09-14',
    });
    expect(report.assignedTo.id).toBe(closed.returnScreening.screenedBy.id);
  });

  it('no indicator: the episode closes and no report is opened', async () => {
    const located = await locatedEpisode(ctx, worker);
    const reportsBefore = await ctx.prisma.accessReport.count();
    const closed = await patchEpisode(ctx, worker, located.id, {
      version: located.version,
      returnScreening: screening([]),
    });
    expect(closed).toMatchObject({ status: 'CLOSED', newReportId: null, newReportNumber: null });
    expect(await ctx.prisma.accessReport.count()).toBe(reportsBefore);
    expect(await createdBy(located.id)).toEqual([]);
  });

  it('a retry with the same version never makes a second draft (409), nor do two at once', async () => {
    const located = await locatedEpisode(ctx, worker);
    const body = { version: located.version, returnScreening: screening(['CHILD_SELF_REPORTS_TRAFFICKING']) };
    const first = await ctx.http().patch(`/api/missing-episodes/${located.id}`).set(worker).send(body).expect(200);
    const retry = await ctx.http().patch(`/api/missing-episodes/${located.id}`).set(worker).send(body).expect(409);
    expect(retry.body.message).toMatch(/changed since you read it/);
    expect(await createdBy(located.id)).toHaveLength(1);
    expect(first.body.newReportId).toBeTruthy();

    // Two at once (a double click): the episode's lock lets one in; the other sees the new version.
    const twin = await locatedEpisode(ctx, worker);
    const twinBody = { version: twin.version, returnScreening: screening(['LAW_ENFORCEMENT_CONFIRMED']) };
    const both = await Promise.all([
      ctx.http().patch(`/api/missing-episodes/${twin.id}`).set(worker).send(twinBody),
      ctx.http().patch(`/api/missing-episodes/${twin.id}`).set(supervisor).send(twinBody),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await createdBy(twin.id)).toHaveLength(1);
    const episode = await ctx.prisma.missingEpisode.findUniqueOrThrow({ where: { id: twin.id } });
    expect(await ctx.prisma.accessReport.count({ where: { id: episode.newReportId ?? '' } })).toBe(1);
  });

  it('a screen refused for bad input opens no report (nothing half-written)', async () => {
    const episode = await createEpisode(ctx, worker);
    const located = await patchEpisode(ctx, worker, episode.id, { version: 1, locatedAt: '2018-03-13T15:00:00.000Z' });
    const reportsBefore = await ctx.prisma.accessReport.count();
    await ctx
      .http()
      .patch(`/api/missing-episodes/${located.id}`)
      .set(worker)
      .send({
        version: located.version,
        returnScreening: screening(['LAW_ENFORCEMENT_CONFIRMED'], { screenedAt: '2018-03-13T14:59:59.000Z' }),
      })
      .expect(400);
    expect(await ctx.prisma.accessReport.count()).toBe(reportsBefore);
    const after = await ctx.prisma.missingEpisode.findUniqueOrThrow({ where: { id: located.id } });
    expect(after).toMatchObject({ screenedAt: null, newReportId: null, version: located.version });
  });
});
