import { recordedCaregiver } from '@cps/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import type { IntakeValues } from '../intake/intake-form.schema';

/**
 * Under an allegation: when one of its alleged maltreaters is recorded under Household
 * relationships as the child's parent, step-parent, guardian or foster parent, suggest the
 * relationship "Primary caregiver" (ST-NEGLECT reads the same record). A suggestion only: the
 * worker's answer is never changed without a click.
 */
export function CaregiverSuggestion({ index }: { index: number }) {
  const { control, setValue } = useFormContext<IntakeValues>();
  const base = `allegations.${index}` as const;
  const childKey = useWatch({ control, name: `${base}.childKey` });
  const maltreaterKeys = useWatch({ control, name: `${base}.maltreaterKeys` }) ?? [];
  const answer = useWatch({ control, name: `${base}.maltreaterRelationship` });
  const relationships = useWatch({ control, name: 'relationships' }) ?? [];
  const complete = relationships.filter((r) => Boolean(r.fromKey && r.toKey && r.type));
  const recorded = !!childKey && maltreaterKeys.some((m) => recordedCaregiver(complete, m, childKey));
  if (!recorded || answer === 'PRIMARY_CAREGIVER') return null;
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim margin-bottom-2">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          Household relationships record an alleged maltreater here as the child's parent or guardian: the relationship
          is likely primary caregiver.{' '}
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={() =>
              setValue(`${base}.maltreaterRelationship`, 'PRIMARY_CAREGIVER', {
                shouldDirty: true,
                shouldValidate: true,
              })
            }
          >
            Set primary caregiver
          </button>
        </p>
      </div>
    </div>
  );
}
