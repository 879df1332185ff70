import type { ReportPage, ReportSummary, User } from '@cps/domain';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, http } from '../../api/http';
import { Alert } from '../../ui/alert';
import { formatChicago } from '../../ui/chicago-time';
import { Loading } from '../../ui/loading';
import { assignedToText } from '../handover/assigned-to';
import { ListFilters, type ListFilterValues } from '../screening/list-filters';
import { listQueryString } from '../screening/screening.api';
import { reportListPath } from './intake.api';
import { fullName } from './people';
import { lawEnforcementText, nextStep, statusText } from './report-status';
import { useNow } from './use-now';
import './intake.css';

const PAGE_SIZE = 25;

type ListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'success'; page: ReportPage };

function useReportList(page: number, attempt: number, query: string): ListState {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the "Try again" trigger: a new one loads the page again
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    const path = reportListPath(page, PAGE_SIZE) + (query ? `&${query}` : '');
    http.get<ReportPage>(path, controller.signal).then(
      (data) => setState({ status: 'success', page: data }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({
            status: 'error',
            message: error instanceof ApiError ? error.message : 'The reports could not be loaded.',
          });
      },
    );
    return () => controller.abort();
  }, [page, attempt, query]);
  return state;
}

function children(report: ReportSummary): string {
  const names = report.children.map((c) => fullName(c) || 'Name not known');
  return names.length ? names.join(', ') : 'No child recorded yet';
}

function Row({ report, now, user }: { report: ReportSummary; now: number; user: User }) {
  const clock = lawEnforcementText(report, now);
  const draft = report.status === 'DRAFT';
  return (
    <tr>
      <th scope="row" data-label="Received">
        {report.receivedAt ? formatChicago(report.receivedAt) : 'Time not entered'}
      </th>
      <td data-label="Report number" className="text-no-wrap">
        {report.reportNumber}
      </td>
      <td data-label="Children">{children(report)}</td>
      <td data-label="Status">
        <span className={`usa-tag report-status report-status--${report.status.toLowerCase()}`}>
          {statusText(report.status)}
        </span>
        <div className="margin-top-05">{nextStep(report)}</div>
      </td>
      <td data-label="Law enforcement (LE-12H)" className={`report-clock report-clock--${clock.tone}`}>
        {clock.text}
      </td>
      <td data-label="Taken by">{report.createdBy?.id === user.id ? 'You' : (report.createdBy?.name ?? '')}</td>
      <td data-label="Assigned to">{assignedToText(report, user)}</td>
      <td data-label="Open">
        <Link className="usa-link" to={draft ? `/reports/${report.id}/edit` : `/reports/${report.id}`}>
          {draft ? 'Continue the draft' : 'Open the report'}
          <span className="usa-sr-only">
            {' '}
            received {report.receivedAt ? formatChicago(report.receivedAt) : '(time not entered)'}
          </span>
        </Link>
      </td>
    </tr>
  );
}

export function MyReports({ user }: { user: User }) {
  const [page, setPage] = useState(1);
  const [attempt, setAttempt] = useState(0);
  const [filters, setFilters] = useState<ListFilterValues>({ q: '', status: '', mine: true });
  const list = useReportList(
    page,
    attempt,
    listQueryString({ q: filters.q, status: filters.status || undefined, assignedTo: filters.mine ? 'me' : undefined }),
  );
  const now = useNow(30_000);
  const search = (
    <ListFilters
      label="Search the reports"
      value={filters}
      onChange={(value) => {
        setFilters(value);
        setPage(1);
      }}
    />
  );
  const filtered = filters.q !== '' || filters.status !== '';

  if (list.status === 'loading')
    return (
      <>
        {search}
        <Loading label="Loading the reports…" />
      </>
    );
  if (list.status === 'error') {
    return (
      <>
        {search}
        <Alert type="error">{list.message}</Alert>
        <button type="button" className="usa-button margin-top-2" onClick={() => setAttempt((a) => a + 1)}>
          Try again
        </button>
      </>
    );
  }
  const { items, total } = list.page;
  if (total === 0 && filtered) {
    return (
      <>
        {search}
        <p className="usa-prose text-italic" role="status">
          No report matches the search.
        </p>
      </>
    );
  }
  if (total === 0) {
    return (
      <>
        {filters.mine && search}
        <div className="usa-summary-box" role="status">
          <div className="usa-summary-box__body">
            <h2 className="usa-summary-box__heading">No reports yet</h2>
            <p className="usa-summary-box__text">
              Reports you take{filters.mine ? ' or a colleague hands to you' : ''} appear here, with their clocks and
              what each waits for.
            </p>
            <Link className="usa-button margin-top-2" to="/reports/new">
              Start a new report
            </Link>
          </div>
        </div>
      </>
    );
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      {search}
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption className="text-left">
          {total} {total === 1 ? 'report' : 'reports'} {filters.mine ? 'assigned to you' : 'of your county'}, newest
          first
          {pages > 1 ? ` (page ${page} of ${pages})` : ''}. Times are Chicago time.
        </caption>
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Report number</th>
            <th scope="col">Children</th>
            <th scope="col">Status</th>
            <th scope="col">Law enforcement (LE-12H)</th>
            <th scope="col">Taken by</th>
            <th scope="col">Assigned to</th>
            <th scope="col">
              <span className="usa-sr-only">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((report) => (
            <Row key={report.id} report={report} now={now} user={user} />
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label="Pages of reports" className="margin-top-2">
          <ul className="usa-button-group">
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                Newer reports
              </button>
            </li>
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                Older reports
              </button>
            </li>
          </ul>
        </nav>
      )}
    </>
  );
}
