import { ageGroupOf, ageOn, chicagoDate, MILWAUKEE_COUNTY_CODE } from '@cps/domain';
import type { AllegationFact } from '@cps/domain/testing';
import type { ExampleReport } from '../../../test/load-example';

// Case sets for report tests, written compactly and turned into reports-example.json's format so
// that test/load-example.ts loads them through the API (draft, submit, decision, findings). The
// same specs give the facts that the domain's slow, obvious oracle counts.

export type ChildSpec = {
  key: string;
  firstName: string;
  lastName: string;
  dateOfBirth?: string | null;
  approximateAge?: number | null;
  gender?: 'FEMALE' | 'MALE' | 'UNKNOWN';
  hispanicEthnicity?: 'HISPANIC' | 'NOT_HISPANIC' | 'NOT_DOCUMENTED';
  primaryRace?:
    | 'WHITE'
    | 'BLACK_AFRICAN_AMERICAN'
    | 'AMERICAN_INDIAN_ALASKA_NATIVE'
    | 'ASIAN'
    | 'NATIVE_HAWAIIAN_PACIFIC_ISLANDER'
    | 'UNABLE_TO_DETERMINE';
  /** The key of this child in an earlier report: the same person, linked by search. */
  sameAs?: string;
};

export type AllegationSpec = {
  key: string;
  child: string;
  type?: 'SEXUAL_ABUSE' | 'NEGLECT' | 'PHYSICAL_ABUSE';
  sexTrafficking?: boolean;
  finding?: 'SUBSTANTIATED' | 'UNSUBSTANTIATED';
};

export type CaseSpec = {
  ref: string;
  countyCode: string;
  receivedAt: string;
  children: ChildSpec[];
  allegations: AllegationSpec[];
  stage?: 'DRAFT' | 'SUBMITTED' | 'DECIDED' | 'SCREENED_OUT';
};

const screenIn = { decision: 'SCREEN_IN', responseTime: 'WITHIN_48_HOURS', rationale: 'Meets the definition.' };
const screenOut = {
  decision: 'SCREEN_OUT',
  screenOutReason: 'DOES_NOT_MEET_DEFINITION',
  rationale: 'Does not meet the definition.',
};

export function toExampleReport(spec: CaseSpec): ExampleReport {
  const persons = [
    ...spec.children.map((c) => ({
      key: c.key,
      firstName: c.firstName,
      lastName: c.lastName,
      dateOfBirth: c.dateOfBirth ?? null,
      approximateAge: c.approximateAge ?? null,
      gender: c.gender ?? 'FEMALE',
      hispanicEthnicity: c.hispanicEthnicity ?? 'NOT_HISPANIC',
      primaryRace: c.primaryRace ?? 'WHITE',
      indianChild: 'NO',
      tribe: null,
      roles: ['CHILD'],
      currentLocation: { known: true, description: 'At home', safeNow: 'YES' },
      ...(c.sameAs ? { sameAs: c.sameAs } : {}),
    })),
    {
      key: `m-${spec.ref}`,
      firstName: 'Alleged',
      lastName: 'Adult',
      dateOfBirth: null,
      approximateAge: null,
      gender: 'MALE',
      hispanicEthnicity: 'NOT_DOCUMENTED',
      primaryRace: 'UNABLE_TO_DETERMINE',
      indianChild: 'NO',
      tribe: null,
      roles: ['ALLEGED_MALTREATER', 'PARENT'],
    },
  ];
  const allegations = spec.allegations.map((a) => ({
    key: a.key,
    childKey: a.child,
    maltreaterKeys: [`m-${spec.ref}`],
    maltreatmentType: a.type ?? 'SEXUAL_ABUSE',
    descriptors: a.sexTrafficking === false ? [] : ['SEX_TRAFFICKING'],
    maltreaterRelationship: (a.type ?? 'SEXUAL_ABUSE') === 'SEXUAL_ABUSE' ? 'NON_CAREGIVER' : 'PRIMARY_CAREGIVER',
  }));
  const stage = spec.stage === 'SCREENED_OUT' ? 'DECIDED' : (spec.stage ?? 'DECIDED');
  const recommendation = spec.stage === 'SCREENED_OUT' ? screenOut : screenIn;
  const findings = Object.fromEntries(
    spec.allegations.filter((a) => a.finding).map((a) => [a.key, { finding: a.finding, maltreaterInterviewed: true }]),
  );
  return {
    ref: spec.ref,
    draft: {
      countyCode: spec.countyCode,
      receivedAt: spec.receivedAt,
      narrative: 'Test report.',
      presentDangerThreat: false,
      reporter: { type: 'EDUCATION', name: 'Reporter', phone: '608-555-0100', anonymous: false },
      persons,
      indicators: [],
      allegations,
    },
    workflow: {
      stage,
      recommendation,
      decision: recommendation,
      findings: spec.stage === 'SCREENED_OUT' ? {} : findings,
    },
  } as unknown as ExampleReport;
}

/**
 * The counted allegations of a case set for a period, as facts for aggregatesFromFacts: the
 * child's demographics, date of birth and approximate age as their own report recorded them (a
 * submitted report is a record), age at the Chicago date received.
 */
export function countedFacts(specs: CaseSpec[], from: string, to: string): AllegationFact[] {
  const personOf = new Map<string, string>(); // child key → person (the first key of the chain)
  for (const spec of specs) {
    for (const c of spec.children) personOf.set(c.key, c.sameAs ? (personOf.get(c.sameAs) ?? c.sameAs) : c.key);
  }
  return specs.flatMap((spec, order) => {
    const day = chicagoDate(spec.receivedAt);
    if ((spec.stage ?? 'DECIDED') !== 'DECIDED' || day < from || day > to) return [];
    return spec.allegations
      .filter((a) => a.sexTrafficking !== false)
      .map((a) => {
        const here = spec.children.find((c) => c.key === a.child);
        if (!here) throw new Error(`${spec.ref}: no child ${a.child}`);
        const age = here.dateOfBirth ? ageOn(here.dateOfBirth, day) : (here.approximateAge ?? null);
        return {
          childId: personOf.get(a.child) ?? a.child,
          location: spec.countyCode === MILWAUKEE_COUNTY_CODE ? ('milwaukee' as const) : ('balanceOfState' as const),
          order: new Date(spec.receivedAt).getTime() + order / 1000,
          substantiated: a.finding === 'SUBSTANTIATED',
          ethnicityKey: here.hispanicEthnicity === 'HISPANIC' ? 'HISPANIC' : 'NOT_HISPANIC_OR_NOT_DOCUMENTED',
          raceKey: here.primaryRace ?? 'WHITE',
          genderKey: here.gender ?? 'FEMALE',
          ageKey: ageGroupOf(age).key,
        };
      });
  });
}
