import fs from 'node:fs';
import { EXAMPLE_FILE, loadExample, SPEC_EXAMPLE_FILE } from '../../test/load-example';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const staffByCounty = new Map<
  string,
  Promise<{ worker: { Authorization: string }; supervisor: { Authorization: string } }>
>();
const staff = (countyCode: string) => {
  if (!staffByCounty.has(countyCode)) {
    staffByCounty.set(
      countyCode,
      Promise.all([
        signedIn(ctx, { role: 'ACCESS_WORKER', countyCode }),
        signedIn(ctx, { role: 'SUPERVISOR', countyCode }),
      ]).then(([w, s]) => ({ worker: w.auth, supervisor: s.auth })),
    );
  }
  return staffByCounty.get(countyCode)!;
};

it("the committed example case set is the spec's", () => {
  if (!fs.existsSync(SPEC_EXAMPLE_FILE)) return; // a checkout without the spec folder beside it
  expect(JSON.parse(fs.readFileSync(EXAMPLE_FILE, 'utf8'))).toEqual(
    JSON.parse(fs.readFileSync(SPEC_EXAMPLE_FILE, 'utf8')),
  );
});

it("loads the spec's example case set through the workflow, one person per child", async () => {
  const loaded = await loadExample(ctx, staff);
  expect(loaded.map((r) => `${r.ref}:${r.status}`)).toEqual([
    'r1:SCREENED_IN',
    'r2:SCREENED_IN',
    'r3:SCREENED_IN',
    'r4:SCREENED_IN',
    'r5:SCREENED_IN',
    'r6:SCREENED_IN',
    'r7:SCREENED_IN',
    'r8:AWAITING_SUPERVISOR',
    'r9:DRAFT',
    'r10:SCREENED_IN',
  ]);
  // r3's child is r2's child: one person in two reports.
  const moore = await ctx.prisma.person.findMany({ where: { lastNameKey: 'moore', firstNameKey: 'bea' } });
  expect(moore).toHaveLength(1);
  expect(await ctx.prisma.reportPerson.count({ where: { personId: moore[0]!.id } })).toBe(2);
  expect(await ctx.prisma.finding.count()).toBe(9); // r2 has two
});
