import { Alert } from '../../ui/alert';
import { UnsentDialog } from './unsent-dialog';
import { useSignOut } from './use-sign-out';

const labels = { sending: 'Saving your changes…', 'signing-out': 'Signing out…' } as const;

/** Sends the worker's unsaved changes, then signs out (or asks, when some cannot be sent). */
export function SignOutButton({ userId, onSignedOut }: { userId: string; onSignedOut: () => void }) {
  const signOut = useSignOut(userId, onSignedOut);
  const { phase } = signOut;
  const busy = phase.kind === 'sending' || phase.kind === 'signing-out';
  return (
    <div>
      {phase.kind === 'error' && <Alert type="error">{phase.message}</Alert>}
      <button
        type="button"
        className="usa-button usa-button--outline"
        onClick={() => void signOut.signOut()}
        disabled={busy}
      >
        {busy ? labels[phase.kind] : 'Sign out'}
      </button>
      <span className="usa-sr-only" role="status">
        {phase.kind === 'sending' ? 'Saving your changes before signing out' : ''}
      </span>
      {phase.kind === 'unsent' && (
        <UnsentDialog
          unsent={phase.unsent}
          confirming={phase.confirming}
          onStay={signOut.stay}
          onAskDiscard={signOut.askDiscard}
          onCancelDiscard={signOut.cancelDiscard}
          onDiscard={() => void signOut.discard()}
          onSignInAgain={signOut.signInAgain}
        />
      )}
    </div>
  );
}
