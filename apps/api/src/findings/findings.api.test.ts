import { createReport, draftBody, screenedIn, stAllegation, submitReport } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let worker: { Authorization: string };
let supervisor: { Authorization: string };
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })).auth;
});
afterAll(() => ctx.close());

const substantiated = {
  finding: 'SUBSTANTIATED',
  maltreaterInterviewed: true,
  parentalInvolvement: 'NO',
  rationale: 'Preponderance of the evidence.',
};
const record = (allegationId: string, body: object, auth = worker) =>
  ctx.http().put(`/api/allegations/${allegationId}/finding`).set(auth).send(body);

it('records a finding on a screened-in report and returns the allegation; the report version moves', async () => {
  const report = await screenedIn(ctx, worker, supervisor);
  const res = await record(report.allegations[0].id, substantiated).expect(200);
  expect(res.body).toMatchObject({
    id: report.allegations[0].id,
    key: 'a1',
    childKey: 'c1',
    finding: { finding: 'SUBSTANTIATED', maltreaterInterviewed: true, parentalInvolvement: 'NO' },
  });
  const after = await ctx.http().get(`/api/access-reports/${report.id}`).set(worker).expect(200);
  expect(after.body.version).toBe(report.version + 1);
  expect(after.body.allegations[0].finding.finding).toBe('SUBSTANTIATED');
});

it('a second finding corrects the first: one finding, every field replaced, the version moves again', async () => {
  const report = await screenedIn(ctx, worker, supervisor);
  const allegationId = report.allegations[0].id;
  await record(allegationId, substantiated).expect(200);
  const corrected = {
    finding: 'UNSUBSTANTIATED',
    maltreaterInterviewed: false,
    parentalInvolvement: null,
    rationale: 'New information.',
  };
  await record(allegationId, corrected, supervisor).expect(200);
  const after = await ctx.http().get(`/api/access-reports/${report.id}`).set(worker).expect(200);
  expect(after.body.version).toBe(report.version + 2);
  expect(after.body.allegations[0].finding).toMatchObject({ ...corrected, recordedBy: { name: expect.any(String) } });
  const rows = await ctx.prisma.finding.findMany({ where: { allegationId } });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    finding: 'UNSUBSTANTIATED',
    rationale: 'New information.',
    parentalInvolvement: null,
  });
});

it('FINDING-SCREENED-IN: no finding on a draft, a report awaiting the supervisor or a screened-out one', async () => {
  const draft = await createReport(ctx, worker);
  expect((await record(draft.allegations[0].id, substantiated).expect(422)).body.rule).toBe('FINDING-SCREENED-IN');
  const waiting = await submitReport(ctx, worker);
  expect((await record(waiting.allegations[0].id, substantiated).expect(422)).body.rule).toBe('FINDING-SCREENED-IN');
});

it('FINDING-INTERVIEW: substantiating against a known maltreater needs the interview; an unknown one does not', async () => {
  const known = await screenedIn(ctx, worker, supervisor);
  const res = await record(known.allegations[0].id, { ...substantiated, maltreaterInterviewed: false }).expect(422);
  expect(res.body.rule).toBe('FINDING-INTERVIEW');
  await record(known.allegations[0].id, {
    ...substantiated,
    finding: 'UNSUBSTANTIATED',
    maltreaterInterviewed: false,
  }).expect(200);
  const unknown = await screenedIn(
    ctx,
    worker,
    supervisor,
    draftBody({ allegations: [stAllegation({ maltreaterKeys: [], maltreaterRelationship: 'UNKNOWN' })] }),
  );
  await record(unknown.allegations[0].id, { ...substantiated, maltreaterInterviewed: false }).expect(200);
});

it('400 names the field; another county or an unknown id is 404', async () => {
  const report = await screenedIn(ctx, worker, supervisor);
  const bad = await record(report.allegations[0].id, {
    finding: 'MAYBE',
    maltreaterInterviewed: true,
    rationale: 'x',
  }).expect(400);
  expect(bad.body.issues.map((i: { path: string }) => i.path)).toEqual(['finding']);
  const other = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' });
  await record(report.allegations[0].id, substantiated, other.auth).expect(404);
  await record('00000000-0000-4000-8000-000000000000', substantiated).expect(404);
  await record('nope', substantiated).expect(404);
});
