import { Client } from 'pg';
import { child, createReport, draftBody, maltreater, stAllegation } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// The autosave writes what moved, not the whole draft: a save of the narrative leaves every row of
// the report's people, allegations, indicators and recommendation as it was (same xmin: the row
// version PostgreSQL gives each write), yet a changed person or allegation is written.

let ctx: TestContext;
let db: Client;
let worker: { Authorization: string };
beforeAll(async () => {
  ctx = await createTestApp();
  db = new Client({ connectionString: ctx.url });
  await db.connect();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
});
afterAll(async () => {
  await db.end();
  await ctx.close();
});

const PARTS = [
  'report_persons',
  'report_indicators',
  'allegations',
  'screening_recommendations',
  'report_relationships',
  'report_identifiers',
] as const;

/** Each part row of the report, as "table key → xmin". */
async function rowVersions(reportId: string): Promise<Record<string, string>> {
  const versions: Record<string, string> = {};
  for (const table of PARTS) {
    const { rows } = await db.query<{ row: string; xmin: string }>(
      `SELECT t::text AS row, xmin::text FROM ${table} t WHERE report_id = $1 ORDER BY 1`,
      [reportId],
    );
    rows.forEach((r, i) => {
      versions[`${table} ${i}`] = r.xmin;
    });
  }
  const { rows } = await db.query<{ row: string; xmin: string }>(
    `SELECT m::text AS row, m.xmin::text FROM allegation_maltreaters m JOIN allegations a ON a.id = m.allegation_id
     WHERE a.report_id = $1 ORDER BY 1`,
    [reportId],
  );
  rows.forEach((r, i) => {
    versions[`allegation_maltreaters ${i}`] = r.xmin;
  });
  const persons = await db.query<{ id: string; xmin: string }>(
    'SELECT p.id, p.xmin::text FROM persons p JOIN report_persons rp ON rp.person_id = p.id WHERE rp.report_id = $1 ORDER BY 1',
    [reportId],
  );
  for (const p of persons.rows) versions[`persons ${p.id}`] = p.xmin;
  return versions;
}

/** The intake bench's report (scripts/bench-intake.mjs): a child with where she is now, two allegations, an indicator. */
const benchDraft = () =>
  draftBody({
    persons: [
      child({
        dateOfBirth: '2010-04-12',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'WHITE',
        indianChild: 'NO',
        currentLocation: { known: true, description: 'With a relative', safeNow: 'YES' },
      }),
      maltreater(),
    ],
    indicators: [{ childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' }],
    allegations: [
      stAllegation({ maltreaterRelationship: 'NON_CAREGIVER' }),
      stAllegation({ key: 'a2', maltreatmentType: 'EMOTIONAL_DAMAGE', descriptors: [] }),
    ],
  });

it('a save of the narrative alone leaves every row of the people and allegations untouched', async () => {
  const body = benchDraft();
  const report = await createReport(ctx, worker, body);
  const before = await rowVersions(report.id);
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(7);
  const res = await ctx
    .http()
    .put(`/api/access-reports/${report.id}`)
    .set(worker)
    .send({ ...body, narrative: `${body.narrative} More detail.`, version: 1 })
    .expect(200);
  expect(res.body).toMatchObject({ version: 2, narrative: `${body.narrative} More detail.` });
  expect(await rowVersions(report.id)).toEqual(before);
});

it('a changed person is written, to the report and the registry, and read back as written', async () => {
  const body = benchDraft();
  const report = await createReport(ctx, worker, body);
  const before = await rowVersions(report.id);
  const changed = {
    ...body,
    persons: [child({ ...(body.persons as Record<string, unknown>[])[0], firstName: 'Mia' }), maltreater()],
    version: 1,
  };
  const res = await ctx.http().put(`/api/access-reports/${report.id}`).set(worker).send(changed).expect(200);
  expect(res.body.persons[0]).toMatchObject({ id: report.persons[0].id, firstName: 'Mia' });
  const after = await rowVersions(report.id);
  expect(after[`persons ${report.persons[0].id}`]).not.toBe(before[`persons ${report.persons[0].id}`]);
  const read = await ctx.http().get(`/api/access-reports/${report.id}`).set(worker).expect(200);
  expect(read.body.persons[0].firstName).toBe('Mia');
  expect(read.body).toEqual({ ...res.body, computed: read.body.computed });
});

it('two saves of the narrative at the same version: one is written, the other is a 409, one event', async () => {
  const body = benchDraft();
  const report = await createReport(ctx, worker, body);
  const save = (narrative: string) =>
    ctx
      .http()
      .put(`/api/access-reports/${report.id}`)
      .set(worker)
      .send({ ...body, narrative, version: 1 });
  const answers = await Promise.all([save('First.'), save('Second.')]);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  const won = answers.find((a) => a.status === 200)?.body.narrative;
  const { rows } = await db.query<{ narrative: string; version: number }>(
    'SELECT narrative, version FROM access_reports WHERE id = $1',
    [report.id],
  );
  expect(rows).toEqual([{ narrative: won, version: 2 }]);
  const events = await db.query("SELECT 1 FROM audit_events WHERE report_id = $1 AND action = 'report.draft_saved'", [
    report.id,
  ]);
  expect(events.rowCount).toBe(1);
});
