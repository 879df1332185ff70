import { randomUUID } from 'node:crypto';
import { addDays, chicagoDate, chicagoMidnight, type IdentifierKind } from '@cps/domain';
import type { PrismaClient } from '../generated/prisma/client';
import { type AllegationSpec, buildReports, type PersonSpec, type ReportSpec } from './builders';

// A few years of invented reports for the demo counties, so that a newcomer's first look at the
// statistics, the queue, a child's history and the identifier matches shows something: the DCF
// report's period (2017-2018) and the 24 months before this one. Deterministic: the same `now`
// gives the same reports (a fixed-seed generator, no Math.random), built with the seed builders.
// All names are invented; the trafficker identifiers use the 555-01xx numbers reserved for fiction.

export type DemoCounty = { countyCode: string; workerId: string; supervisorId: string; perMonth: number };

/** mulberry32: a small deterministic generator; the seed fixes every choice below. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let r = next() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}

const GIRLS = [
  'Aaliyah',
  'Brianna',
  'Camila',
  'Daniela',
  'Esperanza',
  'Faith',
  'Gabriela',
  'Hailey',
  'Imani',
  'Jada',
  'Kayla',
  'Leah',
  'Mariah',
  'Naomi',
  'Olivia',
  'Paige',
  'Riley',
  'Serenity',
  'Tiana',
  'Valeria',
  'Whitney',
  'Xiomara',
  'Yasmin',
  'Zoe',
  'Amara',
  'Bella',
  'Kiara',
  'Luna',
  'Mia',
  'Nevaeh',
] as const;
const BOYS = [
  'Andre',
  'Bryce',
  'Carlos',
  'Darius',
  'Elijah',
  'Gavin',
  'Isaiah',
  'Jamal',
  'Kevin',
  'Marcus',
  'Nathan',
  'Tyrese',
] as const;
const SURNAMES = [
  'Abernathy',
  'Bellweather',
  'Castellano',
  'Delacroix',
  'Easterly',
  'Fairbanks',
  'Greenleaf',
  'Hollister',
  'Ironwood',
  'Jaramillo',
  'Kettering',
  'Lindqvist',
  'Marchetti',
  'Northcott',
  'Oyelaran',
  'Pemberton',
  'Quintanilla',
  'Redfeather',
  'Sandoval-Reyes',
  'Thornbury',
  'Underhill',
  'Vanderlinde',
  'Whitcombe',
  'Xiong-Her',
  'Yellowhorse',
  'Zabrowski',
  'Ashcombe',
  'Brightwater',
  'Coldiron',
  'Dunmore',
] as const;
const ADULTS = ['Dre', 'Vince', 'Tony', 'Marco', 'Shawn', 'Rick', 'Lamar', 'Curt'] as const;

/** Identifiers that come back across reports and counties: what makes the matches worth showing. */
const TRAFFICKER_IDENTIFIERS: readonly { kind: IdentifierKind; value: string; platform?: string }[] = [
  { kind: 'PHONE', value: '(414) 555-0142' },
  { kind: 'PHONE', value: '414.555.0177' },
  { kind: 'PHONE', value: '+1 608 555 0119' },
  { kind: 'PHONE', value: '920-555-0163' },
  { kind: 'SOCIAL_HANDLE', value: '@bigmoney_dre', platform: 'Instagram' },
  { kind: 'SOCIAL_HANDLE', value: '@Lakeside.Vince', platform: 'Snapchat' },
  { kind: 'SOCIAL_HANDLE', value: '@curt_on_the_move', platform: 'TikTok' },
  { kind: 'VEHICLE_PLATE', value: 'AKR-4417' },
  { kind: 'VEHICLE_PLATE', value: 'WI 728 JTD' },
  { kind: 'ALIAS', value: 'Big Money' },
];

