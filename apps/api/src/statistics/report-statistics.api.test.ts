import { Client } from 'pg';
import {
  child,
  createReport,
  draftBody,
  maltreater,
  screenedIn,
  screenIn,
  stAllegation,
  submitReport,
} from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { expectStatisticsInStep } from './testing/statistics-drift';

// report_statistics, the narrow table the DCF report reads, must follow every change to what it
// copies, in the same transaction, whichever way the change is made.

let ctx: TestContext;
let worker: { Authorization: string };
let supervisor: { Authorization: string };
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })).auth;
});
afterAll(() => ctx.close());

const rowsOf = (reportId: string) =>
  ctx.prisma.reportStatistic.findMany({ where: { reportId }, orderBy: { allegationId: 'asc' } });

const expectInStep = () => expectStatisticsInStep(ctx.prisma);

const twoAllegations = () =>
  draftBody({
    allegations: [
      stAllegation(),
      stAllegation({
        key: 'a2',
        maltreatmentType: 'NEGLECT',
        descriptors: [],
        maltreaterRelationship: 'PRIMARY_CAREGIVER',
      }),
    ],
  });

it('a draft and a report awaiting the supervisor have no rows; screening in adds one per allegation', async () => {
  const draft = await createReport(ctx, worker, twoAllegations());
  const waiting = await submitReport(ctx, worker, twoAllegations());
  expect(await rowsOf(draft.id)).toEqual([]);
  expect(await rowsOf(waiting.id)).toEqual([]);
  await ctx
    .http()
    .post(`/api/access-reports/${waiting.id}/screening-decision`)
    .set(supervisor)
    .send({ version: waiting.version, ...screenIn })
    .expect(200);
  const rows = await rowsOf(waiting.id);
  expect(rows.map((r) => [r.maltreatmentType, r.sexTrafficking, r.substantiated, r.countyCode])).toEqual(
    expect.arrayContaining([
      ['SEXUAL_ABUSE', true, false, '55079'],
      ['NEGLECT', false, false, '55079'],
    ]),
  );
  expect(rows).toHaveLength(2);
  expect(rows[0]!.receivedAt.toISOString()).toBe('2018-03-06T16:00:00.000Z');
  await expectInStep();
});

it('a screened-out report has no rows', async () => {
  const waiting = await submitReport(
    ctx,
    worker,
    draftBody({
      allegations: [
        stAllegation({ maltreatmentType: 'NEGLECT', descriptors: [], maltreaterRelationship: 'PRIMARY_CAREGIVER' }),
      ],
      recommendation: {
        decision: 'SCREEN_OUT',
        screenOutReason: 'DOES_NOT_MEET_DEFINITION',
        rationale: 'Not maltreatment.',
      },
    }),
  );
  await ctx
    .http()
    .post(`/api/access-reports/${waiting.id}/screening-decision`)
    .set(supervisor)
    .send({
      version: waiting.version,
      decision: 'SCREEN_OUT',
      screenOutReason: 'DOES_NOT_MEET_DEFINITION',
      rationale: 'Not maltreatment.',
    })
    .expect(200);
  expect(await rowsOf(waiting.id)).toEqual([]);
  await expectInStep();
});

it('a finding recorded and then changed moves substantiated with it', async () => {
  const report = await screenedIn(ctx, worker, supervisor);
  const allegationId = report.allegations[0].id as string;
  const finding = {
    finding: 'SUBSTANTIATED',
    maltreaterInterviewed: true,
    parentalInvolvement: 'NO',
    rationale: 'Preponderance of the evidence.',
  };
  await ctx.http().put(`/api/allegations/${allegationId}/finding`).set(worker).send(finding).expect(200);
  expect((await rowsOf(report.id))[0]!.substantiated).toBe(true);
  await ctx
    .http()
    .put(`/api/allegations/${allegationId}/finding`)
    .set(worker)
    .send({ ...finding, finding: 'UNSUBSTANTIATED' })
    .expect(200);
  expect((await rowsOf(report.id))[0]!.substantiated).toBe(false);
  await expectInStep();
});

it('a child recorded differently in a later report: the earlier screened-in report keeps what it recorded', async () => {
  const first = await screenedIn(
    ctx,
    worker,
    supervisor,
    draftBody({
      persons: [
        child({ firstName: 'Corrina', gender: 'MALE', dateOfBirth: '2004-01-01', primaryRace: 'WHITE' }),
        maltreater(),
      ],
    }),
  );
  const personId = first.persons.find((p: { key: string }) => p.key === 'c1').personId as string;
  expect((await rowsOf(first.id))[0]).toMatchObject({
    childId: personId,
    gender: 'MALE',
    primaryRace: 'WHITE',
    ageYears: 14,
  });
  const later = await screenedIn(
    ctx,
    worker,
    supervisor,
    draftBody({
      persons: [
        child({ personId, firstName: 'Corrina', gender: 'FEMALE', dateOfBirth: '2005-02-02', primaryRace: 'ASIAN' }),
        maltreater(),
      ],
    }),
  );
  expect((await rowsOf(first.id))[0]).toMatchObject({
    childId: personId,
    gender: 'MALE',
    primaryRace: 'WHITE',
    ageYears: 14,
  });
  expect((await rowsOf(later.id))[0]).toMatchObject({
    childId: personId,
    gender: 'FEMALE',
    primaryRace: 'ASIAN',
    ageYears: 13,
  });
  await expectInStep();
});

