import { http } from '../../api/http';

/** Puts a print of the report on its trail (report.printed); the report itself does not change. */
export function recordPrinted(reportId: string): Promise<void> {
  return http.post<void>(`/api/access-reports/${encodeURIComponent(reportId)}/printed`);
}
