import { useCallback, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { AllegationCard } from './allegation-card';
import { LawEnforcementClock } from './clock-notices';
import { fieldId } from './field-paths';
import { FieldMessages } from './fields/field-messages';
import { useMessagesAt } from './intake-context';
import type { AllegationValues, IntakeValues } from './intake-form.schema';
import { nextKey } from './people';
import { useChildren } from './people-directory';
import { SectionHeading } from './section-heading';

const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

export function AllegationsSection() {
  const { control, getValues } = useFormContext<IntakeValues>();
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'allegations' });
  const children = useChildren();
  const messages = useMessagesAt('allegations');
  const [removed, setRemoved] = useState<{ index: number; allegation: AllegationValues } | null>(null);

  const add = () => {
    const keys = (getValues('allegations') ?? []).map((a) => a.key);
    const [onlyChild] = children;
    append(
      {
        key: nextKey('a', keys),
        childKey: onlyChild && children.length === 1 ? onlyChild.key : null,
        maltreaterKeys: [],
        maltreatmentType: null,
        descriptors: [],
        maltreaterRelationship: null,
      },
      { shouldFocus: false },
    );
    focusSoon(fieldId(`allegations.${fields.length}.childKey`));
  };

  const onRemove = useCallback(
    (index: number) => {
      const allegation = getValues(`allegations.${index}`);
      if (!allegation) return;
      setRemoved({ index, allegation });
      remove(index);
      focusSoon('allegations-undo');
    },
    [getValues, remove],
  );

  const undo = () => {
    if (!removed) return;
    insert(removed.index, removed.allegation, { shouldFocus: false });
    setRemoved(null);
    focusSoon(fieldId(`allegations.${removed.index}`));
  };

  return (
    <section className="intake-section" aria-labelledby="section-allegations-heading" id="section-allegations">
      <SectionHeading id="allegations">Allegations</SectionHeading>
      <p className="usa-hint">
        One maltreatment type for one child. Sex trafficking is recorded as a descriptor on a sexual abuse allegation
        (or on neglect by the primary caregiver).
      </p>
      <LawEnforcementClock />
      {fields.length === 0 && <p>No allegation added yet.</p>}
      {fields.map((field, index) => (
        <AllegationCard key={field.id} index={index} onRemove={onRemove} />
      ))}
      {removed && (
        <div className="usa-alert usa-alert--info usa-alert--slim margin-y-2" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              Removed allegation {removed.index + 1}.{' '}
              <button type="button" id="allegations-undo" className="usa-button usa-button--unstyled" onClick={undo}>
                Undo
              </button>
            </p>
          </div>
        </div>
      )}
      <div className={`usa-form-group${messages.length ? ' usa-form-group--error' : ''}`}>
        <FieldMessages id={`${fieldId('allegations')}-messages`} messages={messages} />
        <button
          type="button"
          id={fieldId('allegations')}
          className="usa-button"
          onClick={add}
          aria-describedby={messages.length ? `${fieldId('allegations')}-messages` : undefined}
        >
          Add allegation
        </button>
      </div>
    </section>
  );
}
