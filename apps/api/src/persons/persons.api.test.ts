import { child, createReport, draftBody, maltreater } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let worker: { Authorization: string };
let childId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
  const report = await createReport(
    ctx,
    worker,
    draftBody({
      persons: [child({ firstName: 'Ana-María', lastName: 'Garcia-Lopez', dateOfBirth: '2004-02-29' }), maltreater()],
    }),
  );
  childId = report.persons[0].id;
  await createReport(
    ctx,
    worker,
    draftBody({ persons: [child({ firstName: 'Zed', lastName: 'Unrelated' }), maltreater()] }),
  );
});
afterAll(() => ctx.close());

const search = (query: string, auth = worker) => ctx.http().get(`/api/persons/search?${query}`).set(auth);

it.each([
  ['lastName=Garcia-Lopez&firstName=Ana-Maria'],
  ['lastName=garcia%20lopez'],
  ['lastName=GARCIALOPEZ&firstName=ana'],
  ['lastName=Garsia-Lopes&firstName=Anna'], // two typos
])('finds the child with %s, best first, identifying basics only', async (query) => {
  const res = await search(query).expect(200);
  expect(res.body[0]).toEqual({
    id: childId,
    firstName: 'Ana-María',
    lastName: 'Garcia-Lopez',
    dateOfBirth: '2004-02-29',
    gender: 'FEMALE',
    score: expect.any(Number),
  });
  expect(res.body.map((m: { lastName: string }) => m.lastName)).not.toContain('Unrelated');
});

it('ranks an exact date of birth higher, finds drafts of other counties, and records the search without its terms', async () => {
  const other = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55025' });
  const withDob = await search('lastName=Garcia&dateOfBirth=2004-02-29', other.auth).expect(200);
  const without = await search('lastName=Garcia', other.auth).expect(200);
  expect(withDob.body[0].id).toBe(childId);
  expect(withDob.body[0].score).toBeGreaterThan(without.body[0].score * 0.99);
  const event = await ctx.prisma.auditEvent.findFirstOrThrow({
    where: { action: 'persons.searched', userId: other.user.id },
  });
  expect(JSON.stringify({ ...event, id: String(event.id) })).not.toMatch(/Garcia/);
});

it('reads an empty ?dateOfBirth= or ?firstName= as not given (a form sends empty fields)', async () => {
  const res = await search('lastName=Garcia-Lopez&firstName=&dateOfBirth=').expect(200);
  expect(res.body[0].id).toBe(childId);
  await search('lastName=Garcia&dateOfBirth=2004-02-30').expect(400);
});

it('needs a last name (400); admins may not search (403)', async () => {
  const res = await search('firstName=Ana').expect(400);
  expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['lastName']);
  const admin = await signedIn(ctx, { role: 'ADMIN' });
  await search('lastName=Garcia', admin.auth).expect(403);
});

describe('candidates nearest-first', () => {
  // People straight into the registry (as the bench does): many more than the 200 nearest-name
  // candidates share the last name or nearly so, and the person wanted is written last.
  const addPeople = (firstNames: string, lastNames: string, count: number, dob: string | null = null) =>
    ctx.prisma.$executeRawUnsafe(
      `INSERT INTO persons (first_name, last_name, first_name_key, last_name_key, date_of_birth, gender, updated_at)
       SELECT f, l, lower(f), lower(l), $4::date, 'MALE', now()
       FROM generate_series(1, $3::int) i,
         LATERAL (SELECT ($1::text[])[1 + i % cardinality($1::text[])] || CASE WHEN $3::int > 1 THEN chr(97 + i % 26) || chr(97 + (i / 26) % 26) ELSE '' END AS f,
                         ($2::text[])[1 + i % cardinality($2::text[])] AS l) n`,
      firstNames.split(' '),
      lastNames.split(' '),
      count,
      dob,
    );

  it('finds a name typed in full among more namesakes than the nearest-name candidates, and with a first-name typo', async () => {
    await addPeople('Kenji Hiro Sora Ren', 'Nakamura', 400);
    await addPeople('Kenji Hiro Sora Ren', 'Nakamure Nakamuro Nakamora Nakamur', 400);
    await addPeople('Yukiko', 'Nakamura', 1, '2009-05-17');
    const [similar] = await ctx.prisma.$queryRawUnsafe<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM persons WHERE similarity(last_name_key, 'nakamura') >= 0.25",
    );
    expect(similar?.n).toBeGreaterThan(200 * 3);
    for (const query of ['lastName=Nakamura&firstName=Yukiko', 'lastName=NAKAMURA&firstName=Yukyko']) {
      const res = await search(query).expect(200);
      expect(res.body).toHaveLength(20);
      expect(res.body[0]).toMatchObject({ firstName: 'Yukiko', lastName: 'Nakamura', dateOfBirth: '2009-05-17' });
    }
  });

  it('finds a person under a last name given later (the registry keeps its names as persons are written)', async () => {
    await addPeople('Tomasz', 'Wisniewsky', 1, '2010-01-09');
    await ctx.prisma.$executeRawUnsafe(
      "UPDATE persons SET last_name = 'Wiśniewski', last_name_key = 'wisniewski' WHERE last_name_key = 'wisniewsky'",
    );
    const res = await search('lastName=Wisniewskj').expect(200); // a typo: found by the nearest names only
    expect(res.body[0]).toMatchObject({ firstName: 'Tomasz', lastName: 'Wiśniewski' });
  });

  it('finds a person by date of birth and first name whatever the last name typed, and not without the date', async () => {
    const query = 'lastName=Wqxzv&firstName=Ana-Maria';
    const byDob = await search(`${query}&dateOfBirth=2004-02-29`).expect(200);
    expect(byDob.body.map((m: { id: string }) => m.id)).toEqual([childId]);
    expect(byDob.body[0].score).toBeLessThan(0.5);
    const withoutDob = await search(query).expect(200);
    expect(withoutDob.body).toEqual([]);
    const otherDay = await search(`${query}&dateOfBirth=2004-03-01`).expect(200);
    expect(otherDay.body).toEqual([]);
  });
});
