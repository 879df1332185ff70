import { type PersonRole, personRoles } from '@cps/domain';
import { useCallback, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { fieldId } from './field-paths';
import { FieldMessages } from './fields/field-messages';
import { useMessagesAt } from './intake-context';
import type { AllegationValues, IndicatorValues, IntakeValues, PersonValues } from './intake-form.schema';
import { newPerson, personLabel, roleWords } from './people';
import { PersonCard } from './person-card';
import { SectionHeading } from './section-heading';

type Removed = {
  index: number;
  person: PersonValues;
  indicators: IndicatorValues[];
  allegations: AllegationValues[];
  household: Pick<IntakeValues, 'relationships' | 'identifiers'>;
};

const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

export function PeopleSection() {
  const { control, getValues, setValue } = useFormContext<IntakeValues>();
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'persons' });
  const [removed, setRemoved] = useState<Removed | null>(null);
  const messages = useMessagesAt('persons');

  const add = (role: PersonRole) => {
    append(newPerson(role, getValues()), { shouldFocus: false });
    focusSoon(fieldId(`persons.${fields.length}.firstName`));
  };

  // Removing a person also takes them out of allegations and indicators (the API refuses broken
  // references); Undo puts all of it back, so a slip of the keyboard loses nothing.
  const onRemove = useCallback(
    (index: number) => {
      const values = getValues();
      const person = values.persons?.[index];
      if (!person) return;
      const indicators = values.indicators ?? [];
      const allegations = values.allegations ?? [];
      const household = { relationships: values.relationships ?? [], identifiers: values.identifiers ?? [] };
      setRemoved({ index, person, indicators, allegations, household });
      remove(index);
      // Their relationships go too; an identifier stays, tied to no one.
      setValue(
        'relationships',
        household.relationships.filter((r) => r.fromKey !== person.key && r.toKey !== person.key),
        { shouldDirty: true },
      );
      setValue(
        'identifiers',
        household.identifiers.map((x) => (x.personKey === person.key ? { ...x, personKey: null } : x)),
        { shouldDirty: true },
      );
      setValue(
        'indicators',
        indicators.filter((i) => i.childKey !== person.key),
        { shouldDirty: true },
      );
      setValue(
        'allegations',
        allegations.map((a) => ({
          ...a,
          childKey: a.childKey === person.key ? null : a.childKey,
          maltreaterKeys: (a.maltreaterKeys ?? []).filter((k) => k !== person.key),
        })),
        { shouldDirty: true },
      );
      focusSoon('people-undo');
    },
    [getValues, remove, setValue],
  );

  const undo = () => {
    if (!removed) return;
    insert(removed.index, removed.person, { shouldFocus: false });
    setValue('indicators', removed.indicators, { shouldDirty: true });
    setValue('allegations', removed.allegations, { shouldDirty: true });
    setValue('relationships', removed.household.relationships, { shouldDirty: true });
    setValue('identifiers', removed.household.identifiers, { shouldDirty: true });
    setRemoved(null);
    focusSoon(fieldId(`persons.${removed.index}`));
  };

  return (
    <section className="intake-section" aria-labelledby="section-people-heading" id="section-people">
      <SectionHeading id="people">People</SectionHeading>
      <p className="usa-hint">
        As you type a name, people already known to the agency are listed: link them instead of creating a duplicate.
      </p>
      {fields.length === 0 && <p>No one added yet. Start with the child.</p>}
      {fields.map((field, index) => (
        <PersonCard key={field.id} index={index} onRemove={onRemove} />
      ))}
      {removed && (
        <div className="usa-alert usa-alert--info usa-alert--slim margin-y-2" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              Removed {personLabel(removed.person)}.{' '}
              <button type="button" id="people-undo" className="usa-button usa-button--unstyled" onClick={undo}>
                Undo
              </button>
            </p>
          </div>
        </div>
      )}
      <div className={`usa-form-group${messages.length ? ' usa-form-group--error' : ''}`}>
        <FieldMessages id={`${fieldId('persons')}-messages`} messages={messages} />
        <ul className="usa-button-group" aria-label="Add a person">
          {personRoles.map((role, i) => (
            <li className="usa-button-group__item" key={role}>
              <button
                type="button"
                id={i === 0 ? fieldId('persons') : undefined}
                className={`usa-button${i === 0 ? '' : ' usa-button--outline'}`}
                onClick={() => add(role)}
                aria-describedby={messages.length ? `${fieldId('persons')}-messages` : undefined}
              >
                Add {roleWords[role].toLowerCase()}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
