import { child, createReport, draftBody, maltreater, screenedIn } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// docs/domain.md, "Person" and "A submitted report is a record": the registry links the same child
// across reports and answers search with identifying basics; everything else a report records
// about them is that report's own. Linking a child known to the caller's county copies their latest
// record there; a child known only to other counties brings the identifying basics alone. Nothing a
// later report does, in any county, changes a submitted report.

type Auth = { Authorization: string };
let ctx: TestContext;
let milwaukee: { worker: Auth; supervisor: Auth };
let dane: { worker: Auth; supervisor: Auth };

beforeAll(async () => {
  ctx = await createTestApp();
  const [mw, ms, dw, ds] = await Promise.all([
    signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' }),
    signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' }),
    signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' }),
    signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' }),
  ]);
  milwaukee = { worker: mw.auth, supervisor: ms.auth };
  dane = { worker: dw.auth, supervisor: ds.auth };
});
afterAll(() => ctx.close());

const recorded = {
  firstName: 'Talia',
  lastName: 'Recordkeeper',
  dateOfBirth: '2004-02-10',
  gender: 'FEMALE',
  hispanicEthnicity: 'HISPANIC',
  primaryRace: 'AMERICAN_INDIAN_ALASKA_NATIVE',
  indianChild: 'YES',
  tribe: 'Oneida Nation',
};

type Person = Record<string, unknown> & { key: string; personId: string };
const childOf = (report: { persons: Person[] }) => report.persons.find((p) => p.key === 'c1') as Person;
const dcfTotal = async () =>
  (
    await ctx
      .http()
      .get('/api/reports/sex-trafficking?from=2018-01-01&to=2018-12-31')
      .set(milwaukee.supervisor)
      .expect(200)
  ).body.summary.allegations.total as number;

/** A child left out of the draft but for the link and roles: what the API fills in is what the link brought. */
const linkOnly = (personId: string) => ({ key: 'c1', personId, roles: ['CHILD'] });

describe('a child screened in by Milwaukee, then linked by Dane', () => {
  let original: { id: string; version: number; persons: Person[]; computed: Record<string, unknown> };
  let personId: string;
  let totalBefore: number;

  beforeAll(async () => {
    original = await screenedIn(
      ctx,
      milwaukee.worker,
      milwaukee.supervisor,
      draftBody({ persons: [child(recorded), maltreater()] }),
    );
    personId = childOf(original).personId;
    totalBefore = await dcfTotal();
  });

  it('search answers with the identifying basics only', async () => {
    const res = await ctx
      .http()
      .get('/api/persons/search')
      .query({ lastName: 'Recordkeeper', dateOfBirth: '2004-02-10' })
      .set(dane.worker)
      .expect(200);
    const match = res.body.find((m: { id: string }) => m.id === personId);
    expect(match).toBeDefined();
    expect(Object.keys(match).sort()).toEqual(['dateOfBirth', 'firstName', 'gender', 'id', 'lastName', 'score']);
  });

  it("linking brings the name, date of birth and gender, never Milwaukee's record of ethnicity, race or tribe", async () => {
    const draft = await createReport(
      ctx,
      dane.worker,
      draftBody({ countyCode: '55025', persons: [linkOnly(personId), maltreater()] }),
    );
    expect(childOf(draft)).toMatchObject({
      personId,
      firstName: 'Talia',
      lastName: 'Recordkeeper',
      dateOfBirth: '2004-02-10',
      gender: 'FEMALE',
      hispanicEthnicity: null,
      primaryRace: null,
      indianChild: null,
      tribe: null,
    });
    // and no tribal clock in Dane from Milwaukee's record
    expect(draft.computed.tribalNotificationStatus).toBe('NOT_REQUIRED');
  });

  it("a Dane draft that renames the child and changes the date of birth leaves Milwaukee's report as it was recorded", async () => {
    const draft = await createReport(
      ctx,
      dane.worker,
      draftBody({ countyCode: '55025', persons: [linkOnly(personId), maltreater()] }),
    );
    const eventsBefore = await ctx.prisma.auditEvent.count({ where: { entityId: original.id } });
    const body = draftBody({
      countyCode: '55025',
      persons: [
        child({
          key: 'c1',
          personId,
          firstName: 'Tal',
          lastName: 'Keeper',
          dateOfBirth: '2001-01-01',
          gender: 'MALE',
          primaryRace: 'WHITE',
          indianChild: 'NO',
        }),
        maltreater(),
      ],
    });
    await ctx
      .http()
      .put(`/api/access-reports/${draft.id}`)
      .set(dane.worker)
      .send({ ...body, version: draft.version })
      .expect(200);

    const now = (await ctx.http().get(`/api/access-reports/${original.id}`).set(milwaukee.supervisor).expect(200)).body;
    expect(now.version).toBe(original.version);
    expect(childOf(now)).toMatchObject({ personId, ...recorded });
    expect(now.computed).toEqual(original.computed);
    // the reads just made are the only new events about it
    const changes = await ctx.prisma.auditEvent.findMany({ where: { entityId: original.id }, skip: eventsBefore });
    expect(changes.map((e) => e.action)).toEqual(['report.read']);
    expect(await dcfTotal()).toBe(totalBefore);
    const row = await ctx.prisma.reportStatistic.findFirstOrThrow({ where: { reportId: original.id } });
    expect(row).toMatchObject({
      gender: 'FEMALE',
      hispanicEthnicity: 'HISPANIC',
      primaryRace: 'AMERICAN_INDIAN_ALASKA_NATIVE',
      ageYears: 14,
    });
  });

  it('search then answers with the latest identifying basics', async () => {
    const res = await ctx
      .http()
      .get('/api/persons/search')
      .query({ lastName: 'Keeper', firstName: 'Tal', dateOfBirth: '2001-01-01' })
      .set(milwaukee.worker)
      .expect(200);
    expect(res.body.find((m: { id: string }) => m.id === personId)).toMatchObject({
      firstName: 'Tal',
      lastName: 'Keeper',
      dateOfBirth: '2001-01-01',
      gender: 'MALE',
    });
  });
});

