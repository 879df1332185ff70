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
