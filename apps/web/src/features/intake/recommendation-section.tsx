import { responseTimes, screenOutReasons } from '@cps/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import { DuplicateChoice } from '../duplicates/duplicate-choice';
import { LanguageHints } from './clock-notices';
import { fieldId } from './field-paths';
import { emptyToNull, RadioGroup, SelectField, TextArea } from './fields/inputs';
import { useCheckSnapshot } from './intake-context';
import type { IntakeValues } from './intake-form.schema';
import { SectionHeading } from './section-heading';

const decisions = [
  { code: 'SCREEN_IN', label: 'Screen in' },
  { code: 'SCREEN_OUT', label: 'Screen out' },
];

/** What the rules already say about the choice, before the worker makes it. */
function RuleHints() {
  const { computed } = useCheckSnapshot();
  const reason = useWatch({ name: 'recommendation.screenOutReason' });
  const hints = [
    computed?.mustScreenIn &&
      (reason === 'DUPLICATE_REPORT'
        ? 'This report has a sex trafficking allegation: it may be screened out as a duplicate only if the original records that allegation for the same child (ST-SCREEN-IN).'
        : 'This report has a sex trafficking allegation: it must be screened in, whatever the relationship (ST-SCREEN-IN).'),
    computed?.responseTimeRequired === 'SAME_DAY' &&
      'There is a present danger threat: the response must be the same day (PRESENT-DANGER).',
  ].filter((h): h is string => !!h);
  return (
    <div aria-live="polite">
      {hints.length > 0 && (
        <ul className="usa-list intake-rule-hints">
          {hints.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function RecommendationSection() {
  const { register, control } = useFormContext<IntakeValues>();
  const decision = useWatch({ control, name: 'recommendation.decision' });
  const hintsId = `${fieldId('recommendation.rationale')}-language`;
  return (
    <section className="intake-section" aria-labelledby="section-recommendation-heading" id="section-recommendation">
      <SectionHeading id="recommendation">Recommendation</SectionHeading>
      <RuleHints />
      <RadioGroup
        anchor="recommendation.decision"
        label="Your screening recommendation"
        hint="The supervisor decides; you recommend."
        options={decisions}
        registration={register('recommendation.decision', { setValueAs: emptyToNull })}
        className="intake-inline-radios"
      />
      {decision === 'SCREEN_OUT' && (
        <SelectField
          anchor="recommendation.screenOutReason"
          label="Reason for screening out"
          options={screenOutReasons}
          registration={register('recommendation.screenOutReason', { setValueAs: emptyToNull })}
        />
      )}
      <DuplicateChoice />
      {decision === 'SCREEN_IN' && (
        <SelectField
          anchor="recommendation.responseTime"
          label="Response time"
          options={responseTimes}
          registration={register('recommendation.responseTime', { setValueAs: emptyToNull })}
        />
      )}
      <TextArea
        anchor="recommendation.rationale"
        label="Rationale"
        hint="Why you recommend this."
        rows={5}
        className="intake-field--wide"
        alsoDescribedBy={hintsId}
        registration={register('recommendation.rationale')}
        after={<LanguageHints path="recommendation.rationale" id={hintsId} />}
      />
    </section>
  );
}
