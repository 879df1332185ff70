import { lazy, Suspense } from 'react';
import { Loading } from '../ui/loading';
import { usePageTitle } from '../ui/use-page-title';

// /statistics/annual-report: the printable annual report, in the DCF report's order (its own chunk).
const AnnualReportView = lazy(() =>
  import('../features/annual-report/annual-report-view').then((m) => ({ default: m.AnnualReportView })),
);

export function AnnualReportPage() {
  usePageTitle('Annual report: child sex trafficking');
  return (
    <Suspense fallback={<Loading />}>
      <AnnualReportView />
    </Suspense>
  );
}
