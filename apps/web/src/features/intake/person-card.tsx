import { ethnicities, genders, personRoles, races } from '@cps/domain';
import { type KeyboardEvent, memo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { ChildOpenReports } from '../duplicates/child-open-reports';
import { PersonHistory } from '../person-history/person-history';
import { fieldId } from './field-paths';
import { CheckboxGroup } from './fields/choice-groups';
import { FieldMessages } from './fields/field-messages';
import { emptyToNull, RadioGroup, SelectField, TextInput } from './fields/inputs';
import { useIntake, useMessagesAt } from './intake-context';
import type { IntakeValues } from './intake-form.schema';
import { rolesText, roleWords } from './people';
import { PersonDetails, WhereChildIsNow } from './person-details';
import { matchesId, PersonSearch } from './person-search';

const roleOptions = personRoles.map((code) => ({ code, label: roleWords[code] }));
const indianChildOptions = [
  { code: 'YES', label: 'Yes' },
  { code: 'NO', label: 'No' },
  { code: 'UNKNOWN', label: 'Unknown' },
];
const toAge = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

/** The Down arrow in a name field moves to the search matches, when there are any. */
function toMatches(index: number) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLInputElement;
    if (event.key !== 'ArrowDown' || target.type !== 'text') return;
    const list = document.getElementById(matchesId(index));
    if (!list) return;
    event.preventDefault();
    list.focus();
  };
}

function LinkedNote({ index, personId }: { index: number; personId: string }) {
  const { unlinkPerson } = useIntake();
  const { control } = useFormContext<IntakeValues>();
  const [firstName, lastName, roles] = useWatch({
    control,
    name: [`persons.${index}.firstName`, `persons.${index}.lastName`, `persons.${index}.roles`],
  });
  const name = [firstName, lastName].filter(Boolean).join(' ') || 'this person';
  const anchor = `persons.${index}.personId`;
  const messages = useMessagesAt(anchor);
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim usa-alert--no-icon margin-y-2">
      <div className="usa-alert__body">
        <p className="usa-alert__text" id={fieldId(anchor)} tabIndex={-1}>
          Linked to a person already known to the agency. Changes you make here update their record.
        </p>
        <button
          type="button"
          className="usa-button usa-button--unstyled margin-top-1"
          onClick={() => unlinkPerson(index)}
        >
          Not this person: unlink
        </button>
        <FieldMessages id={`${fieldId(anchor)}-messages`} messages={messages} />
        <PersonHistory personId={personId} name={name} />
        {roles?.includes('CHILD') && <ChildOpenReports personId={personId} name={name} />}
      </div>
    </div>
  );
}

export const PersonCard = memo(function PersonCard({
  index,
  onRemove,
}: {
  index: number;
  onRemove: (index: number) => void;
}) {
  const { register, control } = useFormContext<IntakeValues>();
  const base = `persons.${index}` as const;
  const [roles, indianChild, personId] = useWatch({
    control,
    name: [`${base}.roles`, `${base}.indianChild`, `${base}.personId`],
  });
  const cardMessages = useMessagesAt(base);
  const title = `Person ${index + 1}: ${rolesText(roles)}`;
  return (
    <fieldset
      className="usa-fieldset intake-card"
      aria-describedby={cardMessages.length ? `${fieldId(base)}-messages` : undefined}
    >
      <legend className="intake-card__title" id={fieldId(base)} tabIndex={-1}>
        {title}
      </legend>
      <FieldMessages id={`${fieldId(base)}-messages`} messages={cardMessages} />
      <CheckboxGroup
        name={`${base}.roles`}
        anchor={`${base}.roles`}
        legend="Role in this report"
        options={roleOptions}
        inline
      />
      {personId && <LinkedNote index={index} personId={personId} />}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: keys bubble up from the name fields; the row only moves focus to the matches */}
      <div className="intake-row" onKeyDown={toMatches(index)}>
        <TextInput
          anchor={`${base}.firstName`}
          label="First name"
          autoComplete="off"
          spellCheck={false}
          registration={register(`${base}.firstName`)}
        />
        <TextInput
          anchor={`${base}.lastName`}
          label="Last name"
          autoComplete="off"
          spellCheck={false}
          registration={register(`${base}.lastName`)}
        />
        <TextInput
          anchor={`${base}.dateOfBirth`}
          label="Date of birth"
          type="date"
          registration={register(`${base}.dateOfBirth`, { setValueAs: emptyToNull })}
        />
      </div>
      {!personId && <PersonSearch index={index} />}
      <div className="intake-row">
        <TextInput
          anchor={`${base}.approximateAge`}
          label="Approximate age"
          hint="If no date of birth"
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          className="intake-field--narrow"
          registration={register(`${base}.approximateAge`, { setValueAs: toAge })}
        />
        <SelectField
          anchor={`${base}.gender`}
          label="Gender"
          options={genders}
          registration={register(`${base}.gender`, { setValueAs: emptyToNull })}
        />
        <SelectField
          anchor={`${base}.hispanicEthnicity`}
          label="Hispanic ethnicity"
          options={ethnicities}
          registration={register(`${base}.hispanicEthnicity`, { setValueAs: emptyToNull })}
        />
      </div>
      <div className="intake-row">
        <SelectField
          anchor={`${base}.primaryRace`}
          label="Primary race"
          options={races}
          registration={register(`${base}.primaryRace`, { setValueAs: emptyToNull })}
        />
        <RadioGroup
          anchor={`${base}.indianChild`}
          label="Indian child (ICWA)"
          options={indianChildOptions}
          registration={register(`${base}.indianChild`)}
          className="intake-inline-radios"
        />
      </div>
      {indianChild === 'YES' && (
        <TextInput
          anchor={`${base}.tribe`}
          label="Tribe"
          hint="The tribe must be notified within 24 hours (TRIBE-24H)."
          autoComplete="off"
          registration={register(`${base}.tribe`)}
        />
      )}
      <PersonDetails index={index} isChild={!!roles?.includes('CHILD')} />
      {roles?.includes('CHILD') && <WhereChildIsNow index={index} />}
      <button type="button" className="usa-button usa-button--unstyled intake-remove" onClick={() => onRemove(index)}>
        Remove person {index + 1}
      </button>
    </fieldset>
  );
});
