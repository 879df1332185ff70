import type { Allegation, ReportPerson } from '../reports/access-report.schema';
import { allegation, child, draft, maltreater } from '../testing/draft-builder';
import { stAgeViolations, stIndicatorViolations, stNeglectViolations, stTypeViolations } from './allegation.rules';

const paths = (vs: { path: string }[]) => vs.map((v) => v.path);

describe('ST-AGE', () => {
  test.each<[string, Partial<ReportPerson>, string | null, string[]]>([
    ['15 years old', { dateOfBirth: '2002-07-14' }, '2018-03-02T15:04:05Z', []],
    ['17 in Chicago although 18 by the UTC date', { dateOfBirth: '2000-03-02' }, '2018-03-02T03:00:00Z', []],
    [
      '18 on the 18th birthday in Chicago',
      { dateOfBirth: '2000-03-02' },
      '2018-03-02T06:00:00Z',
      ['allegations.0.descriptors'],
    ],
    [
      "18 in Chicago although the string's own date is the day before",
      { dateOfBirth: '2000-03-02' },
      '2018-03-01T20:00:00-10:00',
      ['allegations.0.descriptors'],
    ],
    ['the day before the 18th birthday', { dateOfBirth: '2000-03-03' }, '2018-03-02T15:00:00Z', []],
    ['25 years old', { dateOfBirth: '1993-01-01' }, '2018-03-02T15:00:00Z', ['allegations.0.descriptors']],
    ['approximate age 17', { dateOfBirth: null, approximateAge: 17 }, '2018-03-02T15:00:00Z', []],
    [
      'approximate age 18',
      { dateOfBirth: null, approximateAge: 18 },
      '2018-03-02T15:00:00Z',
      ['allegations.0.descriptors'],
    ],
    [
      'the date of birth wins over the approximate age',
      { dateOfBirth: '2005-01-01', approximateAge: 19 },
      '2018-03-02T15:00:00Z',
      [],
    ],
    ['unknown age is allowed', { dateOfBirth: null, approximateAge: null }, '2018-03-02T15:00:00Z', []],
    ['no received time yet: the date of birth cannot be placed', { dateOfBirth: '1990-01-01' }, null, []],
    [
      'no received time, approximate age 30',
      { dateOfBirth: '1990-01-01', approximateAge: 30 },
      null,
      ['allegations.0.descriptors'],
    ],
  ])('%s', (_name, person, receivedAt, expected) => {
    const violations = stAgeViolations(draft({ receivedAt, persons: [child(person), maltreater()] }));
    expect(paths(violations)).toEqual(expected);
    violations.forEach((v) => expect(v.rule).toBe('ST-AGE'));
  });

  test('an adult on an allegation without the descriptor is fine', () => {
    const report = draft({
      persons: [child({ dateOfBirth: '1990-01-01' })],
      allegations: [allegation({ descriptors: [] })],
    });
    expect(stAgeViolations(report)).toEqual([]);
  });

  test('the message gives the age found; each allegation is named', () => {
    const report = draft({
      persons: [child({ dateOfBirth: '1998-01-01' })],
      allegations: [
        allegation(),
        allegation({ key: 'a2', maltreatmentType: 'NEGLECT', maltreaterRelationship: 'PRIMARY_CAREGIVER' }),
      ],
    });
    const violations = stAgeViolations(report);
    expect(paths(violations)).toEqual(['allegations.0.descriptors', 'allegations.1.descriptors']);
    expect(violations[0]!.message).toContain('was 20 on the date received');
  });

  test('an allegation naming no person is left to the input checks', () => {
    expect(stAgeViolations(draft({ allegations: [allegation({ childKey: 'nobody' })] }))).toEqual([]);
  });
});

