export type ApiIssue = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly issues: ApiIssue[];
  readonly rule: string | undefined;

  constructor(status: number, message: string, issues: ApiIssue[] = [], rule?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
    this.rule = rule;
  }
}

/** Status used when the request never got an HTTP answer (offline, proxy down). */
export const NETWORK_ERROR_STATUS = 0;
const NETWORK_ERROR_MESSAGE = 'We could not reach the server. Check your connection and try again.';

type RequestOptions = { body?: unknown; signal?: AbortSignal; headers?: Record<string, string> };

const fallbackMessages: Record<number, string> = {
  401: 'You are not signed in.',
  403: 'You do not have access to this.',
  404: 'We could not find what you asked for.',
  429: 'Too many attempts. Wait a few minutes and try again.',
};

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  { body, signal, headers: extraHeaders }: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    // An abort is the caller's decision, not a failure to report.
    if (signal?.aborted) throw error;
    throw new ApiError(NETWORK_ERROR_STATUS, NETWORK_ERROR_MESSAGE);
  }

  const data = await readJson(response);
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

export const http = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown, signal?: AbortSignal) => apiRequest<T>('POST', path, { body, signal }),
};

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy or gateway may answer with HTML; the status still tells the story.
    return undefined;
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const body = isRecord(data) ? data : {};
  const message =
    typeof body.message === 'string' && body.message.trim() !== ''
      ? body.message
      : (fallbackMessages[status] ?? `Something went wrong (error ${status}). Try again.`);
  const issues = Array.isArray(body.issues) ? body.issues.filter(isIssue) : [];
  const rule = typeof body.rule === 'string' ? body.rule : undefined;
  return new ApiError(status, message, issues, rule);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIssue(value: unknown): value is ApiIssue {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}
