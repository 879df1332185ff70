import type { AccessReport } from '@cps/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR_STATUS } from '../../api/http';
import { getReport } from '../screening/screening.api';

export type ReportState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'success'; report: AccessReport };

export type ReportHandle = {
  state: ReportState;
  /** Reads the report again; the page keeps showing the current one meanwhile. */
  reload: () => Promise<AccessReport | null>;
  /** Takes a report the API answered with (a decision, a notification). */
  replace: (report: AccessReport) => void;
};

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(NETWORK_ERROR_STATUS, 'Something went wrong. Try again.');
}

export function useReport(id: string): ReportHandle {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    const controller = new AbortController();
    setState({ status: 'loading' });
    getReport(id, controller.signal).then(
      (report) => !controller.signal.aborted && setState({ status: 'success', report }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error: toApiError(error) }),
    );
    return () => {
      alive.current = false;
      controller.abort();
    };
  }, [id]);

  const reload = useCallback(async () => {
    try {
      const report = await getReport(id);
      if (alive.current) setState({ status: 'success', report });
      return report;
    } catch (error) {
      if (alive.current) setState({ status: 'error', error: toApiError(error) });
      return null;
    }
  }, [id]);

  const replace = useCallback((report: AccessReport) => setState({ status: 'success', report }), []);

  return { state, reload, replace };
}
