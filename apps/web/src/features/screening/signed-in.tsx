import type { User } from '@cps/domain';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { useSession } from '../auth/use-session';

/** Renders its children with the signed-in user; sends anyone else to the sign-in page. */
export function SignedIn({ children }: { children: (user: User) => ReactNode }) {
  const session = useSession();
  if (session.status === 'signed-out') return <Navigate to="/sign-in" replace />;
  if (session.status === 'error') return <Alert type="error">{session.message}</Alert>;
  if (session.status === 'loading') return <Loading />;
  return <>{children(session.user)}</>;
}
