import type { Allegation } from '../reports/access-report.schema';
import { allegation, child, draft, maltreater, TRAINED, UNTRAINED } from '../testing/draft-builder';
import { hasSexTrafficking, mustScreenIn, responseTimeRequired } from './rule-report';
import { decisionViolations, draftViolations, submitViolations } from './rules';
import { comparePaths, RULE_ORDER, sortViolations } from './violation';

const summary = (vs: { rule: string; path: string }[]) => vs.map((v) => `${v.rule} ${v.path}`);

// One draft that breaks every rule a draft can break, each once.
const broken = draft({
  presentDangerThreat: true,
  persons: [
    child({ key: 'adult', dateOfBirth: '1990-01-01' }),
    child({ key: 'c2' }),
    child({ key: 'c3' }),
    maltreater(),
  ],
  indicators: [{ childKey: 'c3', code: 'CHILD_SELF_REPORTS_TRAFFICKING' }],
  allegations: [
    allegation({ key: 'a1', childKey: 'c2', maltreatmentType: 'NEGLECT', maltreaterRelationship: 'NON_CAREGIVER' }),
    allegation({ key: 'a2', childKey: 'c2', maltreatmentType: 'PHYSICAL_ABUSE' }),
    allegation({ key: 'a3', childKey: 'adult' }),
  ],
  recommendation: {
    decision: 'SCREEN_OUT',
    screenOutReason: 'NON_CAREGIVER_MALTREATER',
    responseTime: 'WITHIN_48_HOURS',
    rationale: 'x',
  },
});

describe('draftViolations', () => {
  test('a valid draft has none', () => {
    expect(draftViolations(draft(), TRAINED)).toEqual([]);
  });

  test('several violations come in the table order, whatever order they appear in the document', () => {
    expect(summary(draftViolations(broken, UNTRAINED))).toEqual([
      'ST-AGE allegations.2.descriptors',
      'ST-TYPE allegations.1.descriptors',
      'ST-NEGLECT allegations.0.maltreaterRelationship',
      'ST-INDICATOR indicators.0',
      'ST-SCREEN-IN recommendation.decision',
      'PRESENT-DANGER recommendation.responseTime',
      'TRAINING recommendation.decision',
    ]);
  });

  test('TRAINING only when the actor is known', () => {
    expect(draftViolations(broken).map((v) => v.rule)).not.toContain('TRAINING');
    expect(draftViolations(broken, TRAINED).map((v) => v.rule)).not.toContain('TRAINING');
  });

  test('the same rule on many allegations is ordered by document position (2 before 10)', () => {
    const many: Allegation[] = Array.from({ length: 12 }, (_, i) =>
      allegation({ key: `a${i}`, childKey: `c${i}`, maltreatmentType: 'EMOTIONAL_DAMAGE' }),
    );
    const persons = many.map((_, i) => child({ key: `c${i}` }));
    const paths = draftViolations(draft({ persons, allegations: many })).map((v) => v.path);
    expect(paths.slice(0, 3)).toEqual([
      'allegations.0.descriptors',
      'allegations.1.descriptors',
      'allegations.2.descriptors',
    ]);
    expect(paths.at(-1)).toBe('allegations.11.descriptors');
  });

  test('an empty draft has none', () => {
    expect(draftViolations({}, UNTRAINED)).toEqual([]);
  });
});

describe('submitViolations', () => {
  test('checks the recommendation being submitted, not the draft one', () => {
    const report = draft({ recommendation: { decision: 'SCREEN_OUT', rationale: 'x' } });
    expect(submitViolations(report, { decision: 'SCREEN_IN', responseTime: 'SAME_DAY' }, TRAINED)).toEqual([]);
    expect(summary(submitViolations(draft(), { decision: 'SCREEN_OUT' }, TRAINED))).toEqual([
      'ST-SCREEN-IN recommendation.decision',
    ]);
  });

  test('the first violation is the one the 422 names', () => {
    const violations = submitViolations(broken, broken.recommendation, UNTRAINED);
    expect(violations[0]?.rule).toBe('ST-AGE');
    expect(violations.map((v) => v.rule)).toContain('TRAINING');
  });

  test('TRAINING refuses an untrained worker even with a valid recommendation', () => {
    expect(summary(submitViolations(draft(), draft().recommendation, UNTRAINED))).toEqual([
      'TRAINING recommendation.decision',
    ]);
  });
});

