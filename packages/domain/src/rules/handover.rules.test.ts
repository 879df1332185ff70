import {
  assignmentConflict,
  assignmentKindFor,
  discardConflict,
  discardViolation,
  recordsAllegation,
  transferConflict,
} from './handover.rules';
import type { RuleAllegation } from './rule-report';

type Role = 'ACCESS_WORKER' | 'SUPERVISOR' | 'ADMIN';

describe('DISCARD-ALLEGATION', () => {
  const empty: RuleAllegation = { key: 'a1', maltreaterKeys: [], descriptors: [] };
  test.each<[string, RuleAllegation[] | undefined, Role, string | null]>([
    ['no allegations, worker', [], 'ACCESS_WORKER', null],
    ['allegations missing, worker', undefined, 'ACCESS_WORKER', null],
    ['an empty allegation row, worker', [empty], 'ACCESS_WORKER', null],
    ['an allegation naming a child, worker', [{ ...empty, childKey: 'c1' }], 'ACCESS_WORKER', 'DISCARD-ALLEGATION'],
    [
      'an allegation with a type, worker',
      [{ ...empty, maltreatmentType: 'NEGLECT' }],
      'ACCESS_WORKER',
      'DISCARD-ALLEGATION',
    ],
    [
      'a sex trafficking descriptor, worker',
      [{ ...empty, descriptors: ['SEX_TRAFFICKING'] }],
      'ACCESS_WORKER',
      'DISCARD-ALLEGATION',
    ],
    ['an alleged maltreater, worker', [{ ...empty, maltreaterKeys: ['m1'] }], 'ACCESS_WORKER', 'DISCARD-ALLEGATION'],
    [
      "only the maltreater's relationship, worker",
      [{ ...empty, maltreaterRelationship: 'PRIMARY_CAREGIVER' }],
      'ACCESS_WORKER',
      'DISCARD-ALLEGATION',
    ],
    [
      'one empty and one recorded, worker',
      [empty, { ...empty, key: 'a2', childKey: 'c1' }],
      'ACCESS_WORKER',
      'DISCARD-ALLEGATION',
    ],
    ['an allegation naming a child, supervisor', [{ ...empty, childKey: 'c1' }], 'SUPERVISOR', null],
    ['no allegations, supervisor', [], 'SUPERVISOR', null],
  ])('%s → %s', (_, allegations, role, rule) => {
    const violation = discardViolation({ allegations }, { role });
    expect(violation?.rule ?? null).toBe(rule);
    if (violation) {
      expect(violation.path).toBe('allegations');
      expect(violation.message).toMatch(/^Only a supervisor can discard a draft that records an allegation/);
    }
  });

  test('recordsAllegation ignores rows with nothing chosen', () => {
    expect(recordsAllegation({ allegations: [{ key: 'a', childKey: null, maltreatmentType: null }] })).toBe(false);
    expect(recordsAllegation({ allegations: null })).toBe(false);
  });
});

type Status = Parameters<typeof discardConflict>[0]['status'];

describe('lifecycle of hand-overs (409)', () => {
  test.each<[Status, 'ASSIGNEE' | 'INITIAL_ASSESSMENT' | null]>([
    ['DRAFT', 'ASSIGNEE'],
    ['AWAITING_SUPERVISOR', null],
    ['SCREENED_IN', 'INITIAL_ASSESSMENT'],
    ['SCREENED_OUT', null],
    ['DISCARDED', null],
  ])('an assignment while %s sets %s', (status, kind) => {
    expect(assignmentKindFor(status)).toBe(kind);
    expect(assignmentConflict({ status, version: 3 }, 3) === null).toBe(kind !== null);
  });

  test.each<[Status, boolean, boolean]>([
    // status, may discard, may transfer
    ['DRAFT', true, true],
    ['AWAITING_SUPERVISOR', false, true],
    ['SCREENED_IN', false, false],
    ['SCREENED_OUT', false, false],
    ['DISCARDED', false, false],
  ])('%s: discard %p, transfer %p', (status, discard, transfer) => {
    expect(discardConflict({ status, version: 2 }, 2) === null).toBe(discard);
    expect(transferConflict({ status, version: 2 }, 2) === null).toBe(transfer);
  });

  test('a stale version is refused with the current one named', () => {
    const state = { status: 'DRAFT' as const, version: 4 };
    for (const check of [assignmentConflict, discardConflict, transferConflict]) {
      expect(check(state, 3)).toMatch(/version 4 is current/);
    }
  });

  test('a discarded draft says so', () => {
    const state = { status: 'DISCARDED' as const, version: 2 };
    expect(assignmentConflict(state, 2)).toMatch(/discarded/);
    expect(discardConflict(state, 2)).toMatch(/discarded already/);
    expect(transferConflict(state, 2)).toMatch(/discarded/);
  });
});
