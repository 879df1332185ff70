import { Navigate, useParams } from 'react-router-dom';
import { useSession } from '../features/auth/use-session';
import { IntakeScreen } from '../features/intake/intake-screen';
import { Alert } from '../ui/alert';
import { Loading } from '../ui/loading';
import { usePageTitle } from '../ui/use-page-title';

/** /reports/new and /reports/:id/edit: one page, so creating the draft does not remount the form. */
export function IntakePage() {
  const { id } = useParams();
  usePageTitle(id ? 'Access report draft' : 'New access report');
  const session = useSession();
  if (session.status === 'signed-out') return <Navigate to="/sign-in" replace />;
  if (session.status === 'error') return <Alert type="error">{session.message}</Alert>;
  if (session.status === 'loading') return <Loading />;
  if (session.user.role === 'ADMIN')
    return <Alert type="error">Access reports are taken by county access workers and supervisors.</Alert>;
  return <IntakeScreen user={session.user} reportId={id ?? null} />;
}
