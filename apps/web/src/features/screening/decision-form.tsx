import {
  type AccessReport,
  decisionSchema,
  decisionViolations,
  responseTimes,
  screenOutReasons,
  type User,
} from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type FieldErrors as FormErrors, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/alert';
import { OriginalChoice } from '../duplicates/original-choice';
import { ChoiceFieldset, FormField, Radio, ruleText } from './form-fields';
import { responseTimeLabel } from './labels';
import { recordDecision } from './screening.api';

type DecisionInput = z.input<typeof decisionSchema>;
type DecisionOutput = z.output<typeof decisionSchema>;

type DecisionFormProps = {
  report: AccessReport;
  user: User;
  onDecided: (report: AccessReport) => void;
  /** 409: someone decided or changed the report meanwhile; the page reloads it. */
  onConflict: (message: string) => void;
};

/**
 * The supervisor's screening decision, pre-filled from the worker's recommendation. The shared
 * rules (ST-SCREEN-IN, PRESENT-DANGER, TRAINING) run as the supervisor chooses, as the API will.
 */
export function DecisionForm({ report, user, onDecided, onConflict }: DecisionFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const recommendation = report.recommendation;
  const { register, handleSubmit, watch, setError, formState } = useForm<DecisionInput, unknown, DecisionOutput>({
    resolver: zodResolver(decisionSchema),
    defaultValues: {
      version: report.version,
      decision: recommendation?.decision ?? undefined,
      screenOutReason: recommendation?.screenOutReason ?? null,
      responseTime: recommendation?.responseTime ?? null,
      rationale: recommendation?.rationale ?? '',
      duplicateOfReportId: recommendation?.duplicateOfReportId ?? null,
    },
  });
  const decision = watch('decision');
  const responseTime = watch('responseTime');
  const screenOutReason = watch('screenOutReason');
  const duplicateOfReportId = watch('duplicateOfReportId');
  const asDuplicate = decision === 'SCREEN_OUT' && screenOutReason === 'DUPLICATE_REPORT';
  // As the API receives it: a response time only with a screen-in, an original only with a duplicate.
  // The original is the API's to check (DUPLICATE-OF): here its rule and ST-SCREEN-IN's exception wait.
  const violations = decisionViolations(
    report,
    {
      decision,
      responseTime: decision === 'SCREEN_IN' ? responseTime : null,
      screenOutReason: decision === 'SCREEN_OUT' ? screenOutReason : null,
      duplicateOfReportId: asDuplicate ? duplicateOfReportId : null,
    },
    user,
  );
  const decisionRules = violations.filter((v) => v.path === 'screening.decision').map(ruleText);
  const responseRules = violations.filter((v) => v.path === 'screening.responseTime').map(ruleText);
  const originalRules = violations.filter((v) => v.path === 'screening.duplicateOfReportId').map(ruleText);
  const errors = fieldErrors(formState.errors);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    // The chosen radio takes the focus, with its rule's message read as its group's description.
    if (decisionRules.length)
      return document.getElementById(values.decision === 'SCREEN_OUT' ? 'decision-out' : 'decision-in')?.focus();
    if (responseRules.length) return document.getElementById(`response-time-${values.responseTime}`)?.focus();
    const choice =
      values.decision === 'SCREEN_OUT'
        ? {
            decision: values.decision,
            screenOutReason: values.screenOutReason,
            ...(values.screenOutReason === 'DUPLICATE_REPORT' && { duplicateOfReportId: values.duplicateOfReportId }),
          }
        : { decision: values.decision, responseTime: values.responseTime };
    try {
      onDecided(await recordDecision(report.id, { version: report.version, ...choice, rationale: values.rationale }));
    } catch (error) {
      if (!(error instanceof ApiError)) return setServerError('The decision could not be recorded. Try again.');
      if (error.status === 409) return onConflict(error.message);
      for (const issue of error.issues) {
        if (['decision', 'screenOutReason', 'responseTime', 'rationale', 'duplicateOfReportId'].includes(issue.path)) {
          setError(issue.path as keyof DecisionInput, { message: issue.message });
        }
      }
      setServerError(error.rule ? ruleText({ rule: error.rule, message: error.message }) : error.message);
    }
  });

  return (
    <form
      className="usa-form usa-form--large maxw-tablet"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="decision-heading"
    >
      {serverError && <Alert type="error">{serverError}</Alert>}
      <ChoiceFieldset
        id="decision"
        legend="Your decision"
        hint={
          report.computed.mustScreenIn
            ? 'This report has a sex trafficking allegation: it must be screened in (ST-SCREEN-IN).'
            : undefined
        }
        errors={[...decisionRules, ...(errors.decision ? [errors.decision] : [])]}
        announce
      >
        <Radio id="decision-in" label="Screen in" value="SCREEN_IN" tile {...register('decision')} />
        <Radio id="decision-out" label="Screen out" value="SCREEN_OUT" tile {...register('decision')} />
      </ChoiceFieldset>

      {decision === 'SCREEN_OUT' && (
        <FormField
          id="screen-out-reason"
          label="Reason for screening out"
          error={errors.screenOutReason}
          control="usa-select"
        >
          {(props) => (
            <select {...props} {...register('screenOutReason', { setValueAs: (v: string | null) => v || null })}>
              <option value="">- Choose a reason -</option>
              {screenOutReasons.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}

      {asDuplicate && (
        <OriginalChoice
          report={report}
          registration={register('duplicateOfReportId')}
          chosen={duplicateOfReportId}
          errors={[...originalRules, ...(errors.duplicateOfReportId ? [errors.duplicateOfReportId] : [])]}
        />
      )}

      {decision === 'SCREEN_IN' && (
        <ChoiceFieldset
          id="response-time"
          legend="Response time"
          hint={
            report.computed.responseTimeRequired
              ? `Present danger threat: the response must be ${responseTimeLabel(report.computed.responseTimeRequired).toLowerCase()} (PRESENT-DANGER).`
              : undefined
          }
          errors={[...responseRules, ...(errors.responseTime ? [errors.responseTime] : [])]}
          announce
        >
          {responseTimes.map((r) => (
            <Radio
              key={r.code}
              id={`response-time-${r.code}`}
              label={r.label}
              value={r.code}
              {...register('responseTime')}
            />
          ))}
        </ChoiceFieldset>
      )}

      <FormField
        id="decision-rationale"
        label="Rationale"
        hint="Pre-filled with the worker's rationale. Say why you decide this."
        error={errors.rationale}
        control="usa-textarea"
      >
        {(props) => <textarea {...props} {...register('rationale')} />}
      </FormField>

      <p className="usa-hint">Decisions are final: once recorded, they cannot be changed.</p>
      <button type="submit" className="usa-button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Recording…' : 'Record decision'}
      </button>
    </form>
  );
}

type Field = 'decision' | 'screenOutReason' | 'responseTime' | 'rationale' | 'duplicateOfReportId';

/** The schema's messages are fragments ("is required: say why"); people read whole sentences. */
function fieldErrors(errors: FormErrors<DecisionInput>): Partial<Record<Field, string>> {
  const rationale = errors.rationale?.message;
  return {
    decision: errors.decision && 'Choose screen in or screen out.',
    screenOutReason: errors.screenOutReason && 'Choose the reason for screening out.',
    responseTime: errors.responseTime && 'Choose a response time.',
    duplicateOfReportId: errors.duplicateOfReportId && 'Choose the original report this one duplicates.',
    rationale:
      rationale && (/is required/.test(rationale) ? 'Write why you decide this.' : `The rationale ${rationale}.`),
  };
}
