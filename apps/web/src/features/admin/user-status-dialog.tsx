import type { User } from '@cps/domain';
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { updateUser } from './admin.api';
import { ConfirmDialog } from './confirm-dialog';

type UserStatusDialogProps = {
  user: User;
  isCurrentUser: boolean;
  onChanged: (user: User) => void;
  onCancel: () => void;
};

/** Deactivates (sessions end at once) or reactivates an account, after asking. */
export function UserStatusDialog({ user, isCurrentUser, onChanged, onCancel }: UserStatusDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deactivating = user.active;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      onChanged(await updateUser(user.id, { active: !deactivating }));
    } catch (caught) {
      // 409: the last active state administrator stays; the API says so in its message.
      setError(caught instanceof ApiError ? caught.message : 'The change could not be saved. Try again.');
      setBusy(false);
    }
  }

  return deactivating ? (
    <ConfirmDialog
      title={`Deactivate ${user.name}?`}
      confirmLabel="Deactivate"
      busyLabel="Deactivating…"
      destructive
      busy={busy}
      error={error}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>
        {user.name} is signed out at once: every session they have open ends now, and they cannot sign in until a state
        administrator reactivates the account. Their records and audit history stay.
      </p>
      {isCurrentUser && (
        <p>
          <strong>This is your own account: you will be signed out.</strong>
        </p>
      )}
      <p>The last active state administrator cannot be deactivated.</p>
    </ConfirmDialog>
  ) : (
    <ConfirmDialog
      title={`Reactivate ${user.name}?`}
      confirmLabel="Reactivate"
      busyLabel="Reactivating…"
      busy={busy}
      error={error}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>{user.name} can sign in again with their current password.</p>
    </ConfirmDialog>
  );
}
