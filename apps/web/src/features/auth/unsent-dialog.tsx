import { useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ModalDialog } from '../admin/modal-dialog';
import type { Unsent } from '../intake/unsaved-copies';

type UnsentDialogProps = {
  unsent: Unsent[];
  confirming: boolean;
  onStay: () => void;
  onAskDiscard: () => void;
  onCancelDiscard: () => void;
  onDiscard: () => void;
  onSignInAgain: () => void;
};

function UnsentList({ unsent, onOpen }: { unsent: Unsent[]; onOpen: () => void }) {
  const here = useLocation().pathname;
  return (
    <ul className="usa-list" aria-label="Reports not saved">
      {unsent.map((u, i) => {
        const path = u.reportId ? `/reports/${u.reportId}/edit` : null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: new reports have no id yet; the list is fixed while the dialog is open
          <li key={`${u.reportId ?? 'new'}-${i}`}>
            <strong>{u.label}</strong>: {u.reason}
            {path && path !== here && !u.signedOut && (
              <>
                {' '}
                <Link className="usa-link" to={path} onClick={onOpen}>
                  Open this report
                </Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** What could not be sent at sign-out, and the worker's choice; discarding asks once more. */
export function UnsentDialog(props: UnsentDialogProps) {
  const { unsent, confirming, onStay, onAskDiscard, onCancelDiscard, onDiscard, onSignInAgain } = props;
  const safeChoice = useRef<HTMLButtonElement>(null);
  const sessionOver = unsent.some((u) => u.signedOut);
  const count = unsent.length === 1 ? 'This report has' : `These ${unsent.length} reports have`;

  if (confirming) {
    return (
      <ModalDialog
        key="confirm"
        title="Discard unsaved changes and sign out?"
        onClose={onCancelDiscard}
        initialFocus={safeChoice}
      >
        <div className="usa-prose">
          <p>
            The changes below will be deleted from this computer. They have not reached the server and cannot be
            recovered.
          </p>
          <UnsentList unsent={unsent} onOpen={onStay} />
        </div>
        <ul className="usa-button-group margin-top-3">
          <li className="usa-button-group__item">
            <button type="button" className="usa-button usa-button--secondary" onClick={onDiscard}>
              Discard changes and sign out
            </button>
          </li>
          <li className="usa-button-group__item">
            <button ref={safeChoice} type="button" className="usa-button usa-button--outline" onClick={onCancelDiscard}>
              Go back
            </button>
          </li>
        </ul>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog
      key="choose"
      title={sessionOver ? 'Your session has ended: some changes were not saved' : 'Some changes have not been saved'}
      // Escape changes nothing: the worker stays on the page, the typing kept.
      onClose={onStay}
      initialFocus={safeChoice}
    >
      <div className="usa-prose">
        <p>{count} changes that are only on this computer:</p>
        <UnsentList unsent={unsent} onOpen={onStay} />
        <p>
          {sessionOver
            ? 'Sign in again in this tab to save them. They are kept in this tab only until you do, and removed if someone else signs in here or the tab is closed.'
            : 'Stay signed in to resolve them on the report, or sign out and discard them.'}
        </p>
      </div>
      <ul className="usa-button-group margin-top-3">
        <li className="usa-button-group__item">
          {sessionOver ? (
            <button ref={safeChoice} type="button" className="usa-button" onClick={onSignInAgain}>
              Sign in again to save them
            </button>
          ) : (
            <button ref={safeChoice} type="button" className="usa-button" onClick={onStay}>
              Stay signed in
            </button>
          )}
        </li>
        <li className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--outline" onClick={onAskDiscard}>
            Sign out and discard unsaved changes
          </button>
        </li>
      </ul>
    </ModalDialog>
  );
}
