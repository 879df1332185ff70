import { useState } from 'react';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/alert';
import { logout } from './auth.api';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setPending(true);
    setError(null);
    try {
      await logout();
      onSignedOut();
    } catch (caught) {
      // Already signed out (expired session) is the outcome the person wanted.
      if (caught instanceof ApiError && caught.status === 401) return onSignedOut();
      setError(caught instanceof ApiError ? caught.message : 'Sign out failed. Try again.');
      setPending(false);
    }
  }

  return (
    <div>
      {error && <Alert type="error">{error}</Alert>}
      <button
        type="button"
        className="usa-button usa-button--outline"
        onClick={signOut}
        disabled={pending}
      >
        {pending ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}
