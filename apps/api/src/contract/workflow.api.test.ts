import { chicagoDate } from '@cps/domain';
import { createTestApp, type TestContext } from '../../test/test-app';
import { buildUser, TEST_PASSWORD } from '../seed/builders';
import { type Call, ContractClient } from './testing/contract-client';
import { operationsOf } from './testing/openapi-check';

// The whole workflow of the HTTP contract, driven as an outside system would drive it: only the
// served document is trusted, and every request and every answer is checked against it.

let ctx: TestContext;
let api: ContractClient;
beforeAll(async () => {
  ctx = await createTestApp();
  api = new ContractClient(ctx, (await ctx.http().get('/api/docs-json').expect(200)).body);
});
afterAll(() => ctx.close());

type Auth = Record<string, string>;
const bearer = (token: string): Auth => ({ Authorization: `Bearer ${token}` });

/** The fields of answers this test reads; the client has checked each answer against the document. */
type Answered = {
  id: string;
  token: string;
  version: number;
  status: string;
  rule: string;
  total: number;
  items: { id: string; role: string }[];
  allegations: { id: string }[];
  persons: { id: string }[];
  setup: { token: string };
  reportNumber: string;
  duplicateOf: { id: string; reportNumber: string } | null;
  duplicates: { id: string; status: string }[];
  /** The NCANDS validation's count of records. */
  records: number;
  contacts: { kind: string; outcome: string }[];
  initialAssessmentWorker: { id: string; name: string } | null;
  computed: { responseStatus: string; responseAttemptStatus: string };
};

async function expectStatus(call: Call, status: number): Promise<Answered> {
  const answer = await api.send(call);
  if (answer.status !== status)
    throw new Error(`${call.method} ${call.url}: ${answer.status} ${answer.text}, expected ${status}`);
  return answer.body as Answered;
}

/** The draft body exactly as docs/http-api.md writes it. */
const apiMdDraft = {
  countyCode: '55079',
  receivedAt: '2018-03-02T15:04:05.000Z',
  reporter: {
    type: 'EDUCATION',
    name: 'School counselor',
    phone: '414-555-0100',
    anonymous: false,
    relationshipToChild: 'School counselor',
    mandatedReporter: true,
  },
  incident: {
    occurredOn: '2018-02-27',
    occurredOnIsApproximate: false,
    locationType: 'HOTEL_MOTEL',
    address: { line1: '501 N Plankinton Ave', line2: 'Room 214', city: 'Milwaukee', state: 'WI', zip: '53203' },
    description: 'The youth was taken to a hotel downtown.',
  },
  workerSafetyConcerns: { present: false, description: null },
  narrative: 'The school counselor reports that the youth said an adult sells her for sex.',
  presentDangerThreat: false,
  persons: [
    {
      key: 'c1',
      personId: null,
      firstName: 'Ana',
      lastName: 'Contractchild',
      dateOfBirth: '2002-07-14',
      approximateAge: null,
      gender: 'FEMALE',
      hispanicEthnicity: 'NOT_HISPANIC',
      primaryRace: 'WHITE',
      indianChild: 'YES',
      tribe: 'Menominee Indian Tribe of Wisconsin',
      roles: ['CHILD'],
      address: { line1: '2100 W Wells St', city: 'Milwaukee', state: 'WI', zip: '53233-1234', countyCode: '55079' },
      phone: '414-555-0123',
      primaryLanguage: 'English',
      interpreterNeeded: false,
      school: 'Riverside High School',
      currentLocation: { known: true, description: 'At school', address: null, safeNow: 'YES' },
    },
    { key: 'm1', roles: ['ALLEGED_MALTREATER'], gender: 'MALE' },
  ],
  indicators: [{ childKey: 'c1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' }],
  allegations: [
    {
      key: 'a1',
      childKey: 'c1',
      maltreaterKeys: ['m1'],
      maltreatmentType: 'SEXUAL_ABUSE',
      descriptors: ['SEX_TRAFFICKING'],
      maltreaterRelationship: 'NON_CAREGIVER',
    },
  ],
  relationships: [{ fromKey: 'm1', toKey: 'c1', type: 'RELATIVE_OF' }],
  identifiers: [{ key: 'i1', personKey: 'm1', kind: 'PHONE', value: '(414) 555-0199', platform: null }],
};

