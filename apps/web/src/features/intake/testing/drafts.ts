import type { DraftInput } from '@cps/domain';

/** A complete draft of a sex trafficking report (what a worker has typed by the end of a call). */
export function completeDraft(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    countyCode: '55079',
    receivedAt: '2018-03-02T15:04:00.000Z',
    reporter: { type: 'EDUCATION', name: 'School counselor', phone: '414-555-0100', anonymous: false },
    narrative: 'The counselor reports that an adult sells the youth for sex.',
    presentDangerThreat: false,
    persons: [
      {
        key: 'c1',
        personId: null,
        firstName: 'Maya',
        lastName: 'Thompson',
        dateOfBirth: '2004-04-12',
        approximateAge: null,
        gender: 'FEMALE',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'WHITE',
        indianChild: 'NO',
        tribe: '',
        roles: ['CHILD'],
        currentLocation: { known: true, description: 'At school', address: null, safeNow: 'YES' },
      },
      {
        key: 'm1',
        personId: null,
        firstName: '',
        lastName: '',
        dateOfBirth: null,
        approximateAge: null,
        gender: 'MALE',
        hispanicEthnicity: null,
        primaryRace: null,
        indianChild: null,
        tribe: '',
        roles: ['ALLEGED_MALTREATER'],
      },
    ],
    indicators: [],
    allegations: [
      {
        key: 'a1',
        childKey: 'c1',
        maltreaterKeys: ['m1'],
        maltreatmentType: 'SEXUAL_ABUSE',
        descriptors: ['SEX_TRAFFICKING'],
        maltreaterRelationship: 'NON_CAREGIVER',
      },
    ],
    recommendation: {
      decision: 'SCREEN_IN',
      screenOutReason: null,
      responseTime: 'WITHIN_48_HOURS',
      rationale: 'Alleged child sex trafficking.',
    },
    ...overrides,
  };
}
