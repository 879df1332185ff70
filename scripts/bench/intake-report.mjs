// The intake benches' report and worker (`npm run bench:intake`, scripts/bench/intake-counts.mjs):
// 1 child (where she is now: known, safe), 1 alleged maltreater, 2 allegations, 1 trafficking
// indicator and a recommendation, made by a Milwaukee worker of the demo data.

/** Signs in the demo's Milwaukee worker; answers the JSON request headers with the token. */
export async function signIn(base) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'worker.milwaukee@demo.wi.gov', password: 'demo-password-2026' }),
  }).then((r) => r.json());
  return { 'content-type': 'application/json', authorization: `Bearer ${login.token}` };
}

/** The report each create sends (received an hour ago). */
export function benchDraft() {
  return {
    countyCode: '55079',
    receivedAt: new Date(Date.now() - 3600_000).toISOString(),
    reporter: { type: 'EDUCATION', name: 'School counselor', phone: '414-555-0100', anonymous: false },
    narrative:
      'A youth told a counselor that an adult arranges commercial sexual exploitation in exchange for a place to stay.',
    presentDangerThreat: false,
    persons: [
      {
        key: 'c1',
        firstName: 'Bench',
        lastName: 'Child',
        dateOfBirth: '2010-04-12',
        gender: 'FEMALE',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'WHITE',
        indianChild: 'NO',
        currentLocation: { known: true, description: 'With a relative', safeNow: 'YES' },
        roles: ['CHILD'],
      },
      { key: 'm1', firstName: 'Bench', lastName: 'Adult', gender: 'MALE', roles: ['ALLEGED_MALTREATER'] },
    ],
    indicators: [{ childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' }],
    allegations: [
      {
        key: 'a1',
        childKey: 'c1',
        maltreaterKeys: ['m1'],
        maltreatmentType: 'SEXUAL_ABUSE',
        descriptors: ['SEX_TRAFFICKING'],
        maltreaterRelationship: 'NON_CAREGIVER',
      },
      {
        key: 'a2',
        childKey: 'c1',
        maltreaterKeys: ['m1'],
        maltreatmentType: 'EMOTIONAL_DAMAGE',
        descriptors: [],
        maltreaterRelationship: 'NON_CAREGIVER',
      },
    ],
    recommendation: {
      decision: 'SCREEN_IN',
      responseTime: 'WITHIN_48_HOURS',
      rationale: 'Sex trafficking must be screened in.',
    },
  };
}
