import fc from 'fast-check';
import { createReport, screenedIn } from './report-bodies';
import { createTestApp, signedIn, type TestContext } from './test-app';

// Property: whatever arrives — any JSON, broken JSON, odd headers, odd query strings — every
// endpoint answers a 4xx in the contract's shape (or a 2xx when it happens to be valid), never a
// 5xx, and a refused request writes nothing.

let ctx: TestContext;
let auth: Record<Role, { Authorization: string }>;
type Role = 'worker' | 'supervisor' | 'admin';
let reportId: string;
let allegationId: string;
let managedUserId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const [w, s, a] = await Promise.all([
    signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' }),
    signedIn(ctx, { role: 'SUPERVISOR', countyCode: '55079' }),
    signedIn(ctx, { role: 'ADMIN' }),
  ]);
  auth = { worker: w.auth, supervisor: s.auth, admin: a.auth };
  reportId = (await createReport(ctx, w.auth)).id;
  allegationId = (await screenedIn(ctx, w.auth, s.auth)).allegations[0].id;
  managedUserId = (await signedIn(ctx)).user.id; // not the worker: a reset, or a change of role or county, ends the user's sessions
}, 60_000);
afterAll(() => ctx.close());

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** A body the endpoint would take but for one date or date-time, and the path of that field. */
type DatedBody = (
  date: string,
  dateTime: string,
) => { body: Record<string, unknown>; field: string; far: 'date' | 'dateTime' };
const endpoints: { method: Method; path: () => string; as: Role; dated?: DatedBody[] }[] = [
  { method: 'post', path: () => '/api/auth/login', as: 'worker' },
  { method: 'post', path: () => '/api/auth/setup', as: 'worker' },
  { method: 'post', path: () => '/api/auth/password', as: 'worker' },
  { method: 'post', path: () => `/api/users/${managedUserId}/password-reset`, as: 'admin' },
  {
    method: 'post',
    path: () => '/api/access-reports',
    as: 'worker',
    dated: [
      (_d, dt) => ({ body: { countyCode: '55079', receivedAt: dt }, field: 'receivedAt', far: 'dateTime' }),
      (d) => ({
        body: { countyCode: '55079', persons: [{ key: 'c1', roles: ['CHILD'], dateOfBirth: d }] },
        field: 'persons.0.dateOfBirth',
        far: 'date',
      }),
    ],
  },
  {
    method: 'put',
    path: () => `/api/access-reports/${reportId}`,
    as: 'worker',
    dated: [
      (_d, dt) => ({ body: { countyCode: '55079', version: 1, receivedAt: dt }, field: 'receivedAt', far: 'dateTime' }),
      (d) => ({
        body: { countyCode: '55079', version: 1, persons: [{ key: 'c1', roles: ['CHILD'], dateOfBirth: d }] },
        field: 'persons.0.dateOfBirth',
        far: 'date',
      }),
    ],
  },
  { method: 'post', path: () => `/api/access-reports/${reportId}/submit`, as: 'worker' },
  { method: 'post', path: () => `/api/access-reports/${reportId}/screening-decision`, as: 'supervisor' },
  {
    method: 'post',
    path: () => `/api/access-reports/${reportId}/law-enforcement-notifications`,
    as: 'worker',
    dated: [
      (_d, dt) => ({
        body: { notifiedAt: dt, method: 'PHONE', agency: 'Milwaukee Police' },
        field: 'notifiedAt',
        far: 'dateTime',
      }),
    ],
  },
  {
    method: 'post',
    path: () => `/api/access-reports/${reportId}/tribal-notifications`,
    as: 'worker',
    dated: [
      (_d, dt) => ({
        body: { notifiedAt: dt, method: 'PHONE', tribe: 'Menominee' },
        field: 'notifiedAt',
        far: 'dateTime',
      }),
    ],
  },
  { method: 'put', path: () => `/api/allegations/${allegationId}/finding`, as: 'worker' },
  {
    method: 'post',
    path: () => '/api/users',
    as: 'admin',
    dated: [
      (d) => ({
        body: { email: 'far.year@x.wi.gov', name: 'Far Year', role: 'ADMIN', sexTraffickingTrainingCompletedOn: d },
        field: 'sexTraffickingTrainingCompletedOn',
        far: 'date',
      }),
    ],
  },
  {
    method: 'patch',
    path: () => `/api/users/${managedUserId}`,
    as: 'admin',
    dated: [
      (d) => ({
        body: { sexTraffickingTrainingCompletedOn: d },
        field: 'sexTraffickingTrainingCompletedOn',
        far: 'date',
      }),
    ],
  },
  {
    method: 'post',
    path: () => '/api/calendar/holidays',
    as: 'admin',
    dated: [(d) => ({ body: { date: d, name: 'Far day' }, field: 'date', far: 'date' })],
  },
];
const queries: { path: string; as: Role }[] = [
  { path: '/api/access-reports', as: 'worker' },
  { path: '/api/persons/search', as: 'worker' },
  { path: '/api/users', as: 'admin' },
  { path: '/api/calendar/holidays', as: 'admin' },
  { path: '/api/audit-events', as: 'admin' },
];

