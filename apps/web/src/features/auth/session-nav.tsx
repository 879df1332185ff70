import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { PrimaryNav } from '../../ui/primary-nav';
import { releaseLocalCopies } from '../intake/local-copy';
import { AccountNav } from './account-nav';
import { SessionIdentity } from './session-identity';
import { SignOutButton } from './sign-out-button';
import { useSession } from './use-session';

/** The role's navigation once signed in. Mounted after sign-in, so it reads the session that began. */
export function SessionNav() {
  const session = useSession();
  const navigate = useNavigate();
  const userId = session.status === 'signed-in' ? session.user.id : null;
  // One session per browser: copies of anyone else are left from a session that is over, and
  // this worker's copies held in this tab since a 401 are theirs to resume again.
  useEffect(() => {
    if (userId) releaseLocalCopies(userId);
  }, [userId]);
  if (session.status !== 'signed-in') return null;
  return (
    <>
      <PrimaryNav role={session.user.role} />
      {/* On every page, so the report open on screen is saved through its own form at sign-out. */}
      <section
        aria-label="Your session"
        className="grid-container display-flex flex-wrap flex-justify-end flex-align-center padding-y-1"
      >
        <SessionIdentity user={session.user} />
        <AccountNav />
        <SignOutButton userId={session.user.id} onSignedOut={() => navigate('/sign-in', { replace: true })} />
      </section>
    </>
  );
}
