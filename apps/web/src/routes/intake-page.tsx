import { useParams } from 'react-router-dom';
import { SignedIn } from '../features/auth/signed-in';
import { IntakeScreen } from '../features/intake/intake-screen';
import { Alert } from '../ui/alert';
import { usePageTitle } from '../ui/use-page-title';

const refusal = <Alert type="error">Access reports are taken by county access workers and supervisors.</Alert>;

/** /reports/new and /reports/:id/edit: one page, so creating the draft does not remount the form. */
export function IntakePage() {
  const { id } = useParams();
  usePageTitle(id ? 'Access report draft' : 'New access report');
  return (
    <SignedIn roles={['ACCESS_WORKER', 'SUPERVISOR']} refusal={refusal}>
      {(user) => <IntakeScreen user={user} reportId={id ?? null} />}
    </SignedIn>
  );
}