const RACES = [
  ['WHITE', 38],
  ['BLACK_AFRICAN_AMERICAN', 34],
  ['AMERICAN_INDIAN_ALASKA_NATIVE', 7],
  ['ASIAN', 6],
  ['NATIVE_HAWAIIAN_PACIFIC_ISLANDER', 1],
  ['UNABLE_TO_DETERMINE', 14],
] as const;
const ETHNICITIES = [
  ['NOT_HISPANIC', 76],
  ['HISPANIC', 15],
  ['NOT_DOCUMENTED', 9],
] as const;
const REPORTERS = [
  ['EDUCATION', 24],
  ['LAW_ENFORCEMENT', 22],
  ['MEDICAL', 12],
  ['MENTAL_HEALTH', 8],
  ['SOCIAL_SERVICES', 10],
  ['PARENT', 8],
  ['OTHER_RELATIVE', 5],
  ['ANONYMOUS', 6],
  ['CHILD', 3],
  ['OTHER', 2],
] as const;
const INDICATORS = [
  'CHILD_SELF_REPORTS_TRAFFICKING',
  'CHILD_REPORTS_SURVIVAL_SEX',
  'LAW_ENFORCEMENT_CONFIRMED',
] as const;

type Child = Required<Pick<PersonSpec, 'firstName' | 'lastName' | 'dateOfBirth' | 'gender' | 'primaryRace'>> &
  Pick<PersonSpec, 'hispanicEthnicity'> & { countyCode: string; personId: string };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The first day of each month of the history: 2017-2018, and the 24 months before `now`'s month. */
export function historyMonths(now: Date): string[] {
  const months: string[] = [];
  for (let m = 0; m < 24; m++) months.push(`${2017 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`);
  const [year = 0, month = 0] = chicagoDate(now).split('-').map(Number);
  for (let back = 24; back >= 1; back--) {
    const index = year * 12 + (month - 1) - back;
    const first = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    if (first > '2018-12-01') months.push(first);
  }
  return months;
}

/** Seeds the history; returns how many reports it made. */
export async function seedDemoHistory(
  prisma: PrismaClient,
  counties: readonly DemoCounty[],
  now: Date,
): Promise<number> {
  const random = generator(20261207);
  const children: Child[] = [];
  const lastWeek = now.getTime() - 7 * DAY;
  const specs: ReportSpec[] = [];
  for (const month of historyMonths(now)) {
    for (const county of counties) {
      for (let n = 0; n < county.perMonth; n++) {
        // A day of the month (1-28) and a time of day from 07:00 to 23:59 in Wisconsin.
        const receivedAt = new Date(
          chicagoMidnight(addDays(month, random.int(0, 27))).getTime() + random.int(7 * 60, 24 * 60 - 1) * 60_000,
        );
        if (receivedAt.getTime() > lastWeek) continue; // the current demo reports stand for the last days
        const spec = reportSpec(random, county, children, receivedAt, now);
        if (spec.newChild) children.push(spec.newChild);
        specs.push(spec.report);
      }
    }
  }
  await buildReports(prisma, specs);
  return specs.length;
}

type Random = ReturnType<typeof generator>;

