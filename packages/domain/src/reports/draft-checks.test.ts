import { allegation, child, draft, maltreater } from '../testing/draft-builder';
import type { Draft } from './access-report.schema';
import { draftIssues } from './draft-checks';

const NOW = new Date('2018-03-02T16:00:00.000Z'); // 10:00 in Chicago, March 2
const paths = (d: Partial<Draft>, now = NOW) => draftIssues(draft(d), now).map((i) => i.path);

describe('draftIssues', () => {
  test('a valid draft and an empty one have none', () => {
    expect(draftIssues(draft(), NOW)).toEqual([]);
    expect(draftIssues({}, NOW)).toEqual([]);
  });

  test.each<[string, Partial<Draft>, string[]]>([
    ['person keys repeat', { persons: [child(), maltreater(), child({ firstName: 'Bea' })] }, ['persons.2.key']],
    [
      'allegation keys repeat',
      {
        allegations: [
          allegation(),
          allegation({ maltreatmentType: 'NEGLECT', maltreaterRelationship: 'PRIMARY_CAREGIVER' }),
        ],
      },
      ['allegations.1.key'],
    ],
    ['an allegation names no person', { allegations: [allegation({ childKey: 'c9' })] }, ['allegations.0.childKey']],
    [
      'an allegation names a person who is not a child',
      { allegations: [allegation({ childKey: 'm1', maltreaterKeys: [] })] },
      ['allegations.0.childKey'],
    ],
    ['an allegation without a child yet is fine in a draft', { allegations: [allegation({ childKey: null })] }, []],
    [
      'an indicator names no person',
      { indicators: [{ childKey: 'c9', code: 'LAW_ENFORCEMENT_CONFIRMED' }] },
      ['indicators.0.childKey'],
    ],
    [
      'an indicator names an alleged maltreater',
      { indicators: [{ childKey: 'm1', code: 'LAW_ENFORCEMENT_CONFIRMED' }] },
      ['indicators.0.childKey'],
    ],
    [
      'the same indicator twice for a child',
      {
        indicators: [
          { childKey: 'c1', code: 'LAW_ENFORCEMENT_CONFIRMED' },
          { childKey: 'c1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' },
          { childKey: 'c1', code: 'LAW_ENFORCEMENT_CONFIRMED' },
        ],
      },
      ['indicators.2'],
    ],
    [
      'a maltreater key names no person',
      { allegations: [allegation({ maltreaterKeys: ['m1', 'm9'] })] },
      ['allegations.0.maltreaterKeys.1'],
    ],
    [
      'a maltreater key names a child',
      { persons: [child(), child({ key: 'c2' }), maltreater()], allegations: [allegation({ maltreaterKeys: ['c2'] })] },
      ['allegations.0.maltreaterKeys.0'],
    ],
    [
      'a maltreater listed twice',
      { allegations: [allegation({ maltreaterKeys: ['m1', 'm1'] })] },
      ['allegations.0.maltreaterKeys.1'],
    ],
    [
      'the child as their own maltreater',
      {
        persons: [child({ roles: ['CHILD', 'ALLEGED_MALTREATER'] })],
        allegations: [allegation({ maltreaterKeys: ['c1'] })],
      },
      ['allegations.0.maltreaterKeys.0'],
    ],
    [
      'a youth who is a child in one allegation and a maltreater in another',
      {
        persons: [child(), child({ key: 'c2', roles: ['CHILD', 'ALLEGED_MALTREATER'] })],
        allegations: [
          allegation({ maltreaterKeys: ['c2'] }),
          allegation({ key: 'a2', childKey: 'c2', maltreaterKeys: [] }),
        ],
      },
      [],
    ],
    ['unknown maltreater (no keys) is fine', { allegations: [allegation({ maltreaterKeys: [] })] }, []],
    [
      'a second allegation of the same type for the same child',
      { allegations: [allegation(), allegation({ key: 'a2', descriptors: [] })] },
      ['allegations.1.maltreatmentType'],
    ],
    [
      'different types for the same child are fine',
      {
        allegations: [
          allegation(),
          allegation({ key: 'a2', maltreatmentType: 'NEGLECT', maltreaterRelationship: 'PRIMARY_CAREGIVER' }),
        ],
      },
      [],
    ],
    [
      'the same type for two children is fine',
      {
        persons: [child(), child({ key: 'c2' }), maltreater()],
        allegations: [allegation(), allegation({ key: 'a2', childKey: 'c2' })],
      },
      [],
    ],
    [
      'the same person linked twice',
      {
        persons: [
          child({ personId: '7d1e7d8c-0f5a-4a53-9a4c-4d3a7f1b2c3d' }),
          maltreater(),
          child({ key: 'c2', personId: '7d1e7d8c-0f5a-4a53-9a4c-4d3a7f1b2c3d' }),
        ],
      },
      ['persons.2.personId'],
    ],
    [
      'a reporter who is anonymous but named',
      { reporter: { type: 'ANONYMOUS', name: 'Pat', phone: '555', anonymous: true } },
      ['reporter.name', 'reporter.phone'],
    ],
    [
      'an anonymous reporter with blank name and phone',
      { reporter: { type: 'OTHER', name: ' ', phone: null, anonymous: true } },
      [],
    ],
    [
      'a named reporter who is not anonymous',
      { reporter: { type: 'OTHER', name: 'Pat', phone: '555', anonymous: false } },
      [],
    ],
    [
      'tribe without YES is allowed',
      { persons: [child({ indianChild: 'UNKNOWN', tribe: 'Menominee' }), maltreater()] },
      [],
    ],
  ])('%s → %j', (_name, overrides, expected) => {
    expect(paths(overrides)).toEqual(expected);
  });

  test.each([
    ['2018-03-02T16:05:00.000Z', []],
    ['2018-03-02T16:05:00.001Z', ['receivedAt']],
    ['2018-03-02T11:06:00-05:00', ['receivedAt']],
    ['2018-03-02T11:04:00-05:00', []],
    ['2017-03-02T16:00:00.000Z', []],
  ])('received %s, 5 minutes of tolerance → %j', (receivedAt, expected) => {
    expect(paths({ receivedAt })).toEqual(expected);
  });

  test.each([
    // now is 2018-03-02T05:30Z: still March 1 in Chicago
    ['2018-03-01', []],
    ['2018-03-02', ['persons.0.dateOfBirth']],
  ])('date of birth %s with the Chicago date March 1 → %j', (dateOfBirth, expected) => {
    const early = new Date('2018-03-02T05:30:00.000Z');
    expect(
      paths({ receivedAt: '2018-03-02T05:00:00Z', persons: [child({ dateOfBirth }), maltreater()] }, early),
    ).toEqual(expected);
  });

  test('messages read after the path and name the offending key', () => {
    const [issue] = draftIssues(draft({ allegations: [allegation({ childKey: 'c9' })] }), NOW);
    expect(issue).toEqual({ path: 'allegations.0.childKey', message: '"c9" names no person of this report' });
  });

  test('several issues come in document order', () => {
    const d = draft({
      receivedAt: '2030-01-01T00:00:00Z',
      persons: [child(), child()],
      indicators: [{ childKey: 'm9', code: 'LAW_ENFORCEMENT_CONFIRMED' }],
      allegations: [allegation({ maltreaterKeys: ['zz'] })],
    });
    expect(draftIssues(d, NOW).map((i) => i.path)).toEqual([
      'receivedAt',
      'persons.1.key',
      'indicators.0.childKey',
      'allegations.0.maltreaterKeys.0',
    ]);
  });
});