describe('ST-TYPE', () => {
  test.each<[Allegation['maltreatmentType'], Allegation['descriptors'], boolean]>([
    ['SEXUAL_ABUSE', ['SEX_TRAFFICKING'], false],
    ['NEGLECT', ['SEX_TRAFFICKING'], false],
    ['PHYSICAL_ABUSE', ['SEX_TRAFFICKING'], true],
    ['EMOTIONAL_DAMAGE', ['SEX_TRAFFICKING'], true],
    ['PHYSICAL_ABUSE', [], false],
    ['EMOTIONAL_DAMAGE', [], false],
    [null, ['SEX_TRAFFICKING'], false],
  ])('%s with %j: violation %p', (maltreatmentType, descriptors, violates) => {
    const violations = stTypeViolations(draft({ allegations: [allegation({ maltreatmentType, descriptors })] }));
    expect(violations).toEqual(
      violates ? [expect.objectContaining({ rule: 'ST-TYPE', path: 'allegations.0.descriptors' })] : [],
    );
  });
});

describe('ST-NEGLECT', () => {
  test.each<[Allegation['maltreatmentType'], Allegation['descriptors'], Allegation['maltreaterRelationship'], boolean]>(
    [
      ['NEGLECT', ['SEX_TRAFFICKING'], 'PRIMARY_CAREGIVER', false],
      ['NEGLECT', ['SEX_TRAFFICKING'], 'OTHER_CAREGIVER', true],
      ['NEGLECT', ['SEX_TRAFFICKING'], 'NON_CAREGIVER', true],
      ['NEGLECT', ['SEX_TRAFFICKING'], 'UNKNOWN', true],
      ['NEGLECT', ['SEX_TRAFFICKING'], null, true],
      ['NEGLECT', [], 'NON_CAREGIVER', false],
      ['SEXUAL_ABUSE', ['SEX_TRAFFICKING'], 'NON_CAREGIVER', false],
      ['SEXUAL_ABUSE', ['SEX_TRAFFICKING'], 'UNKNOWN', false],
    ],
  )('%s with %j against %s: violation %p', (maltreatmentType, descriptors, maltreaterRelationship, violates) => {
    const report = draft({ allegations: [allegation({ maltreatmentType, descriptors, maltreaterRelationship })] });
    const expected = violates
      ? [expect.objectContaining({ rule: 'ST-NEGLECT', path: 'allegations.0.maltreaterRelationship' })]
      : [];
    expect(stNeglectViolations(report)).toEqual(expected);
  });

  test.each<[Allegation['maltreaterRelationship'], number]>([
    ['PRIMARY_CAREGIVER', 0],
    ['UNKNOWN', 1],
  ])('unknown maltreater (no keys), relationship %s: %i violation(s)', (maltreaterRelationship, count) => {
    const report = draft({
      allegations: [allegation({ maltreaterKeys: [], maltreatmentType: 'NEGLECT', maltreaterRelationship })],
    });
    expect(stNeglectViolations(report)).toHaveLength(count);
  });
});