function reportSpec(
  random: Random,
  county: DemoCounty,
  children: Child[],
  receivedAt: Date,
  now: Date,
): { report: ReportSpec; newChild: Child | null } {
  const kind = random.weighted([
    ['TRAFFICKING', 50],
    ['TRAFFICKING_BY_PARENT', 8],
    ['SEXUAL_ABUSE', 17],
    ['NEGLECT_SCREENED_OUT', 25],
  ] as const);
  const trafficking = kind === 'TRAFFICKING' || kind === 'TRAFFICKING_BY_PARENT';

  // One child in five was reported before: mostly in this county, sometimes in another.
  const earlier = children.filter((c) => c.countyCode === county.countyCode || random.chance(0.25));
  const again = earlier.length > 0 && random.chance(0.2) ? random.pick(earlier) : null;
  const female = again ? again.gender === 'FEMALE' : random.chance(trafficking ? 0.85 : 0.6);
  const age = random.int(trafficking ? 12 : 9, 17);
  const received = chicagoDate(receivedAt);
  const child: Child = again ?? {
    // Made here so that a later report can name the same child (ids are not part of what the seed fixes).
    personId: randomUUID(),
    firstName: female ? random.pick(GIRLS) : random.pick(BOYS),
    lastName: random.pick(SURNAMES),
    dateOfBirth: new Date(`${addDays(received, -(age * 365 + random.int(1, 360)))}T00:00:00Z`),
    gender: female ? 'FEMALE' : 'MALE',
    primaryRace: random.weighted(RACES),
    hispanicEthnicity: random.weighted(ETHNICITIES),
    countyCode: county.countyCode,
  };
  const persons: PersonSpec[] = [
    {
      key: 'c1',
      ...(again ? { personId: again.personId } : { id: child.personId }),
      roles: ['CHILD'],
      firstName: child.firstName,
      lastName: child.lastName,
      dateOfBirth: child.dateOfBirth,
      gender: child.gender,
      primaryRace: child.primaryRace,
      hispanicEthnicity: child.hispanicEthnicity,
      indianChild: 'NO',
    },
  ];
  const maltreaterKnown = kind === 'TRAFFICKING_BY_PARENT' || random.chance(0.6);
  if (maltreaterKnown) {
    persons.push({
      key: 'm1',
      roles: kind === 'TRAFFICKING_BY_PARENT' ? ['ALLEGED_MALTREATER', 'PARENT'] : ['ALLEGED_MALTREATER'],
      firstName: random.pick(ADULTS),
      lastName: kind === 'TRAFFICKING_BY_PARENT' ? child.lastName : random.pick(SURNAMES),
      gender: random.chance(0.8) ? 'MALE' : 'FEMALE',
    });
  }
  const screenedIn = kind !== 'NEGLECT_SCREENED_OUT';
  const old = now.getTime() - receivedAt.getTime() > 75 * DAY;
  const finding = (): AllegationSpec['finding'] => {
    if (!screenedIn || (!old && random.chance(0.5))) return undefined;
    // Most initial assessments end within the 60 days; a few run late.
    const days = random.chance(0.9) ? random.int(12, 58) : random.int(62, 85);
    const recordedAt = new Date(receivedAt.getTime() + days * DAY + random.int(0, 8) * HOUR);
    if (recordedAt.getTime() > now.getTime()) return undefined;
    const substantiated = random.chance(trafficking ? 0.45 : 0.3);
    return {
      value: substantiated ? 'SUBSTANTIATED' : 'UNSUBSTANTIATED',
      interviewed: maltreaterKnown,
      rationale: substantiated ? 'The assessment confirmed what was reported.' : 'The assessment did not confirm it.',
      recordedAt,
    };
  };
  const allegations: AllegationSpec[] =
    kind === 'NEGLECT_SCREENED_OUT'
      ? [{ key: 'a1', childKey: 'c1', type: 'NEGLECT', relationship: 'UNKNOWN' }]
      : [
          {
            key: 'a1',
            childKey: 'c1',
            maltreaterKeys: maltreaterKnown ? ['m1'] : [],
            type: kind === 'TRAFFICKING_BY_PARENT' ? 'NEGLECT' : 'SEXUAL_ABUSE',
            sexTrafficking: trafficking,
            relationship:
              kind === 'TRAFFICKING_BY_PARENT' ? 'PRIMARY_CAREGIVER' : maltreaterKnown ? 'NON_CAREGIVER' : 'UNKNOWN',
            finding: finding(),
          },
        ];
  const presentDanger = trafficking && random.chance(0.15);
  const responseTime = presentDanger ? 'SAME_DAY' : random.pick(['WITHIN_48_HOURS', 'WITHIN_5_BUSINESS_DAYS'] as const);
  const identifiers = trafficking && random.chance(0.55) ? identifiersFor(random, maltreaterKnown) : [];
  return {
    newChild: again ? null : child,
    report: {
      countyCode: county.countyCode,
      createdById: county.workerId,
      createdAt: receivedAt,
      status: screenedIn ? 'SCREENED_IN' : 'SCREENED_OUT',
      receivedAt,
      decidedById: county.supervisorId,
      presentDangerThreat: presentDanger,
      narrative: narrative(kind, random),
      reporter: { type: random.weighted(REPORTERS), name: 'Caller', anonymous: false },
      persons,
      allegations,
      indicators: trafficking ? [{ childKey: 'c1', code: random.pick(INDICATORS) }] : [],
      identifiers,
      contacts: screenedIn ? contactsFor(random, receivedAt, responseTime, kind === 'TRAFFICKING_BY_PARENT', old) : [],
      recommendation: screenedIn
        ? {
            decision: 'SCREEN_IN',
            responseTime,
            rationale: trafficking
              ? 'Sex trafficking allegations are screened in.'
              : 'Meets the definition of maltreatment.',
          }
        : {
            decision: 'SCREEN_OUT',
            screenOutReason: random.pick(['DOES_NOT_MEET_DEFINITION', 'INSUFFICIENT_INFORMATION'] as const),
            rationale: 'What was described does not meet the definition of maltreatment.',
          },
      // The police are told within hours; now and then late.
      lawEnforcementNotifiedAt:
        kind === 'NEGLECT_SCREENED_OUT'
          ? undefined
          : new Date(
              receivedAt.getTime() + (random.chance(0.92) ? random.int(20, 600) : random.int(900, 2400)) * 60_000,
            ),
    },
  };
}