describe('decisionViolations', () => {
  test('only ST-SCREEN-IN, PRESENT-DANGER and TRAINING, under screening', () => {
    expect(
      summary(
        decisionViolations(broken, { decision: 'SCREEN_OUT', responseTime: 'WITHIN_5_BUSINESS_DAYS' }, UNTRAINED),
      ),
    ).toEqual([
      'ST-SCREEN-IN screening.decision',
      'PRESENT-DANGER screening.responseTime',
      'TRAINING screening.decision',
    ]);
  });

  test('a same-day screen-in by a trained supervisor passes', () => {
    expect(decisionViolations(broken, { decision: 'SCREEN_IN', responseTime: 'SAME_DAY' }, TRAINED)).toEqual([]);
  });
});

describe('report facts', () => {
  test('hasSexTrafficking and mustScreenIn', () => {
    expect(hasSexTrafficking({ descriptors: ['SEX_TRAFFICKING'] })).toBe(true);
    expect(hasSexTrafficking({ descriptors: [] })).toBe(false);
    expect(hasSexTrafficking({})).toBe(false);
    expect(mustScreenIn(draft())).toBe(true);
    expect(mustScreenIn(draft({ allegations: [allegation({ descriptors: [] })] }))).toBe(false);
    expect(mustScreenIn({})).toBe(false);
  });

  test.each([
    [true, 'SAME_DAY'],
    [false, null],
    [null, null],
    [undefined, null],
  ])('responseTimeRequired with present danger %p is %p', (presentDangerThreat, expected) => {
    expect(responseTimeRequired({ presentDangerThreat })).toBe(expected);
  });
});

describe('ordering', () => {
  test.each([
    ['allegations.2', 'allegations.10', -1],
    ['allegations.10', 'allegations.2', 1],
    ['allegations.1.descriptors', 'allegations.1.maltreaterRelationship', -1],
    ['allegations.1', 'allegations.1.descriptors', -1],
    ['indicators.0', 'allegations.0', 1],
    ['x', 'x', 0],
  ])('comparePaths(%s, %s) has the sign of %i', (a, b, sign) => {
    expect(Math.sign(comparePaths(a, b))).toBe(sign);
  });

  test('sortViolations sorts by rule, then path, without changing its input', () => {
    const input = [
      { rule: 'TRAINING' as const, path: 'recommendation.decision', message: '' },
      { rule: 'ST-AGE' as const, path: 'allegations.10.descriptors', message: '' },
      { rule: 'ST-AGE' as const, path: 'allegations.9.descriptors', message: '' },
    ];
    expect(summary(sortViolations(input))).toEqual([
      'ST-AGE allegations.9.descriptors',
      'ST-AGE allegations.10.descriptors',
      'TRAINING recommendation.decision',
    ]);
    expect(input[0]!.rule).toBe('TRAINING');
  });

  test('RULE_ORDER is the table of docs/domain.md', () => {
    expect(RULE_ORDER.slice(0, 11)).toEqual([
      'ST-AGE',
      'ST-TYPE',
      'ST-NEGLECT',
      'ST-INDICATOR',
      'ST-SCREEN-IN',
      'PRESENT-DANGER',
      'TRAINING',
      'DUPLICATE-OF',
      'DISCARD-ALLEGATION',
      'FINDING-SCREENED-IN',
      'FINDING-INTERVIEW',
    ]);
  });
});
