import { type DuplicateOriginal, duplicateCarriesSexTrafficking } from './duplicate.rules';
import { mustScreenIn, type RuleActor, type RuleReport, type RuleScreening } from './rule-report';
import type { Violation } from './violation';

// ST-SCREEN-IN, PRESENT-DANGER and TRAINING: checked against a recommendation (draft, submit) or a
// supervisor's decision. `at` is where that choice sits in the report document: 'recommendation'
// for a worker's recommendation, 'screening' for the supervisor's decision.

export type ScreeningPath = 'recommendation' | 'screening';

/**
 * ST-SCREEN-IN: a report with a sex trafficking allegation may not be screened out, except as a
 * duplicate (DUPLICATE-OF passes) whose original has a sex trafficking allegation for every child
 * that has one here. While the original is not known yet (`original` undefined) such a duplicate
 * screen-out is pending: no violation until the server, which looks the original up, answers.
 */
export function stScreenInViolations(
  report: RuleReport,
  screening: RuleScreening | null | undefined,
  at: ScreeningPath,
  original?: DuplicateOriginal | null,
): Violation[] {
  if (screening?.decision !== 'SCREEN_OUT' || !mustScreenIn(report)) return [];
  if (duplicateCarriesSexTrafficking(report, screening, original) !== false) return [];
  return [
    {
      rule: 'ST-SCREEN-IN',
      path: `${at}.decision`,
      message:
        "A report with a sex trafficking allegation must be screened in, whatever the alleged maltreater's relationship to the child: choose screen in (or, for a duplicate, an original that records the sex trafficking allegation of each child).",
    },
  ];
}

/** PRESENT-DANGER: with a present danger threat, any response time but SAME_DAY is refused (none given: no violation). */
export function presentDangerViolations(
  report: RuleReport,
  screening: RuleScreening | null | undefined,
  at: ScreeningPath,
): Violation[] {
  const responseTime = screening?.responseTime;
  if (!report.presentDangerThreat || !responseTime || responseTime === 'SAME_DAY') return [];
  return [
    {
      rule: 'PRESENT-DANGER',
      path: `${at}.responseTime`,
      message:
        'A report with a present danger threat needs a response the same day: choose the same-day response time.',
    },
  ];
}

/** TRAINING: only a user with a recorded sex trafficking training may recommend or decide on a sex trafficking report. */
export function trainingViolations(report: RuleReport, actor: RuleActor, at: ScreeningPath): Violation[] {
  if (actor.sexTraffickingTrainingCompletedOn || !mustScreenIn(report)) return [];
  const act = at === 'screening' ? 'decide' : 'recommend';
  return [
    {
      rule: 'TRAINING',
      path: `${at}.decision`,
      message: `You have no recorded completion of the sex trafficking training, so you may not ${act} screening on a report with a sex trafficking allegation: ask an administrator to record your training, or pass the report to a trained colleague.`,
    },
  ];
}
