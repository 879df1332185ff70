import type { AccessLogEntry } from '@cps/domain';
import { useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR_STATUS } from '../../api/http';
import { Alert } from '../../ui/alert';
import { formatChicagoDateTime } from '../../ui/chicago-time';
import { Loading } from '../../ui/loading';
import { actionLabel } from '../admin/audit-words';
import { getAccessLog } from './access-log.api';

type LogState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'success'; entries: AccessLogEntry[] };

/**
 * Who opened the report (a supervisor's view). Loaded when asked for, not with the page: reading
 * the log is itself on the audit trail, and most visits to a report are not about it.
 */
export function AccessLogSection({ reportId }: { reportId: string }) {
  const [state, setState] = useState<LogState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function load() {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'loading' });
    try {
      const entries = await getAccessLog(reportId, current.signal);
      if (!current.signal.aborted) setState({ status: 'success', entries });
    } catch (error) {
      if (current.signal.aborted) return;
      const message =
        error instanceof ApiError && error.status !== NETWORK_ERROR_STATUS
          ? error.message
          : 'We could not reach the server. Check your connection and try again.';
      setState({ status: 'error', message });
    }
  }

  return (
    <>
      <p>
        Everyone who opened or changed this report, and every refused attempt, newest first. Looking at this list is
        recorded too.
      </p>
      {state.status === 'loading' && <Loading label="Loading who opened this report…" />}
      {state.status === 'error' && <Alert type="error">The list could not be loaded: {state.message}</Alert>}
      {state.status === 'success' && <AccessLogTable entries={state.entries} />}
      {/* Always there, so the keyboard focus stays on it while the list loads. */}
      <button
        type="button"
        className="usa-button usa-button--outline margin-top-2"
        aria-disabled={state.status === 'loading' ? true : undefined}
        onClick={() => state.status !== 'loading' && void load()}
      >
        {state.status === 'idle' || state.status === 'loading'
          ? 'Show who opened this report'
          : state.status === 'error'
            ? 'Try again'
            : 'Refresh the list'}
      </button>
    </>
  );
}

function AccessLogTable({ entries }: { entries: AccessLogEntry[] }) {
  if (entries.length === 0) return <p role="status">Nobody has opened this report yet.</p>;
  return (
    <>
      <p role="status">{entries.length === 1 ? '1 entry.' : `${entries.length} entries.`}</p>
      <div
        className="usa-table-container--scrollable"
        tabIndex={0}
        role="region"
        aria-label="Who opened this report, newest first"
      >
        <table className="usa-table usa-table--striped usa-table--compact width-full">
          <caption>Who opened this report, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When (Chicago time)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and two can share an instant; the log is read-only, never reordered
              <tr key={`${entry.at}-${index}`}>
                <th scope="row" className="text-normal text-no-wrap">
                  <time dateTime={entry.at}>{formatChicagoDateTime(entry.at)}</time>
                </th>
                <td>{entry.userName ?? (entry.userId === null ? 'No user' : 'Unknown user')}</td>
                <td>{actionLabel(entry.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
