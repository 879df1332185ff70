import type { User } from '@cps/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../ui/use-page-title';
import { SignedIn } from '../auth/signed-in';

type AdminOnlyProps = { title: string; children: (admin: User) => ReactNode };

const ADMIN: readonly User['role'][] = ['ADMIN'];

/** Names the page and lets only state administrators in; other roles see a plain refusal. */
export function AdminOnly({ title, children }: AdminOnlyProps) {
  usePageTitle(title);
  const refusal = (
    <>
      <h1>{title}</h1>
      <p className="usa-intro">This page is for state administrators.</p>
      <Link className="usa-link" to="/">
        Go to the home page
      </Link>
    </>
  );
  return (
    <SignedIn roles={ADMIN} refusal={refusal}>
      {children}
    </SignedIn>
  );
}
