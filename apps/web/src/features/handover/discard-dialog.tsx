import type { AccessReport, User } from '@cps/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../ui/alert';
import { ModalDialog } from '../admin/modal-dialog';
import { DialogActions } from './dialog-actions';
import { discardReport } from './handover.api';
import { failure, type HandoverTarget, isSupervisor } from './handover-target';
import { ReasonField, reasonError } from './reason-field';

type DiscardDialogProps = {
  target: HandoverTarget;
  user: User;
  onDone: (report: AccessReport) => void;
  onCancel: () => void;
};

export const DISCARD_ALLEGATION_TEXT = 'Only a supervisor can discard a draft that records an allegation';

/**
 * Sets a draft aside with a reason, after asking. A worker whose draft records an allegation is
 * told why they cannot (rule DISCARD-ALLEGATION) instead.
 */
export function DiscardDialog({ target, user, onDone, onCancel }: DiscardDialogProps) {
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refused = target.recordsAllegation && !isSupervisor(user);

  useEffect(() => {
    (refused ? closeRef : reasonRef).current?.focus();
  }, [refused]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = reasonError(reason, 'draft is discarded');
    if (problem) {
      setFieldError(problem);
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(await discardReport(target.id, await target.version(), reason.trim()));
    } catch (caught) {
      setError(failure(caught, 'The draft could not be discarded. Try again.'));
      setBusy(false);
    }
  }

  if (refused) {
    return (
      <ModalDialog title="Discard draft" onClose={onCancel}>
        <Alert type="warning">
          {DISCARD_ALLEGATION_TEXT} (rule DISCARD-ALLEGATION): nothing reported about a child is set aside without a
          second person. Ask your supervisor to discard it, or hand it on.
        </Alert>
        <button ref={closeRef} type="button" className="usa-button margin-top-3" onClick={onCancel}>
          Close
        </button>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog title="Discard this draft?" onClose={onCancel}>
      <form className="usa-form" noValidate onSubmit={submit}>
        <p className="usa-prose">
          A discarded draft is kept, read-only, and never counted. It leaves My reports and the lists; it can still be
          found by asking for discarded reports. This cannot be undone.
        </p>
        <ReasonField
          id={`${id}-reason`}
          label="Reason for discarding"
          hint="For example: opened by mistake, or the caller hung up before saying anything."
          value={reason}
          error={fieldError}
          inputRef={reasonRef}
          onChange={(value) => {
            setReason(value);
            setFieldError(null);
          }}
        />
        {error && <Alert type="error">{error}</Alert>}
        <DialogActions label="Discard draft" busyLabel="Discarding…" busy={busy} secondary onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
