import type { Recommendation } from '../reports/access-report.schema';
import { computeReport } from '../reports/compute';
import { allegation, child, draft, maltreater, TRAINED, UNTRAINED } from '../testing/draft-builder';
import { type DuplicateOriginal, duplicateOfViolations, duplicateOriginalOf } from './duplicate.rules';
import { decisionViolations, draftViolations, submitViolations } from './rules';
import { stScreenInViolations } from './screening.rules';

const THIS = '00000000-0000-4000-8000-000000000001';
const ORIGINAL = '00000000-0000-4000-8000-000000000002';
const MAYA = '00000000-0000-4000-8000-0000000000a1';
const LEO = '00000000-0000-4000-8000-0000000000a2';
const ADULT = '00000000-0000-4000-8000-0000000000b1';

const asDuplicate = (duplicateOfReportId: string | null = ORIGINAL): Recommendation => ({
  decision: 'SCREEN_OUT',
  screenOutReason: 'DUPLICATE_REPORT',
  rationale: 'The same events as the first call.',
  duplicateOfReportId,
});

/** A second report about Maya (and, if asked, her brother Leo), with or without sex trafficking. */
function second({ st = false, leo = false } = {}) {
  return {
    ...draft({
      persons: [
        child({ personId: MAYA }),
        ...(leo ? [child({ key: 'c2', personId: LEO, firstName: 'Leo' })] : []),
        maltreater({ personId: ADULT }),
      ],
      allegations: [
        allegation({ descriptors: st ? ['SEX_TRAFFICKING'] : [] }),
        ...(leo ? [allegation({ key: 'a2', childKey: 'c2', descriptors: st ? ['SEX_TRAFFICKING'] : [] })] : []),
      ],
      recommendation: asDuplicate(),
    }),
    id: THIS,
  };
}

const original = (overrides: Partial<DuplicateOriginal> = {}): DuplicateOriginal => ({
  id: ORIGINAL,
  status: 'SCREENED_IN',
  childIds: [MAYA],
  sexTraffickingChildIds: [MAYA],
  ...overrides,
});

describe('DUPLICATE-OF', () => {
  test.each<[string, DuplicateOriginal | null, string | null, string | null]>([
    ['an open original screened in, same child', original(), ORIGINAL, null],
    ['an original awaiting the supervisor', original({ status: 'AWAITING_SUPERVISOR' }), ORIGINAL, null],
    ['sharing one of two children', original({ childIds: [LEO, MAYA] }), ORIGINAL, null],
    ['no such report in the county (or another county)', null, ORIGINAL, 'not found among the reports of your county'],
    ['a different report than the one named', original({ id: THIS }), ORIGINAL, 'not found'],
    ['itself', original({ id: THIS }), THIS, 'cannot be a duplicate of itself'],
    ['a draft original', original({ status: 'DRAFT' }), ORIGINAL, 'awaiting the supervisor or screened in'],
    [
      'a screened-out original',
      original({ status: 'SCREENED_OUT' }),
      ORIGINAL,
      'awaiting the supervisor or screened in',
    ],
    ['a discarded original', original({ status: 'DISCARDED' }), ORIGINAL, 'awaiting the supervisor or screened in'],
    ['no shared child', original({ childIds: [LEO] }), ORIGINAL, 'names none of the children'],
    ['the adult is shared, not a child', original({ childIds: [ADULT] }), ORIGINAL, 'names none of the children'],
    ['no original named', original(), null, 'must name its original'],
  ])('%s', (_name, facts, named, message) => {
    const report = second();
    const violations = duplicateOfViolations(report, asDuplicate(named), facts, 'recommendation');
    if (message === null) expect(violations).toEqual([]);
    else
      expect(violations).toEqual([
        { rule: 'DUPLICATE-OF', path: 'recommendation.duplicateOfReportId', message: expect.stringContaining(message) },
      ]);
  });

  test('applies only to a screen-out as a duplicate', () => {
    const report = second();
    for (const choice of [
      { decision: 'SCREEN_IN' as const, duplicateOfReportId: null },
      {
        decision: 'SCREEN_OUT' as const,
        screenOutReason: 'DOES_NOT_MEET_DEFINITION' as const,
        duplicateOfReportId: null,
      },
      null,
    ]) {
      expect(duplicateOfViolations(report, choice, null, 'recommendation')).toEqual([]);
    }
  });

  test('a child not yet linked to the registry is no shared child', () => {
    const report = { ...second(), persons: [child({ personId: null }), maltreater()] };
    expect(duplicateOfViolations(report, asDuplicate(), original(), 'screening')[0]?.path).toBe(
      'screening.duplicateOfReportId',
    );
  });

  test('pending while the original is not known (the browser before the server answers)', () => {
    expect(duplicateOfViolations(second(), asDuplicate(), undefined, 'recommendation')).toEqual([]);
    // ... but naming none is broken whatever the server knows.
    expect(duplicateOfViolations(second(), asDuplicate(null), undefined, 'recommendation')[0]?.rule).toBe(
      'DUPLICATE-OF',
    );
  });

  test('the facts of an original from its people and allegations', () => {
    expect(
      duplicateOriginalOf({
        id: ORIGINAL,
        status: 'SCREENED_IN',
        persons: [
          { personId: MAYA, roles: ['CHILD'] },
          { personId: LEO, roles: ['CHILD'] },
          { personId: ADULT, roles: ['ALLEGED_MALTREATER'] },
        ],
        allegations: [
          { childId: MAYA, descriptors: ['SEX_TRAFFICKING'] },
          { childId: LEO, descriptors: [] },
          { childId: null, descriptors: ['SEX_TRAFFICKING'] },
        ],
      }),
    ).toEqual({ id: ORIGINAL, status: 'SCREENED_IN', childIds: [MAYA, LEO], sexTraffickingChildIds: [MAYA] });
  });
});

