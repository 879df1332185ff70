import { reporterTypes } from '@cps/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import { fieldId } from './field-paths';
import { YesNoRadios } from './fields/choice-groups';
import { Checkbox, emptyToNull, SelectField, TextInput } from './fields/inputs';
import type { IntakeValues } from './intake-form.schema';
import { SectionHeading } from './section-heading';

export function ReporterSection() {
  const { register, control, setValue } = useFormContext<IntakeValues>();
  const anonymous = useWatch({ control, name: 'reporter.anonymous' }) ?? false;
  const anonymousField = register('reporter.anonymous', {
    onChange: (event: { target: { checked: boolean } }) => {
      // An anonymous reporter gave no name: what was typed goes, so it is never saved.
      if (event.target.checked) {
        setValue('reporter.name', '', { shouldDirty: true });
        setValue('reporter.phone', '', { shouldDirty: true });
      }
    },
  });
  return (
    <section className="intake-section" aria-labelledby="section-reporter-heading" id="section-reporter">
      <SectionHeading id="reporter">Reporter</SectionHeading>
      <SelectField
        anchor="reporter.type"
        label="Reporter type"
        hint="What kind of source this is. Choose Anonymous only when even that is unknown."
        options={reporterTypes}
        registration={register('reporter.type', { setValueAs: emptyToNull })}
      />
      <div className="usa-form-group">
        <Checkbox
          id={fieldId('reporter.anonymous')}
          label="The reporter did not give a name (anonymous)"
          {...anonymousField}
        />
      </div>
      <div className="intake-row">
        <TextInput
          anchor="reporter.name"
          label="Reporter name"
          autoComplete="off"
          disabled={anonymous}
          hint={anonymous ? 'Not recorded for an anonymous reporter.' : undefined}
          registration={register('reporter.name')}
        />
        <TextInput
          anchor="reporter.phone"
          label="Reporter phone"
          type="tel"
          autoComplete="off"
          disabled={anonymous}
          registration={register('reporter.phone')}
        />
      </div>
      <TextInput
        anchor="reporter.relationshipToChild"
        label="Reporter's relationship to the child"
        hint="For example: school counselor, aunt, neighbor"
        autoComplete="off"
        registration={register('reporter.relationshipToChild')}
      />
      <YesNoRadios name="reporter.mandatedReporter" legend="Is the reporter a mandated reporter?" />
    </section>
  );
}
