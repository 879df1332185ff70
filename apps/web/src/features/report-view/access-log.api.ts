import type { AccessLogEntry } from '@cps/domain';
import { http } from '../../api/http';
import { reportPath } from '../screening/screening.api';

/** Who read or changed the report, refused attempts included, newest first (supervisors of its county). */
export function getAccessLog(reportId: string, signal?: AbortSignal): Promise<AccessLogEntry[]> {
  return http.get<AccessLogEntry[]>(`${reportPath(reportId)}/access-log`, signal);
}
