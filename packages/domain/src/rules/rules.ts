import { stAgeViolations, stIndicatorViolations, stNeglectViolations, stTypeViolations } from './allegation.rules';
import type { RuleActor, RuleReport, RuleScreening } from './rule-report';
import { presentDangerViolations, stScreenInViolations, trainingViolations } from './screening.rules';
import { sortViolations, type Violation } from './violation';

// The entry points of the rules table. Each returns violations sorted in RULE_ORDER, then by path,
// so the API answers a 422 with the first and the form lists them all.

function allegationViolations(report: RuleReport): Violation[] {
  return [
    ...stAgeViolations(report),
    ...stTypeViolations(report),
    ...stNeglectViolations(report),
    ...stIndicatorViolations(report),
  ];
}

/**
 * What the form shows as the worker types (computed.violations): the allegation rules, and
 * ST-SCREEN-IN and PRESENT-DANGER against the draft's recommendation; TRAINING only when the
 * actor is known.
 */
export function draftViolations(report: RuleReport, actor?: RuleActor | null): Violation[] {
  const recommendation = report.recommendation;
  return sortViolations([
    ...allegationViolations(report),
    ...stScreenInViolations(report, recommendation, 'recommendation'),
    ...presentDangerViolations(report, recommendation, 'recommendation'),
    ...(actor ? trainingViolations(report, actor, 'recommendation') : []),
  ]);
}

/** The rules that refuse POST /submit (422), against the recommendation being submitted. */
export function submitViolations(
  report: RuleReport,
  recommendation: RuleScreening | null | undefined,
  actor: RuleActor,
): Violation[] {
  return sortViolations([
    ...allegationViolations(report),
    ...stScreenInViolations(report, recommendation, 'recommendation'),
    ...presentDangerViolations(report, recommendation, 'recommendation'),
    ...trainingViolations(report, actor, 'recommendation'),
  ]);
}

/** The rules that refuse a supervisor's screening decision (422); paths under `screening.`. */
export function decisionViolations(report: RuleReport, decision: RuleScreening, actor: RuleActor): Violation[] {
  return sortViolations([
    ...stScreenInViolations(report, decision, 'screening'),
    ...presentDangerViolations(report, decision, 'screening'),
    ...trainingViolations(report, actor, 'screening'),
  ]);
}
