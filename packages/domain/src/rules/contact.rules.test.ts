import { type ContactReport, contactConflict, contactIssues } from './contact.rules';

const REPORT: ContactReport = {
  status: 'SCREENED_IN',
  receivedAt: '2018-03-05T15:00:00.000Z',
  persons: [
    { personId: 'child', roles: ['CHILD'] },
    { personId: 'mother', roles: ['PARENT'] },
    { personId: 'maltreater', roles: ['ALLEGED_MALTREATER'] },
    { personId: 'child-and-household', roles: ['CHILD', 'HOUSEHOLD_MEMBER'] },
  ],
};
const NOW = new Date('2018-03-06T12:00:00.000Z');

describe('contactConflict', () => {
  test.each([
    ['SCREENED_IN', null],
    ['DRAFT', /not been screened in yet/],
    ['AWAITING_SUPERVISOR', /not been screened in yet/],
    ['SCREENED_OUT', /screened out/],
    ['DISCARDED', /discarded/],
  ] as const)('%s → %p', (status, expected) => {
    const message = contactConflict({ status });
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });
});

describe('contactIssues', () => {
  test.each<[string, { personId: string; kind: 'CHILD_SEEN' | 'CAREGIVER_SEEN'; at: string }, string[]]>([
    ['a child seen, after receipt', { personId: 'child', kind: 'CHILD_SEEN', at: '2018-03-05T18:00:00.000Z' }, []],
    ['at the received time itself', { personId: 'child', kind: 'CHILD_SEEN', at: '2018-03-05T15:00:00.000Z' }, []],
    ['a mother seen', { personId: 'mother', kind: 'CAREGIVER_SEEN', at: '2018-03-05T18:00:00.000Z' }, []],
    [
      'an alleged maltreater as the adult seen',
      { personId: 'maltreater', kind: 'CAREGIVER_SEEN', at: '2018-03-05T18:00:00.000Z' },
      [],
    ],
    [
      'a child with other roles is still a child',
      { personId: 'child-and-household', kind: 'CHILD_SEEN', at: '2018-03-05T18:00:00.000Z' },
      [],
    ],
    [
      'a moment before receipt',
      { personId: 'child', kind: 'CHILD_SEEN', at: '2018-03-05T14:59:59.999Z' },
      ['at must not be before the report was received'],
    ],
    ['within the drift allowed', { personId: 'child', kind: 'CHILD_SEEN', at: '2018-03-06T12:04:00.000Z' }, []],
    [
      'in the future',
      { personId: 'child', kind: 'CHILD_SEEN', at: '2018-03-06T12:06:00.000Z' },
      ['at must not be in the future'],
    ],
    [
      'an adult as the child seen',
      { personId: 'mother', kind: 'CHILD_SEEN', at: '2018-03-05T18:00:00.000Z' },
      ['personId must be a child of this report when a child was seen'],
    ],
    [
      'a child as the caregiver seen',
      { personId: 'child', kind: 'CAREGIVER_SEEN', at: '2018-03-05T18:00:00.000Z' },
      ['personId must be an adult of this report, not one of its children, when a parent or caregiver was seen'],
    ],
    [
      'someone not of the report',
      { personId: 'stranger', kind: 'CHILD_SEEN', at: '2018-03-05T18:00:00.000Z' },
      ['personId is not a person of this report'],
    ],
    [
      'both wrong',
      { personId: 'stranger', kind: 'CAREGIVER_SEEN', at: '2018-03-01T18:00:00.000Z' },
      ['at must not be before the report was received', 'personId is not a person of this report'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(contactIssues(input, REPORT, NOW).map((i) => `${i.path} ${i.message}`)).toEqual(expected);
  });

  test('a report without a received time checks only the future', () => {
    const input = { personId: 'child', kind: 'CHILD_SEEN' as const, at: '2000-01-01T00:00:00.000Z' };
    expect(contactIssues(input, { ...REPORT, receivedAt: null }, NOW)).toEqual([]);
  });
});
