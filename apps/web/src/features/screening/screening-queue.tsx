import type { ReportSummary } from '@cps/domain';
import { type ReactNode, useMemo } from 'react';
import type { ApiResource } from '../../api/use-api-resource';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { ClockAnnouncer, type WatchedClock } from './clock-announcer';
import { liveStatus } from './clock-text';
import { childrenNames } from './labels';
import { OpenClocksTable } from './open-clocks-table';
import { hasOpenClock, mostUrgentFirst } from './queue-order';
import { QueueTable } from './queue-table';
import type { ReportList } from './screening.api';
import { useNow } from './use-now';
import { useReportList } from './use-report-list';

/** The supervisor's page: what needs a decision, and which clocks are running. */
export function ScreeningQueue() {
  const now = useNow();
  const { resource: awaiting, refreshError: awaitingStale } = useReportList('AWAITING_SUPERVISOR');
  const { resource: screenedIn, refreshError: screenedInStale } = useReportList('SCREENED_IN');
  const stale = awaitingStale ?? screenedInStale;

  const waiting = useMemo(
    () => (awaiting.status === 'success' ? mostUrgentFirst(awaiting.data.items, now) : []),
    [awaiting, now],
  );
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
  const clocks = useMemo(() => watchedClocks([...waiting, ...open], now), [waiting, open, now]);

  return (
    <>
      <h1>Screening queue</h1>
      <p className="usa-intro">
        Reports waiting for your decision, and the clocks still running. Times are Chicago time.
      </p>
      <ClockAnnouncer clocks={clocks} />
      {stale && (
        <Alert type="warning">The lists could not be refreshed ({stale.message}); they may be out of date.</Alert>
      )}
      <section className="margin-top-4" aria-labelledby="waiting-heading">
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
          Law enforcement not yet notified (LE-12H), the tribe not yet notified (TRIBE-24H), or findings overdue
          (IA-60D).
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
    ];
  });
}
