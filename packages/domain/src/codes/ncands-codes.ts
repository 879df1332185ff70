import type { ethnicities, genders, maltreatmentTypes, races, reporterTypes } from './code-lists';

// The NCANDS Child File's codes for the code lists of docs/domain.md, written once beside them.
// Each map is typed by its code list, so a code added to a list without its NCANDS code does not
// compile. Source: the NCANDS Child File codebook as docs/statistics.md ("The NCANDS Child File") states it.

type CodeOf<L extends readonly { code: string }[]> = L[number]['code'];

/** `RptSrc`: the reporter type as NCANDS report source. */
export const NCANDS_REPORT_SOURCE: Record<CodeOf<typeof reporterTypes>, number> = {
  SOCIAL_SERVICES: 1,
  MEDICAL: 2,
  MENTAL_HEALTH: 3,
  LAW_ENFORCEMENT: 4,
  EDUCATION: 5,
  CHILD_DAYCARE: 6,
  SUBSTITUTE_CARE: 7,
  CHILD: 8,
  PARENT: 9,
  OTHER_RELATIVE: 10,
  FRIEND_NEIGHBOR: 11,
  ALLEGED_MALTREATER: 12,
  ANONYMOUS: 13,
  OTHER: 88,
};

/** `ChSex`. */
export const NCANDS_SEX: Record<CodeOf<typeof genders>, number> = { MALE: 1, FEMALE: 2, UNKNOWN: 9 };

/** `CEthn`. */
export const NCANDS_ETHNICITY: Record<CodeOf<typeof ethnicities>, number> = {
  HISPANIC: 1,
  NOT_HISPANIC: 2,
  NOT_DOCUMENTED: 3,
};

/** The race columns in file order; the child's primary race sets its column to 1, the others 2. */
export const NCANDS_RACE_COLUMNS = ['ChRacAI', 'ChRacAs', 'ChRacBl', 'ChRacNH', 'ChRacWh', 'ChRacUD'] as const;
export type NcandsRaceColumn = (typeof NCANDS_RACE_COLUMNS)[number];
export const NCANDS_RACE_COLUMN: Record<CodeOf<typeof races>, NcandsRaceColumn> = {
  AMERICAN_INDIAN_ALASKA_NATIVE: 'ChRacAI',
  ASIAN: 'ChRacAs',
  BLACK_AFRICAN_AMERICAN: 'ChRacBl',
  NATIVE_HAWAIIAN_PACIFIC_ISLANDER: 'ChRacNH',
  WHITE: 'ChRacWh',
  UNABLE_TO_DETERMINE: 'ChRacUD',
};

/** `ChMal1..4`: the maltreatment type's code; an allegation with the sex trafficking descriptor is 7 instead. */
export const NCANDS_MALTREATMENT: Record<CodeOf<typeof maltreatmentTypes>, number> = {
  PHYSICAL_ABUSE: 1,
  NEGLECT: 2,
  SEXUAL_ABUSE: 4,
  EMOTIONAL_DAMAGE: 5,
};
export const NCANDS_SEX_TRAFFICKING = 7;

/** `RptDisp` and `MalNLev`: substantiated 1, otherwise unsubstantiated 5. */
export const NCANDS_SUBSTANTIATED = 1;
export const NCANDS_UNSUBSTANTIATED = 5;
/** `ChAge` when the age is not known. */
export const NCANDS_AGE_UNKNOWN = 99;
