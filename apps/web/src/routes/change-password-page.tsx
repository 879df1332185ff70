import { ChangePasswordForm } from '../features/auth/change-password-form';
import { SignedIn } from '../features/auth/signed-in';
import { usePageTitle } from '../ui/use-page-title';

export function ChangePasswordPage() {
  usePageTitle('Change password');
  return (
    <SignedIn>
      {(user) => (
        <div className="grid-row">
          <div className="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
            <h1>Change password</h1>
            <p className="usa-intro">
              For {user.email}. Changing it signs you out everywhere else; you stay signed in here.
            </p>
            <ChangePasswordForm />
          </div>
        </div>
      )}
    </SignedIn>
  );
}
