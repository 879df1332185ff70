import { child, createReport, draftBody, maltreater, screenIn } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// `updatedBy`: who made the change that gave the report its current version, so a client told
// 409 can say "saved in another window" when it was the same person. Reads change nothing.

let ctx: TestContext;
let avery: { user: { id: string; name: string }; auth: { Authorization: string } };
let blake: { user: { id: string; name: string }; auth: { Authorization: string } };
let sam: { user: { id: string; name: string }; auth: { Authorization: string } };
beforeAll(async () => {
  ctx = await createTestApp();
  avery = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079', name: 'Avery Worker' });
  blake = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079', name: 'Blake Worker' });
  sam = await signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079', name: 'Sam Supervisor' });
});
afterAll(() => ctx.close());

const by = (u: { user: { id: string; name: string } }) => ({ id: u.user.id, name: u.user.name });
const read = async (id: string, who = avery) =>
  (await ctx.http().get(`/api/access-reports/${id}`).set(who.auth).expect(200)).body;

it('names the user of each change, in the answer and on every later read, never a reader', async () => {
  const created = await createReport(ctx, avery.auth);
  expect(created.updatedBy).toEqual(by(avery));
  expect((await read(created.id, blake)).updatedBy).toEqual(by(avery)); // Blake only read it

  const saved = await ctx
    .http()
    .put(`/api/access-reports/${created.id}`)
    .set(blake.auth)
    .send({ ...draftBody({ narrative: 'Blake adds what the caller said.' }), version: created.version })
    .expect(200);
  expect(saved.body.updatedBy).toEqual(by(blake));
  expect((await read(created.id)).updatedBy).toEqual(by(blake));

  const notified = await ctx
    .http()
    .post(`/api/access-reports/${created.id}/law-enforcement-notifications`)
    .set(avery.auth)
    .send({ notifiedAt: '2018-03-06T17:00:00.000Z', agency: 'Milwaukee Police Department', method: 'PHONE' })
    .expect(201);
  expect(notified.body.updatedBy).toEqual(by(avery));
  expect((await read(created.id, blake)).updatedBy).toEqual(by(avery));

  const submitted = await ctx
    .http()
    .post(`/api/access-reports/${created.id}/submit`)
    .set(blake.auth)
    .send({ version: notified.body.version })
    .expect(200);
  expect(submitted.body.updatedBy).toEqual(by(blake));
  const decided = await ctx
    .http()
    .post(`/api/access-reports/${created.id}/screening-decision`)
    .set(sam.auth)
    .send({ version: submitted.body.version, ...screenIn })
    .expect(200);
  expect(decided.body.updatedBy).toEqual(by(sam));
  expect((await read(created.id)).updatedBy).toEqual(by(sam));
});

it('a save that rewrites people (read back from the database) names its user too', async () => {
  const created = await createReport(ctx, avery.auth);
  const saved = await ctx
    .http()
    .put(`/api/access-reports/${created.id}`)
    .set(blake.auth)
    .send({
      ...draftBody({ persons: [child({ firstName: 'Renamed' }), maltreater()] }),
      version: created.version,
    })
    .expect(200);
  expect(saved.body.updatedBy).toEqual(by(blake));
  expect((await read(created.id)).updatedBy).toEqual(by(blake));
});
