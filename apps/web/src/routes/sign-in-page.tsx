import { useNavigate } from 'react-router-dom';
import { SignInForm } from '../features/auth/sign-in-form';
import { usePageTitle } from '../ui/use-page-title';

export function SignInPage() {
  usePageTitle('Sign in');
  const navigate = useNavigate();
  return (
    <div className="grid-row">
      <div className="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
        <h1>Sign in</h1>
        <p className="usa-intro">Use your CPS Access account.</p>
        <SignInForm onSignedIn={() => navigate('/', { replace: true })} />
      </div>
    </div>
  );
}