describe('linking a child the county already knows', () => {
  it('copies their latest record in this county into the new report', async () => {
    const first = await createReport(
      ctx,
      milwaukee.worker,
      draftBody({
        persons: [
          child({ ...recorded, lastName: 'Samecounty', tribe: 'Menominee Indian Tribe of Wisconsin' }),
          maltreater(),
        ],
      }),
    );
    const personId = childOf(first).personId;
    const second = await createReport(
      ctx,
      milwaukee.worker,
      draftBody({
        persons: [
          child({
            ...recorded,
            key: 'c1',
            personId,
            lastName: 'Samecounty',
            hispanicEthnicity: 'NOT_HISPANIC',
            tribe: 'Oneida Nation',
          }),
          maltreater(),
        ],
      }),
    );
    const third = await createReport(ctx, milwaukee.worker, draftBody({ persons: [linkOnly(personId), maltreater()] }));
    expect(childOf(third)).toMatchObject({
      personId,
      firstName: 'Talia',
      lastName: 'Samecounty',
      hispanicEthnicity: 'NOT_HISPANIC',
      primaryRace: 'AMERICAN_INDIAN_ALASKA_NATIVE',
      indianChild: 'YES',
      tribe: 'Oneida Nation',
    });
    expect(third.computed.tribalNotificationStatus).not.toBe('NOT_REQUIRED');
    // the earlier drafts keep their own
    const firstNow = (await ctx.http().get(`/api/access-reports/${first.id}`).set(milwaukee.worker).expect(200)).body;
    expect(childOf(firstNow)).toMatchObject({
      hispanicEthnicity: 'HISPANIC',
      tribe: 'Menominee Indian Tribe of Wisconsin',
    });
    expect(second.id).not.toBe(third.id);
  });

  it('a field the draft sends wins over the record; a field sent as null clears it; a later save keeps what this report holds', async () => {
    const first = await createReport(
      ctx,
      milwaukee.worker,
      draftBody({ persons: [child({ ...recorded, lastName: 'Ownvalues' }), maltreater()] }),
    );
    const personId = childOf(first).personId;
    const linked = await createReport(
      ctx,
      milwaukee.worker,
      draftBody({ persons: [{ ...linkOnly(personId), primaryRace: 'ASIAN', tribe: null }, maltreater()] }),
    );
    expect(childOf(linked)).toMatchObject({ primaryRace: 'ASIAN', tribe: null, hispanicEthnicity: 'HISPANIC' });
    // the next autosave leaves those fields out again: the report's own values stay
    const saved = await ctx
      .http()
      .put(`/api/access-reports/${linked.id}`)
      .set(milwaukee.worker)
      .send({
        ...draftBody({ persons: [{ key: 'c1', personId, roles: ['CHILD'], firstName: 'Tally' }, maltreater()] }),
        version: linked.version,
      })
      .expect(200);
    expect(childOf(saved.body)).toMatchObject({
      firstName: 'Tally',
      primaryRace: 'ASIAN',
      tribe: null,
      hispanicEthnicity: 'HISPANIC',
    });
  });
});

it("a report's people as it recorded them do not move when the registry is changed underneath (straight in SQL)", async () => {
  const report = await screenedIn(
    ctx,
    milwaukee.worker,
    milwaukee.supervisor,
    draftBody({ persons: [child({ ...recorded, lastName: 'Underneath' }), maltreater()] }),
  );
  const personId = childOf(report).personId;
  await ctx.prisma
    .$executeRaw`UPDATE persons SET first_name = 'Someone', date_of_birth = '1990-01-01', gender = 'MALE' WHERE id = ${personId}::uuid`;
  const now = (await ctx.http().get(`/api/access-reports/${report.id}`).set(milwaukee.supervisor).expect(200)).body;
  expect(childOf(now)).toMatchObject({ firstName: 'Talia', dateOfBirth: '2004-02-10', gender: 'FEMALE' });
  expect(await ctx.prisma.reportStatistic.findFirstOrThrow({ where: { reportId: report.id } })).toMatchObject({
    gender: 'FEMALE',
    ageYears: 14,
  });
});
