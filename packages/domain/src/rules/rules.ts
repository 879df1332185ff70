import { stAgeViolations, stIndicatorViolations, stNeglectViolations, stTypeViolations } from './allegation.rules';
import { type DuplicateOriginal, duplicateOfViolations } from './duplicate.rules';
import type { RuleActor, RuleReport, RuleScreening } from './rule-report';
import { presentDangerViolations, stScreenInViolations, trainingViolations } from './screening.rules';
import { sortViolations, type Violation } from './violation';

// The entry points of the rules table. Each returns violations sorted in RULE_ORDER, then by path,
// so the API answers a 422 with the first and the form lists them all.
//
// `original`: the report a DUPLICATE_REPORT screen-out names, as the API looked it up in the
// report's county (null: no such report there); undefined while it is not known (the browser's
// live check), when DUPLICATE-OF and the duplicate exception of ST-SCREEN-IN are pending.

function allegationViolations(report: RuleReport): Violation[] {
  return [
    ...stAgeViolations(report),
    ...stTypeViolations(report),
    ...stNeglectViolations(report),
    ...stIndicatorViolations(report),
  ];
}

function screeningViolations(
  report: RuleReport,
  screening: RuleScreening | null | undefined,
  at: 'recommendation' | 'screening',
  original: DuplicateOriginal | null | undefined,
): Violation[] {
  return [
    ...stScreenInViolations(report, screening, at, original),
    ...presentDangerViolations(report, screening, at),
    ...duplicateOfViolations(report, screening, original, at),
  ];
}

/**
 * What the form shows as the worker types (computed.violations): the allegation rules, and
 * ST-SCREEN-IN, PRESENT-DANGER and DUPLICATE-OF against the draft's recommendation; TRAINING only
 * when the actor is known.
 */
export function draftViolations(
  report: RuleReport,
  actor?: RuleActor | null,
  original?: DuplicateOriginal | null,
): Violation[] {
  const recommendation = report.recommendation;
  return sortViolations([
    ...allegationViolations(report),
    ...screeningViolations(report, recommendation, 'recommendation', original),
    ...(actor ? trainingViolations(report, actor, 'recommendation') : []),
  ]);
}

/** The rules that refuse POST /submit (422), against the recommendation being submitted. */
export function submitViolations(
  report: RuleReport,
  recommendation: RuleScreening | null | undefined,
  actor: RuleActor,
  original?: DuplicateOriginal | null,
): Violation[] {
  return sortViolations([
    ...allegationViolations(report),
    ...screeningViolations(report, recommendation, 'recommendation', original),
    ...trainingViolations(report, actor, 'recommendation'),
  ]);
}

/** The rules that refuse a supervisor's screening decision (422); paths under `screening.`. */
export function decisionViolations(
  report: RuleReport,
  decision: RuleScreening,
  actor: RuleActor,
  original?: DuplicateOriginal | null,
): Violation[] {
  return sortViolations([
    ...screeningViolations(report, decision, 'screening', original),
    ...trainingViolations(report, actor, 'screening'),
  ]);
}
