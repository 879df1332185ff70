import { PrimaryNav } from '../../ui/primary-nav';
import { AccountNav } from './account-nav';
import { useSession } from './use-session';

/** The role's navigation once signed in. Mounted after sign-in, so it reads the session that began. */
export function SessionNav() {
  const session = useSession();
  return session.status === 'signed-in' ? (
    <>
      <PrimaryNav role={session.user.role} />
      <AccountNav />
    </>
  ) : null;
}
