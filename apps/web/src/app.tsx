import { Outlet, Route, Routes } from 'react-router-dom';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { SignInPage } from './routes/sign-in-page';
import { PageLayout } from './ui/page-layout';

export function App() {
  return (
    <Routes>
      <Route
        element={
          <PageLayout>
            <Outlet />
          </PageLayout>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
