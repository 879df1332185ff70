import type {
  AccessReport,
  FindingInput,
  NotificationMethod,
  ReportAllegation,
  ReportListSort,
  ReportPage,
  ReportStatus,
  ReportSummary,
  Screening,
} from '@cps/domain';
import { apiRequest, http } from '../../api/http';

export const REPORTS_PATH = '/api/access-reports';
const PAGE_SIZE = 200; // the API's maximum
/** A county's open work fits easily; beyond this the page says the list is cut short. */
export const MAX_PAGES = 10;

export const reportPath = (id: string) => `${REPORTS_PATH}/${encodeURIComponent(id)}`;

export function getReport(id: string, signal?: AbortSignal): Promise<AccessReport> {
  return http.get<AccessReport>(reportPath(id), signal);
}

export type ReportList = { items: ReportSummary[]; total: number; complete: boolean };

/** The filters of GET /api/access-reports (docs/http-api.md, "Listing reports"), as the query sends them. */
export type ReportListQuery = {
  status?: ReportStatus;
  q?: string;
  openClock?: 'true';
  sort?: ReportListSort;
  /** Only the reports the caller is answerable for. */
  assignedTo?: 'me';
};

/** `status=…&q=…` in a fixed order, left-out and empty filters dropped: also a stable key for a list. */
export function listQueryString(query: ReportListQuery): string {
  const entries = (['status', 'q', 'openClock', 'sort', 'assignedTo'] as const).flatMap((name) => {
    const value = query[name]?.trim();
    return value ? [[name, value] as [string, string]] : [];
  });
  return new URLSearchParams(entries).toString();
}

/** Every report of a list (page after page): the queue shows each list whole, in the order served. */
export async function listReports(query: string, signal?: AbortSignal): Promise<ReportList> {
  const items: ReportSummary[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const paging = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    const answer = await http.get<ReportPage>(`${REPORTS_PATH}?${query ? `${query}&` : ''}${paging}`, signal);
    items.push(...answer.items);
    total = answer.total;
    if (items.length >= total || answer.items.length < PAGE_SIZE) break;
  }
  return { items, total, complete: items.length >= total };
}

export type DecisionRequest = Screening & { version: number };

export function recordDecision(id: string, body: DecisionRequest): Promise<AccessReport> {
  return http.post<AccessReport>(`${reportPath(id)}/screening-decision`, body);
}

type NotificationBase = { notifiedAt: string; method: NotificationMethod; contactName?: string | null };
export type LawEnforcementNotificationRequest = NotificationBase & { agency: string };
export type TribalNotificationRequest = NotificationBase & { tribe: string };

/**
 * A notification is a POST that creates: the key makes a repeat of the same submission (a retry
 * after a lost answer) record it once.
 */
export function recordLawEnforcementNotification(
  id: string,
  body: LawEnforcementNotificationRequest,
  idempotencyKey: string,
): Promise<AccessReport> {
  return apiRequest<AccessReport>('POST', `${reportPath(id)}/law-enforcement-notifications`, {
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function recordTribalNotification(
  id: string,
  body: TribalNotificationRequest,
  idempotencyKey: string,
): Promise<AccessReport> {
  return apiRequest<AccessReport>('POST', `${reportPath(id)}/tribal-notifications`, {
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** A random key; crypto.randomUUID needs HTTPS, which agencies' internal networks may not have. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** PUT answers with the allegation alone; the caller reloads the report for its clocks. */
export function recordFinding(allegationId: string, body: FindingInput): Promise<ReportAllegation> {
  return apiRequest<ReportAllegation>('PUT', `/api/allegations/${encodeURIComponent(allegationId)}/finding`, { body });
}