const counts = async () => {
  const [reports, persons, allegations, findings, notes, users, holidays, decisions] = await Promise.all([
    ctx.prisma.accessReport.count(),
    ctx.prisma.person.count(),
    ctx.prisma.allegation.count(),
    ctx.prisma.finding.count(),
    ctx.prisma.lawEnforcementNotification.count(),
    ctx.prisma.user.count(),
    ctx.prisma.holiday.count(),
    ctx.prisma.screeningDecision.count(),
  ]);
  return { reports, persons, allegations, findings, notes, users, holidays, decisions };
};

function expectContractError(status: number, body: unknown) {
  expect(status).toBeLessThan(500);
  if (status >= 400) {
    expect(body).toEqual(
      expect.objectContaining({ statusCode: status, error: expect.any(String), message: expect.any(String) }),
    );
    const issues = (body as { issues?: unknown }).issues;
    if (issues !== undefined)
      expect(issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: expect.any(String), message: expect.any(String) })]),
      );
  }
}

// Unpaired UTF-16 surrogates (JSON.stringify writes them as \\ud800 escapes), and years outside 1900-2100.
const LONE_SURROGATES = ['\ud800', 'Ana\udbff', '\udc00', '\udc00\ud800', 'x\ud83d'];
const FAR_YEARS = ['1899', '2101', '0001', '9999'];
const FAR_DATES = FAR_YEARS.map((y) => `${y}-01-01`);
const FAR_DATE_TIMES = FAR_YEARS.map((y) => `${y}-01-01T12:00:00.000Z`);

// Values shaped like the contract's but wrong: right keys, wrong types, NUL bytes, far dates, huge numbers.
const nasty = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string(),
  fc.constantFrom(
    '\u0000',
    '55079\u0000',
    '9999-99-99',
    '2018-02-30',
    '-1',
    '1e309',
    'NaN',
    '<script>',
    "'; DROP TABLE persons; --",
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  ),
  fc.constantFrom(...LONE_SURROGATES, ...FAR_DATES, ...FAR_DATE_TIMES),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const body = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.dictionary(
    fc.constantFrom(
      'countyCode',
      'receivedAt',
      'version',
      'persons',
      'allegations',
      'indicators',
      'recommendation',
      'decision',
      'notifiedAt',
      'email',
      'password',
      'role',
      'date',
      'name',
      'finding',
      'maltreaterInterviewed',
      'agency',
      'method',
      'token',
      'currentPassword',
      'newPassword',
      'sexTraffickingTrainingCompletedOn',
      'narrative',
    ),
    fc.oneof(
      nasty,
      fc.array(
        fc.dictionary(
          fc.constantFrom(
            'key',
            'childKey',
            'personId',
            'roles',
            'gender',
            'dateOfBirth',
            'maltreaterKeys',
            'descriptors',
          ),
          nasty,
        ),
        { maxLength: 3 },
      ),
    ),
  ),
);

