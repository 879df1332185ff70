import type { AccessReport, AssignmentNotice, Colleague } from '@cps/domain';
import { http } from '../../api/http';
import { reportPath } from '../screening/screening.api';

// Hand a report on, discard a draft, transfer a report (docs/http-api.md, "Hand-overs").

export const COLLEAGUES_PATH = '/api/reference/colleagues';
export const NOTICES_PATH = '/api/assignment-notices';

export function assignReport(id: string, version: number, userId: string): Promise<AccessReport> {
  return http.post<AccessReport>(`${reportPath(id)}/assignment`, { version, userId });
}

export function discardReport(id: string, version: number, reason: string): Promise<AccessReport> {
  return http.post<AccessReport>(`${reportPath(id)}/discard`, { version, reason });
}

export function transferReport(id: string, version: number, countyCode: string, reason: string): Promise<AccessReport> {
  return http.post<AccessReport>(`${reportPath(id)}/transfer`, { version, countyCode, reason });
}

export function getColleagues(signal?: AbortSignal): Promise<Colleague[]> {
  return http.get<Colleague[]>(COLLEAGUES_PATH, signal);
}

export function getAssignmentNotices(signal?: AbortSignal): Promise<AssignmentNotice[]> {
  return http.get<AssignmentNotice[]>(NOTICES_PATH, signal);
}
