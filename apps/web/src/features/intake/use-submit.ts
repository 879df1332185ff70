import { type AccessReport, type Draft, type RuleActor, submitIssues, submitViolations } from '@cps/domain';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/http';
import type { CheckStore, ServerMessage } from './check-store';
import type { DraftSaver } from './draft-saver';
import { anchorOf } from './field-paths';
import { submitReport } from './intake.api';
import { forRules, type IntakeValues } from './intake-form.schema';
import { valueSnapshot } from './run-checks';

type SubmitDeps = {
  saver: DraftSaver;
  checks: CheckStore;
  actor: RuleActor;
  getValues: () => IntakeValues;
  /** Runs the checks now (not debounced) so the summary lists what is wrong at once. */
  recheck: () => void;
  showSummary: () => void;
  onSubmitted: (report: AccessReport) => void;
};

function serverMessage(values: IntakeValues, path: string, text: string, rule?: string): ServerMessage {
  return { anchor: anchorOf(path, values), path, snapshot: valueSnapshot(values, path), source: 'server', text, rule };
}

/**
 * Submit, idempotent from the UI's side: one request at a time, every change saved first, and a
 * 409 after a lost answer read as "already submitted" when the report is no longer a draft.
 */
export function useSubmit(deps: SubmitDeps) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  const fail = (message: string) => {
    setError(message);
    deps.showSummary();
  };

  async function submit(draft: Draft): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setError(null);
    const { saver, checks } = deps;
    try {
      checks.setServerMessages([]);
      checks.markAttempted();
      const recommendation = draft.recommendation ?? null;
      const blocked =
        submitIssues(draft, recommendation).length + submitViolations(draft, recommendation, deps.actor).length;
      if (blocked > 0) {
        deps.recheck();
        return deps.showSummary();
      }
      if (!(await saver.flush()) || !saver.reportId || saver.version === null) {
        return fail(
          'Your latest changes are not saved yet, so the report was not submitted. See the save status, then submit again.',
        );
      }
      const id = saver.reportId;
      let version = saver.version;
      for (let attempt = 1; ; attempt++) {
        try {
          const report = await submitReport(id, version, recommendation);
          return finish(report);
        } catch (caught) {
          const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'Submitting failed.');
          if (apiError.status === 409) {
            // Read it again: submitted already (our earlier try went through), changed only outside
            // the draft (a notification: submit again on its version), or a real conflict to resolve.
            const server = await saver.refresh();
            if (server && server.status !== 'DRAFT') return finish(server);
            if (saver.getSnapshot().kind === 'conflict') {
              return fail(
                'The report was changed elsewhere while you were working, so it was not submitted. Choose which version of each field to keep (above), then submit again.',
              );
            }
            if (server && attempt < 3 && (await saver.flush()) && saver.version !== null) {
              version = saver.version;
              continue;
            }
            return fail(`${apiError.message} Nothing was submitted.`);
          }
          const values = deps.getValues();
          if (apiError.status === 400) {
            checks.setServerMessages(apiError.issues.map((i) => serverMessage(values, i.path, i.message)));
            deps.recheck();
            // The summary names each field in words; the API's sentence is for programs without a form.
            return fail(
              apiError.issues.length > 0 ? 'The report was not submitted: fix what is listed here.' : apiError.message,
            );
          }
          if (apiError.status === 422 && apiError.rule) {
            // The 422 names the rule; the same rule run here names the field.
            const local = submitViolations(forRules(values), recommendation, deps.actor).find(
              (v) => v.rule === apiError.rule,
            );
            checks.setServerMessages([
              serverMessage(values, local?.path ?? 'recommendation.decision', apiError.message, apiError.rule),
            ]);
            deps.recheck();
            return fail(`${apiError.rule}: ${apiError.message}`);
          }
          return fail(
            `${apiError.message} The report may not have been submitted: press Submit again. It is never submitted twice.`,
          );
        }
      }
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }

    function finish(report: AccessReport) {
      saver.finish();
      deps.onSubmitted(report);
    }
  }

  return { submit, submitting, error, clearError: () => setError(null) };
}