describe.each(endpoints)('$method $path', ({ method, path, as, dated }) => {
  it('never answers 5xx to a generated body, and a refusal writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.option(fc.string({ maxLength: 300 })), async (payload, key) => {
        const before = await counts();
        let request = ctx.http()[method](path()).set(auth[as]);
        if (key !== null) request = request.set('Idempotency-Key', key.replace(/[\r\n]/g, ''));
        const json = JSON.stringify(payload) ?? '';
        const res = await request.set('Content-Type', 'application/json').send(json);
        expectContractError(res.status, res.body);
        if (res.status >= 400) expect(await counts()).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });

  it('answers unpaired surrogates, far years and deep JSON with a 4xx, and writes nothing', async () => {
    const before = await counts();
    const send = (text: string) =>
      ctx
        .http()
        [method](path())
        .set(auth[as])
        .set('Idempotency-Key', `fuzz-${Math.random()}`)
        .set('Content-Type', 'application/json')
        .send(text);
    // A body that would otherwise be fine, with the broken value in each field the endpoint reads.
    const base = {
      countyCode: '55079',
      version: 1,
      email: 'fuzz@x.wi.gov',
      password: 'fuzz-password-1',
      name: 'Fuzz',
      role: 'ADMIN',
      date: '2031-05-05',
      agency: 'MPD',
      tribe: 'Menominee',
      method: 'PHONE',
      finding: 'SUBSTANTIATED',
      maltreaterInterviewed: true,
      rationale: 'why',
      decision: 'SCREEN_OUT',
      screenOutReason: 'NOT_MALTREATMENT',
      notifiedAt: '2018-03-06T17:00:00.000Z',
    };
    for (const broken of LONE_SURROGATES) {
      for (const field of ['name', 'email', 'password', 'agency', 'tribe', 'rationale', 'countyCode']) {
        const res = await send(JSON.stringify({ ...base, [field]: broken }));
        expect(res.status).toBe(400);
        expectContractError(res.status, res.body);
        expect(res.body.issues).toEqual(
          expect.arrayContaining([{ path: field, message: expect.stringMatching(/broken character/) }]),
        );
      }
      const nested = await send(JSON.stringify({ ...base, persons: [{ key: 'c1', lastName: broken }] }));
      expect(nested.status).toBe(400);
      expect(nested.body.issues).toEqual(
        expect.arrayContaining([{ path: 'persons.0.lastName', message: expect.stringMatching(/broken character/) }]),
      );
    }
    for (const y of FAR_YEARS) {
      for (const withDate of dated ?? []) {
        const { body: farBody, field, far } = withDate(`${y}-06-01`, `${y}-06-01T12:00:00.000Z`);
        const res = await send(JSON.stringify(farBody));
        expect(res.status).toBe(400);
        expectContractError(res.status, res.body);
        expect(res.body.issues).toEqual(
          expect.arrayContaining([
            {
              path: field,
              message: far === 'date' ? 'must be a date from 1900 to 2100' : 'must be a date-time from 1900 to 2100',
            },
          ]),
        );
      }
    }
    for (const depth of [33, 1000, 300_000]) {
      const res = await send(`{ "countyCode": "55079", "x": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)} }`);
      expect(res.status).toBe(400);
      expectContractError(res.status, res.body);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers broken JSON and a body over 1 MiB with a 4xx', async () => {
    const broken = await ctx
      .http()
      [method](path())
      .set(auth[as])
      .set('Content-Type', 'application/json')
      .send('{"countyCode": "55079",');
    expectContractError(broken.status, broken.body);
    expect(broken.status).toBeGreaterThanOrEqual(400);
    const huge = await ctx
      .http()
      [method](path())
      .set(auth[as])
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ narrative: 'x'.repeat(1024 * 1024 + 1) }));
    expect(huge.status).toBe(413);
    expectContractError(huge.status, huge.body);
  });
});

// Any value as query text; objects without a prototype have no String() (fast-check makes some).
const asText = (v: unknown): string => {
  try {
    return String(v);
  } catch {
    return JSON.stringify(v) ?? '';
  }
};

describe.each(queries)('GET $path', ({ path, as }) => {
  it('never answers 5xx to a generated query string', async () => {
    const key = fc.constantFrom(
      'page',
      'pageSize',
      'status',
      'from',
      'to',
      'lastName',
      'firstName',
      'dateOfBirth',
      'year',
      'userId',
      'entityId',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(key, fc.oneof(fc.string(), fc.integer().map(String), nasty.map(asText))),
        async (params) => {
          const query = new URLSearchParams(params).toString();
          const res = await ctx.http().get(`${path}?${query}`).set(auth[as]);
          expectContractError(res.status, res.body);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe.each(queries)('GET $path with NUL characters and far years', ({ path, as }) => {
  it('names the parameter with the NUL character (400)', async () => {
    for (const key of [
      'page',
      'status',
      'from',
      'lastName',
      'firstName',
      'dateOfBirth',
      'year',
      'userId',
      'entityId',
    ]) {
      const res = await ctx
        .http()
        .get(`${path}?${key === 'lastName' ? '' : 'lastName=Smith&'}${key}=${encodeURIComponent('a\u0000b')}`)
        .set(auth[as]);
      expect(res.status).toBe(400);
      expectContractError(res.status, res.body);
      expect(res.body.issues).toEqual(
        expect.arrayContaining([{ path: key, message: 'must not contain NUL characters' }]),
      );
    }
  });

  it('answers dates and years outside 1900-2100 with a 4xx', async () => {
    for (const y of FAR_YEARS) {
      for (const query of [`from=${y}-01-01`, `to=${y}-12-31`, `dateOfBirth=${y}-06-01`, `year=${y}`]) {
        const res = await ctx.http().get(`${path}?lastName=Smith&${query}`).set(auth[as]);
        expectContractError(res.status, res.body);
      }
    }
  });
});

it('odd ids in paths are a 4xx, never 500', async () => {
  for (const id of ['x', '%00', '..%2F..%2Fetc', '1'.repeat(500), '00000000-0000-0000-0000-000000000000', 'ｆｕｌｌ']) {
    for (const [method, path, as] of [
      ['get', `/api/access-reports/${id}`, 'worker'],
      ['put', `/api/allegations/${id}/finding`, 'worker'],
      ['patch', `/api/users/${id}`, 'admin'],
      ['delete', `/api/calendar/holidays/${id}`, 'admin'],
    ] as const) {
      const res = await ctx.http()[method](path).set(auth[as]).send({});
      expectContractError(res.status, res.body);
      expect([400, 404, 414]).toContain(res.status); // 414: an id longer than a path parameter may be
    }
  }
});
