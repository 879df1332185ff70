import type { Allegation, Draft, ReportPerson } from '../reports/access-report.schema';

// Test factories for the pure rule tests: a complete, valid draft with overrides. Not exported
// from the package index.

export function child(overrides: Partial<ReportPerson> = {}): ReportPerson {
  return {
    key: 'c1',
    personId: null,
    firstName: 'Ana',
    lastName: 'Doe',
    dateOfBirth: '2002-07-14',
    approximateAge: null,
    gender: 'FEMALE',
    hispanicEthnicity: 'NOT_HISPANIC',
    primaryRace: 'WHITE',
    indianChild: 'NO',
    tribe: null,
    roles: ['CHILD'],
    currentLocation: { known: true, description: 'At home with her aunt', address: null, safeNow: 'YES' },
    ...overrides,
  };
}

export function maltreater(overrides: Partial<ReportPerson> = {}): ReportPerson {
  return { key: 'm1', roles: ['ALLEGED_MALTREATER'], gender: 'MALE', ...overrides };
}

export function allegation(overrides: Partial<Allegation> = {}): Allegation {
  return {
    key: 'a1',
    childKey: 'c1',
    maltreaterKeys: ['m1'],
    maltreatmentType: 'SEXUAL_ABUSE',
    descriptors: ['SEX_TRAFFICKING'],
    maltreaterRelationship: 'NON_CAREGIVER',
    ...overrides,
  };
}

export function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    countyCode: '55079',
    receivedAt: '2018-03-02T15:04:05.000Z',
    reporter: { type: 'EDUCATION', name: 'School counselor', phone: '414-555-0100', anonymous: false },
    narrative: 'The school counselor reports that the child said an adult sells her for sex.',
    presentDangerThreat: false,
    persons: [child(), maltreater()],
    indicators: [],
    allegations: [allegation()],
    relationships: [],
    identifiers: [],
    recommendation: { decision: 'SCREEN_IN', responseTime: 'SAME_DAY', rationale: 'Alleged child sex trafficking.' },
    ...overrides,
  };
}

export const TRAINED = { sexTraffickingTrainingCompletedOn: '2017-09-01' };
export const UNTRAINED = { sexTraffickingTrainingCompletedOn: null };
