import { Navigate } from 'react-router-dom';
import { ChangePasswordForm } from '../features/auth/change-password-form';
import { useSession } from '../features/auth/use-session';
import { Alert } from '../ui/alert';
import { Loading } from '../ui/loading';
import { usePageTitle } from '../ui/use-page-title';

export function ChangePasswordPage() {
  usePageTitle('Change password');
  const session = useSession();
  if (session.status === 'signed-out') return <Navigate to="/sign-in" replace />;
  if (session.status === 'error') return <Alert type="error">{session.message}</Alert>;
  if (session.status === 'loading') return <Loading />;
  return (
    <div className="grid-row">
      <div className="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
        <h1>Change password</h1>
        <p className="usa-intro">
          For {session.user.email}. Changing it signs you out everywhere else; you stay signed in here.
        </p>
        <ChangePasswordForm />
      </div>
    </div>
  );
}
