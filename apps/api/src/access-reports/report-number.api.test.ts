import { chicagoYear, formatReportNumber } from '@cps/domain';
import { child, createReport, draftBody, maltreater, screenIn } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// docs/domain.md "Report number": `YYYY-CCC-NNNNN`, given when the report is created, per county and
// Chicago year of creation from 00001, unique statewide, never changed. Both create paths (the
// one-statement path for an all-new draft, the general one for a draft that links a known person)
// take it from the same counter in the statement or transaction that writes the report.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const worker = (countyCode: string) => signedIn(ctx, { role: 'ACCESS_WORKER', countyCode });
/** The year of creation, as the report's created_at gives it (tests run far from New Year's Eve or accept a retry). */
const thisYear = () => chicagoYear(new Date());
const sequenceOf = (n: string) => Number(n.split('-')[2]);

describe('the number given at creation', () => {
  it('is YYYY-CCC-NNNNN: the first report of a county and year is 00001, the next 00002; another county starts its own', async () => {
    const adams = await worker('55001');
    const ashland = await worker('55003');
    const first = await createReport(ctx, adams.auth, draftBody({ countyCode: '55001' }));
    expect(first.reportNumber).toBe(formatReportNumber('55001', chicagoYear(first.createdAt), 1));
    expect(first.reportNumber).toMatch(new RegExp(`^${thisYear()}-001-00001$`));
    const second = await createReport(ctx, adams.auth, draftBody({ countyCode: '55001' }));
    expect(second.reportNumber).toBe(`${thisYear()}-001-00002`);
    const other = await createReport(ctx, ashland.auth, draftBody({ countyCode: '55003' }));
    expect(other.reportNumber).toBe(`${thisYear()}-003-00001`);
    // the general path (a linked person) counts on from the same counter
    const linked = await createReport(
      ctx,
      adams.auth,
      draftBody({ countyCode: '55001', persons: [child({ personId: first.persons[0].personId })], allegations: [] }),
    );
    expect(linked.reportNumber).toBe(`${thisYear()}-001-00003`);
    // the document read back, and the list summaries, carry the same numbers
    const read = await ctx.http().get(`/api/access-reports/${linked.id}`).set(adams.auth).expect(200);
    expect(read.body.reportNumber).toBe(linked.reportNumber);
    const list = await ctx.http().get('/api/access-reports').set(adams.auth).expect(200);
    expect(list.body.items.map((s: { reportNumber: string }) => s.reportNumber).sort()).toEqual(
      [first, second, linked].map((r) => r.reportNumber).sort(),
    );
  });

  it('20 creates at once, on both paths, get 20 distinct consecutive numbers', async () => {
    const { auth } = await worker('55005');
    const known = await createReport(ctx, auth, draftBody({ countyCode: '55005' }));
    const personId: string = known.persons[0].personId;
    const bodies = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? draftBody({ countyCode: '55005' })
        : draftBody({ countyCode: '55005', persons: [child({ personId })], allegations: [] }),
    );
    const created = await Promise.all(
      bodies.map((body) => ctx.http().post('/api/access-reports').set(auth).send(body)),
    );
    expect(created.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers: string[] = created.map((r) => r.body.reportNumber);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.map(sequenceOf).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => sequenceOf(known.reportNumber) + 1 + i),
    );
    const counter = await ctx.prisma.reportNumberCounter.findUniqueOrThrow({
      where: { countyCode_year: { countyCode: '55005', year: thisYear() } },
    });
    expect(counter.last).toBe(21);
  });

  it('a create that is refused takes no number', async () => {
    const { auth } = await worker('55007');
    const first = await createReport(ctx, auth, draftBody({ countyCode: '55007' }));
    await ctx
      .http()
      .post('/api/access-reports')
      .set(auth)
      .send(
        draftBody({
          countyCode: '55007',
          persons: [child({ personId: '00000000-0000-4000-8000-000000000000' })],
          allegations: [],
        }),
      )
      .expect((res) => expect([400, 404, 409, 422]).toContain(res.status));
    const next = await createReport(ctx, auth, draftBody({ countyCode: '55007' }));
    expect([first.reportNumber, next.reportNumber].map(sequenceOf)).toEqual([1, 2]);
  });

  it('never changes: autosave (own fields and parts), submit, decision', async () => {
    const { auth } = await worker('55009');
    const supervisor = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55009' });
    const created = await createReport(ctx, auth, draftBody({ countyCode: '55009' }));
    const number = created.reportNumber;
    const saved = await ctx
      .http()
      .put(`/api/access-reports/${created.id}`)
      .set(auth)
      .send({ ...draftBody({ countyCode: '55009', narrative: 'Autosaved narrative about a youth.' }), version: 1 })
      .expect(200);
    expect(saved.body.reportNumber).toBe(number);
    const parts = await ctx
      .http()
      .put(`/api/access-reports/${created.id}`)
      .set(auth)
      .send({
        ...draftBody({ countyCode: '55009', persons: [child({ firstName: 'Renamed' }), maltreater()] }),
        version: saved.body.version,
      })
      .expect(200);
    expect(parts.body.reportNumber).toBe(number);
    const submitted = await ctx
      .http()
      .post(`/api/access-reports/${created.id}/submit`)
      .set(auth)
      .send({ version: parts.body.version })
      .expect(200);
    expect(submitted.body.reportNumber).toBe(number);
    const decided = await ctx
      .http()
      .post(`/api/access-reports/${created.id}/screening-decision`)
      .set(supervisor.auth)
      .send({ version: submitted.body.version, ...screenIn })
      .expect(200);
    expect(decided.body.reportNumber).toBe(number);
    const read = await ctx.http().get(`/api/access-reports/${created.id}`).set(supervisor.auth).expect(200);
    expect(read.body.reportNumber).toBe(number);
  });
});

