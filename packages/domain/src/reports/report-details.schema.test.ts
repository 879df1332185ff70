import { child, draft, maltreater } from '../testing/draft-builder';
import { draftSchema } from './access-report.schema';
import { draftIssues, submitIssues } from './draft-checks';
import { addressSchema, addressView } from './report-details.schema';

const GOOD = { decision: 'SCREEN_IN', responseTime: 'SAME_DAY', rationale: 'Present danger' } as const;
const ADDRESS = { line1: '100 E Main St', city: 'Madison', zip: '53703' };

describe('Address', () => {
  test('the state defaults to WI; ZIP is 5 or 9 digits', () => {
    expect(addressSchema.parse(ADDRESS).state).toBe('WI');
    expect(addressSchema.safeParse({ ...ADDRESS, zip: '53202-1234' }).success).toBe(true);
    for (const zip of ['5320', '532021234', '53202-12', 'ABCDE']) {
      expect(addressSchema.safeParse({ ...ADDRESS, zip }).success).toBe(false);
    }
  });
  test('line 1 and city are required; the state is two capital letters; the county one of the 72', () => {
    expect(addressSchema.safeParse({ ...ADDRESS, line1: ' ' }).success).toBe(false);
    expect(addressSchema.safeParse({ line1: 'x' }).success).toBe(false);
    expect(addressSchema.safeParse({ ...ADDRESS, state: 'wi' }).success).toBe(false);
    expect(addressSchema.safeParse({ ...ADDRESS, state: 'MN' }).success).toBe(true);
    expect(addressSchema.safeParse({ ...ADDRESS, countyCode: '55025' }).success).toBe(true);
    expect(addressSchema.safeParse({ ...ADDRESS, countyCode: '17031' }).success).toBe(false);
  });
  test('addressView gives every field, null when not known', () => {
    expect(addressView(ADDRESS)).toEqual({
      line1: '100 E Main St',
      line2: null,
      city: 'Madison',
      state: 'WI',
      zip: '53703',
      countyCode: null,
    });
    expect(addressView(null)).toBeNull();
  });
});

describe('the draft parts of issue 13', () => {
  const body = {
    countyCode: '55025',
    incident: { occurredOn: '2018-02-27', locationType: 'HOTEL_MOTEL', address: ADDRESS, description: 'Room 12' },
    workerSafetyConcerns: { present: true, description: 'A dog' },
    reporter: { relationshipToChild: 'School counselor', mandatedReporter: true },
    persons: [
      {
        key: 'c1',
        roles: ['CHILD'],
        address: ADDRESS,
        phone: '608-555-0100',
        primaryLanguage: 'Spanish',
        interpreterNeeded: true,
        school: 'East High',
        currentLocation: { known: true, description: 'At school', safeNow: 'YES' },
      },
    ],
  };
  test('parse, the incident date approximate false by default', () => {
    const parsed = draftSchema.parse(body);
    expect(parsed.incident?.occurredOnIsApproximate).toBe(false);
    expect(parsed.persons[0]?.currentLocation?.safeNow).toBe('YES');
  });
  test('refuse an unknown location type, a safe-now answer outside the list, a date before 1900', () => {
    expect(draftSchema.safeParse({ ...body, incident: { locationType: 'CAR' } }).success).toBe(false);
    expect(draftSchema.safeParse({ ...body, incident: { occurredOn: '1899-12-31' } }).success).toBe(false);
    const person = { ...body.persons[0], currentLocation: { known: true, safeNow: 'MAYBE' } };
    expect(draftSchema.safeParse({ ...body, persons: [person] }).success).toBe(false);
    expect(draftSchema.safeParse({ ...body, workerSafetyConcerns: { description: 'x' } }).success).toBe(false);
  });
});

describe('submit: where each child is now', () => {
  const paths = (d: Parameters<typeof draft>[0]) => submitIssues(draft(d), GOOD).map((i) => i.path);

  test('a child whose location is not answered cannot be submitted; the message names the child', () => {
    const issues = submitIssues(draft({ persons: [child({ currentLocation: null })] }), GOOD);
    expect(issues).toEqual([
      { path: 'persons.0.currentLocation.known', message: 'Where Ana Doe is now: say whether it is known' },
    ]);
  });
  test('when known, whether the child is safe now must be answered (UNKNOWN is an answer)', () => {
    expect(paths({ persons: [child({ currentLocation: { known: true, description: 'x' } })] })).toEqual([
      'persons.0.currentLocation.safeNow',
    ]);
    expect(paths({ persons: [child({ currentLocation: { known: true, safeNow: 'UNKNOWN' } })] })).toEqual([]);
  });
  test('not known is an answer, but with present danger it needs the why', () => {
    const notKnown = child({ currentLocation: { known: false } });
    expect(paths({ persons: [notKnown], presentDangerThreat: false })).toEqual([]);
    const issues = submitIssues(
      draft({
        persons: [child({ firstName: 'Maya', lastName: 'Thompson', currentLocation: { known: false } })],
        presentDangerThreat: true,
      }),
      GOOD,
    );
    expect(issues).toEqual([
      {
        path: 'persons.0.currentLocation.description',
        message:
          'Where Maya Thompson is now: say why the location is not known — present danger needs a same-day response',
      },
    ]);
    const why = child({ currentLocation: { known: false, description: 'Ran from the shelter last night' } });
    expect(paths({ persons: [why], presentDangerThreat: true })).toEqual([]);
  });
  test('a child without a name is named by their place in the report', () => {
    const issues = submitIssues(
      draft({ persons: [child({ firstName: null, lastName: null, currentLocation: null })] }),
      GOOD,
    );
    expect(issues[0]?.message).toBe('Where the child (person 1) is now: say whether it is known');
  });
  test('nothing else new is required: an empty incident and no safety answer submit', () => {
    expect(paths({ incident: null, workerSafetyConcerns: null })).toEqual([]);
  });
});

describe('on every save', () => {
  const now = new Date('2018-03-02T15:00:00.000Z');
  test('the incident date must not be in the future (Chicago today is fine)', () => {
    const at = (occurredOn: string) =>
      draftIssues(draft({ incident: { occurredOn, occurredOnIsApproximate: false } }), now).map((i) => i.path);
    expect(at('2018-03-03')).toEqual(['incident.occurredOn']);
    expect(at('2018-03-02')).toEqual([]);
  });
  test('where a person is now is only for a child', () => {
    const issues = draftIssues(
      draft({ persons: [child(), maltreater({ currentLocation: { known: true, safeNow: 'YES' } })] }),
      now,
    );
    expect(issues).toEqual([
      {
        path: 'persons.1.currentLocation',
        message: 'is recorded only for a child (role CHILD): leave it out for this person',
      },
    ]);
  });
});
