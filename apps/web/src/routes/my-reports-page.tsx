import { Link } from 'react-router-dom';
import { SignedIn } from '../features/auth/signed-in';
import { AssignmentNotices } from '../features/handover/assignment-notices';
import { MyReports } from '../features/intake/my-reports';
import { Alert } from '../ui/alert';
import { usePageTitle } from '../ui/use-page-title';

export function MyReportsPage() {
  usePageTitle('My reports');
  return (
    <SignedIn>
      {(user) => (
        <>
          <div className="display-flex flex-justify flex-align-center flex-wrap">
            <h1>My reports</h1>
            <Link className="usa-button" to="/reports/new">
              Start a new report
            </Link>
          </div>
          {user.role === 'ADMIN' ? (
            <Alert type="info">State administrators see reports in the statewide tables, not case by case.</Alert>
          ) : (
            <>
              <AssignmentNotices user={user} />
              <MyReports user={user} />
            </>
          )}
        </>
      )}
    </SignedIn>
  );
}
