import { child, draft, maltreater } from '../testing/draft-builder';
import { draftSchema } from './access-report.schema';
import { draftIssues } from './draft-checks';
import { type IdentifierKind, identifierIssues, normalizeIdentifier, relationshipIssues } from './household.schema';

const NOW = new Date('2018-03-03T00:00:00Z');
const persons = [{ key: 'c1' }, { key: 'm1' }, { key: 'p2' }];

describe('normalizeIdentifier', () => {
  test.each<[IdentifierKind, string, string]>([
    ['PHONE', '(414) 555-0199', '4145550199'],
    ['PHONE', '+1 414 555 0199', '4145550199'],
    ['PHONE', '1-414-555-0199', '4145550199'],
    ['PHONE', '414.555.0199', '4145550199'],
    ['PHONE', '+1 (414) 555.0199', '4145550199'],
    ['PHONE', '555-0199', '5550199'],
    ['PHONE', '24145550199', '24145550199'], // 11 digits not starting with 1: kept
    ['PHONE', '+44 20 7946 0958', '442079460958'],
    ['SOCIAL_HANDLE', '@BigMoney_414', 'bigmoney_414'],
    ['SOCIAL_HANDLE', '  bigmoney_414 ', 'bigmoney_414'],
    ['SOCIAL_HANDLE', '@@Big', 'big'],
    ['EMAIL', ' Someone@Example.COM ', 'someone@example.com'],
    ['EMAIL', '@someone@example.com', 'someone@example.com'],
    ['VEHICLE_PLATE', 'abc 1234', 'ABC1234'],
    ['VEHICLE_PLATE', 'ABC-12 34', 'ABC1234'],
    ['ALIAS', '  Big   Money ', 'big money'],
    ['VEHICLE_DESCRIPTION', 'Black\tSUV  tinted', 'black suv tinted'],
    ['LOCATION', 'Motel 6,  N. 27th St', 'motel 6, n. 27th st'],
    ['ONLINE_AD', 'Backpage  AD 1234', 'backpage ad 1234'],
  ])('%s %j → %j', (kind, value, expected) => {
    expect(normalizeIdentifier(kind, value)).toBe(expected);
  });

  test.each<[IdentifierKind, string]>([
    ['PHONE', '(---) ...'],
    ['SOCIAL_HANDLE', ' @ '],
    ['EMAIL', '   '],
    ['VEHICLE_PLATE', ' - - '],
    ['ALIAS', '   '],
  ])('%s %j is empty after normalizing: a 400 naming the value', (kind, value) => {
    expect(normalizeIdentifier(kind, value)).toBe('');
    expect(identifierIssues(persons, [{ key: 'i1', kind, value, platform: 'x' }])).toEqual([
      { path: 'identifiers.0.value', message: expect.stringContaining('must hold something') },
    ]);
  });
});

describe('relationshipIssues', () => {
  test('a valid list has no issues', () => {
    expect(
      relationshipIssues(persons, [
        { fromKey: 'p2', toKey: 'c1', type: 'PARENT_OF' },
        { fromKey: 'm1', toKey: 'p2', type: 'ROMANTIC_PARTNER_OF' },
        { fromKey: 'p2', toKey: 'c1', type: 'GUARDIAN_OF' }, // another type between the same people
      ]),
    ).toEqual([]);
  });

  test.each<[string, { fromKey: string; toKey: string; type: string }[], string[]]>([
    ['unknown from', [{ fromKey: 'x9', toKey: 'c1', type: 'PARENT_OF' }], ['relationships.0.fromKey']],
    ['unknown to', [{ fromKey: 'p2', toKey: 'x9', type: 'PARENT_OF' }], ['relationships.0.toKey']],
    ['to oneself', [{ fromKey: 'c1', toKey: 'c1', type: 'SIBLING_OF' }], ['relationships.0.toKey']],
    [
      'an exact duplicate',
      [
        { fromKey: 'p2', toKey: 'c1', type: 'PARENT_OF' },
        { fromKey: 'p2', toKey: 'c1', type: 'PARENT_OF' },
      ],
      ['relationships.1'],
    ],
  ])('%s', (_name, relationships, paths) => {
    const issues = relationshipIssues(persons, relationships);
    expect(issues.map((i) => i.path)).toEqual(paths);
    for (const issue of issues) expect(issue.message).toMatch(/person|once/);
  });
});

describe('identifierIssues', () => {
  test('a handle needs its platform; the person must be of the report; keys are unique', () => {
    const issues = identifierIssues(persons, [
      { key: 'i1', kind: 'SOCIAL_HANDLE', value: '@big', platform: null },
      { key: 'i2', kind: 'PHONE', value: '414 555 0199', personKey: 'x9' },
      { key: 'i2', kind: 'ALIAS', value: 'Big', personKey: 'm1' },
      { key: 'i4', kind: 'SOCIAL_HANDLE', value: '@big', platform: 'Instagram', personKey: null },
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      'identifiers.0.platform',
      'identifiers.1.personKey',
      'identifiers.2.key',
    ]);
  });

  test('the draft checks run them, and the schema accepts the contract body', () => {
    const body = draftSchema.parse({
      countyCode: '55079',
      persons: [child(), maltreater()],
      relationships: [{ fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' }],
      identifiers: [{ key: 'i1', personKey: 'm1', kind: 'PHONE', value: '(414) 555-0199', platform: null }],
    });
    expect(draftIssues(body, NOW)).toEqual([]);
    expect(
      draftIssues(draft({ relationships: [{ fromKey: 'm1', toKey: 'm1', type: 'OTHER' }] }), NOW).map((i) => i.path),
    ).toEqual(['relationships.0.toKey']);
    expect(
      draftSchema.safeParse({ countyCode: '55079', relationships: [{ fromKey: 'a', toKey: 'b', type: 'X' }] }).success,
    ).toBe(false);
    expect(
      draftSchema.safeParse({ countyCode: '55079', identifiers: [{ key: 'i1', kind: 'FAX', value: '1' }] }).success,
    ).toBe(false);
  });
});