describe('ST-SCREEN-IN, amended: the duplicate exception and its limit', () => {
  test.each<[string, ReturnType<typeof second>, DuplicateOriginal | null | undefined, boolean]>([
    ['the original has the sex trafficking allegation of the child', second({ st: true }), original(), false],
    ['the original has none for the child', second({ st: true }), original({ sexTraffickingChildIds: [] }), true],
    [
      'two children here with one, the original has only one',
      second({ st: true, leo: true }),
      original({ childIds: [MAYA, LEO] }),
      true,
    ],
    [
      'two children, the original has both',
      second({ st: true, leo: true }),
      original({ childIds: [MAYA, LEO], sexTraffickingChildIds: [MAYA, LEO] }),
      false,
    ],
    ['the original fails DUPLICATE-OF (a draft)', second({ st: true }), original({ status: 'DRAFT' }), true],
    ['no such original', second({ st: true }), null, true],
    ['not known yet: pending', second({ st: true }), undefined, false],
  ])('%s: violation %p', (_name, report, facts, violates) => {
    const found = stScreenInViolations(report, report.recommendation, 'recommendation', facts);
    expect(found.map((v) => v.rule)).toEqual(violates ? ['ST-SCREEN-IN'] : []);
  });

  test('another screen-out reason gets no exception', () => {
    const report = second({ st: true });
    const choice = { ...asDuplicate(), screenOutReason: 'DOES_NOT_MEET_DEFINITION' as const };
    expect(stScreenInViolations(report, choice, 'screening', original())[0]?.rule).toBe('ST-SCREEN-IN');
  });

  test('a pending duplicate with no original named is not excused', () => {
    const report = second({ st: true });
    expect(stScreenInViolations(report, asDuplicate(null), 'recommendation', undefined)[0]?.rule).toBe('ST-SCREEN-IN');
  });
});

describe('the entry points', () => {
  test('submit and decision refuse a bad original with DUPLICATE-OF, after TRAINING', () => {
    const report = second({ st: true });
    expect(submitViolations(report, asDuplicate(), TRAINED, null).map((v) => v.rule)).toEqual([
      'ST-SCREEN-IN',
      'DUPLICATE-OF',
    ]);
    expect(decisionViolations(report, asDuplicate(), UNTRAINED, original()).map((v) => v.rule)).toEqual(['TRAINING']);
    expect(decisionViolations(second(), asDuplicate(), TRAINED, original({ childIds: [] }))).toEqual([
      expect.objectContaining({ rule: 'DUPLICATE-OF', path: 'screening.duplicateOfReportId' }),
    ]);
    expect(submitViolations(report, asDuplicate(), TRAINED, original())).toEqual([]);
  });

  test('the draft lists DUPLICATE-OF as the worker types', () => {
    expect(draftViolations(second(), null, original({ status: 'SCREENED_OUT' })).map((v) => v.rule)).toEqual([
      'DUPLICATE-OF',
    ]);
    expect(draftViolations(second(), null, undefined)).toEqual([]);
  });

  test('computed.mustScreenIn is false only for a duplicate the exception lets through', () => {
    const context = { holidays: [], now: new Date('2018-03-03T00:00:00Z') };
    const report = { ...second({ st: true }), status: 'DRAFT' as const };
    expect(computeReport(report, { ...context, duplicateOriginal: original() })).toMatchObject({
      mustScreenIn: false,
      violations: [],
    });
    expect(computeReport(report, { ...context, duplicateOriginal: undefined })).toMatchObject({
      mustScreenIn: true,
      violations: [],
    });
    expect(
      computeReport(report, { ...context, duplicateOriginal: original({ sexTraffickingChildIds: [] }) }),
    ).toMatchObject({ mustScreenIn: true, violations: [expect.objectContaining({ rule: 'ST-SCREEN-IN' })] });
  });
});
