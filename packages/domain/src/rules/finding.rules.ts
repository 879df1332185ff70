import type { reportStatuses } from '../codes/code-lists';
import type { FindingInput } from '../reports/access-report.schema';
import type { Violation } from './violation';
import { sortViolations } from './violation';

export type FindingAllegation = { maltreaterKeys?: readonly string[] | null };
export type FindingChoice = Pick<FindingInput, 'finding' | 'maltreaterInterviewed'>;

/**
 * FINDING-SCREENED-IN and FINDING-INTERVIEW for PUT /api/allegations/:id/finding, sorted in
 * RULE_ORDER. Paths are the fields of the finding; pass `at` (e.g. 'allegations.2.finding') to
 * place them in the report document instead.
 */
export function findingViolations(
  reportStatus: (typeof reportStatuses)[number],
  allegation: FindingAllegation,
  finding: FindingChoice,
  at = '',
): Violation[] {
  const path = (field: string) => (at ? `${at}.${field}` : field);
  const violations: Violation[] = [];
  if (reportStatus !== 'SCREENED_IN') {
    violations.push({
      rule: 'FINDING-SCREENED-IN',
      path: path('finding'),
      message:
        'Findings are recorded only after a report is screened in and assessed, and this report is not screened in.',
    });
  }
  const knownMaltreater = (allegation.maltreaterKeys ?? []).length > 0;
  if (finding.finding === 'SUBSTANTIATED' && knownMaltreater && finding.maltreaterInterviewed !== true) {
    violations.push({
      rule: 'FINDING-INTERVIEW',
      path: path('maltreaterInterviewed'),
      message:
        'A substantiated finding against a known alleged maltreater requires that CPS or law enforcement interviewed them: record the interview first, or do not substantiate yet.',
    });
  }
  return sortViolations(violations);
}
