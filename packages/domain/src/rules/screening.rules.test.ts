import type { Recommendation } from '../reports/access-report.schema';
import { allegation, draft, TRAINED, UNTRAINED } from '../testing/draft-builder';
import { presentDangerViolations, stScreenInViolations, trainingViolations } from './screening.rules';

const withSt = draft();
const withoutSt = draft({ allegations: [allegation({ descriptors: [] })] });

describe('ST-SCREEN-IN', () => {
  test.each<[string, ReturnType<typeof draft>, Recommendation['decision'], boolean]>([
    ['sex trafficking, screen out', withSt, 'SCREEN_OUT', true],
    ['sex trafficking, screen in', withSt, 'SCREEN_IN', false],
    ['sex trafficking, no decision yet', withSt, null, false],
    ['no sex trafficking, screen out', withoutSt, 'SCREEN_OUT', false],
    [
      'non-caregiver sex trafficking, screen out',
      draft({ allegations: [allegation({ maltreaterRelationship: 'NON_CAREGIVER' })] }),
      'SCREEN_OUT',
      true,
    ],
    [
      'unknown maltreater, screen out',
      draft({ allegations: [allegation({ maltreaterKeys: [] })] }),
      'SCREEN_OUT',
      true,
    ],
    [
      'one of two allegations is sex trafficking',
      draft({ allegations: [allegation({ descriptors: [] }), allegation({ key: 'a2', maltreatmentType: 'NEGLECT' })] }),
      'SCREEN_OUT',
      true,
    ],
  ])('%s: violation %p', (_name, report, decision, violates) => {
    const choice = { decision, screenOutReason: 'NON_CAREGIVER_MALTREATER' as const, rationale: 'x' };
    const expected = violates
      ? [expect.objectContaining({ rule: 'ST-SCREEN-IN', path: 'recommendation.decision' })]
      : [];
    expect(stScreenInViolations(report, choice, 'recommendation')).toEqual(expected);
  });

  test('a decision is placed under screening', () => {
    expect(stScreenInViolations(withSt, { decision: 'SCREEN_OUT' }, 'screening')[0]?.path).toBe('screening.decision');
  });

  test('no recommendation at all is not a violation', () => {
    expect(stScreenInViolations(withSt, null, 'recommendation')).toEqual([]);
  });
});

describe('PRESENT-DANGER', () => {
  test.each<[boolean | null, Recommendation['responseTime'], boolean]>([
    [true, 'SAME_DAY', false],
    [true, 'WITHIN_48_HOURS', true],
    [true, 'WITHIN_5_BUSINESS_DAYS', true],
    [true, null, false],
    [true, undefined, false],
    [false, 'WITHIN_5_BUSINESS_DAYS', false],
    [null, 'WITHIN_48_HOURS', false],
  ])('present danger %p, response time %p: violation %p', (presentDangerThreat, responseTime, violates) => {
    const report = draft({ presentDangerThreat });
    const expected = violates
      ? [expect.objectContaining({ rule: 'PRESENT-DANGER', path: 'recommendation.responseTime' })]
      : [];
    expect(presentDangerViolations(report, { decision: 'SCREEN_IN', responseTime }, 'recommendation')).toEqual(
      expected,
    );
  });

  test('applies whatever the decision, and under screening for a decision', () => {
    const report = draft({ presentDangerThreat: true, allegations: [] });
    const v = presentDangerViolations(report, { decision: 'SCREEN_OUT', responseTime: 'WITHIN_48_HOURS' }, 'screening');
    expect(v.map((x) => x.path)).toEqual(['screening.responseTime']);
  });
});

describe('TRAINING', () => {
  test.each<[string, ReturnType<typeof draft>, { sexTraffickingTrainingCompletedOn?: string | null }, boolean]>([
    ['sex trafficking, trained', withSt, TRAINED, false],
    ['sex trafficking, not trained', withSt, UNTRAINED, true],
    ['sex trafficking, no training field', withSt, {}, true],
    ['sex trafficking, empty training date', withSt, { sexTraffickingTrainingCompletedOn: '' }, true],
    ['no sex trafficking, not trained', withoutSt, UNTRAINED, false],
  ])('%s: violation %p', (_name, report, actor, violates) => {
    const expected = violates ? [expect.objectContaining({ rule: 'TRAINING', path: 'recommendation.decision' })] : [];
    expect(trainingViolations(report, actor, 'recommendation')).toEqual(expected);
  });

  test('the message says what the user may not do', () => {
    expect(trainingViolations(withSt, UNTRAINED, 'recommendation')[0]?.message).toContain('may not recommend');
    expect(trainingViolations(withSt, UNTRAINED, 'screening')[0]?.message).toContain('may not decide');
  });
});
