import type { AccessReport, Colleague } from '@cps/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../ui/alert';
import { formatDateOnly } from '../../ui/chicago-time';
import { Loading } from '../../ui/loading';
import { ModalDialog } from '../admin/modal-dialog';
import { FormField } from '../screening/form-fields';
import { DialogActions } from './dialog-actions';
import { assignReport, getColleagues } from './handover.api';
import { failure, type HandoverTarget } from './handover-target';

type HandOnDialogProps = {
  target: HandoverTarget;
  /** ASSIGNEE: a draft handed on; INITIAL_ASSESSMENT: the supervisor's choice after screen-in. */
  kind: 'ASSIGNEE' | 'INITIAL_ASSESSMENT';
  onDone: (report: AccessReport, colleague: Colleague) => void;
  onCancel: () => void;
};

const roleWord = (c: Colleague) => (c.role === 'SUPERVISOR' ? 'supervisor' : 'access worker');
const trainedWord = (c: Colleague) => (c.sexTraffickingTrainingCompletedOn ? 'trained' : 'no training recorded');

/** Pick a colleague of the county; the trained ones are marked, and TRAINING warns before an untrained one gets a sex trafficking report. */
export function HandOnDialog({ target, kind, onDone, onCancel }: HandOnDialogProps) {
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picked, setPicked] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    getColleagues(controller.signal).then(
      (list) => setColleagues(list.filter((c) => c.id !== target.holderId)),
      (caught: unknown) => {
        if (!controller.signal.aborted) setLoadError(failure(caught, 'The colleagues could not be loaded.'));
      },
    );
    return () => controller.abort();
  }, [target.holderId]);

  useEffect(() => {
    if (colleagues) selectRef.current?.focus();
  }, [colleagues]);

  const chosen = colleagues?.find((c) => c.id === picked);
  const untrained = target.sexTrafficking && chosen && !chosen.sexTraffickingTrainingCompletedOn;
  const title = kind === 'ASSIGNEE' ? 'Hand on to a colleague' : 'Assign the initial assessment worker';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setFieldError('Choose the colleague who takes the report');
      selectRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(await assignReport(target.id, await target.version(), chosen.id), chosen);
    } catch (caught) {
      setError(failure(caught, 'The report could not be handed on. Try again.'));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={title} onClose={onCancel}>
      {loadError && <Alert type="error">{loadError}</Alert>}
      {!colleagues && !loadError && <Loading label="Loading your colleagues…" />}
      {colleagues && colleagues.length === 0 && (
        <p>There is no other active access worker or supervisor in your county to hand the report to.</p>
      )}
      {colleagues && colleagues.length > 0 && (
        <form className="usa-form" noValidate onSubmit={submit}>
          <p className="usa-prose">
            {kind === 'ASSIGNEE'
              ? 'The colleague becomes answerable for the draft and finds it in their My reports. You will no longer see it there.'
              : 'The initial assessment worker makes the first contact with the child and assesses the allegations.'}
          </p>
          <FormField
            id={`${id}-colleague`}
            label="Colleague"
            hint="“Trained” means their sex trafficking training is recorded."
            error={fieldError ?? undefined}
            control="usa-select"
          >
            {(props) => (
              <select
                {...props}
                ref={selectRef}
                value={picked}
                onChange={(e) => {
                  setPicked(e.target.value);
                  setFieldError(null);
                }}
              >
                <option value="">- Choose a colleague -</option>
                {colleagues.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}, {roleWord(c)} — {trainedWord(c)}
                    {c.sexTraffickingTrainingCompletedOn
                      ? ` ${formatDateOnly(c.sexTraffickingTrainingCompletedOn)}`
                      : ''}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {untrained && (
            <Alert type="warning">
              TRAINING: {chosen.name} has no recorded completion of the sex trafficking training, so they may not
              recommend or decide screening on this report, which has a sex trafficking allegation. Choose a trained
              colleague.
            </Alert>
          )}
          {error && <Alert type="error">{error}</Alert>}
          <DialogActions
            label={kind === 'ASSIGNEE' ? 'Hand on' : 'Assign'}
            busyLabel="Handing on…"
            busy={busy}
            onCancel={onCancel}
          />
        </form>
      )}
      {(loadError || colleagues?.length === 0) && (
        <button type="button" className="usa-button usa-button--outline margin-top-2" onClick={onCancel}>
          Close
        </button>
      )}
    </ModalDialog>
  );
}
