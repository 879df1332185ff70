import type { County, User } from '@cps/domain';
import { Link } from 'react-router-dom';
import { roleLabel } from '../features/auth/role-label';
import { SignedIn } from '../features/auth/signed-in';
import { useCounties } from '../features/reference/use-counties';
import { Alert } from '../ui/alert';
import { Loading } from '../ui/loading';
import { usePageTitle } from '../ui/use-page-title';

export function HomePage() {
  usePageTitle('Home');
  return <SignedIn>{(user) => <Home user={user} />}</SignedIn>;
}

function Home({ user }: { user: User }) {
  const counties = useCounties();
  if (counties.status === 'loading') return <Loading />;

  const countyList = counties.status === 'success' ? counties.data : null;

  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <ul className="usa-list usa-list--unstyled margin-bottom-3">
        <li>
          <strong>Role:</strong> {roleLabel(user.role)}
        </li>
        <li>
          <strong>County:</strong> {countyText(user, countyList)}
        </li>
      </ul>
      {counties.status === 'error' && (
        <Alert type="warning">County names could not be loaded: {counties.error.message}</Alert>
      )}
      {user.role === 'SUPERVISOR' && (
        <section className="margin-y-3" aria-labelledby="queue-heading">
          <h2 id="queue-heading">Your screening queue</h2>
          <p>Reports waiting for your decision, and the law enforcement, tribal and assessment clocks still running.</p>
          <Link className="usa-button" to="/queue">
            Open the screening queue
          </Link>
        </section>
      )}
      {user.role === 'ADMIN' ? (
        <section className="margin-y-3" aria-labelledby="admin-heading">
          <h2 id="admin-heading">What you can do here</h2>
          <p>A state administrator sees no case records: the statistics, the accounts and the trail are yours.</p>
          <ul className="usa-list">
            <li>
              <Link className="usa-link" to="/statistics">
                Statistics
              </Link>{' '}
              — the DCF child sex trafficking tables and the clocks for any period, statewide or by county, as CSV or
              printed; and the federal NCANDS Child File for a fiscal year, checked before you download it.
            </li>
            <li>
              <Link className="usa-link" to="/admin/users">
                Users
              </Link>{' '}
              — add access workers, supervisors and administrators, give them a setup link, change roles and counties,
              reset a password or close an account.
            </li>
            <li>
              <Link className="usa-link" to="/admin/holidays">
                Holidays
              </Link>{' '}
              — the legal holidays the law enforcement and response clocks skip.
            </li>
            <li>
              <Link className="usa-link" to="/admin/audit">
                Audit log
              </Link>{' '}
              — who read or changed which record, and every refused attempt.
            </li>
          </ul>
        </section>
      ) : (
        <section className="margin-y-3" aria-labelledby="intake-heading">
          <h2 id="intake-heading">Access reports</h2>
          <p>Taking a call? Start the report now: it is saved as you type.</p>
          <Link className="usa-button usa-button--big" to="/reports/new">
            Start a new report
          </Link>
          <p>
            <Link className="usa-link" to="/reports">
              My reports
            </Link>{' '}
            — drafts to finish, and what each report waits for.
          </p>
        </section>
      )}
    </>
  );
}

function countyText(user: User, counties: County[] | null): string {
  if (user.countyCode === null) return 'Statewide (no county assigned)';
  const county = counties?.find((candidate) => candidate.code === user.countyCode);
  return county ? `${county.name} County` : `County code ${user.countyCode}`;
}
