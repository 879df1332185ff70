import { useState } from 'react';
import { ApiError } from '../../api/http';
import { holdLocalCopies } from '../intake/local-copy';
import { openDrafts } from '../intake/open-drafts';
import { sendUnsavedCopies, type Unsent } from '../intake/unsaved-copies';
import { logout } from './auth.api';
import { clearCaseStorage } from './case-storage';

export type SignOutPhase =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** Some changes could not be sent: the worker chooses. */
  | { kind: 'unsent'; unsent: Unsent[]; confirming: boolean }
  | { kind: 'signing-out' }
  | { kind: 'error'; message: string };

/**
 * Sign-out that loses nothing by surprise: every unsaved change of the worker is sent first;
 * what cannot be is shown, and the worker stays or discards it. Whatever way the worker leaves,
 * no case data is left in this browser's storage.
 */
export function useSignOut(userId: string, onSignedOut: () => void) {
  const [phase, setPhase] = useState<SignOutPhase>({ kind: 'idle' });

  /** `discarding`: the worker chose to drop what could not be sent. */
  async function leave(discarding: boolean): Promise<void> {
    setPhase({ kind: 'signing-out' });
    // The worker chose: the forms on screen save and keep nothing more.
    if (discarding) for (const draft of openDrafts()) draft.saver.finish();
    let failure: string | null = null;
    try {
      await logout();
    } catch (caught) {
      // Already signed out (expired session) is the outcome the person wanted.
      if (!(caught instanceof ApiError && caught.status === 401))
        failure = caught instanceof ApiError ? caught.message : 'Sign out failed.';
    }
    // Everything was sent, or the worker chose to discard it: nothing is left to keep here, even
    // when the server did not answer the sign-out. Forms still signed in keep saving as before.
    if (failure === null) for (const draft of openDrafts()) draft.saver.finish();
    await clearCaseStorage();
    if (failure !== null) {
      setPhase({
        kind: 'error',
        message: `${failure} You are still signed in; nothing unsaved is left on this computer. Try signing out again.`,
      });
      return;
    }
    onSignedOut();
  }

  return {
    phase,
    async signOut(): Promise<void> {
      setPhase({ kind: 'sending' });
      let unsent: Unsent[];
      try {
        unsent = await sendUnsavedCopies(userId);
      } catch {
        // Nothing was discarded: the copies are where they were.
        setPhase({ kind: 'error', message: 'Your changes could not be checked before signing out. Try again.' });
        return;
      }
      if (unsent.length > 0) setPhase({ kind: 'unsent', unsent, confirming: false });
      else await leave(false);
    },
    /** Back to the work, signed in, to resolve what was not sent. */
    stay(): void {
      setPhase({ kind: 'idle' });
    },
    askDiscard(): void {
      if (phase.kind === 'unsent') setPhase({ ...phase, confirming: true });
    },
    cancelDiscard(): void {
      if (phase.kind === 'unsent') setPhase({ ...phase, confirming: false });
    },
    discard: () => leave(true),
    /**
     * The session is over: the copies stay in this tab only (sessionStorage) until the same worker
     * signs in again here, and are removed if someone else does or the tab closes.
     */
    signInAgain(): void {
      for (const draft of openDrafts()) draft.saver.stop();
      holdLocalCopies();
      onSignedOut();
    },
  };
}
