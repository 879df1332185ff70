import { householdRelationshipTypes, identifierKinds } from '@cps/domain';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { fieldId } from '../intake/field-paths';
import { emptyToNull, SelectField, TextInput } from '../intake/fields/inputs';
import type { IntakeValues } from '../intake/intake-form.schema';
import { nextKey } from '../intake/people';
import { usePeopleDirectory } from '../intake/people-directory';
import { SectionHeading } from '../intake/section-heading';
import { identifierKindLabels, relationshipLabels } from './household-words';
import { IdentifierMatchesList } from './identifier-matches-list';
import { useIdentifierMatches } from './use-identifier-matches';

const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
const relationshipOptions = householdRelationshipTypes.map((code) => ({ code, label: relationshipLabels[code] }));
const kindOptions = identifierKinds.map((code) => ({ code, label: identifierKindLabels[code] }));

function usePersonOptions() {
  return usePeopleDirectory().map((p) => ({ code: p.key, label: p.label }));
}

/** Household relationships: who is whose parent, partner, sibling… (from, type, to). */
export function HouseholdRelationshipsSection() {
  const { control, register } = useFormContext<IntakeValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'relationships' });
  const people = usePersonOptions();
  const add = () => {
    append({ fromKey: '', toKey: '', type: '' } as never, { shouldFocus: false });
    focusSoon(fieldId(`relationships.${fields.length}.fromKey`));
  };
  return (
    <section className="intake-section" aria-labelledby="section-household-heading" id="section-household">
      <SectionHeading id="household">Household relationships</SectionHeading>
      {people.length < 2 ? (
        <p>Relationships are between people of the report: add at least two people under People.</p>
      ) : fields.length === 0 ? (
        <p>No relationships recorded yet.</p>
      ) : null}
      {fields.map((field, i) => (
        <fieldset key={field.id} className="usa-fieldset intake-card margin-bottom-2">
          <legend className="usa-legend">Relationship {i + 1}</legend>
          <SelectField
            anchor={`relationships.${i}.fromKey`}
            label="Person"
            options={people}
            registration={register(`relationships.${i}.fromKey`)}
          />
          <SelectField
            anchor={`relationships.${i}.type`}
            label="Relationship"
            options={relationshipOptions}
            registration={register(`relationships.${i}.type`)}
          />
          <SelectField
            anchor={`relationships.${i}.toKey`}
            label="To person"
            options={people}
            registration={register(`relationships.${i}.toKey`)}
          />
          <button type="button" className="usa-button usa-button--unstyled margin-top-1" onClick={() => remove(i)}>
            Remove relationship {i + 1}
          </button>
        </fieldset>
      ))}
      {people.length >= 2 && (
        <button type="button" className="usa-button usa-button--outline" onClick={add}>
          Add a relationship
        </button>
      )}
    </section>
  );
}

/** Trafficker and buyer identifiers, with the other reports that name them once the draft is saved. */
export function TraffickingIdentifiersSection() {
  const { control, register, getValues } = useFormContext<IntakeValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'identifiers' });
  const identifiers = useWatch({ control, name: 'identifiers' }) ?? [];
  const people = usePersonOptions();
  const { byKey, failed } = useIdentifierMatches(identifiers.length);
  const add = () => {
    const used = (getValues('identifiers') ?? []).map((x) => x.key);
    append(
      { key: nextKey('i', used), personKey: null, kind: 'PHONE', value: '', platform: null },
      { shouldFocus: false },
    );
    focusSoon(fieldId(`identifiers.${fields.length}.kind`));
  };
  return (
    <section className="intake-section" aria-labelledby="section-identifiers-heading" id="section-identifiers">
      <SectionHeading id="identifiers">Trafficker and buyer identifiers</SectionHeading>
      <p className="usa-hint">
        Phone numbers, handles, plates, aliases, places and ads the caller names. Once saved, other reports naming the
        same thing are listed.
      </p>
      {fields.length === 0 && <p>No identifiers recorded yet.</p>}
      {failed && (
        <p className="usa-error-message" role="status">
          Other reports could not be looked up just now; they will be after the next save.
        </p>
      )}
      {fields.map((field, i) => {
        const current = identifiers[i];
        return (
          <fieldset key={field.id} className="usa-fieldset intake-card margin-bottom-2">
            <legend className="usa-legend">Identifier {i + 1}</legend>
            <SelectField
              anchor={`identifiers.${i}.kind`}
              label="Kind"
              options={kindOptions}
              registration={register(`identifiers.${i}.kind`)}
            />
            <TextInput
              anchor={`identifiers.${i}.value`}
              label="Value"
              registration={register(`identifiers.${i}.value`)}
            />
            {current?.kind === 'SOCIAL_HANDLE' && (
              <TextInput
                anchor={`identifiers.${i}.platform`}
                label="Platform"
                hint="The app or site, e.g. Instagram"
                registration={register(`identifiers.${i}.platform`, { setValueAs: emptyToNull })}
              />
            )}
            <SelectField
              anchor={`identifiers.${i}.personKey`}
              label="Person it belongs to (optional)"
              options={people}
              registration={register(`identifiers.${i}.personKey`, { setValueAs: emptyToNull })}
            />
            <div aria-live="polite">
              {current?.key && current.value ? <IdentifierMatchesList match={byKey.get(current.key)} /> : null}
            </div>
            <button type="button" className="usa-button usa-button--unstyled margin-top-1" onClick={() => remove(i)}>
              Remove identifier {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="usa-button usa-button--outline" onClick={add}>
        Add an identifier
      </button>
    </section>
  );
}
