import type { PrismaClient } from '../generated/prisma/client';
import { buildReport, buildUser } from './builders';
import { type DemoCounty, seedDemoHistory } from './demo-history';

// Demo data for trying the app: staff of three counties, a state admin and a few reports in every
// state. All names are invented. Printed in the README and at start.
export const DEMO_PASSWORD = 'demo-password-2026';

type Name = readonly [first: string, last: string];
/** The invented people of one county's reports, one per report of `seedCountyReports`. */
type CountyNames = {
  draft: Name;
  awaiting: Name;
  maltreater: string;
  screenedIn: Name;
  screenedOut: Name;
};

const counties: readonly {
  code: string;
  slug: string;
  worker: string;
  supervisor: string;
  names: CountyNames;
  /** Reports a month in the demo's history (seedDemoHistory). */
  perMonth: number;
}[] = [
  {
    code: '55079',
    slug: 'milwaukee',
    worker: 'Alex Rivera',
    supervisor: 'Morgan Lee',
    perMonth: 2,
    names: {
      draft: ['Maya', 'Thompson'],
      awaiting: ['Jasmine', 'Brooks'],
      maltreater: 'Dunn',
      screenedIn: ['Destiny', 'Carter'],
      screenedOut: ['Liam', 'Walker'],
    },
  },
  {
    code: '55025',
    slug: 'dane',
    worker: 'Jordan Nelson',
    supervisor: 'Casey Johnson',
    perMonth: 1,
    names: {
      draft: ['Ella', 'Garcia'],
      awaiting: ['Lily', 'Nguyen'],
      maltreater: 'Cole',
      screenedIn: ['Chloe', 'Vang'],
      screenedOut: ['Noah', 'Kim'],
    },
  },
  {
    code: '55009',
    slug: 'brown',
    worker: 'Sam Herrera',
    supervisor: 'Taylor Yang',
    perMonth: 1,
    names: {
      draft: ['Nora', 'Olsen'],
      awaiting: ['Ava', 'Schmidt'],
      maltreater: 'Ortiz',
      screenedIn: ['Emma', 'Larson'],
      screenedOut: ['Owen', 'Berg'],
    },
  },
];

/** A few demo sign-ins for the ready line of `npm start`; the README has the table of all. */
export const DEMO_SIGN_INS =
  'worker.milwaukee@demo.wi.gov, supervisor.milwaukee@demo.wi.gov, admin@demo.wi.gov (the README lists the others)';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

/**
 * Seeds once: returns false when the demo users already exist. The staff, then a few years of
 * history (demo-history.ts), then a report in every state from the last days in each county.
 */
export async function seedDemo(prisma: PrismaClient, now = new Date()): Promise<boolean> {
  if ((await prisma.user.count({ where: { email: { endsWith: '@demo.wi.gov' } } })) > 0) return false;
  await buildUser(prisma, {
    email: 'admin@demo.wi.gov',
    name: 'Dana Admin',
    role: 'ADMIN',
    countyCode: null,
    password: DEMO_PASSWORD,
  });
  const staff: DemoCounty[] = [];
  for (const county of counties) {
    const worker = await buildUser(prisma, {
      email: `worker.${county.slug}@demo.wi.gov`,
      name: county.worker,
      countyCode: county.code,
      password: DEMO_PASSWORD,
    });
    const supervisor = await buildUser(prisma, {
      email: `supervisor.${county.slug}@demo.wi.gov`,
      name: county.supervisor,
      role: 'SUPERVISOR',
      countyCode: county.code,
      password: DEMO_PASSWORD,
    });
    staff.push({
      countyCode: county.code,
      workerId: worker.id,
      supervisorId: supervisor.id,
      perMonth: county.perMonth,
    });
  }
  await seedDemoHistory(prisma, staff, now);
  for (const [i, county] of counties.entries()) {
    const { workerId, supervisorId } = staff[i] as DemoCounty;
    await seedCountyReports(prisma, county.code, workerId, supervisorId, i, county.names);
  }
  return true;
}

