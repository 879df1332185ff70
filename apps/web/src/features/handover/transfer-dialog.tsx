import type { AccessReport, County } from '@cps/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { ModalDialog } from '../admin/modal-dialog';
import { useCounties } from '../reference/use-counties';
import { FormField } from '../screening/form-fields';
import { DialogActions } from './dialog-actions';
import { transferReport } from './handover.api';
import { failure, type HandoverTarget } from './handover-target';
import { ReasonField, reasonError } from './reason-field';

type TransferDialogProps = {
  target: HandoverTarget;
  onDone: (report: AccessReport, county: County) => void;
  onCancel: () => void;
};

/** A supervisor moves the report to the county where the child lives; its number and clocks stay. */
export function TransferDialog({ target, onDone, onCancel }: TransferDialogProps) {
  const id = useId();
  const counties = useCounties();
  const selectRef = useRef<HTMLSelectElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [countyCode, setCountyCode] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ county?: string; reason?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loaded = counties.status === 'success';

  useEffect(() => {
    if (loaded) selectRef.current?.focus();
  }, [loaded]);

  const others = loaded ? counties.data.filter((c) => c.code !== target.countyCode) : [];
  const own = loaded ? counties.data.find((c) => c.code === target.countyCode) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const county = others.find((c) => c.code === countyCode);
    const found = {
      county: county ? undefined : 'Choose the county the report goes to',
      reason: reasonError(reason, 'report moves') ?? undefined,
    };
    setErrors(found);
    if (found.county) return selectRef.current?.focus();
    if (found.reason || !county) return reasonRef.current?.focus();
    setBusy(true);
    setError(null);
    try {
      onDone(await transferReport(target.id, await target.version(), county.code, reason.trim()), county);
    } catch (caught) {
      setError(failure(caught, 'The report could not be transferred. Try again.'));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="Transfer to another county" onClose={onCancel}>
      {counties.status === 'error' && <Alert type="error">{counties.error.message}</Alert>}
      {!loaded && counties.status !== 'error' && <Loading label="Loading the counties…" />}
      {loaded && (
        <form className="usa-form" noValidate onSubmit={submit}>
          <p className="usa-prose">
            The report moves to the county where the child lives. Its number and its clocks stay; nobody there is
            answerable for it until their supervisor assigns it, and {own ? `${own.name} County` : 'your county'} will
            no longer see it.
          </p>
          <FormField id={`${id}-county`} label="County" error={errors.county} control="usa-select">
            {(props) => (
              <select
                {...props}
                ref={selectRef}
                value={countyCode}
                onChange={(e) => {
                  setCountyCode(e.target.value);
                  setErrors((x) => ({ ...x, county: undefined }));
                }}
              >
                <option value="">- Choose a county -</option>
                {others.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name} County
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <ReasonField
            id={`${id}-reason`}
            label="Reason for the transfer"
            hint="For example: the child lives with her mother in that county."
            value={reason}
            error={errors.reason ?? null}
            inputRef={reasonRef}
            onChange={(value) => {
              setReason(value);
              setErrors((x) => ({ ...x, reason: undefined }));
            }}
          />
          {error && <Alert type="error">{error}</Alert>}
          <DialogActions label="Transfer" busyLabel="Transferring…" busy={busy} onCancel={onCancel} />
        </form>
      )}
      {counties.status === 'error' && (
        <button type="button" className="usa-button usa-button--outline margin-top-2" onClick={onCancel}>
          Close
        </button>
      )}
    </ModalDialog>
  );
}
