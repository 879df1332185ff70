import type { IdentifierMatch } from '@cps/domain';
import { http } from '../../api/http';

export function identifierMatchesPath(reportId: string): string {
  return `/api/access-reports/${encodeURIComponent(reportId)}/identifier-matches`;
}

export function getIdentifierMatches(reportId: string, signal?: AbortSignal): Promise<IdentifierMatch[]> {
  return http.get<IdentifierMatch[]>(identifierMatchesPath(reportId), signal);
}
