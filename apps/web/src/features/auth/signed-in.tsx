import type { User } from '@cps/domain';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { useSession } from './use-session';

type Role = User['role'];

// A role list without a refusal would leave other roles a blank page, so the two come together.
type RoleGate = { roles?: never; refusal?: never } | { roles: readonly Role[]; refusal: ReactNode };

export type SignedInProps = RoleGate & { children: (user: User) => ReactNode };

/**
 * The one gate of every page that needs a session: sends signed-out visitors to the sign-in page,
 * shows other roles the page's refusal, and renders its children with the signed-in user.
 */
export function SignedIn({ roles, refusal, children }: SignedInProps) {
  const session = useSession();
  if (session.status === 'signed-out') return <Navigate to="/sign-in" replace />;
  if (session.status === 'error') return <Alert type="error">{session.message}</Alert>;
  if (session.status === 'loading') return <Loading />;
  if (roles && !roles.includes(session.user.role)) return <>{refusal}</>;
  return <>{children(session.user)}</>;
}
