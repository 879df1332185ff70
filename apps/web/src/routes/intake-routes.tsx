import { lazy, Suspense } from 'react';
import { Loading } from '../ui/loading';

// The intake pages load on first visit, keeping the form out of the initial download.
const IntakePage = lazy(() => import('./intake-page').then((m) => ({ default: m.IntakePage })));
const MyReportsPage = lazy(() => import('./my-reports-page').then((m) => ({ default: m.MyReportsPage })));

/** /reports/new and /reports/:id/edit both render this one element, so creating the draft keeps the form mounted. */
export function LazyIntakePage() {
  return (
    <Suspense fallback={<Loading />}>
      <IntakePage />
    </Suspense>
  );
}

export function LazyMyReportsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <MyReportsPage />
    </Suspense>
  );
}
