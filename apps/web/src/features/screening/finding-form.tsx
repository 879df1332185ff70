import {
  type AccessReport,
  type FindingInput,
  findingSchema,
  findingViolations,
  parentalInvolvementValues,
  type ReportAllegation,
} from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/alert';
import { ChoiceFieldset, FieldErrors, FormField, Radio, ruleText } from './form-fields';
import { UNNAMED, yesNoUnknownLabel } from './labels';
import { recordFinding } from './screening.api';

type FindingFormInput = z.input<typeof findingSchema>;

type FindingFormProps = {
  report: AccessReport;
  allegation: ReportAllegation;
  /** "Maya Thompson: Sexual abuse, sex trafficking": which allegation, for screen readers' group name. */
  title: string;
  maltreaterNames: string[];
  onSaved: (allegation: ReportAllegation) => void;
  onCancel?: () => void;
};

/**
 * The initial-assessment finding of one allegation. FINDING-INTERVIEW runs as the person chooses:
 * substantiating against a known alleged maltreater needs their interview by CPS or law enforcement.
 */
export function FindingForm({ report, allegation, title, maltreaterNames, onSaved, onCancel }: FindingFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const recorded = allegation.finding;
  const { register, handleSubmit, watch, setFocus, formState } = useForm<FindingFormInput, unknown, FindingInput>({
    resolver: zodResolver(findingSchema),
    defaultValues: {
      finding: recorded?.finding,
      maltreaterInterviewed: recorded?.maltreaterInterviewed ?? false,
      parentalInvolvement: recorded?.parentalInvolvement ?? null,
      rationale: recorded?.rationale ?? '',
    },
  });
  useEffect(() => {
    if (onCancel) setFocus('finding'); // opened to change a recorded finding
  }, [onCancel, setFocus]);

  const finding = watch('finding');
  const maltreaterInterviewed = watch('maltreaterInterviewed');
  const interviewRules = findingViolations(report.status, allegation, { finding, maltreaterInterviewed })
    .filter((v) => v.rule === 'FINDING-INTERVIEW')
    .map(ruleText);
  const id = (field: string) => `finding-${allegation.key}-${field}`;
  const e = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    if (interviewRules.length) return setFocus('maltreaterInterviewed');
    try {
      onSaved(
        await recordFinding(allegation.id, { ...values, parentalInvolvement: values.parentalInvolvement ?? null }),
      );
    } catch (error) {
      if (!(error instanceof ApiError)) return setServerError('The finding could not be saved. Try again.');
      setServerError(error.rule ? ruleText({ rule: error.rule, message: error.message }) : error.message);
    }
  });

  const knownMaltreater = allegation.maltreaterKeys.length > 0;
  return (
    <form className="usa-form usa-form--large margin-top-3" onSubmit={onSubmit} noValidate>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <fieldset className="usa-fieldset">
        <legend className="usa-legend text-bold">
          Record the finding <span className="usa-sr-only">for {title}</span>
        </legend>
        <ChoiceFieldset
          id={id('value')}
          legend="Finding"
          errors={e.finding ? ['Choose substantiated or unsubstantiated.'] : []}
        >
          <Radio id={id('substantiated')} label="Substantiated" value="SUBSTANTIATED" {...register('finding')} />
          <Radio id={id('unsubstantiated')} label="Unsubstantiated" value="UNSUBSTANTIATED" {...register('finding')} />
        </ChoiceFieldset>

        <div className={interviewRules.length ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
          <span className="usa-hint display-block" id={id('interview-hint')}>
            {knownMaltreater
              ? `Alleged maltreater: ${maltreaterNames.map((n) => (n === UNNAMED ? 'recorded, name not known' : n)).join('; ')}.`
              : 'Alleged maltreater unknown: the allegation can be substantiated without an interview.'}
          </span>
          <FieldErrors id={id('interview-error')} errors={interviewRules} announce />
          <div className="usa-checkbox">
            <input
              className="usa-checkbox__input"
              id={id('interviewed')}
              type="checkbox"
              aria-invalid={interviewRules.length ? true : undefined}
              aria-describedby={
                interviewRules.length ? `${id('interview-hint')} ${id('interview-error')}` : id('interview-hint')
              }
              {...register('maltreaterInterviewed')}
            />
            <label className="usa-checkbox__label" htmlFor={id('interviewed')}>
              CPS or law enforcement interviewed the alleged maltreater
            </label>
          </div>
        </div>

        <ChoiceFieldset
          id={id('parental')}
          legend="Parental involvement (optional)"
          hint="Was a parent involved in the maltreatment?"
        >
          {parentalInvolvementValues.map((value) => (
            <Radio
              key={value}
              id={id(`parental-${value}`)}
              label={yesNoUnknownLabel(value)}
              value={value}
              {...register('parentalInvolvement')}
            />
          ))}
        </ChoiceFieldset>

        <FormField
          id={id('rationale')}
          label="Rationale"
          hint="The evidence for the finding."
          error={
            e.rationale &&
            (/is required/.test(e.rationale.message ?? '')
              ? 'Write the evidence for the finding.'
              : `The rationale ${e.rationale.message}.`)
          }
          control="usa-textarea"
        >
          {(props) => <textarea {...props} {...register('rationale')} />}
        </FormField>

        <div className="margin-top-3">
          <button type="submit" className="usa-button" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? 'Saving…' : 'Save finding'}
          </button>
          {onCancel && (
            <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
