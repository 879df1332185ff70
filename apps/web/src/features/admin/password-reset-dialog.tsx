import type { SetupLink, User } from '@cps/domain';
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { resetPassword } from './admin.api';
import { ConfirmDialog } from './confirm-dialog';

type PasswordResetDialogProps = {
  user: User;
  isCurrentUser: boolean;
  onReset: (setup: SetupLink) => void;
  onCancel: () => void;
};

/** Asks before a reset: it signs the person out at once and their password stops working. */
export function PasswordResetDialog({ user, isCurrentUser, onReset, onCancel }: PasswordResetDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      onReset((await resetPassword(user.id)).setup);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The password could not be reset. Try again.');
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={`Reset the password of ${user.name}?`}
      confirmLabel="Reset password"
      busyLabel="Resetting…"
      destructive
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>
        {user.name} is signed out at once: every session they have open ends now, and their current password stops
        working.
      </p>
      <p>You get a one-time link for them to choose a new password. You never see or set it.</p>
      {isCurrentUser && (
        <p>
          <strong>This is your own account: you will be signed out.</strong>
        </p>
      )}
    </ConfirmDialog>
  );
}
