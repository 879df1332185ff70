import { incidentLocationTypes } from '@cps/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import { AddressFields } from './address-fields';
import { fieldId } from './field-paths';
import { YesNoRadios } from './fields/choice-groups';
import { Checkbox, emptyToNull, SelectField, TextArea, TextInput } from './fields/inputs';
import type { IntakeValues } from './intake-form.schema';
import { SectionHeading } from './section-heading';

/** When and where it happened, as far as the caller knows, and what a worker going out should know. */
export function IncidentSection() {
  const { register, control } = useFormContext<IntakeValues>();
  const concerns = useWatch({ control, name: 'workerSafetyConcerns.present' });
  return (
    <section className="intake-section" aria-labelledby="section-incident-heading" id="section-incident">
      <SectionHeading id="incident">Incident</SectionHeading>
      <div className="intake-row">
        <TextInput
          anchor="incident.occurredOn"
          label="Date it happened"
          hint="Not in the future. Leave empty if not known."
          type="date"
          registration={register('incident.occurredOn', { setValueAs: emptyToNull })}
        />
        <SelectField
          anchor="incident.locationType"
          label="Kind of place"
          options={incidentLocationTypes}
          registration={register('incident.locationType', { setValueAs: emptyToNull })}
        />
      </div>
      <div className="usa-form-group">
        <Checkbox
          id={fieldId('incident.occurredOnIsApproximate')}
          label="The date is approximate"
          {...register('incident.occurredOnIsApproximate')}
        />
      </div>
      <AddressFields base="incident.address" legend="Where it happened" addLabel="Add the address where it happened" />
      <TextArea
        anchor="incident.description"
        label="What is known about the incident"
        rows={3}
        registration={register('incident.description')}
      />
      <YesNoRadios
        name="workerSafetyConcerns.present"
        legend="Worker safety concerns"
        hint="Anything the worker going out should know: weapons, animals, threats."
      />
      {concerns === true && (
        <TextArea
          anchor="workerSafetyConcerns.description"
          label="Describe the safety concerns"
          rows={2}
          registration={register('workerSafetyConcerns.description')}
        />
      )}
    </section>
  );
}
