import { type ReactNode, useRef } from 'react';
import { Alert } from '../../ui/alert';
import { ModalDialog } from './modal-dialog';

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: string | null;
  /** A red confirm button, for steps that take something away. */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a change; focus starts on Cancel, the step that changes nothing. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, confirmLabel, busyLabel, busy, error, destructive, onConfirm, onCancel } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog title={title} onClose={onCancel} initialFocus={cancelRef}>
      <div className="usa-prose">{children}</div>
      {error && <Alert type="error">{error}</Alert>}
      <ul className="usa-button-group margin-top-3">
        <li className="usa-button-group__item">
          <button
            type="button"
            className={destructive ? 'usa-button usa-button--secondary' : 'usa-button'}
            onClick={onConfirm}
            disabled={busy}
          >
            {busy ? busyLabel : confirmLabel}
          </button>
        </li>
        <li className="usa-button-group__item">
          <button
            ref={cancelRef}
            type="button"
            className="usa-button usa-button--unstyled padding-105 text-center"
            onClick={onCancel}
          >
            Cancel
          </button>
        </li>
      </ul>
    </ModalDialog>
  );
}
