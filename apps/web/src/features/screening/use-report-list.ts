import { useEffect, useState } from 'react';
import { ApiError, NETWORK_ERROR_STATUS } from '../../api/http';
import type { ApiResource } from '../../api/use-api-resource';
import { listReports, type ReportList } from './screening.api';
import { MINUTE_MS } from './use-now';

export type LiveReportList = { resource: ApiResource<ReportList>; refreshError: ApiError | null };

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(NETWORK_ERROR_STATUS, 'Something went wrong. Try again.');
}

/**
 * All reports of a list (`query` as listQueryString gives it), read again every few minutes so that a queue left open all day shows
 * new reports; a failed refresh keeps the list shown and says so. Aborted on unmount.
 */
export function useReportList(query: string, refreshMs = 5 * MINUTE_MS): LiveReportList {
  const [state, setState] = useState<LiveReportList>({ resource: { status: 'loading' }, refreshError: null });
  useEffect(() => {
    const controller = new AbortController();
    const load = (first: boolean) =>
      listReports(query, controller.signal).then(
        (data) => !controller.signal.aborted && setState({ resource: { status: 'success', data }, refreshError: null }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState((current) =>
            first || current.resource.status !== 'success'
              ? { resource: { status: 'error', error: toApiError(error) }, refreshError: null }
              : { ...current, refreshError: toApiError(error) },
          );
        },
      );
    setState({ resource: { status: 'loading' }, refreshError: null });
    void load(true);
    const timer = setInterval(() => void load(false), refreshMs);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [query, refreshMs]);
  return state;
}
