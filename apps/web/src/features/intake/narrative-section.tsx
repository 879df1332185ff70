import { useFormContext, useWatch } from 'react-hook-form';
import { LanguageHints } from './clock-notices';
import { fieldId } from './field-paths';
import { TextArea } from './fields/inputs';
import type { IntakeValues } from './intake-form.schema';
import { SectionHeading } from './section-heading';

const MAX = 20_000;

function CharacterCount() {
  const { control } = useFormContext<IntakeValues>();
  const length = (useWatch({ control, name: 'narrative' }) ?? '').length;
  return (
    <p className={`usa-hint margin-top-05${length > MAX ? ' text-secondary-dark text-bold' : ''}`}>
      {length.toLocaleString('en-US')} of {MAX.toLocaleString('en-US')} characters
    </p>
  );
}

export function NarrativeSection() {
  const { register } = useFormContext<IntakeValues>();
  const hintsId = `${fieldId('narrative')}-language`;
  return (
    <section className="intake-section" aria-labelledby="section-narrative-heading" id="section-narrative">
      <SectionHeading id="narrative">Narrative</SectionHeading>
      <TextArea
        anchor="narrative"
        label="What the caller reports"
        hint="In the caller's words where it matters. Saved as you type."
        rows={14}
        spellCheck
        className="intake-field--wide"
        alsoDescribedBy={hintsId}
        registration={register('narrative')}
        after={
          <>
            <CharacterCount />
            <LanguageHints path="narrative" id={hintsId} />
          </>
        }
      />
    </section>
  );
}
