import type { AccessReport, Draft, PersonMatch, PersonSearchQuery, Recommendation } from '@cps/domain';
import { ApiError, apiRequest, http, NETWORK_ERROR_STATUS } from '../../api/http';

const REPORTS = '/api/access-reports';
/** A save or submit that hangs this long is treated like a lost connection and retried. */
const REQUEST_TIMEOUT_MS = 20_000;

type Method = 'GET' | 'POST' | 'PUT';

/** A request that gives up after REQUEST_TIMEOUT_MS with the same ApiError as a lost connection. */
async function timed<T>(method: Method, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    return await apiRequest<T>(method, path, { body, headers, signal: controller.signal });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(NETWORK_ERROR_STATUS, 'The server did not answer in time. Check your connection and try again.');
  } finally {
    clearTimeout(timer);
  }
}

/** POST with an Idempotency-Key: a retry after a lost answer returns the first draft, never a second. */
export function createReport(
  draft: Partial<Draft> & { countyCode: string },
  idempotencyKey: string,
): Promise<AccessReport> {
  return timed<AccessReport>('POST', REPORTS, draft, { 'Idempotency-Key': idempotencyKey });
}

export function reportPath(id: string): string {
  return `${REPORTS}/${encodeURIComponent(id)}`;
}

export function getReport(id: string): Promise<AccessReport> {
  return timed<AccessReport>('GET', reportPath(id));
}

export function saveDraft(id: string, draft: Partial<Draft>, version: number): Promise<AccessReport> {
  return timed<AccessReport>('PUT', reportPath(id), { ...draft, version });
}

export function submitReport(
  id: string,
  version: number,
  recommendation: Recommendation | null | undefined,
): Promise<AccessReport> {
  return timed<AccessReport>('POST', `${reportPath(id)}/submit`, { version, recommendation });
}

export function reportListPath(page: number, pageSize: number): string {
  return `${REPORTS}?page=${page}&pageSize=${pageSize}`;
}

export function searchPersons(query: PersonSearchQuery, signal?: AbortSignal): Promise<PersonMatch[]> {
  const params = new URLSearchParams({ lastName: query.lastName });
  if (query.firstName) params.set('firstName', query.firstName);
  if (query.dateOfBirth) params.set('dateOfBirth', query.dateOfBirth);
  return http.get<PersonMatch[]>(`/api/persons/search?${params.toString()}`, signal);
}

export const HOLIDAYS_PATH = '/api/calendar/holidays';
