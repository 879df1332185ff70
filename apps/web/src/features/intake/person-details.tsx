import { safeNowValues } from '@cps/domain';
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { AddressFields } from './address-fields';
import { fieldId } from './field-paths';
import { YesNoRadios } from './fields/choice-groups';
import { Checkbox, RadioGroup, TextArea, TextInput } from './fields/inputs';
import type { IntakeValues } from './intake-form.schema';

/** A person's contact details on the report: address, phone, language and interpreter, a child's school. */
export function PersonDetails({ index, isChild }: { index: number; isChild: boolean }) {
  const { getValues } = useFormContext<IntakeValues>();
  const base = `persons.${index}` as const;
  // Closed until there is a detail or the worker asks: most callers know few of them.
  const [open, setOpen] = useState<'closed' | 'open' | 'opened'>(() => {
    const p = getValues(base);
    return p && (p.address || p.phone || p.primaryLanguage || p.interpreterNeeded || p.school) ? 'open' : 'closed';
  });
  if (open === 'closed') {
    return (
      <p>
        <button
          type="button"
          className="usa-button usa-button--outline usa-button--small"
          onClick={() => setOpen('opened')}
        >
          Add address, phone, language{isChild ? ', school' : ''} for person {index + 1}
        </button>
      </p>
    );
  }
  return <OpenPersonDetails index={index} isChild={isChild} focusFirst={open === 'opened'} />;
}

function OpenPersonDetails({ index, isChild, focusFirst }: { index: number; isChild: boolean; focusFirst: boolean }) {
  const { register } = useFormContext<IntakeValues>();
  const base = `persons.${index}` as const;
  useEffect(() => {
    if (focusFirst) document.getElementById(fieldId(`${base}.phone`))?.focus();
  }, [focusFirst, base]);
  return (
    <div className="intake-person-details">
      <div className="intake-row">
        <TextInput
          anchor={`${base}.phone`}
          label="Phone"
          type="tel"
          autoComplete="off"
          registration={register(`${base}.phone`)}
        />
        <TextInput
          anchor={`${base}.primaryLanguage`}
          label="Primary language"
          autoComplete="off"
          registration={register(`${base}.primaryLanguage`)}
        />
        {isChild && (
          <TextInput
            anchor={`${base}.school`}
            label="School"
            autoComplete="off"
            registration={register(`${base}.school`)}
          />
        )}
      </div>
      <div className="usa-form-group">
        <Checkbox
          id={fieldId(`${base}.interpreterNeeded`)}
          label="An interpreter is needed"
          {...register(`${base}.interpreterNeeded`)}
        />
      </div>
      <AddressFields
        base={`${base}.address`}
        legend={`Address of person ${index + 1}`}
        addLabel={`Add an address for person ${index + 1}`}
      />
    </div>
  );
}

/** Where the child is now: known or not, where, and whether the child is safe now (submit needs it). */
export function WhereChildIsNow({ index }: { index: number }) {
  const { register, control } = useFormContext<IntakeValues>();
  const base = `persons.${index}.currentLocation` as const;
  const known = useWatch({ control, name: `${base}.known` });
  return (
    <fieldset className="usa-fieldset intake-where-now">
      <legend className="usa-legend usa-legend--large">Where the child is now</legend>
      <YesNoRadios name={`${base}.known`} legend="Is it known where the child is now?" />
      <TextArea
        anchor={`${base}.description`}
        label={known === false ? 'Why it is not known, and what is known' : 'Where the child is'}
        hint={known === false ? 'With present danger, say why: the response is the same day.' : undefined}
        rows={2}
        registration={register(`${base}.description`)}
      />
      {known === true && (
        <>
          <RadioGroup
            anchor={`${base}.safeNow`}
            label="Is the child safe now?"
            options={safeNowValues}
            registration={register(`${base}.safeNow`)}
            className="intake-inline-radios"
          />
          <AddressFields
            base={`${base}.address`}
            legend="Address where the child is now"
            addLabel="Add the address where the child is now"
          />
        </>
      )}
    </fieldset>
  );
}
