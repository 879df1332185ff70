import { type ClockNotification, type Clocks, computeClocks, type Holidays } from '../clocks/clocks';
import { type ResponseClock, type ResponseContact, type ResponseTime, responseClock } from '../clocks/response';
import type { findingValues, reportStatuses } from '../codes/code-lists';
import { type DuplicateOriginal, duplicateCarriesSexTrafficking } from '../rules/duplicate.rules';
import { type LanguageWarning, languageWarnings } from '../rules/person-first';
import {
  mustScreenIn,
  type RuleActor,
  type RuleAllegation,
  type RuleReport,
  responseTimeRequired,
} from '../rules/rule-report';
import { draftViolations } from '../rules/rules';
import type { Violation } from '../rules/violation';

type FindingValue = (typeof findingValues)[number];

/** The draft document as stored: plus status, notifications and each allegation's finding. */
export type ComputeInput = Omit<RuleReport, 'allegations'> & {
  status: (typeof reportStatuses)[number];
  narrative?: string | null;
  allegations?: readonly (RuleAllegation & { finding?: { finding: FindingValue } | FindingValue | null })[] | null;
  lawEnforcementNotifications?: readonly ClockNotification[] | null;
  tribalNotifications?: readonly ClockNotification[] | null;
  /** The supervisor's decision's response time (RESPONSE-TIME); null or left out before a decision. */
  decisionResponseTime?: ResponseTime | null;
  contacts?: readonly ResponseContact[] | null;
};

/** `computed` of docs/http-api.md's report. */
export type ReportComputed = Clocks &
  ResponseClock & {
    responseTimeRequired: 'SAME_DAY' | null;
    mustScreenIn: boolean;
    violations: Violation[];
    languageWarnings: LanguageWarning[];
  };

/**
 * `duplicateOriginal`: the original the recommendation names as a duplicate, as the API looked it
 * up in the report's county (null: none there); left out (the browser), DUPLICATE-OF and the
 * duplicate exception of ST-SCREEN-IN are pending until the server answers.
 */
export type ComputeContext = {
  holidays: Holidays;
  now: Date;
  actor?: RuleActor | null;
  duplicateOriginal?: DuplicateOriginal | null;
};

/**
 * Everything the API and the form show beside a report: the clocks (holidays read now), the
 * draft's rule violations (TRAINING only with an actor) and the person-first warnings.
 */
export function computeReport(
  report: ComputeInput,
  { holidays, now, actor, duplicateOriginal }: ComputeContext,
): ReportComputed {
  const clocks = computeClocks(
    {
      status: report.status,
      receivedAt: report.receivedAt,
      persons: report.persons ?? [],
      allegations: (report.allegations ?? []).map((a) => ({
        maltreatmentType: a.maltreatmentType,
        descriptors: a.descriptors,
        hasFinding: a.finding != null,
      })),
      lawEnforcementNotifications: report.lawEnforcementNotifications ?? [],
      tribalNotifications: report.tribalNotifications ?? [],
    },
    holidays,
    now,
  );
  const response = responseClock(
    {
      status: report.status,
      receivedAt: report.receivedAt,
      responseTime: report.decisionResponseTime,
      persons: report.persons ?? [],
      allegations: report.allegations ?? [],
      contacts: report.contacts ?? [],
    },
    holidays,
    now,
  );
  return {
    ...clocks,
    ...response,
    responseTimeRequired: responseTimeRequired(report),
    // A duplicate whose original carries each child's sex trafficking allegation need not be
    // screened in (ST-SCREEN-IN's exception); pending (unknown original) counts as "must".
    mustScreenIn:
      mustScreenIn(report) && duplicateCarriesSexTrafficking(report, report.recommendation, duplicateOriginal) !== true,
    violations: draftViolations(report, actor, duplicateOriginal),
    languageWarnings: languageWarnings([
      { path: 'narrative', text: report.narrative },
      { path: 'recommendation.rationale', text: report.recommendation?.rationale },
    ]),
  };
}
