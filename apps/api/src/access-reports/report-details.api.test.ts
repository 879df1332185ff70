import { child, createReport, draftBody, maltreater } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

// Issue 13's parts of the draft body through HTTP: the incident, worker safety, the reporter's
// relationship, each person's address, phone, language, school, and where each child is now.
// Created, saved and read back; left out of a PUT; copied when a known person is linked; the
// submit completeness of where each child is now; an invalid part is a 400 in words.

let ctx: TestContext;
let worker: { auth: { Authorization: string } };
let dane: { auth: { Authorization: string } };
beforeAll(async () => {
  ctx = await createTestApp();
  worker = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
  dane = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55025' });
});
afterAll(() => ctx.close());

const ADDRESS = { line1: '2100 W Wells St', city: 'Milwaukee', zip: '53233', countyCode: '55079' };
const STORED = { ...ADDRESS, line2: null, state: 'WI' };
const HOTEL = { line1: '501 N Plankinton Ave', line2: 'Room 214', city: 'Milwaukee', state: 'WI', zip: '53203-1234' };

const parts = {
  incident: {
    occurredOn: '2018-02-27',
    occurredOnIsApproximate: true,
    locationType: 'HOTEL_MOTEL',
    address: HOTEL,
    description: 'The youth was taken to a hotel downtown.',
  },
  workerSafetyConcerns: { present: true, description: 'An adult at the address carries a gun.' },
};
const reporter = {
  type: 'EDUCATION',
  name: 'Jordan Counselor',
  phone: '414-555-0100',
  anonymous: false,
  relationshipToChild: 'School counselor',
  mandatedReporter: true,
};
const details = {
  address: ADDRESS,
  phone: '414-555-0123',
  primaryLanguage: 'Spanish',
  interpreterNeeded: true,
  school: 'Riverside High School',
};
const here = { known: true, description: 'At school, in the counselor office', address: null, safeNow: 'YES' };

const fullBody = () =>
  draftBody({
    ...parts,
    reporter,
    persons: [child({ ...details, currentLocation: here }), maltreater({ phone: '414-555-0199' })],
  });

const read = async (id: string, auth = worker.auth) =>
  (await ctx.http().get(`/api/access-reports/${id}`).set(auth).expect(200)).body;
const put = (id: string, version: number, body: Record<string, unknown>, auth = worker.auth) =>
  ctx
    .http()
    .put(`/api/access-reports/${id}`)
    .set(auth)
    .send({ ...body, version });

it('creates, reads and saves every new part, each address with every field', async () => {
  const created = await createReport(ctx, worker.auth, fullBody());
  for (const report of [created, await read(created.id)]) {
    expect(report.incident).toEqual({ ...parts.incident, address: { ...HOTEL, countyCode: null } });
    expect(report.workerSafetyConcerns).toEqual(parts.workerSafetyConcerns);
    expect(report.reporter).toMatchObject({ relationshipToChild: 'School counselor', mandatedReporter: true });
    expect(report.persons[0]).toMatchObject({ ...details, address: STORED, currentLocation: here });
    expect(report.persons[1]).toMatchObject({ phone: '414-555-0199', address: null, currentLocation: null });
  }

  const away = { known: false, description: 'Ran from home last night', address: null, safeNow: null };
  const changed = await put(created.id, created.version, {
    ...fullBody(),
    incident: { ...parts.incident, locationType: 'VEHICLE', address: null, occurredOnIsApproximate: false },
    workerSafetyConcerns: { present: false, description: null },
    reporter: { ...reporter, mandatedReporter: false },
    persons: [child({ ...details, school: 'North Division', currentLocation: away }), maltreater()],
  }).expect(200);
  const after = await read(created.id);
  expect(after).toEqual({ ...changed.body, computed: after.computed });
  expect(after.incident).toMatchObject({ locationType: 'VEHICLE', address: null, occurredOnIsApproximate: false });
  expect(after.workerSafetyConcerns).toEqual({ present: false, description: null });
  expect(after.reporter.mandatedReporter).toBe(false);
  expect(after.persons[0]).toMatchObject({ school: 'North Division', currentLocation: away });
});