async function seedCountyReports(
  prisma: PrismaClient,
  countyCode: string,
  workerId: string,
  supervisorId: string,
  i: number,
  names: CountyNames,
) {
  const child = (key: string, [firstName, lastName]: Name, dob: string, gender: 'FEMALE' | 'MALE') => ({
    key,
    roles: ['CHILD' as const],
    firstName,
    lastName,
    dateOfBirth: new Date(dob),
    gender,
    hispanicEthnicity: 'NOT_HISPANIC' as const,
    primaryRace: 'UNABLE_TO_DETERMINE' as const,
    indianChild: 'NO' as const,
  });
  // The person trafficking the youth is not known yet: no maltreater on the allegation.
  const sexTrafficking = {
    key: 'a1',
    childKey: 'c1',
    maltreaterKeys: [],
    type: 'SEXUAL_ABUSE' as const,
    sexTrafficking: true,
    relationship: 'UNKNOWN' as const,
  };
  const base = { countyCode, createdById: workerId };

  await buildReport(prisma, {
    ...base,
    status: 'DRAFT',
    receivedAt: hoursAgo(1 + i),
    narrative: 'Caller from the school reports that a youth may be being sex trafficked; intake in progress.',
    persons: [child('c1', names.draft, '2010-04-12', 'FEMALE')],
  });
  await buildReport(prisma, {
    ...base,
    status: 'AWAITING_SUPERVISOR',
    receivedAt: hoursAgo(3 + i),
    narrative:
      'A youth told a school counselor that an adult arranges commercial sexual exploitation in exchange for a place to stay.',
    reporter: { type: 'EDUCATION', name: 'School counselor' },
    persons: [
      child('c1', names.awaiting, '2009-09-30', 'FEMALE'),
      {
        key: 'm1',
        roles: ['ALLEGED_MALTREATER' as const],
        firstName: 'Ray',
        lastName: names.maltreater,
        gender: 'MALE' as const,
      },
    ],
    allegations: [{ ...sexTrafficking, maltreaterKeys: ['m1'], relationship: 'NON_CAREGIVER' as const }],
    indicators: [{ childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' }],
    recommendation: {
      decision: 'SCREEN_IN',
      responseTime: 'WITHIN_48_HOURS',
      rationale: 'Youth describes survival sex; sex trafficking must be screened in.',
    },
  });
  await buildReport(prisma, {
    ...base,
    status: 'SCREENED_IN',
    receivedAt: hoursAgo(72 + i),
    decidedById: supervisorId,
    narrative:
      'Police report a youth recovered during an investigation into commercial sexual exploitation of children.',
    reporter: { type: 'LAW_ENFORCEMENT', name: 'Detective on duty' },
    persons: [child('c1', names.screenedIn, '2008-02-18', 'FEMALE')],
    allegations: [
      {
        ...sexTrafficking,
        finding: {
          value: 'SUBSTANTIATED',
          interviewed: true,
          rationale: 'Confirmed by the law enforcement investigation.',
        },
      },
    ],
    indicators: [{ childKey: 'c1', code: 'LAW_ENFORCEMENT_CONFIRMED' }],
    recommendation: {
      decision: 'SCREEN_IN',
      responseTime: 'SAME_DAY',
      rationale: 'Law enforcement confirmed trafficking.',
    },
    presentDangerThreat: true,
    lawEnforcementNotifiedAt: hoursAgo(71 + i),
  });
  await buildReport(prisma, {
    ...base,
    status: 'SCREENED_OUT',
    receivedAt: hoursAgo(120 + i),
    decidedById: supervisorId,
    narrative: 'A neighbor worries that a boy is often home alone after school; no safety concerns described.',
    reporter: { type: 'FRIEND_NEIGHBOR', name: 'Neighbor' },
    persons: [child('c1', names.screenedOut, '2012-06-05', 'MALE')],
    allegations: [{ key: 'a1', childKey: 'c1', type: 'NEGLECT', relationship: 'UNKNOWN' }],
    recommendation: {
      decision: 'SCREEN_OUT',
      screenOutReason: 'DOES_NOT_MEET_DEFINITION',
      rationale: 'No maltreatment described.',
    },
  });
}
