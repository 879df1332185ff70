import { useFormContext, useWatch } from 'react-hook-form';
import type { IntakeValues } from '../intake/intake-form.schema';
import { DUPLICATE_NOTE_ID } from './child-open-reports';
import { knownNumber } from './open-reports';

/**
 * In the recommendation: "Duplicate of 2026-079-00042" with a way to undo, or, with the reason
 * chosen by hand, where to choose the original. Whether the original passes DUPLICATE-OF (and the
 * sex trafficking exception of ST-SCREEN-IN) is the server's to say: it looks the original up.
 */
export function DuplicateChoice() {
  const { control, setValue } = useFormContext<IntakeValues>();
  const [decision, reason, originalId] = useWatch({
    control,
    name: ['recommendation.decision', 'recommendation.screenOutReason', 'recommendation.duplicateOfReportId'],
  });
  if (decision !== 'SCREEN_OUT' || reason !== 'DUPLICATE_REPORT') return null;
  if (!originalId) {
    return (
      <div className="usa-alert usa-alert--info usa-alert--slim margin-y-2">
        <div className="usa-alert__body">
          <p className="usa-alert__text" id={DUPLICATE_NOTE_ID} tabIndex={-1}>
            A duplicate names its original: link the child in People, open their open and screened-in reports, and mark
            the one this call repeats.
          </p>
        </div>
      </div>
    );
  }
  const number = knownNumber(originalId);
  const undo = () => {
    const options = { shouldDirty: true, shouldTouch: true } as const;
    setValue('recommendation.duplicateOfReportId', null, options);
    setValue('recommendation.screenOutReason', null, options);
    setValue('recommendation.decision', null, options);
    requestAnimationFrame(() => document.getElementById('field-recommendation-decision')?.focus());
  };
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim margin-y-2">
      <div className="usa-alert__body">
        <p className="usa-alert__text" id={DUPLICATE_NOTE_ID} tabIndex={-1}>
          <strong>Duplicate of {number ?? 'the report chosen earlier'}</strong>: this call will be screened out and read
          with the original, where the child is counted. The supervisor checks the original when deciding.
        </p>
        <button type="button" className="usa-button usa-button--unstyled margin-top-1" onClick={undo}>
          Not a duplicate: undo
        </button>
      </div>
    </div>
  );
}