it('a PUT leaving parts out: report parts and where the child is now are cleared; person details kept', async () => {
  const created = await createReport(ctx, worker.auth, fullBody());
  const { incident: _i, workerSafetyConcerns: _w, ...rest } = fullBody();
  const c = child();
  delete c.currentLocation;
  const saved = await put(created.id, created.version, {
    ...rest,
    reporter: { type: 'EDUCATION', name: 'Jordan Counselor', phone: '414-555-0100' },
    persons: [c, maltreater()],
  }).expect(200);
  expect(saved.body.incident).toEqual({
    occurredOn: null,
    occurredOnIsApproximate: false,
    locationType: null,
    address: null,
    description: null,
  });
  expect(saved.body.workerSafetyConcerns).toEqual({ present: null, description: null });
  expect(saved.body.reporter).toMatchObject({ relationshipToChild: null, mandatedReporter: null });
  // Like the name: address, phone, language, interpreter and school left out keep what the report recorded.
  expect(saved.body.persons[0]).toMatchObject({ ...details, address: STORED, currentLocation: null });
  // null clears them.
  const cleared = await put(created.id, saved.body.version, {
    ...rest,
    persons: [
      child({ address: null, phone: null, primaryLanguage: null, interpreterNeeded: null, school: null }),
      maltreater(),
    ],
  }).expect(200);
  expect(cleared.body.persons[0]).toMatchObject({
    address: null,
    phone: null,
    primaryLanguage: null,
    interpreterNeeded: null,
    school: null,
  });
});

it('an autosave that changes only an address of a person is written (and one that changes nothing keeps it)', async () => {
  const created = await createReport(ctx, worker.auth, fullBody());
  const moved = { ...ADDRESS, line1: '1 Moved St' };
  const saved = await put(created.id, created.version, {
    ...fullBody(),
    persons: [child({ ...details, address: moved, currentLocation: here }), maltreater({ phone: '414-555-0199' })],
  }).expect(200);
  expect((await read(created.id)).persons[0].address).toEqual({ ...STORED, line1: '1 Moved St' });
  const again = await put(created.id, saved.body.version, {
    ...fullBody(),
    persons: [child({ ...details, address: moved, currentLocation: here }), maltreater({ phone: '414-555-0199' })],
  }).expect(200);
  expect(again.body.persons[0].address).toEqual({ ...STORED, line1: '1 Moved St' });
});

it('linking a known person copies their latest details in the county, not where they were then', async () => {
  const first = await createReport(ctx, worker.auth, fullBody());
  const personId = first.persons[0].id;
  const linked = await createReport(
    ctx,
    worker.auth,
    draftBody({ persons: [{ key: 'c1', personId, roles: ['CHILD'] }, maltreater()] }),
  );
  expect(linked.persons[0]).toMatchObject({ ...details, address: STORED, currentLocation: null });
  // Another county sees only the identifying basics.
  const elsewhere = await createReport(
    ctx,
    dane.auth,
    draftBody({ countyCode: '55025', persons: [{ key: 'c1', personId, roles: ['CHILD'] }, maltreater()] }),
  );
  expect(elsewhere.persons[0]).toMatchObject({ address: null, phone: null, primaryLanguage: null, school: null });
  // The fields sent win over the copy.
  const sent = await createReport(
    ctx,
    worker.auth,
    draftBody({ persons: [{ key: 'c1', personId, roles: ['CHILD'], phone: '414-555-0777' }, maltreater()] }),
  );
  expect(sent.persons[0]).toMatchObject({ phone: '414-555-0777', school: 'Riverside High School' });
});