/** An admin creates the person; the person chooses a password with the setup link and is signed in. */
async function staff(admin: Auth, role: 'ACCESS_WORKER' | 'SUPERVISOR', key: string): Promise<Auth> {
  const body = {
    email: `${key}.${process.pid}@county.wi.gov`,
    name: `Contract ${role}`,
    role,
    countyCode: '55079',
    sexTraffickingTrainingCompletedOn: '2017-09-01',
  };
  const call: Call = { method: 'POST', url: '/api/users', headers: { ...admin, 'Idempotency-Key': key }, body };
  const created = await expectStatus(call, 201);
  const replayed = await expectStatus(call, 201);
  expect(replayed.id).toBe(created.id); // the replay creates nothing, and its new link replaces the first
  const signedIn = await expectStatus(
    {
      method: 'POST',
      url: '/api/auth/setup',
      body: { token: replayed.setup.token, password: 'a long enough password' },
    },
    200,
  );
  return bearer(signedIn.token);
}

// One long sequential workflow (every operation, issue 14's episodes too): 90 s, as on a busy machine it
// outgrows the default 30 s.
it('runs the whole workflow of the contract, every request and answer as the document says', async () => {
  await expectStatus({ method: 'GET', url: '/api/health' }, 200);
  await expectStatus({ method: 'GET', url: '/api/auth/me' }, 401);
  const adminUser = await buildUser(ctx.prisma, { role: 'ADMIN' });
  const login = { method: 'POST', url: '/api/auth/login' } as const;
  await expectStatus({ ...login, body: { email: adminUser.email, password: 'not the password' } }, 401);
  const admin = bearer(
    (await expectStatus({ ...login, body: { email: adminUser.email, password: TEST_PASSWORD } }, 200)).token,
  );
  await expectStatus({ method: 'GET', url: '/api/auth/me', headers: admin }, 200);
  await expectStatus({ method: 'GET', url: '/api/reference/counties', headers: admin }, 200);
  await expectStatus({ method: 'GET', url: '/api/reference/codes', headers: admin }, 200);

  const worker = await staff(admin, 'ACCESS_WORKER', 'contract-worker');
  const supervisor = await staff(admin, 'SUPERVISOR', 'contract-supervisor');
  const users = await expectStatus(
    { method: 'GET', url: '/api/users', query: { page: '1', pageSize: '50' }, headers: admin },
    200,
  );
  const someone = users.items.find((u) => u.role === 'ACCESS_WORKER');
  await expectStatus(
    { method: 'PATCH', url: `/api/users/${someone?.id}`, headers: admin, body: { name: 'Renamed' } },
    200,
  );
  await expectStatus(
    {
      method: 'POST',
      url: '/api/users',
      headers: admin,
      body: { email: 'x@y.gov', name: 'X', role: 'ADMIN', password: 'set-by-admin' },
      breaksContract: true,
    },
    400,
  );

  // The calendar the LE-12H clock reads.
  await expectStatus({ method: 'GET', url: '/api/calendar/holidays', query: { year: '2018' }, headers: worker }, 200);
  const holiday = {
    method: 'POST',
    url: '/api/calendar/holidays',
    headers: admin,
    body: { date: '2099-12-30', name: 'Contract day' },
  } as const;
  await expectStatus(holiday, 201);
  await expectStatus(holiday, 409);
  await expectStatus({ method: 'DELETE', url: '/api/calendar/holidays/2099-12-30', headers: admin }, 204);
  await expectStatus({ method: 'DELETE', url: '/api/calendar/holidays/2099-12-30', headers: admin }, 404);

  // Intake: search first, then the draft, autosaved.
  await expectStatus(
    { method: 'GET', url: '/api/persons/search', query: { lastName: 'Contractchild' }, headers: worker },
    200,
  );
  await expectStatus(
    { method: 'GET', url: '/api/persons/search', query: { lastName: 'Contractchild' }, headers: admin },
    403,
  );
  const create: Call = {
    method: 'POST',
    url: '/api/access-reports',
    headers: { ...worker, 'Idempotency-Key': 'contract-draft-1' },
    body: apiMdDraft,
  };
  const draft = await expectStatus(create, 201);
  expect((await expectStatus(create, 201)).id).toBe(draft.id);
  await expectStatus({ ...create, body: { ...apiMdDraft, narrative: 'Another body' } }, 409);
  await expectStatus(
    { method: 'POST', url: '/api/access-reports', headers: worker, body: { ...apiMdDraft, countyCode: '55025' } },
    403,
  );
  await expectStatus(
    {
      method: 'POST',
      url: '/api/access-reports',
      headers: worker,
      body: { countyCode: 'nowhere' },
      breaksContract: true,
    },
    400,
  );
  await expectStatus(
    {
      method: 'POST',
      url: '/api/access-reports',
      headers: { ...worker, 'Content-Type': 'text/plain' },
      body: 'not json',
      breaksContract: true,
    },
    415,
  );
  const report = `/api/access-reports/${draft.id}`;
  const saved = await expectStatus(
    { method: 'PUT', url: report, headers: worker, body: { ...apiMdDraft, version: draft.version } },
    200,
  );
  await expectStatus(
    { method: 'PUT', url: report, headers: worker, body: { ...apiMdDraft, version: draft.version } },
    409,
  );
  await expectStatus(
    {
      method: 'PUT',
      url: report,
      headers: worker,
      body: { ...apiMdDraft, narrative: 'x'.repeat(1_100_000) },
      breaksContract: true,
    },
    413,
  );
  await expectStatus({ method: 'GET', url: report, headers: worker }, 200);
  await expectStatus(
    { method: 'GET', url: '/api/access-reports/00000000-0000-4000-8000-000000000000', headers: worker },
    404,
  );
  const list = { method: 'GET', url: '/api/access-reports', headers: worker } as const;
  await expectStatus(
    { ...list, query: { status: 'DRAFT', from: '2018-03-01', to: '2018-03-31', page: '1', pageSize: '20' } },
    200,
  );

  // The calls to the police and the tribe, often made during intake.
  const notified = { notifiedAt: '2018-03-02T18:00:00.000Z', method: 'PHONE', contactName: 'Officer Diaz' };
  await expectStatus(
    {
      method: 'POST',
      url: `${report}/law-enforcement-notifications`,
      headers: worker,
      body: { ...notified, agency: 'Milwaukee Police Department' },
    },
    201,
  );
  const tribal = await expectStatus(
    {
      method: 'POST',
      url: `${report}/tribal-notifications`,
      headers: worker,
      body: { ...notified, tribe: 'Menominee Indian Tribe of Wisconsin' },
    },
    201,
  );

  // Submit: a rule refuses screening out a sex trafficking report, then it goes to the supervisor.
  const screenOut = { decision: 'SCREEN_OUT', screenOutReason: 'INSUFFICIENT_INFORMATION', rationale: 'Not enough.' };
  expect(
    (
      await expectStatus(
        {
          method: 'POST',
          url: `${report}/submit`,
          headers: worker,
          body: { version: tribal.version, recommendation: screenOut },
        },
        422,
      )
    ).rule,
  ).toBe('ST-SCREEN-IN');
  const screenIn = { decision: 'SCREEN_IN', responseTime: 'SAME_DAY', rationale: 'Alleged child sex trafficking.' };
  const submitted = await expectStatus(
    {
      method: 'POST',
      url: `${report}/submit`,
      headers: worker,
      body: { version: tribal.version, recommendation: screenIn },
    },
    200,
  );
  await expectStatus(
    { method: 'POST', url: `${report}/submit`, headers: worker, body: { version: submitted.version } },
    409,
  );
  expect(saved.version).toBeLessThan(submitted.version);

  // The supervisor's queue and decision.
  const decision = {
    method: 'POST',
    url: `${report}/screening-decision`,
    body: { version: submitted.version, ...screenIn },
  } as const;
  await expectStatus({ ...decision, headers: worker }, 403);
  await expectStatus({ ...list, headers: supervisor, query: { status: 'AWAITING_SUPERVISOR' } }, 200);
  const decided = await expectStatus({ ...decision, headers: supervisor }, 200);
  expect(decided.status).toBe('SCREENED_IN');
  // After screen-in: the supervisor names the initial assessment worker, who records the first contacts.
  const me = await expectStatus({ method: 'GET', url: '/api/auth/me', headers: worker }, 200);
  const named = await expectStatus(
    {
      method: 'POST',
      url: `${report}/assignment`,
      headers: supervisor,
      body: { version: decided.version, userId: me.id },
    },
    200,
  );
  expect(named.initialAssessmentWorker?.id).toBe(me.id);
  const contacts = { method: 'POST', url: `${report}/contacts`, headers: worker } as const;
  const visit = { personId: decided.persons[0]?.id, kind: 'CHILD_SEEN', at: '2018-03-02T18:00:00.000Z' };
  await expectStatus({ ...contacts, body: { ...visit, outcome: 'ATTEMPTED', note: 'No answer at the door' } }, 201);
  const seen = await expectStatus(
    { ...contacts, body: { ...visit, outcome: 'COMPLETED', at: '2018-03-02T20:00:00.000Z' } },
    201,
  );
  expect(seen.contacts).toHaveLength(2);
  expect(seen.computed).toMatchObject({ responseStatus: 'ON_TIME', responseAttemptStatus: 'ON_TIME' });
  await expectStatus({ ...contacts, body: { ...visit, kind: 'CAREGIVER_SEEN', outcome: 'COMPLETED' } }, 400);
  await expectStatus({ ...contacts, headers: admin, body: { ...visit, outcome: 'COMPLETED' } }, 403);
  const allegation = decided.allegations[0];
  const finding = {
    finding: 'SUBSTANTIATED',
    maltreaterInterviewed: true,
    parentalInvolvement: 'NO',
    rationale: 'Confirmed by police.',
  };
  await expectStatus(
    { method: 'PUT', url: `/api/allegations/${allegation?.id}/finding`, headers: worker, body: finding },
    200,
  );
  // The child's history of involvement, as the next intake about her would read it.
  const history = `/api/persons/${decided.persons[0]?.id}/history`;
  expect(await expectStatus({ method: 'GET', url: history, headers: worker }, 200)).toHaveLength(1);
  await expectStatus({ method: 'GET', url: history, headers: admin }, 403);
  await expectStatus(
    { method: 'GET', url: '/api/persons/00000000-0000-4000-8000-000000000000/history', headers: worker },
    404,
  );
  // A second call about the same child and events: linked, recommended and screened out as a
  // duplicate of the first report, which then lists it (rule DUPLICATE-OF).
  const [firstChild, ...others] = apiMdDraft.persons;
  const second = await expectStatus(
    {
      method: 'POST',
      url: '/api/access-reports',
      headers: worker,
      body: {
        ...apiMdDraft,
        narrative: 'A neighbor called about the same youth.',
        persons: [{ ...firstChild, personId: decided.persons[0]?.id }, ...others],
      },
    },
    201,
  );
  const asDuplicate = {
    decision: 'SCREEN_OUT',
    screenOutReason: 'DUPLICATE_REPORT',
    duplicateOfReportId: decided.id,
    rationale: 'The same events as the first call.',
  };
  const secondUrl = `/api/access-reports/${second.id}`;
  const recommended = await expectStatus(
    {
      method: 'POST',
      url: `${secondUrl}/submit`,
      headers: worker,
      body: { version: second.version, recommendation: asDuplicate },
    },
    200,
  );
  const duplicate = await expectStatus(
    {
      method: 'POST',
      url: `${secondUrl}/screening-decision`,
      headers: supervisor,
      body: { version: recommended.version, ...asDuplicate },
    },
    200,
  );
  expect(duplicate.duplicateOf).toEqual({ id: decided.id, reportNumber: decided.reportNumber });
  const original = await expectStatus({ method: 'GET', url: report, headers: worker }, 200);
  expect(original.duplicates).toEqual([expect.objectContaining({ id: second.id, status: 'SCREENED_OUT' })]);

  await expectStatus({ method: 'GET', url: `${report}/access-log`, headers: supervisor }, 200);
  await expectStatus({ method: 'GET', url: `${report}/access-log`, headers: worker }, 403);
  const matches = await expectStatus({ method: 'GET', url: `${report}/identifier-matches`, headers: worker }, 200);
  expect(matches).toEqual([expect.objectContaining({ identifierKey: 'i1', normalized: '4145550199' })]);
  await expectStatus({ method: 'POST', url: `${report}/printed`, headers: worker }, 204);

  // Hand-overs: a draft handed on by a supervisor (the worker is told), one set aside, one moved away.
  const colleagues = (await expectStatus(
    { method: 'GET', url: '/api/reference/colleagues', headers: worker },
    200,
  )) as unknown as { id: string; role: string }[];
  const supervisorId = colleagues.find((c) => c.role === 'SUPERVISOR')?.id;
  const newDraft = () =>
    expectStatus({ method: 'POST', url: '/api/access-reports', headers: worker, body: { countyCode: '55079' } }, 201);
  const handed = await newDraft();
  const assignment = { method: 'POST', url: `/api/access-reports/${handed.id}/assignment` } as const;
  await expectStatus(
    { ...assignment, headers: supervisor, body: { version: handed.version, userId: supervisorId } },
    200,
  );
  await expectStatus(
    { ...assignment, headers: supervisor, body: { version: handed.version, userId: supervisorId } },
    409,
  );
  const notices = await expectStatus({ method: 'GET', url: '/api/assignment-notices', headers: worker }, 200);
  expect(notices).toHaveLength(2); // the initial assessment after screen-in, and this draft
  const mistake = await newDraft();
  const discarded = await expectStatus(
    {
      method: 'POST',
      url: `/api/access-reports/${mistake.id}/discard`,
      headers: worker,
      body: { version: mistake.version, reason: 'Opened by mistake' },
    },
    200,
  );
  expect(discarded.status).toBe('DISCARDED');
  const moving = await newDraft();
  const transfer = {
    method: 'POST',
    url: `/api/access-reports/${moving.id}/transfer`,
    body: { version: moving.version, countyCode: '55025', reason: 'The child lives in Dane County' },
  } as const;
  await expectStatus({ ...transfer, headers: worker }, 403);
  await expectStatus({ ...transfer, headers: supervisor }, 200);
  await expectStatus({ method: 'GET', url: `/api/access-reports/${moving.id}`, headers: supervisor }, 404);

  // A child missing from care: recorded, reported to the police and NCMEC, located, screened; the
  // screen finds an indicator and opens a new draft (RETURN-SCREEN). Another a new child, left open.
  const episodes = '/api/missing-episodes';
  const missing = await expectStatus(
    {
      method: 'POST',
      url: episodes,
      headers: worker,
      body: {
        personId: decided.persons[0]?.id,
        countyCode: '55079',
        learnedAt: '2018-03-10T02:00:00.000Z',
        lastSeenAt: '2018-03-09T23:00:00.000Z',
        lastSeenLocation: 'Group home',
        circumstances: 'Left after dinner.',
      },
    },
    201,
  );
  await expectStatus(
    {
      method: 'POST',
      url: episodes,
      headers: supervisor,
      body: {
        person: { firstName: 'Tess', lastName: 'Contractchild' },
        countyCode: '55079',
        learnedAt: '2018-03-11T02:00:00.000Z',
      },
    },
    201,
  );
  const episode = `${episodes}/${missing.id}`;
  const reported = await expectStatus(
    {
      method: 'PATCH',
      url: episode,
      headers: worker,
      body: {
        version: missing.version,
        policeReportedAt: '2018-03-10T05:00:00.000Z',
        policeAgency: 'Milwaukee Police Department',
        policeCaseNumber: 'MPD-18-1',
        ncicNumber: 'M123456789',
        ncmecReportedAt: '2018-03-10T20:00:00.000Z',
        ncmecCaseNumber: '1311223',
        locatedAt: '2018-03-12T15:00:00.000Z',
      },
    },
    200,
  );
  expect(reported.status).toBe('LOCATED_AWAITING_SCREEN');
  const screenedEpisode = await expectStatus(
    {
      method: 'PATCH',
      url: episode,
      headers: supervisor,
      body: {
        version: reported.version,
        returnScreening: {
          screenedAt: '2018-03-12T18:00:00.000Z',
          indicators: ['CHILD_REPORTS_SURVIVAL_SEX'],
          notes: 'At the shelter.',
        },
      },
    },
    200,
  );
  expect(screenedEpisode.status).toBe('CLOSED');
  await expectStatus({ method: 'PATCH', url: episode, headers: worker, body: { version: reported.version } }, 409);
  await expectStatus({ method: 'GET', url: episode, headers: worker }, 200);
  const open = await expectStatus({ method: 'GET', url: episodes, query: { open: 'true' }, headers: supervisor }, 200);
  expect(open.total).toBe(1);
  await expectStatus({ method: 'GET', url: episodes, headers: admin }, 403);

  // Statistics and the audit trail.
  const period = { from: '2018-01-01', to: '2018-12-31' };
  for (const who of [supervisor, admin]) {
    await expectStatus({ method: 'GET', url: '/api/reports/sex-trafficking', query: period, headers: who }, 200);
    await expectStatus(
      { method: 'GET', url: '/api/reports/sex-trafficking', query: { ...period, suppress: 'true' }, headers: who },
      200,
    );
    await expectStatus({ method: 'GET', url: '/api/reports/sex-trafficking.csv', query: period, headers: who }, 200);
    await expectStatus({ method: 'GET', url: '/api/reports/compliance', query: period, headers: who }, 200);
  }
  await expectStatus(
    { method: 'GET', url: '/api/reports/compliance', query: { from: '2018-12-31', to: '2018-01-01' }, headers: admin },
    400,
  );
  await expectStatus({ method: 'GET', url: '/api/reports/compliance', query: period, headers: worker }, 403);
  // The federal NCANDS Child File: the finding recorded above falls in this federal fiscal year.
  const [year = 0, month = 0] = chicagoDate(new Date()).split('-').map(Number);
  const fiscalYear = { fiscalYear: String(month >= 10 ? year + 1 : year) };
  const validation = await expectStatus(
    { method: 'GET', url: '/api/reports/ncands-child-file/validation', query: fiscalYear, headers: admin },
    200,
  );
  expect(validation.records).toBeGreaterThan(0);
  await expectStatus(
    { method: 'GET', url: '/api/reports/ncands-child-file.csv', query: fiscalYear, headers: admin },
    200,
  );
  await expectStatus(
    { method: 'GET', url: '/api/reports/ncands-child-file.csv', query: { fiscalYear: '1999' }, headers: admin },
    422,
  );
  await expectStatus(
    { method: 'GET', url: '/api/reports/ncands-child-file.csv', query: { fiscalYear: '99' }, headers: admin },
    400,
  );
  await expectStatus(
    { method: 'GET', url: '/api/reports/ncands-child-file/validation', query: fiscalYear, headers: supervisor },
    403,
  );
  const trail = await expectStatus(
    { method: 'GET', url: '/api/audit-events', query: { reportId: String(draft.id), pageSize: '200' }, headers: admin },
    200,
  );
  expect(trail.total).toBeGreaterThan(5);

  // Passwords and signing out.
  await expectStatus({ method: 'POST', url: `/api/users/${someone?.id}/password-reset`, headers: admin }, 200);
  await expectStatus(
    {
      method: 'POST',
      url: '/api/auth/password',
      headers: supervisor,
      body: { currentPassword: 'a long enough password', newPassword: 'another long password' },
    },
    204,
  );
  await expectStatus({ method: 'POST', url: '/api/auth/logout', headers: supervisor }, 204);
  await expectStatus({ method: 'GET', url: '/api/auth/me', headers: supervisor }, 401);
  for (let i = 0; i < 5; i++)
    await expectStatus({ ...login, body: { email: 'nobody@county.wi.gov', password: 'wrong' } }, 401);
  await expectStatus({ ...login, body: { email: 'nobody@county.wi.gov', password: 'wrong' } }, 429);

  // Every operation of the document was driven to a success at least once.
  const succeeded = new Set([...api.seen].filter((s) => /\s2\d\d$/.test(s)).map((s) => s.replace(/\s\d+$/, '')));
  const documented = operationsOf(api.doc).map((o) => `${o.method.toUpperCase()} ${o.path}`);
  expect(documented.filter((o) => !succeeded.has(o))).toEqual([]);
}, 90_000);
