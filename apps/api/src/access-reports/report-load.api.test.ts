import { Pool } from 'pg';
import { child, createReport, draftBody, maltreater, screenedIn, stAllegation } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { PrismaService } from '../common/prisma.service';
import { runOn } from '../common/sql';
import type { Prisma } from '../generated/prisma/client';
import { type ReportRow, reportInclude } from './access-report.columns';
import { ReportListRepository } from './report-list.repository';
import type { ListFilter } from './report-list.statements';
import { type DocumentRow, loadStatement, reviveReport } from './report-read.statements';

// The hand-written report read (one prepared statement) must give exactly the row Prisma's
// include gives: every field, every Date, every nested relation.

async function loadReport(db: Pool | Prisma.TransactionClient, id: string): Promise<ReportRow | null> {
  const [row] = await runOn<DocumentRow>(db, 'report-load', loadStatement(id));
  return row ? reviveReport(row) : null;
}

let ctx: TestContext;
let worker: { Authorization: string };
let supervisor: { Authorization: string };
let chicago: Pool;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079', name: 'Avery Worker' })).auth;
  supervisor = (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079', name: 'Sam Supervisor' })).auth;
  // A session in Chicago time: JSON timestamps then carry -05:00/-06:00, dates must not shift.
  chicago = new Pool({ connectionString: ctx.url, max: 1, options: '-c TimeZone=America/Chicago' });
});
afterAll(async () => {
  await chicago.end();
  await ctx.close();
});

/** Relations without an order in reportInclude, put in one order on both sides. */
function sorted(row: ReportRow | null) {
  if (!row) return row;
  const by = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    ...row,
    indicators: [...row.indicators].sort((a, b) => by(a.childId + a.code, b.childId + b.code)),
    allegations: row.allegations.map((a) => ({
      ...a,
      maltreaters: [...a.maltreaters].sort((x, y) => by(x.personId, y.personId)),
    })),
  };
}

const viaPrisma = (id: string) => ctx.prisma.accessReport.findUnique({ where: { id }, include: reportInclude });

async function expectSameRow(id: string) {
  const expected = sorted(await viaPrisma(id));
  expect(expected).not.toBeNull();
  expect(sorted(await loadReport(ctx.app.get(PrismaService).pool, id))).toEqual(expected);
  expect(sorted(await loadReport(chicago, id))).toEqual(expected);
  await ctx.prisma.$transaction(async (tx) => expect(sorted(await loadReport(tx, id))).toEqual(expected));
}

