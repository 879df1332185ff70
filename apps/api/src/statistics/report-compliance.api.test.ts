import { Client } from 'pg';
import { child, draftBody, maltreater, screenedIn, submitReport } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { expectComplianceInStep } from './testing/statistics-drift';

// report_compliance, the one row per report that the compliance report reads, must follow every
// change to what it copies, in the same transaction, whichever way the change is made.

let ctx: TestContext;
let worker: { Authorization: string };
let supervisor: { Authorization: string };
let userId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' })).auth;
  userId = (await ctx.prisma.user.findFirstOrThrow({ where: { role: 'SUPERVISOR' } })).id;
});
afterAll(() => ctx.close());

const rowOf = (reportId: string) => ctx.prisma.reportCompliance.findUnique({ where: { reportId } });
const sql = (text: string, ...values: unknown[]) => ctx.prisma.$executeRawUnsafe(text, ...values);

it('a new draft has its row at once; a decision, a finding and notifications made through the API follow', async () => {
  const waiting = await submitReport(ctx, worker);
  expect(await rowOf(waiting.id)).toMatchObject({
    countyCode: '55079',
    status: 'AWAITING_SUPERVISOR',
    leRequired: true,
    leFirstAt: null,
    tribeRequired: false,
    allegations: 1,
    findings: 0,
    decidedAt: null,
  });
  const decided = await screenedIn(ctx, worker, supervisor);
  const row = await rowOf(decided.id);
  expect(row).toMatchObject({ status: 'SCREENED_IN', responseTime: 'WITHIN_48_HOURS', allegations: 1, findings: 0 });
  expect(row!.receivedOn!.toISOString().slice(0, 10)).toBe('2018-03-06');
  expect(row!.decidedAt).not.toBeNull();
  await ctx
    .http()
    .put(`/api/allegations/${decided.allegations[0].id}/finding`)
    .set(worker)
    .send({ finding: 'SUBSTANTIATED', maltreaterInterviewed: true, parentalInvolvement: 'NO', rationale: 'Seen.' })
    .expect(200);
  await ctx
    .http()
    .post(`/api/access-reports/${decided.id}/law-enforcement-notifications`)
    .set(worker)
    .send({ notifiedAt: '2018-03-06T20:00:00.000Z', method: 'PHONE', agency: 'Police Department' })
    .expect(201);
  expect(await rowOf(decided.id)).toMatchObject({ findings: 1, leFirstAt: new Date('2018-03-06T20:00:00.000Z') });
  await expectComplianceInStep(ctx.prisma);
});

it('changes made straight in SQL follow too: notifications moved and removed, an Indian child, a finding removed, a transfer, a discard, a deletion', async () => {
  const report = await screenedIn(
    ctx,
    worker,
    supervisor,
    draftBody({ persons: [child({ dateOfBirth: '2010-01-01' }), maltreater()] }),
  );
  const id = report.id as string;
  await sql(
    `INSERT INTO law_enforcement_notifications (report_id, notified_at, agency, method, recorded_by_id) VALUES ($1::uuid, '2018-03-07T10:00:00Z', 'PD', 'PHONE', $2::uuid), ($1::uuid, '2018-03-06T18:00:00Z', 'PD', 'PHONE', $2::uuid)`,
    id,
    userId,
  );
  expect((await rowOf(id))!.leFirstAt).toEqual(new Date('2018-03-06T18:00:00Z'));
  await sql(
    `UPDATE law_enforcement_notifications SET notified_at = '2018-03-06T17:00:00Z' WHERE report_id = $1::uuid AND notified_at = '2018-03-06T18:00:00Z'`,
    id,
  );
  expect((await rowOf(id))!.leFirstAt).toEqual(new Date('2018-03-06T17:00:00Z'));
  await sql(`DELETE FROM law_enforcement_notifications WHERE report_id = $1::uuid AND notified_at < '2018-03-07'`, id);
  expect((await rowOf(id))!.leFirstAt).toEqual(new Date('2018-03-07T10:00:00Z'));
  await sql(`UPDATE report_persons SET indian_child = 'YES' WHERE report_id = $1::uuid AND 'CHILD' = ANY (roles)`, id);
  expect((await rowOf(id))!.tribeRequired).toBe(true);
  await sql(
    `INSERT INTO tribal_notifications (report_id, notified_at, tribe, method, recorded_by_id) VALUES ($1::uuid, '2018-03-06T19:00:00Z', 'Oneida Nation', 'PHONE', $2::uuid)`,
    id,
    userId,
  );
  expect((await rowOf(id))!.tribeFirstAt).toEqual(new Date('2018-03-06T19:00:00Z'));
  await sql(
    `INSERT INTO findings (allegation_id, finding, maltreater_interviewed, rationale, recorded_by_id) SELECT id, 'UNSUBSTANTIATED', true, 'SQL.', $2::uuid FROM allegations WHERE report_id = $1::uuid`,
    id,
    userId,
  );
  expect(await rowOf(id)).toMatchObject({ findings: 1, allegations: 1 });
  await sql(
    `UPDATE findings SET recorded_at = '2018-06-01T12:00:00Z' WHERE allegation_id IN (SELECT id FROM allegations WHERE report_id = $1::uuid)`,
    id,
  );
  expect((await rowOf(id))!.lastFindingOn!.toISOString().slice(0, 10)).toBe('2018-06-01');
  await sql(`DELETE FROM findings WHERE allegation_id IN (SELECT id FROM allegations WHERE report_id = $1::uuid)`, id);
  expect(await rowOf(id)).toMatchObject({ findings: 0, lastFindingOn: null });
  await sql(`UPDATE screening_decisions SET response_time = 'SAME_DAY' WHERE report_id = $1::uuid`, id);
  expect((await rowOf(id))!.responseTime).toBe('SAME_DAY');
  await sql(`UPDATE access_reports SET county_code = '55025' WHERE id = $1::uuid`, id);
  expect((await rowOf(id))!.countyCode).toBe('55025');
  await sql(`UPDATE access_reports SET received_at = '2018-03-09T02:00:00Z' WHERE id = $1::uuid`, id);
  expect((await rowOf(id))!.receivedOn!.toISOString().slice(0, 10)).toBe('2018-03-08');
  await sql(`DELETE FROM screening_decisions WHERE report_id = $1::uuid`, id);
  await sql(`UPDATE access_reports SET status = 'DISCARDED' WHERE id = $1::uuid`, id);
  expect(await rowOf(id)).toMatchObject({ status: 'DISCARDED', decidedAt: null, responseTime: null });
  await expectComplianceInStep(ctx.prisma);
  await sql(`DELETE FROM access_reports WHERE id = $1::uuid`, id);
  expect(await rowOf(id)).toBeNull();
  await expectComplianceInStep(ctx.prisma);
});