describe('invalid parts: 400 in words, the draft untouched', () => {
  it.each([
    [{ incident: { occurredOn: '2099-01-01' } }, 'incident.occurredOn', 'must not be in the future'],
    [{ incident: { occurredOn: '1899-12-31' } }, 'incident.occurredOn', 'from 1900'],
    [{ incident: { locationType: 'CASTLE' } }, 'incident.locationType', 'Location type (incident)'],
    [{ incident: { address: { line1: 'x', city: 'Milwaukee', zip: '5320' } } }, 'incident.address.zip', '5 digits'],
    [
      { workerSafetyConcerns: { description: 'x' } },
      'workerSafetyConcerns.present',
      'Present (worker safety concerns)',
    ],
  ])('%j', async (part, path, words) => {
    const res = await ctx.http().post('/api/access-reports').set(worker.auth).send(draftBody(part)).expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(res.body.message).toContain(words);
  });

  it('where a person is now, on someone who is not a child', async () => {
    const created = await createReport(ctx, worker.auth, fullBody());
    const res = await put(created.id, created.version, {
      ...fullBody(),
      persons: [child({ currentLocation: here }), maltreater({ currentLocation: here })],
    }).expect(400);
    expect(res.body.issues[0].path).toBe('persons.1.currentLocation');
    expect(res.body.message).toBe(
      'Current location (person 2) is recorded only for a child (role CHILD): leave it out for this person',
    );
    expect((await read(created.id)).version).toBe(created.version);
  });
});

describe('submit: where each child is now', () => {
  const submit = async (body: Record<string, unknown>) => {
    const report = await createReport(ctx, worker.auth, body); // the draft always saves
    return ctx
      .http()
      .post(`/api/access-reports/${report.id}/submit`)
      .set(worker.auth)
      .send({ version: report.version });
  };

  it('a child whose location is not answered: 400 naming the child', async () => {
    const c = child();
    delete c.currentLocation;
    const res = await submit(draftBody({ persons: [c, maltreater()] }));
    expect(res.status).toBe(400);
    expect(res.body.issues).toContainEqual({
      path: 'persons.0.currentLocation.known',
      message: 'Where Maya Testchild is now: say whether it is known',
    });
  });

  it('known, but safe now not answered: 400', async () => {
    const res = await submit(draftBody({ persons: [child({ currentLocation: { known: true } }), maltreater()] }));
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain('persons.0.currentLocation.safeNow');
  });

  it('present danger and not known: the description must say why', async () => {
    const notKnown = { known: false, description: null, address: null, safeNow: null };
    const res = await submit(
      draftBody({
        presentDangerThreat: true,
        persons: [child({ firstName: 'Maya', lastName: 'Thompson', currentLocation: notKnown }), maltreater()],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      'Where Maya Thompson is now: say why the location is not known — present danger needs a same-day response',
    );
    const why = { ...notKnown, description: 'Left the shelter last night; her phone is off' };
    const ok = await submit(
      draftBody({
        presentDangerThreat: true,
        recommendation: { decision: 'SCREEN_IN', responseTime: 'SAME_DAY', rationale: 'Present danger.' },
        persons: [child({ currentLocation: why }), maltreater()],
      }),
    );
    expect(ok.status).toBe(200);
  });

  it('nothing else new is required: no incident, no safety answer, no reporter relationship', async () => {
    const res = await submit(draftBody());
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('AWAITING_SUPERVISOR');
  });
});

it('GET /api/reference/codes lists the location types and the safe-now answers', async () => {
  const res = await ctx.http().get('/api/reference/codes').set(worker.auth).expect(200);
  expect(res.body.incidentLocationTypes.map((c: { code: string }) => c.code)).toEqual([
    'RESIDENCE',
    'HOTEL_MOTEL',
    'VEHICLE',
    'STREET_OUTDOORS',
    'SCHOOL',
    'ONLINE',
    'OTHER',
    'UNKNOWN',
  ]);
  expect(res.body.safeNowValues.map((c: { code: string }) => c.code)).toEqual(['YES', 'NO', 'UNKNOWN']);
});