describe('the audit trail by report number', () => {
  it('?reportId= takes the id or the number, ?reportNumber= the number; events carry the number', async () => {
    const { auth } = await worker('55011');
    const admin = await signedIn(ctx, { role: 'ADMIN', countyCode: null });
    const report = await createReport(ctx, auth, draftBody({ countyCode: '55011' }));
    const other = await createReport(ctx, auth, draftBody({ countyCode: '55011' }));
    await ctx.http().get(`/api/access-reports/${report.id}`).set(auth).expect(200);
    const byId = await ctx.http().get(`/api/audit-events?reportId=${report.id}`).set(admin.auth).expect(200);
    expect(byId.body.items.map((e: { action: string }) => e.action)).toEqual(['report.read', 'report.created']);
    expect(byId.body.items.map((e: { reportNumber: string }) => e.reportNumber)).toEqual([
      report.reportNumber,
      report.reportNumber,
    ]);
    for (const query of [
      `reportId=${report.reportNumber}`,
      `reportNumber=${report.reportNumber}`,
      `reportId=${report.id}&reportNumber=${report.reportNumber}`,
    ]) {
      const res = await ctx.http().get(`/api/audit-events?${query}`).set(admin.auth).expect(200);
      expect(res.body).toEqual(byId.body);
    }
    // the filters disagree, or the number is unknown: no report, an empty page
    const mismatch = await ctx
      .http()
      .get(`/api/audit-events?reportId=${report.id}&reportNumber=${other.reportNumber}`)
      .set(admin.auth)
      .expect(200);
    expect(mismatch.body).toEqual({ items: [], total: 0 });
    const unknown = await ctx.http().get('/api/audit-events?reportNumber=1999-011-99999').set(admin.auth).expect(200);
    expect(unknown.body).toEqual({ items: [], total: 0 });
    // the admin's own read of the trail records the filter as given
    const listed = await ctx
      .http()
      .get(`/api/audit-events?userId=${admin.user.id}&action=audit.listed&pageSize=1`)
      .set(admin.auth)
      .expect(200);
    expect(listed.body.items[0].reportNumber).toBeNull();
  });

  it.each([
    ['reportNumber=2026-79-00042', 'reportNumber', /^Report number must be a report number such as 2026-079-00042/],
    ['reportNumber=0b7c6f2e-5d7a-4c1e-9f3b-2a6d8e4c1f00', 'reportNumber', /^Report number must be/],
    ['reportId=2026-079', 'reportId', /^Report must be a report id or a report number/],
  ])('refuses ?%s: 400 naming %s in words', async (query, field, message) => {
    const admin = await signedIn(ctx, { role: 'ADMIN', countyCode: null });
    const res = await ctx.http().get(`/api/audit-events?${query}`).set(admin.auth).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual([field]);
    expect(res.body.message).toMatch(message);
  });
});
