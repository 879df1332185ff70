import type { User } from '@cps/domain';
import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { usePageTitle } from '../../ui/use-page-title';
import { useSession } from '../auth/use-session';

type AdminOnlyProps = { title: string; children: (admin: User) => ReactNode };

/** Names the page, sends signed-out visitors to sign in and shows other roles a plain refusal. */
export function AdminOnly({ title, children }: AdminOnlyProps) {
  usePageTitle(title);
  const session = useSession();

  if (session.status === 'signed-out') return <Navigate to="/sign-in" replace />;
  if (session.status === 'error') return <Alert type="error">{session.message}</Alert>;
  if (session.status === 'loading') return <Loading />;
  if (session.user.role !== 'ADMIN') {
    return (
      <>
        <h1>{title}</h1>
        <p className="usa-intro">This page is for state administrators.</p>
        <Link className="usa-link" to="/">
          Go to the home page
        </Link>
      </>
    );
  }
  return <>{children(session.user)}</>;
}
