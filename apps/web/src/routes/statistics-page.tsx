import { lazy, Suspense } from 'react';
import { Loading } from '../ui/loading';
import { usePageTitle } from '../ui/use-page-title';

// /statistics: the tables, charts and compliance figures load on first visit (their own chunk).
const StatisticsView = lazy(() =>
  import('../features/statistics/statistics-view').then((m) => ({ default: m.StatisticsView })),
);

export function StatisticsPage() {
  usePageTitle('Child sex trafficking statistics');
  return (
    <Suspense fallback={<Loading />}>
      <StatisticsView />
    </Suspense>
  );
}
