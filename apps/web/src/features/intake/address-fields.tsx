import { COUNTY_NAMES, countyForCity } from '@cps/domain';
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { fieldId } from './field-paths';
import { emptyToNull, SelectField, TextInput } from './fields/inputs';
import type { IntakeValues } from './intake-form.schema';

// One address, wherever the report has one (the incident, a person, where a child is now): the
// fields of the domain's Address. When the city is a county seat or is named like a county, the
// form offers that county ("County: Milwaukee (from the city)"); the worker can always change it.

const countyOptions = Object.entries(COUNTY_NAMES)
  .map(([name, code]) => ({ code, label: name }))
  .sort((a, b) => a.label.localeCompare(b.label));
const countyName = (code: string | null | undefined) => countyOptions.find((c) => c.code === code)?.label ?? null;

/** The form paths that hold an address. */
export type AddressPath =
  | 'incident.address'
  | `persons.${number}.address`
  | `persons.${number}.currentLocation.address`;

/**
 * The address fields, once there is an address or the worker asks for them ("Add …"): most people
 * of a call have none, and a card of empty address fields is only in the way.
 */
export function AddressFields({ base, legend, addLabel }: { base: AddressPath; legend: string; addLabel: string }) {
  const { getValues } = useFormContext<IntakeValues>();
  const [open, setOpen] = useState<'closed' | 'open' | 'opened'>(() => (getValues(base) ? 'open' : 'closed'));
  if (open === 'closed') {
    return (
      <p>
        <button
          type="button"
          className="usa-button usa-button--outline usa-button--small"
          onClick={() => setOpen('opened')}
        >
          {addLabel}
        </button>
      </p>
    );
  }
  return <OpenAddressFields base={base} legend={legend} focusFirst={open === 'opened'} />;
}

function OpenAddressFields({ base, legend, focusFirst }: { base: AddressPath; legend: string; focusFirst: boolean }) {
  const { register, control, setValue } = useFormContext<IntakeValues>();
  // Opened by the worker's button: the first field takes the focus the button had.
  useEffect(() => {
    if (focusFirst) document.getElementById(fieldId(`${base}.line1`))?.focus();
  }, [focusFirst, base]);
  const [city, countyCode] = useWatch({ control, name: [`${base}.city`, `${base}.countyCode`] }) as [
    string | null | undefined,
    string | null | undefined,
  ];
  const offered = countyForCity(city);
  const offer = offered && offered !== countyCode ? countyName(offered) : null;
  return (
    <fieldset className="usa-fieldset intake-address">
      <legend className="usa-legend">{legend}</legend>
      <TextInput
        anchor={`${base}.line1`}
        label="Street address"
        autoComplete="off"
        registration={register(`${base}.line1`)}
      />
      <TextInput
        anchor={`${base}.line2`}
        label="Apartment, room or unit (optional)"
        autoComplete="off"
        registration={register(`${base}.line2`)}
      />
      <div className="intake-row">
        <TextInput anchor={`${base}.city`} label="City" autoComplete="off" registration={register(`${base}.city`)} />
        <TextInput
          anchor={`${base}.state`}
          label="State"
          hint="Two letters, WI if left empty"
          className="intake-field--narrow"
          autoComplete="off"
          maxLength={2}
          registration={register(`${base}.state`, { setValueAs: (v) => (v ? String(v).toUpperCase() : v) })}
        />
        <TextInput
          anchor={`${base}.zip`}
          label="ZIP code (optional)"
          hint="53202 or 53202-1234"
          className="intake-field--narrow"
          inputMode="numeric"
          autoComplete="off"
          registration={register(`${base}.zip`)}
        />
      </div>
      <SelectField
        anchor={`${base}.countyCode`}
        label="County (optional)"
        options={countyOptions}
        registration={register(`${base}.countyCode`, { setValueAs: emptyToNull })}
      />
      {offer && offered && (
        <p className="usa-hint">
          County: {offer} (from the city){' '}
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={() => setValue(`${base}.countyCode`, offered, { shouldDirty: true })}
          >
            Use {offer} County
          </button>
        </p>
      )}
    </fieldset>
  );
}
