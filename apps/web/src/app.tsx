import { Outlet, Route, Routes } from 'react-router-dom';
import { SessionNav } from './features/auth/session-nav';
import { AdminRoutes } from './routes/admin-routes';
import { AnnualReportPage } from './routes/annual-report-page';
import { ChangePasswordPage } from './routes/change-password-page';
import { HomePage } from './routes/home-page';
import { LazyIntakePage, LazyMyReportsPage } from './routes/intake-routes';
import { NotFoundPage } from './routes/not-found-page';
import { LazyQueuePage, LazyReportPage } from './routes/screening-routes';
import { SetupPage } from './routes/setup-page';
import { SignInPage } from './routes/sign-in-page';
import { StatisticsPage } from './routes/statistics-page';
import { PageLayout } from './ui/page-layout';

export function App() {
  return (
    <Routes>
      <Route
        element={
          <PageLayout nav={<SessionNav />}>
            <Outlet />
          </PageLayout>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="setup" element={<SetupPage />} />
        <Route path="account/password" element={<ChangePasswordPage />} />
        <Route path="queue" element={<LazyQueuePage />} />
        <Route path="reports" element={<LazyMyReportsPage />} />
        <Route path="reports/new" element={<LazyIntakePage />} />
        <Route path="reports/:id/edit" element={<LazyIntakePage />} />
        <Route path="reports/:id" element={<LazyReportPage />} />
        <Route path="admin/*" element={<AdminRoutes />} />
        <Route path="statistics" element={<StatisticsPage />} />
        <Route path="statistics/annual-report" element={<AnnualReportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
