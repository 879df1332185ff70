import { Link, Navigate } from 'react-router-dom';
import { useSession } from '../features/auth/use-session';
import { MyReports } from '../features/intake/my-reports';
import { Alert } from '../ui/alert';
import { Loading } from '../ui/loading';
import { usePageTitle } from '../ui/use-page-title';

export function MyReportsPage() {
  usePageTitle('My reports');
  const session = useSession();
  if (session.status === 'signed-out') return <Navigate to="/sign-in" replace />;
  if (session.status === 'error') return <Alert type="error">{session.message}</Alert>;
  if (session.status === 'loading') return <Loading />;
  return (
    <>
      <div className="display-flex flex-justify flex-align-center flex-wrap">
        <h1>My reports</h1>
        <Link className="usa-button" to="/reports/new">
          Start a new report
        </Link>
      </div>
      {session.user.role === 'ADMIN' ? (
        <Alert type="info">State administrators see reports in the statewide tables, not case by case.</Alert>
      ) : (
        <MyReports user={session.user} />
      )}
    </>
  );
}
