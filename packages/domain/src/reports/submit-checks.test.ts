import { allegation, child, draft, maltreater } from '../testing/draft-builder';
import type { Draft, Recommendation } from './access-report.schema';
import { submitIssues } from './draft-checks';

const GOOD: Recommendation = {
  decision: 'SCREEN_IN',
  responseTime: 'SAME_DAY',
  rationale: 'Alleged child sex trafficking.',
};
const paths = (d: Partial<Draft>, r: Partial<Recommendation> | null = GOOD) =>
  submitIssues(draft(d), r).map((i) => i.path);

describe('submitIssues', () => {
  test('a complete draft and recommendation have none', () => {
    expect(submitIssues(draft(), GOOD)).toEqual([]);
  });

  test.each<[string, Partial<Draft>, string[]]>([
    ['no received time', { receivedAt: null }, ['receivedAt']],
    ['no reporter', { reporter: null }, ['reporter.type']],
    ['no reporter type', { reporter: { name: 'Pat' } }, ['reporter.type']],
    ['an anonymous reporter still has a type', { reporter: { type: 'ANONYMOUS', anonymous: true } }, []],
    ['a blank narrative', { narrative: '   ' }, ['narrative']],
    ['no narrative', { narrative: null }, ['narrative']],
    ['present danger not answered', { presentDangerThreat: null }, ['presentDangerThreat']],
    ['present danger answered no', { presentDangerThreat: false }, []],
    ['present danger answered yes', { presentDangerThreat: true }, []],
    [
      'no child',
      { persons: [maltreater()], allegations: [allegation({ childKey: null })] },
      ['persons', 'allegations.0.childKey'],
    ],
    ['no allegation', { allegations: [] }, ['allegations']],
    [
      'an allegation without type',
      { allegations: [allegation({ maltreatmentType: null })] },
      ['allegations.0.maltreatmentType'],
    ],
    [
      'a child without demographics',
      {
        persons: [
          maltreater(),
          child({ gender: null, hispanicEthnicity: undefined, primaryRace: null, indianChild: null }),
        ],
      },
      ['persons.1.gender', 'persons.1.hispanicEthnicity', 'persons.1.primaryRace', 'persons.1.indianChild'],
    ],
    [
      'an Indian child without a tribe',
      { persons: [child({ indianChild: 'YES', tribe: ' ' }), maltreater()] },
      ['persons.0.tribe'],
    ],
    [
      'an Indian child with a tribe',
      { persons: [child({ indianChild: 'YES', tribe: 'Oneida Nation' }), maltreater()] },
      [],
    ],
    ['a child of unknown age', { persons: [child({ dateOfBirth: null, approximateAge: null }), maltreater()] }, []],
    ['a maltreater with only key and roles', { persons: [child(), { key: 'm1', roles: ['ALLEGED_MALTREATER'] }] }, []],
    [
      'a household member with no allegation',
      { persons: [child(), maltreater(), { key: 'h1', roles: ['HOUSEHOLD_MEMBER'] }] },
      [],
    ],
  ])('%s → %j', (_name, overrides, expected) => {
    expect(paths(overrides)).toEqual(expected);
  });

  test.each<[string, Partial<Recommendation> | null, string[]]>([
    ['no recommendation', null, ['recommendation.decision', 'recommendation.rationale']],
    ['no decision', { rationale: 'x' }, ['recommendation.decision']],
    ['a blank rationale', { ...GOOD, rationale: '  ' }, ['recommendation.rationale']],
    ['screen out without a reason', { decision: 'SCREEN_OUT', rationale: 'x' }, ['recommendation.screenOutReason']],
    [
      'screen out with a reason',
      { decision: 'SCREEN_OUT', screenOutReason: 'DOES_NOT_MEET_DEFINITION', rationale: 'x' },
      [],
    ],
    [
      'screen out as a duplicate without its original (400, like a missing reason)',
      { decision: 'SCREEN_OUT', screenOutReason: 'DUPLICATE_REPORT', rationale: 'x' },
      ['recommendation.duplicateOfReportId'],
    ],
    [
      'screen out as a duplicate naming its original',
      {
        decision: 'SCREEN_OUT',
        screenOutReason: 'DUPLICATE_REPORT',
        duplicateOfReportId: '00000000-0000-4000-8000-000000000002',
        rationale: 'x',
      },
      [],
    ],
    ['screen in without a response time', { decision: 'SCREEN_IN', rationale: 'x' }, ['recommendation.responseTime']],
  ])('%s → %j', (_name, recommendation, expected) => {
    expect(paths({}, recommendation)).toEqual(expected);
  });

  test('an empty draft lists everything, in document order', () => {
    expect(submitIssues({}, null).map((i) => i.path)).toEqual([
      'receivedAt',
      'reporter.type',
      'narrative',
      'presentDangerThreat',
      'persons',
      'allegations',
      'recommendation.decision',
      'recommendation.rationale',
    ]);
  });

  test('messages read after the path', () => {
    expect(submitIssues(draft({ receivedAt: null }), GOOD)).toEqual([
      { path: 'receivedAt', message: 'is required to submit' },
    ]);
  });
});
