import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Loading } from '../ui/loading';
import { NotFoundPage } from './not-found-page';

// The missing-from-care pages load on first visit, keeping them out of the initial download.
const pages = () => import('./missing-pages');
const MissingListPage = lazy(() => pages().then((m) => ({ default: m.MissingListPage })));
const RecordMissingPage = lazy(() => pages().then((m) => ({ default: m.RecordMissingPage })));
const EpisodePage = lazy(() => pages().then((m) => ({ default: m.EpisodePage })));

export function MissingRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<MissingListPage />} />
        <Route path="new" element={<RecordMissingPage />} />
        <Route path=":id" element={<EpisodePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