/**
 * The first face-to-face contacts after screen-in: the child seen within the response time in most
 * reports (sometimes after an attempt), late now and then; the parent seen when a parent is named.
 * Within the response time without calendar arithmetic: hours that fit inside each response time.
 */
function contactsFor(
  random: Random,
  receivedAt: Date,
  responseTime: 'SAME_DAY' | 'WITHIN_48_HOURS' | 'WITHIN_5_BUSINESS_DAYS',
  parentNamed: boolean,
  /** Only a report of more than 75 days ago may have been seen late: a late contact is never in the future. */
  mayBeLate: boolean,
): NonNullable<ReportSpec['contacts']> {
  const received = receivedAt.getTime();
  // SAME_DAY: before the end of the Chicago day received (reports come in from 07:00 to 23:59).
  const endOfDay = chicagoMidnight(addDays(chicagoDate(receivedAt), 1)).getTime();
  const onTime =
    responseTime === 'SAME_DAY'
      ? received + Math.floor((endOfDay - received) * random.next())
      : received + random.int(1, responseTime === 'WITHIN_48_HOURS' ? 40 : 96) * HOUR;
  const seen = Math.max(
    received + 60_000,
    mayBeLate && random.chance(0.08) ? onTime + random.int(30, 120) * HOUR : onTime,
  );
  const contacts: NonNullable<ReportSpec['contacts']> = [];
  if (random.chance(0.2)) {
    contacts.push({ personKey: 'c1', kind: 'CHILD_SEEN', outcome: 'ATTEMPTED', at: new Date(received + 30_000) });
  }
  contacts.push({ personKey: 'c1', kind: 'CHILD_SEEN', outcome: 'COMPLETED', at: new Date(seen) });
  if (parentNamed)
    contacts.push({ personKey: 'm1', kind: 'CAREGIVER_SEEN', outcome: 'COMPLETED', at: new Date(seen + HOUR) });
  return contacts;
}

function identifiersFor(random: Random, maltreaterKnown: boolean): NonNullable<ReportSpec['identifiers']> {
  const count = random.int(1, 2);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(0, TRAFFICKER_IDENTIFIERS.length - 1));
  return [...chosen].map((index, i) => {
    const identifier = TRAFFICKER_IDENTIFIERS[index] as (typeof TRAFFICKER_IDENTIFIERS)[number];
    return { key: `i${i + 1}`, ...identifier, ...(maltreaterKnown ? { personKey: 'm1' } : {}) };
  });
}

function narrative(kind: string, random: Random): string {
  const trafficking = [
    'A school counselor reports that a youth has new phones and clothes and talks about an older "boyfriend" who arranges meetings with adults.',
    'Police report a youth recovered at a motel during an investigation into commercial sexual exploitation of children.',
    'A nurse reports that a youth seen in the emergency department described exchanging sex for a place to stay.',
    'A caseworker reports that a youth who ran from placement was advertised online; the youth has since been located.',
    'A relative reports that a youth is driven to apartments at night by an adult who keeps the youth’s phone.',
  ];
  const abuse = [
    'A youth told a teacher about sexual contact by an adult who is not a caregiver.',
    'A parent reports that an adult neighbor sent a youth sexual messages and asked to meet.',
  ];
  const neglect = [
    'A neighbor worries that a child is often home alone in the evening; no other concerns described.',
    'A caller reports that a child missed school several days; the family has since been in touch with the school.',
  ];
  if (kind === 'NEGLECT_SCREENED_OUT') return random.pick(neglect);
  if (kind === 'SEXUAL_ABUSE') return random.pick(abuse);
  return random.pick(trafficking);
}
