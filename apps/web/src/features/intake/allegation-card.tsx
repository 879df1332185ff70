import { maltreatmentTypes, relationships } from '@cps/domain';
import { memo } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { CaregiverSuggestion } from '../household/caregiver-suggestion';
import { fieldId } from './field-paths';
import { CheckboxGroup } from './fields/choice-groups';
import { FieldMessages } from './fields/field-messages';
import { FieldShell, GroupShell } from './fields/field-shell';
import { Checkbox, emptyToNull, type Option, SelectField } from './fields/inputs';
import { useMessagesAt } from './intake-context';
import type { IntakeValues } from './intake-form.schema';
import { useChildren, usePeopleDirectory } from './people-directory';

/** The SEX_TRAFFICKING descriptor as one checkbox over the descriptors list. */
function SexTraffickingCheckbox({ index }: { index: number }) {
  const { control } = useFormContext<IntakeValues>();
  const { field } = useController({ control, name: `allegations.${index}.descriptors` });
  const anchor = `allegations.${index}.descriptors`;
  const checked = (field.value ?? []).includes('SEX_TRAFFICKING');
  return (
    <GroupShell anchor={anchor} legend="Child sex trafficking" legendClassName="usa-sr-only">
      {({ firstId, describedBy }) => (
        <Checkbox
          id={firstId}
          label="Sex trafficking is alleged (descriptor on this allegation)"
          checked={checked}
          aria-describedby={describedBy}
          onChange={(e) => field.onChange(e.target.checked ? ['SEX_TRAFFICKING'] : [])}
          onBlur={field.onBlur}
        />
      )}
    </GroupShell>
  );
}

/**
 * Controlled, unlike the other selects: its options are the report's children, which may appear
 * in the same change that sets the value (undo, "Use theirs"), before the option exists.
 */
function ChildSelect({ index, options }: { index: number; options: readonly Option[] }) {
  const { control } = useFormContext<IntakeValues>();
  const { field } = useController({ control, name: `allegations.${index}.childKey` });
  return (
    <FieldShell
      anchor={`allegations.${index}.childKey`}
      label="Child"
      hint={options.length ? undefined : 'Add the child under People first.'}
    >
      {({ invalid, ...a11y }) => (
        <select
          {...a11y}
          name={field.name}
          ref={field.ref}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(emptyToNull(e.target.value))}
          onBlur={field.onBlur}
          className={`usa-select${invalid ? ' usa-input--error' : ''}`}
        >
          <option value="">- Select -</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export const AllegationCard = memo(function AllegationCard({
  index,
  onRemove,
}: {
  index: number;
  onRemove: (index: number) => void;
}) {
  const { register, control } = useFormContext<IntakeValues>();
  const base = `allegations.${index}` as const;
  const childKey = useWatch({ control, name: `${base}.childKey` });
  const people = usePeopleDirectory();
  const children = useChildren();
  const cardMessages = useMessagesAt(base);
  const childOptions = children.map((c) => ({
    code: c.key,
    label: `${c.name || 'Name not known'} (person ${c.number})`,
  }));
  const maltreaterOptions = people
    .filter((p) => p.roles.includes('ALLEGED_MALTREATER') && p.key !== childKey)
    .map((p) => ({ code: p.key, label: `${p.name || 'Name not known'} (person ${p.number})` }));
  return (
    <fieldset className="usa-fieldset intake-card">
      <legend className="intake-card__title" id={fieldId(base)} tabIndex={-1}>
        Allegation {index + 1}
      </legend>
      <FieldMessages id={`${fieldId(base)}-messages`} messages={cardMessages} />
      <div className="intake-row">
        <ChildSelect index={index} options={childOptions} />
        <SelectField
          anchor={`${base}.maltreatmentType`}
          label="Maltreatment type"
          options={maltreatmentTypes}
          registration={register(`${base}.maltreatmentType`, { setValueAs: emptyToNull })}
        />
      </div>
      <SexTraffickingCheckbox index={index} />
      <CheckboxGroup
        name={`${base}.maltreaterKeys`}
        anchor={`${base}.maltreaterKeys`}
        legend="Alleged maltreaters"
        hint="Leave all unchecked when the alleged maltreater is unknown."
        options={maltreaterOptions}
        empty={
          <p className="margin-y-1">
            No alleged maltreater added: recorded as unknown. Add one under People if the caller names them.
          </p>
        }
      />
      <SelectField
        anchor={`${base}.maltreaterRelationship`}
        label="Alleged maltreater's relationship to the child"
        options={relationships}
        registration={register(`${base}.maltreaterRelationship`, { setValueAs: emptyToNull })}
      />
      <CaregiverSuggestion index={index} />
      <button type="button" className="usa-button usa-button--unstyled intake-remove" onClick={() => onRemove(index)}>
        Remove allegation {index + 1}
      </button>
    </fieldset>
  );
});
