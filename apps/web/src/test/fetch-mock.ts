// jsdom has no fetch; tests that need one install this mock and say what the server answers.
export type FetchMock = jest.Mock<Promise<Response>, [RequestInfo | URL, RequestInit?]>;

export function installFetchMock(): FetchMock {
  const mock: FetchMock = jest.fn();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
}

export function removeFetchMock(): void {
  delete (globalThis as { fetch?: typeof fetch }).fetch;
}

/** A minimal Response: what http.ts reads (ok, status, text). */
export function jsonResponse(status: number, body?: unknown): Response {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return { ok: status >= 200 && status < 300, status, text: async () => text } as Response;
}

export function requestOf(mock: FetchMock, call = 0): { url: string; init: RequestInit } {
  const args = mock.mock.calls[call];
  if (!args) throw new Error(`fetch was not called ${call + 1} time(s)`);
  return { url: String(args[0]), init: args[1] ?? {} };
}

/** Installs a fresh mock before each test of the file and removes it after; read it through the getter. */
export function useFetchMock(): () => FetchMock {
  let mock: FetchMock;
  beforeEach(() => {
    mock = installFetchMock();
  });
  afterEach(removeFetchMock);
  return () => mock;
}

/** The `user` of docs/http-api.md, as /api/auth/me and /api/auth/login send it. */
export const testUser = {
  id: 'u1',
  email: 'worker@county.example',
  name: 'Dana Worker',
  role: 'ACCESS_WORKER',
  countyCode: '55079',
  active: true,
  sexTraffickingTrainingCompletedOn: null as string | null,
};
