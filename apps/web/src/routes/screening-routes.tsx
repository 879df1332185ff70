import { lazy, Suspense } from 'react';
import { Loading } from '../ui/loading';

// The supervisor's pages load on first visit, keeping them out of the initial download.
const QueuePage = lazy(() => import('./queue-page').then((m) => ({ default: m.QueuePage })));
const ReportPage = lazy(() => import('./report-page').then((m) => ({ default: m.ReportPage })));

export function LazyQueuePage() {
  return (
    <Suspense fallback={<Loading />}>
      <QueuePage />
    </Suspense>
  );
}

export function LazyReportPage() {
  return (
    <Suspense fallback={<Loading />}>
      <ReportPage />
    </Suspense>
  );
}
