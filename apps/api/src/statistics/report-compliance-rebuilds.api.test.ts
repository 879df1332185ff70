import { draftSchema } from '@cps/domain';
import { Client } from 'pg';
import { child, createReport, draftBody, maltreater, stAllegation } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { createAllNewStatement } from '../access-reports/access-report.statements';
import { newReportRow } from '../access-reports/draft-rows';
import type { SessionUser } from '../common/auth.decorators';
import { expectComplianceInStep } from './testing/statistics-drift';

// A statement that writes several of the tables report_compliance follows (the one-statement
// create: the report, its people and its allegations) rebuilds the report's row once, after all of
// its writes; statements that follow one another, in one transaction or not, each rebuild it
// (db/functions/report-compliance-follow-rows.sql and report-compliance-statement-starts.sql).

let ctx: TestContext;
let worker: { Authorization: string };
let user: SessionUser;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  const row = await ctx.prisma.user.findFirstOrThrow({ where: { role: 'ACCESS_WORKER', countyCode: '55079' } });
  user = { ...row, sexTraffickingTrainingCompletedOn: null } as unknown as SessionUser;
  // The superuser on this file's database: track_functions (calls per function) is the superuser's to set.
  const url = new URL(process.env.CPS_TEST_SERVER_URL ?? '');
  url.pathname = new URL(ctx.url).pathname;
  admin = new Client({ connectionString: url.toString() });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  await ctx.close();
});

const rowOf = (reportId: string) => ctx.prisma.reportCompliance.findUnique({ where: { reportId } });
const indianChild = () => child({ indianChild: 'YES', tribe: 'Menominee Indian Tribe of Wisconsin' });

/** Runs `statements` in one transaction of the superuser's, answering how often each function was called by them. */
async function callsIn(statements: { text: string; values?: unknown[] }[]): Promise<Record<string, number>> {
  await admin.query('BEGIN');
  try {
    await admin.query(`SET LOCAL track_functions = 'all'`);
    // The session's counts not yet reported (earlier transactions' too): the difference is this one's.
    const counts = async () => {
      const { rows } = await admin.query<{ funcname: string; calls: string }>(
        'SELECT funcname, calls FROM pg_stat_xact_user_functions',
      );
      return new Map(rows.map((r) => [r.funcname, Number(r.calls)]));
    };
    const before = await counts();
    for (const s of statements) await admin.query(s);
    const after = await counts();
    await admin.query('COMMIT');
    return Object.fromEntries([...after].map(([name, calls]) => [name, calls - (before.get(name) ?? 0)]));
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
}

it('every table and event report_compliance_follow_rows follows empties the list of rebuilt reports before each statement', async () => {
  // Without it a statement would skip a report that an earlier statement of its transaction rebuilt.
  const { rows } = await admin.query<{ fn: string; tbl: string; events: string[] }>(`
    SELECT p.proname AS fn, c.relname AS tbl,
           array_remove(ARRAY[CASE WHEN t.tgtype & 4 > 0 THEN 'INSERT' END, CASE WHEN t.tgtype & 16 > 0 THEN 'UPDATE' END,
                              CASE WHEN t.tgtype & 8 > 0 THEN 'DELETE' END], NULL) AS events
    FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_class c ON c.oid = t.tgrelid
    WHERE p.proname IN ('report_compliance_follow_rows', 'report_compliance_statement_starts')`);
  const eventsOf = (fn: string) =>
    [...new Set(rows.filter((r) => r.fn === fn).flatMap((r) => r.events.map((e) => `${r.tbl} ${e}`)))].sort();
  expect(eventsOf('report_compliance_follow_rows').length).toBeGreaterThan(20);
  expect(eventsOf('report_compliance_statement_starts')).toEqual(eventsOf('report_compliance_follow_rows'));
});

it('the one-statement create rebuilds the new report once, with its people and allegations all counted', async () => {
  const draft = draftSchema.parse(
    draftBody({
      persons: [indianChild(), maltreater()],
      allegations: [stAllegation(), stAllegation({ key: 'a2', maltreatmentType: 'NEGLECT', descriptors: [] })],
    }),
  );
  const row = newReportRow(draft, user, new Date());
  const calls = await callsIn([createAllNewStatement(row, '127.0.0.1')]);
  // One per table written before: the report, its people, its allegations.
  expect(calls.report_compliance_rebuild).toBe(1);
  expect(calls.report_compliance_follow_rows).toBe(3);
  expect(await rowOf(row.id)).toMatchObject({ status: 'DRAFT', leRequired: true, tribeRequired: true, allegations: 2 });
  await expectComplianceInStep(ctx.prisma);
});

it('one statement writing two followed tables of a report rebuilds it once; the next statement of the transaction rebuilds it again', async () => {
  const report = await createReport(ctx, worker, draftBody({ persons: [child(), maltreater()] }));
  const notification = (table: string, column: string, at: string) => `
    INSERT INTO ${table} (report_id, notified_at, ${column}, method, recorded_by_id)
    VALUES ('${report.id}'::uuid, '${at}'::timestamptz, 'Named', 'PHONE', '${user.id}'::uuid)`;
  const both = {
    text: `WITH tribe AS (${notification('tribal_notifications', 'tribe', '2018-03-06T19:00:00Z')})
      ${notification('law_enforcement_notifications', 'agency', '2018-03-06T18:00:00Z')}`,
  };
  const once = await callsIn([both]);
  expect(once.report_compliance_rebuild).toBe(1);
  expect(await rowOf(report.id)).toMatchObject({
    leFirstAt: new Date('2018-03-06T18:00:00Z'),
    tribeFirstAt: new Date('2018-03-06T19:00:00Z'),
  });
  // In one transaction, each statement after the first writes something its rebuild must count.
  const calls = await callsIn([
    { text: notification('law_enforcement_notifications', 'agency', '2018-03-06T17:00:00Z') },
    {
      text: `UPDATE report_persons SET indian_child = 'YES' WHERE report_id = $1::uuid AND 'CHILD' = ANY (roles)`,
      values: [report.id],
    },
    { text: notification('tribal_notifications', 'tribe', '2018-03-06T16:30:00Z') },
    { text: `DELETE FROM allegations WHERE report_id = $1::uuid`, values: [report.id] },
  ]);
  expect(calls.report_compliance_rebuild).toBe(4);
  expect(await rowOf(report.id)).toMatchObject({
    leFirstAt: new Date('2018-03-06T17:00:00Z'),
    tribeRequired: true,
    tribeFirstAt: new Date('2018-03-06T16:30:00Z'),
    leRequired: false,
    allegations: 0,
  });
  await expectComplianceInStep(ctx.prisma);
});

it('the create of a draft naming a person found by search (its statements one after another, in one transaction) counts every part', async () => {
  const first = await createReport(ctx, worker, draftBody({ persons: [child(), maltreater()] }));
  const known = first.persons.find((p: { key: string }) => p.key === 'c1') ?? first.persons[0];
  const linked = await createReport(
    ctx,
    worker,
    draftBody({
      persons: [{ ...indianChild(), key: known.key, personId: known.personId }, maltreater()],
      allegations: [stAllegation({ childKey: known.key })],
    }),
  );
  expect(await rowOf(linked.id)).toMatchObject({ tribeRequired: true, leRequired: true, allegations: 1 });
  await expectComplianceInStep(ctx.prisma);
});