it('a screened-in report with people, indicators, several maltreaters, findings and notifications', async () => {
  const report = await screenedIn(
    ctx,
    worker,
    supervisor,
    draftBody({
      receivedAt: '2018-03-10T02:00:00.000Z',
      persons: [
        child({ dateOfBirth: '2003-01-01' }),
        child({
          key: 'c2',
          firstName: 'Jo',
          lastName: 'Second',
          dateOfBirth: null,
          approximateAge: 15,
          indianChild: 'YES',
          tribe: 'Menominee Indian Tribe of Wisconsin',
        }),
        maltreater(),
        maltreater({ key: 'm2', firstName: 'Second', lastName: 'Adult', gender: 'FEMALE' }),
      ],
      indicators: [
        { childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' },
        { childKey: 'c2', code: 'CHILD_REPORTS_SURVIVAL_SEX' },
      ],
      allegations: [
        stAllegation({ maltreaterKeys: ['m1', 'm2'] }),
        stAllegation({ key: 'a2', childKey: 'c2' }),
        stAllegation({ key: 'a3', maltreatmentType: 'EMOTIONAL_DAMAGE', descriptors: [] }),
      ],
      relationships: [
        { fromKey: 'm2', toKey: 'c1', type: 'PARENT_OF' },
        { fromKey: 'm1', toKey: 'm2', type: 'ROMANTIC_PARTNER_OF' },
        { fromKey: 'c1', toKey: 'c2', type: 'SIBLING_OF' },
      ],
      identifiers: [
        { key: 'i1', personKey: 'm1', kind: 'PHONE', value: '(414) 555-0199', platform: null },
        { key: 'i2', personKey: null, kind: 'SOCIAL_HANDLE', value: '@Big_Money', platform: 'Instagram' },
      ],
    }),
  );
  const finding = {
    finding: 'SUBSTANTIATED',
    maltreaterInterviewed: true,
    parentalInvolvement: 'NO',
    rationale: 'Preponderance of the evidence.',
  };
  await ctx.http().put(`/api/allegations/${report.allegations[0].id}/finding`).set(worker).send(finding).expect(200);
  await ctx
    .http()
    .put(`/api/allegations/${report.allegations[1].id}/finding`)
    .set(worker)
    .send({ ...finding, finding: 'UNSUBSTANTIATED' })
    .expect(200);
  const police = { agency: 'Milwaukee Police Department', method: 'PHONE', contactName: 'Sgt. On Duty' };
  await ctx
    .http()
    .post(`/api/access-reports/${report.id}/law-enforcement-notifications`)
    .set(worker)
    .send({ ...police, notifiedAt: '2018-03-12T12:59:00.000Z' })
    .expect(201);
  await ctx
    .http()
    .post(`/api/access-reports/${report.id}/law-enforcement-notifications`)
    .set(worker)
    .send({ ...police, contactName: null, notifiedAt: '2018-03-11T12:00:00.000Z' })
    .expect(201);
  await ctx
    .http()
    .post(`/api/access-reports/${report.id}/tribal-notifications`)
    .set(worker)
    .send({ tribe: 'Menominee Indian Tribe of Wisconsin', method: 'EMAIL', notifiedAt: '2018-03-11T13:00:00.000Z' })
    .expect(201);

  // Contacts after screen-in, two at the same time (ordered by id on both sides), one with a note.
  const contact = (personKey: string, kind: string, outcome: string, at: string, note?: string) =>
    ctx
      .http()
      .post(`/api/access-reports/${report.id}/contacts`)
      .set(worker)
      .send({
        personId: report.persons.find((p: { key: string }) => p.key === personKey).personId,
        kind,
        outcome,
        at,
        note,
      })
      .expect(201);
  await contact('c1', 'CHILD_SEEN', 'ATTEMPTED', '2018-03-10T20:00:00.000Z', 'Nobody answered the door');
  await contact('c2', 'CHILD_SEEN', 'COMPLETED', '2018-03-10T21:00:00.000Z');
  await contact('m2', 'CAREGIVER_SEEN', 'COMPLETED', '2018-03-10T21:00:00.000Z');

  const row = (await viaPrisma(report.id))!;
  expect(row.contacts).toHaveLength(3);
  expect(row.decision).not.toBeNull();
  expect(row.allegations.filter((a) => a.finding)).toHaveLength(2);
  expect(row.lawEnforcementNotifications).toHaveLength(2);
  expect(row.tribalNotifications).toHaveLength(1);
  expect(row.relationships).toHaveLength(3);
  expect(row.identifiers.map((i) => i.normalized)).toEqual(['4145550199', 'big_money']);
  await expectSameRow(report.id);
});

it('an original with duplicates (one decided, one awaiting) and the duplicates naming it', async () => {
  const original = await screenedIn(
    ctx,
    worker,
    supervisor,
    draftBody({
      persons: [child(), child({ key: 'c2', firstName: 'Jo', lastName: 'Second' }), maltreater()],
      allegations: [stAllegation(), stAllegation({ key: 'a2', childKey: 'c2', descriptors: [] })],
    }),
  );
  const childId = original.persons[0].personId;
  const asDuplicate = {
    decision: 'SCREEN_OUT',
    screenOutReason: 'DUPLICATE_REPORT',
    duplicateOfReportId: original.id,
    rationale: 'The same events.',
  };
  const second = draftBody({
    persons: [child({ personId: childId }), maltreater()],
    recommendation: asDuplicate,
  });
  const decided = await createReport(ctx, worker, second);
  const submitted = (
    await ctx.http().post(`/api/access-reports/${decided.id}/submit`).set(worker).send({ version: 1 }).expect(200)
  ).body;
  await ctx
    .http()
    .post(`/api/access-reports/${decided.id}/screening-decision`)
    .set(supervisor)
    .send({ version: submitted.version, ...asDuplicate })
    .expect(200);
  const awaiting = await createReport(ctx, worker, { ...second, narrative: 'A third call.' });
  await ctx.http().post(`/api/access-reports/${awaiting.id}/submit`).set(worker).send({ version: 1 }).expect(200);
  const draft = await createReport(ctx, worker, second); // a draft: not listed by the original

  const row = (await viaPrisma(original.id))!;
  expect(row.decidedDuplicates.map((d) => d.report.id)).toEqual([decided.id]);
  expect(row.recommendedDuplicates.map((d) => d.report.id)).toEqual([awaiting.id]);
  await expectSameRow(original.id);
  for (const id of [decided.id, awaiting.id, draft.id]) {
    expect((await viaPrisma(id))?.recommendation?.duplicateOf?.persons).toHaveLength(3);
    await expectSameRow(id);
  }
});

it('issue 13: the incident (a date, an address as JSON), worker safety, person details and where a child is now', async () => {
  const address = { line1: '2100 W Wells St', line2: 'Apt 3', city: 'Milwaukee', state: 'WI', zip: '53233' };
  const report = await createReport(
    ctx,
    worker,
    draftBody({
      reporter: { type: 'EDUCATION', name: 'Jo', relationshipToChild: 'Teacher', mandatedReporter: true },
      incident: { occurredOn: '2018-02-27', occurredOnIsApproximate: true, locationType: 'RESIDENCE', address },
      workerSafetyConcerns: { present: true, description: 'A dog' },
      persons: [
        child({
          address: { ...address, countyCode: '55079' },
          phone: '414-555-0123',
          primaryLanguage: 'Hmong',
          interpreterNeeded: true,
          school: 'Riverside High School',
          currentLocation: { known: true, description: 'With an aunt', address, safeNow: 'UNKNOWN' },
        }),
        maltreater(),
      ],
    }),
  );
  await expectSameRow(report.id);
});

it('a bare draft: no people, no allegations, no recommendation, nothing but the county', async () => {
  const report = await createReport(ctx, worker, {
    countyCode: '55079',
    persons: [],
    allegations: [],
    indicators: [],
    recommendation: null,
  });
  await expectSameRow(report.id);
});

it('a report handed on, transferred twice and discarded; one screened in with its initial assessment worker', async () => {
  const colleague = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079', name: 'Cole League' });
  const dane = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025', name: 'Dana Dane' });
  const report = await createReport(ctx, worker, { countyCode: '55079' });
  const post = (auth: { Authorization: string }, path: string, body: object) =>
    ctx.http().post(`/api/access-reports/${report.id}/${path}`).set(auth).send(body).expect(200);
  await post(worker, 'assignment', { version: 1, userId: colleague.user.id });
  await post(supervisor, 'transfer', { version: 2, countyCode: '55025', reason: 'Lives in Dane' });
  await post(dane.auth, 'transfer', { version: 3, countyCode: '55079', reason: 'Moved back' });
  await post(supervisor, 'discard', { version: 4, reason: 'Opened twice' });
  await expectSameRow(report.id);

  const screened = await screenedIn(ctx, worker, supervisor);
  await ctx
    .http()
    .post(`/api/access-reports/${screened.id}/assignment`)
    .set(supervisor)
    .send({ version: screened.version, userId: colleague.user.id })
    .expect(200);
  await expectSameRow(screened.id);
});

it('an unknown id is null', async () => {
  expect(await loadReport(chicago, '00000000-0000-4000-8000-000000000000')).toBeNull();
});

it("a list's page is the rows Prisma's findMany gives for the same filters, order and page", async () => {
  const received = ['2011-02-01T12:00:00.000Z', '2011-03-01T05:30:00.000Z', null, '2011-03-01T05:30:00.000Z'];
  for (const receivedAt of received) await createReport(ctx, worker, draftBody({ receivedAt }));
  const submitted = await createReport(ctx, worker, draftBody({ receivedAt: '2011-01-15T00:00:00.000Z' }));
  await ctx
    .http()
    .post(`/api/access-reports/${submitted.id}/submit`)
    .set(worker)
    .send({ version: submitted.version })
    .expect(200);
  const reports = ctx.app.get(ReportListRepository);
  const from = new Date('2011-01-01T06:00:00.000Z');
  const to = new Date('2011-03-02T06:00:00.000Z');
  const cases: [ListFilter, Prisma.AccessReportWhereInput][] = [
    [
      { countyCode: '55079', status: null, from, to },
      { countyCode: '55079', receivedAt: { gte: from, lt: to } },
    ],
    [
      { countyCode: '55079', status: 'DRAFT', from, to: null },
      { countyCode: '55079', status: 'DRAFT', receivedAt: { gte: from } },
    ],
    [
      { countyCode: '55079', status: 'AWAITING_SUPERVISOR', from: null, to: null },
      { countyCode: '55079', status: 'AWAITING_SUPERVISOR' },
    ],
    [
      { countyCode: '55079', status: 'DRAFT', from: null, to: null },
      { countyCode: '55079', status: 'DRAFT' },
    ],
    [{ countyCode: '55001', status: null, from: null, to: null }, { countyCode: '55001' }],
  ];
  for (const [filter, where] of cases) {
    for (const page of [
      { offset: 0, limit: 2 },
      { offset: 2, limit: 2 },
      { offset: 0, limit: 50 },
    ]) {
      const expected = await ctx.prisma.accessReport.findMany({
        where,
        include: reportInclude,
        orderBy: [{ receivedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
        skip: page.offset,
        take: page.limit,
      });
      const { rows, total } = await reports.list(filter, page);
      expect(rows.map(sorted)).toEqual(expected.map(sorted));
      expect(total).toBe(await ctx.prisma.accessReport.count({ where }));
      // The plain statement (no clocks) and the one that works out the clocks list the same.
      const clocked = await reports.listWithClocks(filter, page, 'newest');
      expect(clocked.rows.map((row) => sorted(reviveReport(row)))).toEqual(expected.map(sorted));
      expect(clocked.total).toBe(total);
    }
  }
  const received2011 = { countyCode: '55079', status: null, from, to };
  expect((await reports.list(received2011, { offset: 0, limit: 50 })).total).toBe(4);
  // A page far past the end (beyond a 32-bit offset) is empty, not an error.
  expect(await reports.list(received2011, { offset: 2 ** 40, limit: 50 })).toEqual({ rows: [], total: 4 });
});