it('a change rolled back leaves the row as it was', async () => {
  const report = await submitReport(ctx, worker);
  await expect(
    ctx.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`UPDATE access_reports SET county_code = '55025' WHERE id = $1::uuid`, report.id);
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect((await rowOf(report.id))!.countyCode).toBe('55079');
});

it('two transactions changing one report at once (a call to the police, a finding) both end up in its row', async () => {
  const report = await screenedIn(ctx, worker, supervisor);
  const allegationId = report.allegations[0].id as string;
  const first = new Client({ connectionString: ctx.url });
  const second = new Client({ connectionString: ctx.url });
  await Promise.all([first.connect(), second.connect()]);
  try {
    await first.query('BEGIN');
    await first.query(
      `INSERT INTO law_enforcement_notifications (report_id, notified_at, agency, method, recorded_by_id) VALUES ($1, '2018-03-06T18:00:00Z', 'PD', 'PHONE', $2)`,
      [report.id, userId],
    ); // rebuilds the row, not yet committed
    await second.query('BEGIN');
    const finding = second.query(
      `INSERT INTO findings (allegation_id, finding, maltreater_interviewed, rationale, recorded_by_id) VALUES ($1, 'SUBSTANTIATED', true, 'Race.', $2)`,
      [allegationId, userId],
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the second waits for the first's row
    await first.query('COMMIT');
    await finding;
    await second.query('COMMIT');
  } finally {
    await Promise.all([first.end(), second.end()]);
  }
  expect(await rowOf(report.id)).toMatchObject({ findings: 1, leFirstAt: new Date('2018-03-06T18:00:00Z') });
  await expectComplianceInStep(ctx.prisma);
});

it('two transactions changing two reports of one counted day at once: the day is counted with both', async () => {
  const a = await screenedIn(ctx, worker, supervisor);
  const b = await screenedIn(ctx, worker, supervisor);
  const first = new Client({ connectionString: ctx.url });
  const second = new Client({ connectionString: ctx.url });
  await Promise.all([first.connect(), second.connect()]);
  const finding = (allegationId: string) =>
    `INSERT INTO findings (allegation_id, finding, maltreater_interviewed, rationale, recorded_by_id) VALUES ('${allegationId}', 'UNSUBSTANTIATED', true, 'Race.', '${userId}')`;
  try {
    await first.query('BEGIN');
    await first.query(finding(a.allegations[0].id)); // counts the day again, not yet committed
    await second.query('BEGIN');
    const other = second.query(finding(b.allegations[0].id)); // waits for the first's count of the day
    await new Promise((resolve) => setTimeout(resolve, 300));
    await first.query('COMMIT');
    await other;
    await second.query('COMMIT');
  } finally {
    await Promise.all([first.end(), second.end()]);
  }
  await expectComplianceInStep(ctx.prisma);
});

it('moving the horizon waits for a change in flight to a day it closes, and counts it', async () => {
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
  const body = draftBody({ receivedAt: threeDaysAgo, persons: [child({ dateOfBirth: '2015-04-01' }), maltreater()] });
  const report = await screenedIn(ctx, worker, supervisor, body);
  const writer = new Client({ connectionString: ctx.url });
  const closer = new Client({ connectionString: ctx.url });
  await Promise.all([writer.connect(), closer.connect()]);
  try {
    await writer.query('BEGIN');
    await writer.query(
      `INSERT INTO law_enforcement_notifications (report_id, notified_at, agency, method, recorded_by_id) VALUES ($1, now(), 'PD', 'PHONE', $2)`,
      [report.id, userId],
    );
    let closed = false;
    const closing = closer
      .query(`SELECT compliance_days_close((now() AT TIME ZONE 'America/Chicago')::date)::text AS day`)
      .then((r) => {
        closed = true;
        return r;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed).toBe(false); // the SHARE lock waits for the writer
    await writer.query('COMMIT');
    await closing;
  } finally {
    await Promise.all([writer.end(), closer.end()]);
  }
  const day = await ctx.prisma.$queryRaw<{ le: number }[]>`
    SELECT d.le_on_time + d.le_late AS le FROM compliance_days d JOIN report_compliance r USING (county_code, received_on)
    WHERE r.report_id = ${report.id}::uuid`;
  expect(day[0]!.le).toBeGreaterThanOrEqual(1);
  await expectComplianceInStep(ctx.prisma);
});
