import {
  type AccessReport,
  type ComputeInput,
  computeReport,
  type DraftInput,
  type PersonMatch,
  type User,
} from '@cps/domain';
import { type FetchMock, jsonResponse, testUser } from '../../../test/fetch-mock';

// A small stateful stand-in for the API of docs/http-api.md, for the intake's component tests: it keeps
// one report per id, bumps `version` on each change and answers 409 to a stale version, like
// the real one. Each test can override any answer with `answer`.

export const trainedWorker: User = {
  ...testUser,
  role: 'ACCESS_WORKER',
  name: 'Alex Rivera',
  sexTraffickingTrainingCompletedOn: '2018-01-15',
};

type Answer = [number, unknown?] | undefined;
type Handler = (body: unknown, url: URL) => Answer | Promise<Answer>;

let ids = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

export function reportFrom(
  id: string,
  version: number,
  draft: DraftInput,
  status: AccessReport['status'] = 'DRAFT',
): AccessReport {
  const persons = (draft.persons ?? []).map((p) => ({ ...p, id: p.personId ?? uuid(), personId: undefined }));
  const document = { ...draft, persons: persons.map((p) => ({ ...p, personId: p.id })) };
  return {
    id,
    // Numbered as the API would, from the fake's own sequence (r1 → …-00001); it never changes.
    reportNumber: `2026-079-${(id.replace(/\D/g, '') || '0').padStart(5, '0')}`,
    ...document,
    status,
    version,
    createdBy: { id: trainedWorker.id, name: trainedWorker.name },
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    submittedAt: null,
    screening: { recommendation: null, decision: null },
    lawEnforcementNotifications: [],
    tribalNotifications: [],
    computed: computeReport({ ...(document as unknown as ComputeInput), status }, { holidays: [], now: new Date() }),
    // The draft as the test sent it, parts left out staying out: looser than the API, so the form
    // is also tried on reports that lack a part (its local copy of an older draft can).
  } as unknown as AccessReport;
}

export type Request = { method: string; path: string; body: unknown; headers: Record<string, string> };

export function fakeIntakeApi(mock: FetchMock, options: { matches?: PersonMatch[] } = {}) {
  const reports = new Map<string, AccessReport>();
  const requests: Request[] = [];
  const overrides: { method: string; path: RegExp; handler: Handler; once: boolean }[] = [];

  const store = (report: AccessReport) => {
    reports.set(report.id, report);
    return report;
  };

  const routes: {
    method: string;
    path: RegExp;
    handle: (m: RegExpMatchArray, body: unknown, url: URL) => [number, unknown?];
  }[] = [
    { method: 'GET', path: /^\/api\/auth\/me$/, handle: () => [200, trainedWorker] },
    { method: 'POST', path: /^\/api\/auth\/logout$/, handle: () => [204] },
    {
      method: 'GET',
      path: /^\/api\/reference\/counties$/,
      handle: () => [200, [{ code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' }]],
    },
    { method: 'GET', path: /^\/api\/calendar\/holidays$/, handle: () => [200, []] },
    { method: 'GET', path: /^\/api\/persons\/search$/, handle: () => [200, options.matches ?? []] },
    {
      method: 'POST',
      path: /^\/api\/access-reports$/,
      handle: (_m, body) => [201, store(reportFrom(`r${reports.size + 1}`, 1, body as DraftInput))],
    },
    {
      method: 'GET',
      path: /^\/api\/access-reports\/([^/]+)$/,
      handle: (m) =>
        reports.has(m[1]!)
          ? [200, reports.get(m[1]!)]
          : [404, { statusCode: 404, error: 'Not Found', message: 'Report not found' }],
    },
    {
      method: 'PUT',
      path: /^\/api\/access-reports\/([^/]+)$/,
      handle: (m, body) => {
        const current = reports.get(m[1]!)!;
        const { version, ...draft } = body as DraftInput & { version: number };
        if (current.status !== 'DRAFT')
          return [
            409,
            { statusCode: 409, error: 'Conflict', message: 'The report was submitted and can no longer be edited' },
          ];
        if (version !== current.version)
          return [
            409,
            {
              statusCode: 409,
              error: 'Conflict',
              message: `The report changed since you read it: version ${current.version} is current.`,
            },
          ];
        return [200, store(reportFrom(current.id, current.version + 1, draft))];
      },
    },
    {
      method: 'POST',
      path: /^\/api\/access-reports\/([^/]+)\/law-enforcement-notifications$/,
      handle: (m, body) => {
        const current = reports.get(m[1]!)!;
        const notification = {
          id: uuid(),
          ...(body as { notifiedAt: string; agency: string; method: string; contactName: string | null }),
          recordedBy: { id: trainedWorker.id, name: trainedWorker.name },
          recordedAt: new Date().toISOString(),
        };
        return [
          201,
          store({
            ...current,
            version: current.version + 1,
            lawEnforcementNotifications: [...current.lawEnforcementNotifications, notification],
            computed: { ...current.computed, lawEnforcementStatus: 'ON_TIME' },
          } as AccessReport),
        ];
      },
    },
    {
      method: 'POST',
      path: /^\/api\/access-reports\/([^/]+)\/submit$/,
      handle: (m, body) => {
        const current = reports.get(m[1]!)!;
        const { version } = body as { version: number };
        if (current.status !== 'DRAFT' || version !== current.version)
          return [
            409,
            { statusCode: 409, error: 'Conflict', message: 'The report was submitted and can no longer be edited' },
          ];
        return [200, store({ ...current, status: 'AWAITING_SUPERVISOR', version: current.version + 1 })];
      },
    },
  ];

  mock.mockImplementation(async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({
      method,
      path: url.pathname + url.search,
      body,
      headers: (init?.headers ?? {}) as Record<string, string>,
    });
    const override = overrides.find((o) => o.method === method && o.path.test(url.pathname));
    if (override) {
      if (override.once) overrides.splice(overrides.indexOf(override), 1);
      const answer = await override.handler(body, url);
      if (answer === undefined) throw new TypeError('Failed to fetch');
      return jsonResponse(answer[0], answer[1]);
    }
    for (const route of routes) {
      const match = route.method === method ? url.pathname.match(route.path) : null;
      if (match) {
        const [status, answerBody] = route.handle(match, body, url);
        return jsonResponse(status, answerBody);
      }
    }
    throw new Error(`unexpected request ${method} ${url.pathname}`);
  });

  return {
    requests,
    reports,
    /** Saves a report as if another tab or worker had. */
    put: (report: AccessReport) => store(report),
    /** The next (or every) matching request gets this answer; `undefined` means the network failed. */
    answer(method: string, path: RegExp, handler: Handler, once = true) {
      overrides.push({ method, path, handler, once });
    },
    sent: (method: string, path: RegExp) =>
      requests.filter((r) => r.method === method && path.test(r.path.split('?')[0]!)),
  };
}