describe('ST-INDICATOR', () => {
  const c2 = child({ key: 'c2', firstName: 'Bea' });
  test.each<
    [
      string,
      {
        childKey: string;
        code: 'CHILD_SELF_REPORTS_TRAFFICKING' | 'CHILD_REPORTS_SURVIVAL_SEX' | 'LAW_ENFORCEMENT_CONFIRMED';
      }[],
      Allegation[],
      string[],
    ]
  >([
    ['no indicator', [], [allegation({ descriptors: [] })], []],
    [
      'indicator and a sex trafficking allegation for the child',
      [{ childKey: 'c1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' }],
      [allegation()],
      [],
    ],
    [
      'indicator, NEGLECT + sex trafficking',
      [{ childKey: 'c1', code: 'LAW_ENFORCEMENT_CONFIRMED' }],
      [allegation({ maltreatmentType: 'NEGLECT', maltreaterRelationship: 'PRIMARY_CAREGIVER' })],
      [],
    ],
    [
      'indicator, sexual abuse without the descriptor',
      [{ childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' }],
      [allegation({ descriptors: [] })],
      ['indicators.0'],
    ],
    ['indicator, no allegation at all', [{ childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' }], [], ['indicators.0']],
    [
      'the sex trafficking allegation is for another child',
      [{ childKey: 'c1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' }],
      [allegation({ childKey: 'c2' })],
      ['indicators.0'],
    ],
    [
      'two children, only the second lacks the allegation',
      [
        { childKey: 'c1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' },
        { childKey: 'c2', code: 'CHILD_SELF_REPORTS_TRAFFICKING' },
        { childKey: 'c2', code: 'LAW_ENFORCEMENT_CONFIRMED' },
      ],
      [allegation(), allegation({ key: 'a2', childKey: 'c2', descriptors: [] })],
      ['indicators.1', 'indicators.2'],
    ],
  ])('%s', (_name, indicators, allegations, expected) => {
    const violations = stIndicatorViolations(draft({ persons: [child(), c2, maltreater()], indicators, allegations }));
    expect(paths(violations)).toEqual(expected);
    violations.forEach((v) => expect(v.rule).toBe('ST-INDICATOR'));
  });
});

describe('ST-NEGLECT reads the household relationships', () => {
  const neglect = (maltreaterRelationship: Allegation['maltreaterRelationship']) =>
    allegation({ maltreatmentType: 'NEGLECT', maltreaterRelationship });
  test.each<
    [string, Allegation['maltreaterRelationship'], { fromKey: string; toKey: string; type: string }[], boolean]
  >([
    ['missing, no relationship recorded: fails', null, [], true],
    [
      'missing, the maltreater recorded as parent: counts as primary caregiver',
      null,
      [{ fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' }],
      false,
    ],
    ['missing, step-parent', null, [{ fromKey: 'm1', toKey: 'c1', type: 'STEP_PARENT_OF' }], false],
    ['missing, guardian', null, [{ fromKey: 'm1', toKey: 'c1', type: 'GUARDIAN_OF' }], false],
    ['missing, foster parent', null, [{ fromKey: 'm1', toKey: 'c1', type: 'FOSTER_PARENT_OF' }], false],
    [
      'missing, partner of a parent is no caregiver record',
      null,
      [{ fromKey: 'm1', toKey: 'c1', type: 'PARTNER_OF_PARENT' }],
      true,
    ],
    [
      'missing, the relationship the other way round (child PARENT_OF maltreater)',
      null,
      [{ fromKey: 'c1', toKey: 'm1', type: 'PARENT_OF' }],
      true,
    ],
    ['missing, a parent of another person', null, [{ fromKey: 'm1', toKey: 'p2', type: 'PARENT_OF' }], true],
    [
      'NON_CAREGIVER contradicted by a recorded parent: the answer stands, still fails',
      'NON_CAREGIVER',
      [{ fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' }],
      true,
    ],
    [
      'UNKNOWN with a recorded parent: the answer stands',
      'UNKNOWN',
      [{ fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' }],
      true,
    ],
    ['PRIMARY_CAREGIVER with nothing recorded passes', 'PRIMARY_CAREGIVER', [], false],
  ])('%s', (_name, relationship, relationships, fails) => {
    const report = draft({ allegations: [neglect(relationship)], relationships: relationships as never });
    const violations = stNeglectViolations(report);
    expect(violations.length).toBe(fails ? 1 : 0);
  });

  test('a contradiction is named in the message', () => {
    const [v] = stNeglectViolations(
      draft({
        allegations: [neglect('NON_CAREGIVER')],
        relationships: [{ fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' }],
      }),
    );
    expect(v?.message).toMatch(/household relationships record this alleged maltreater as the child's parent/);
    const [plain] = stNeglectViolations(draft({ allegations: [neglect('NON_CAREGIVER')] }));
    expect(plain?.message).not.toMatch(/household/);
  });
});
