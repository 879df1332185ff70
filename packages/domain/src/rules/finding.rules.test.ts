import { findingViolations } from './finding.rules';

type Status = Parameters<typeof findingViolations>[0];
type Finding = 'SUBSTANTIATED' | 'UNSUBSTANTIATED';

describe('FINDING-SCREENED-IN and FINDING-INTERVIEW', () => {
  test.each<[Status, string[], Finding, boolean, string[]]>([
    ['SCREENED_IN', ['m1'], 'SUBSTANTIATED', true, []],
    ['SCREENED_IN', ['m1'], 'SUBSTANTIATED', false, ['FINDING-INTERVIEW']],
    ['SCREENED_IN', ['m1', 'm2'], 'SUBSTANTIATED', false, ['FINDING-INTERVIEW']],
    ['SCREENED_IN', ['m1'], 'UNSUBSTANTIATED', false, []],
    // unknown maltreater: can be substantiated without an interview
    ['SCREENED_IN', [], 'SUBSTANTIATED', false, []],
    ['SCREENED_IN', [], 'UNSUBSTANTIATED', false, []],
    ['SCREENED_OUT', ['m1'], 'UNSUBSTANTIATED', true, ['FINDING-SCREENED-IN']],
    ['AWAITING_SUPERVISOR', [], 'SUBSTANTIATED', false, ['FINDING-SCREENED-IN']],
    ['DRAFT', ['m1'], 'UNSUBSTANTIATED', false, ['FINDING-SCREENED-IN']],
    // both, in the table's order
    ['SCREENED_OUT', ['m1'], 'SUBSTANTIATED', false, ['FINDING-SCREENED-IN', 'FINDING-INTERVIEW']],
  ])('%s, maltreaters %j, %s, interviewed %p → %j', (status, maltreaterKeys, finding, maltreaterInterviewed, rules) => {
    const violations = findingViolations(status, { maltreaterKeys }, { finding, maltreaterInterviewed });
    expect(violations.map((v) => v.rule)).toEqual(rules);
  });

  test('paths are the fields of the finding, or placed in the document with `at`', () => {
    const body = findingViolations(
      'DRAFT',
      { maltreaterKeys: ['m1'] },
      { finding: 'SUBSTANTIATED', maltreaterInterviewed: false },
    );
    expect(body.map((v) => v.path)).toEqual(['finding', 'maltreaterInterviewed']);
    const doc = findingViolations(
      'DRAFT',
      { maltreaterKeys: ['m1'] },
      { finding: 'SUBSTANTIATED', maltreaterInterviewed: false },
      'allegations.2.finding',
    );
    expect(doc.map((v) => v.path)).toEqual([
      'allegations.2.finding.finding',
      'allegations.2.finding.maltreaterInterviewed',
    ]);
  });
});