it('follows changes made straight in SQL too, and a rolled-back change leaves no trace', async () => {
  const report = await screenedIn(ctx, worker, supervisor);
  expect((await rowsOf(report.id))[0]!.ageYears).toBe(14); // born 2003-05-01, received 2018-03-06
  await ctx.prisma.$executeRaw`UPDATE report_persons SET approximate_age = 15 WHERE report_id = ${report.id}::uuid`;
  expect((await rowsOf(report.id))[0]!.ageYears).toBe(14); // the date of birth still decides
  await ctx.prisma.$executeRaw`UPDATE report_persons SET date_of_birth = NULL WHERE report_id = ${report.id}::uuid`;
  expect((await rowsOf(report.id))[0]!.ageYears).toBe(15);
  await ctx.prisma.$executeRaw`UPDATE access_reports SET county_code = '55025' WHERE id = ${report.id}::uuid`;
  expect((await rowsOf(report.id))[0]!.countyCode).toBe('55025');
  await expectInStep();
  await expect(
    ctx.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE access_reports SET status = 'SCREENED_OUT' WHERE id = ${report.id}::uuid`;
      expect(await tx.reportStatistic.count({ where: { reportId: report.id } })).toBe(0);
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect(await rowsOf(report.id)).toHaveLength(1);
  await ctx.prisma
    .$executeRaw`DELETE FROM findings WHERE allegation_id IN (SELECT id FROM allegations WHERE report_id = ${report.id}::uuid)`;
  await ctx.prisma.$executeRaw`UPDATE access_reports SET status = 'SCREENED_OUT' WHERE id = ${report.id}::uuid`;
  expect(await rowsOf(report.id)).toEqual([]);
  expect(await expectInStep()).toBeGreaterThan(0);
});

it('two transactions rebuilding one report at once (a child corrected, a finding recorded) both succeed, in step', async () => {
  const report = await screenedIn(ctx, worker, supervisor);
  const allegationId = report.allegations[0].id as string;
  const childId = report.persons.find((p: { key: string }) => p.key === 'c1').personId as string;
  const userId = (await ctx.prisma.user.findFirstOrThrow({ where: { role: 'SUPERVISOR' } })).id;
  const first = new Client({ connectionString: ctx.url });
  const second = new Client({ connectionString: ctx.url });
  await Promise.all([first.connect(), second.connect()]);
  try {
    await first.query('BEGIN');
    await first.query(`UPDATE report_persons SET gender = 'MALE' WHERE report_id = $1 AND person_id = $2`, [
      report.id,
      childId,
    ]); // rebuilds the report, not yet committed
    await second.query('BEGIN');
    const finding = second.query(
      `INSERT INTO findings (allegation_id, finding, maltreater_interviewed, rationale, recorded_by_id) VALUES ($1, 'SUBSTANTIATED', true, 'Race.', $2)`,
      [allegationId, userId],
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the second is waiting for the first
    await first.query('COMMIT');
    await finding;
    await second.query('COMMIT');
  } finally {
    await Promise.all([first.end(), second.end()]);
  }
  expect((await rowsOf(report.id))[0]).toMatchObject({ gender: 'MALE', substantiated: true });
  await expectInStep();
});

it('a report awaiting the supervisor corrected in SQL while it is screened in: the new rows count the correction', async () => {
  const waiting = await submitReport(
    ctx,
    worker,
    draftBody({ persons: [child({ firstName: 'Racey', gender: 'FEMALE' }), maltreater()] }),
  );
  const childId = waiting.persons.find((p: { key: string }) => p.key === 'c1').personId as string;
  const correcting = new Client({ connectionString: ctx.url });
  const deciding = new Client({ connectionString: ctx.url });
  await Promise.all([correcting.connect(), deciding.connect()]);
  try {
    await correcting.query('BEGIN');
    await correcting.query(`UPDATE report_persons SET gender = 'MALE' WHERE report_id = $1 AND person_id = $2`, [
      waiting.id,
      childId,
    ]); // not yet committed
    const decision = deciding.query(`UPDATE access_reports SET status = 'SCREENED_IN' WHERE id = $1`, [waiting.id]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await correcting.query('COMMIT');
    await decision;
  } finally {
    await Promise.all([correcting.end(), deciding.end()]);
  }
  expect((await rowsOf(waiting.id))[0]).toMatchObject({ childId, gender: 'MALE' });
  await expectInStep();
});

it('a report corrected in SQL just after its screen-in began: the correction waits its turn and rebuilds the new rows', async () => {
  const waiting = await submitReport(
    ctx,
    worker,
    draftBody({ persons: [child({ firstName: 'Later', gender: 'FEMALE' }), maltreater()] }),
  );
  const childId = waiting.persons.find((p: { key: string }) => p.key === 'c1').personId as string;
  const deciding = new Client({ connectionString: ctx.url });
  const correcting = new Client({ connectionString: ctx.url });
  await Promise.all([deciding.connect(), correcting.connect()]);
  try {
    await deciding.query('BEGIN');
    await deciding.query(`UPDATE access_reports SET status = 'SCREENED_IN' WHERE id = $1`, [waiting.id]); // rows built, not yet committed
    const correction = correcting.query(
      `UPDATE report_persons SET gender = 'MALE' WHERE report_id = $1 AND person_id = $2`,
      [waiting.id, childId],
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the correction waits for the decision's turn
    await deciding.query('COMMIT');
    await correction;
  } finally {
    await Promise.all([deciding.end(), correcting.end()]);
  }
  expect((await rowsOf(waiting.id))[0]).toMatchObject({ childId, gender: 'MALE' });
  await expectInStep();
});
