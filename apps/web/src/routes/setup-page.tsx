import { Link, useLocation, useNavigate } from 'react-router-dom';
import { SetupForm } from '../features/auth/setup-form';
import { Alert } from '../ui/alert';
import { usePageTitle } from '../ui/use-page-title';

/**
 * The page a setup link opens: `/setup#token=…`. The token is in the fragment, which the browser
 * never sends to the server nor to another site in a Referer.
 */
export function SetupPage() {
  usePageTitle('Choose your password');
  const navigate = useNavigate();
  const token = new URLSearchParams(useLocation().hash.replace(/^#/, '')).get('token');
  return (
    <div className="grid-row">
      <div className="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
        <h1>Choose your password</h1>
        {token ? (
          <>
            <p className="usa-intro">
              Your administrator gave you this link to choose the password of your CPS Access account.
            </p>
            {/* Replacing this entry in the history drops the used link from it. */}
            <SetupForm token={token} onSignedIn={() => void navigate('/', { replace: true })} />
          </>
        ) : (
          <>
            <Alert type="error">
              This page needs the whole link your administrator gave you. Open the link again, or ask your administrator
              for a new link.
            </Alert>
            <p>
              <Link className="usa-link" to="/sign-in">
                Sign in
              </Link>{' '}
              if you already have a password.
            </p>
          </>
        )}
      </div>
    </div>
  );
}
