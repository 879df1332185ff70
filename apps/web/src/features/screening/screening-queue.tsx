import type { ReportSummary } from '@cps/domain';
import { type ReactNode, useMemo, useState } from 'react';
import type { ApiResource } from '../../api/use-api-resource';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { ClockAnnouncer, type WatchedClock } from './clock-announcer';
import { liveStatus } from './clock-text';
import { childrenNames } from './labels';
import { ListFilters, type ListFilterValues } from './list-filters';
import { OpenClocksTable } from './open-clocks-table';
import { hasOpenClock, mostUrgentFirst } from './queue-order';
import { QueueTable } from './queue-table';
import { RunningClocksTable } from './running-clocks-table';
import { listQueryString, type ReportList } from './screening.api';
import { useNow } from './use-now';
import { useReportList } from './use-report-list';

// Both lists in the server's one order (sort=urgency: present danger, then the earliest due running
// clock, then the earliest received), so a report sits at the same rank in each.
const AWAITING = listQueryString({ status: 'AWAITING_SUPERVISOR', sort: 'urgency' });
const SCREENED_IN = listQueryString({ status: 'SCREENED_IN' });

/**
 * The supervisor's page, two questions and a list each: every clock that runs in the county
 * (openClock=true&sort=urgency, drafts included: a report is findable before it is submitted),
 * and what needs a decision. A report waiting with a running clock is in both, as it answers both.
 */
export function ScreeningQueue() {
  const now = useNow();
  const [filters, setFilters] = useState<ListFilterValues>({ q: '', status: '', mine: false });
  const runningQuery = listQueryString({
    status: filters.status || undefined,
    q: filters.q,
    openClock: 'true',
    sort: 'urgency',
    assignedTo: filters.mine ? 'me' : undefined,
  });
  const { resource: awaiting, refreshError: awaitingStale } = useReportList(AWAITING);
  const { resource: running, refreshError: runningStale } = useReportList(runningQuery);
  const { resource: screenedIn, refreshError: screenedInStale } = useReportList(SCREENED_IN);
  const stale = runningStale ?? awaitingStale ?? screenedInStale;

  const runningItems = running.status === 'success' ? running.data.items : NONE;
  const waiting = awaiting.status === 'success' ? awaiting.data.items : NONE;
  const open = useMemo(
    () =>
      screenedIn.status === 'success'
        ? mostUrgentFirst(
            screenedIn.data.items.filter((r) => hasOpenClock(r, now)),
            now,
          )
        : [],
    [screenedIn, now],
  );
  const clocks = useMemo(
    () => watchedClocks(uniqueReports([...runningItems, ...waiting, ...open]), now),
    [runningItems, waiting, open, now],
  );
  const filtered = filters.q !== '' || filters.status !== '' || filters.mine === true;

  return (
    <>
      <h1>Screening queue</h1>
      <p className="usa-intro">
        Every clock running in your county, drafts included, and the reports waiting for your decision. Times are
        Chicago time.
      </p>
      <ClockAnnouncer clocks={clocks} />
      {stale && (
        <Alert type="warning">The lists could not be refreshed ({stale.message}); they may be out of date.</Alert>
      )}
      <section className="margin-top-4" aria-labelledby="running-heading">
        <h2 id="running-heading">Clocks running in your county{countText(running)}</h2>
        <p>
          Law enforcement not yet notified (LE-12H), the tribe not yet notified (TRIBE-24H), in any status, or a
          screened-in child not yet seen (RESPONSE-TIME): present danger first, then the earliest due.
        </p>
        <ListFilters label="Search the running clocks" value={filters} onChange={setFilters} />
        <ListState
          resource={running}
          emptyText={
            filtered ? 'No report with a running clock matches the search.' : 'No clock is running in your county.'
          }
        >
          <RunningClocksTable reports={runningItems} now={now} />
        </ListState>
      </section>
      <section className="margin-top-5" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting for your decision{countText(awaiting)}</h2>
        <ListState resource={awaiting} emptyText="Nothing is waiting for your decision.">
          <QueueTable reports={waiting} now={now} />
        </ListState>
      </section>
      <section className="margin-top-5" aria-labelledby="open-clocks-heading">
        <h2 id="open-clocks-heading">
          Screened in, clocks still open{screenedIn.status === 'success' ? ` (${open.length})` : ''}
        </h2>
        <p>
          Law enforcement not yet notified (LE-12H), the tribe not yet notified (TRIBE-24H), the child not yet seen
          (RESPONSE-TIME), or findings overdue (IA-60D).
        </p>
        <ListState resource={screenedIn} emptyText="No screened-in report has an open clock." empty={open.length === 0}>
          <OpenClocksTable reports={open} now={now} />
        </ListState>
      </section>
    </>
  );
}

function countText(resource: ApiResource<ReportList>): string {
  return resource.status === 'success' ? ` (${resource.data.total})` : '';
}

type ListStateProps = { resource: ApiResource<ReportList>; emptyText: string; empty?: boolean; children: ReactNode };

function ListState({ resource, emptyText, empty, children }: ListStateProps) {
  if (resource.status === 'error')
    return <Alert type="error">The reports could not be loaded: {resource.error.message}</Alert>;
  if (resource.status !== 'success') return <Loading label="Loading reports…" />;
  const { items, total, complete } = resource.data;
  if (empty ?? items.length === 0) return <p className="usa-prose text-italic">{emptyText}</p>;
  return (
    <>
      {!complete && (
        <Alert type="warning">
          Showing the first {items.length} of {total} reports; the rest could not be loaded in one view.
        </Alert>
      )}
      {children}
    </>
  );
}

const NONE: readonly ReportSummary[] = [];

/** Each report once, where it shows in several lists. */
function uniqueReports(reports: readonly ReportSummary[]): ReportSummary[] {
  return [...new Map(reports.map((r) => [r.id, r])).values()];
}

function watchedClocks(reports: readonly ReportSummary[], now: Date): WatchedClock[] {
  return reports.flatMap((r) => {
    const names = childrenNames(r.children);
    return [
      {
        id: `${r.id}:le`,
        name: `LE-12H referral for ${names}`,
        status: liveStatus(r.computed.lawEnforcementStatus, r.computed.lawEnforcementDueAt, now),
      },
      {
        id: `${r.id}:tribe`,
        name: `TRIBE-24H notice for ${names}`,
        status: liveStatus(r.computed.tribalNotificationStatus, r.computed.tribalNotificationDueAt, now),
      },
      {
        id: `${r.id}:response`,
        name: `RESPONSE-TIME first contact with ${names}`,
        status: liveStatus(r.computed.responseStatus, r.computed.responseDueAt, now),
      },
    ];
  });
}
