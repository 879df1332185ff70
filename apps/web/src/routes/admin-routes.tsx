import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Loading } from '../ui/loading';
import { NotFoundPage } from './not-found-page';

// The state administrator's pages, loaded on first visit: most people never open them.
const AdminUsersPage = lazy(() => import('./admin-users-page').then((m) => ({ default: m.AdminUsersPage })));
const AdminHolidaysPage = lazy(() => import('./admin-holidays-page').then((m) => ({ default: m.AdminHolidaysPage })));
const AdminAuditPage = lazy(() => import('./admin-audit-page').then((m) => ({ default: m.AdminAuditPage })));

/** Everything under /admin/ (mounted in app.tsx as `admin/*`). */
export function AdminRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<Navigate to="users" replace />} />
        <Route path="users" element={<AdminUsersPage />} />
        <Route path="holidays" element={<AdminHolidaysPage />} />
        <Route path="audit" element={<AdminAuditPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
