// The code lists of docs/domain.md. Codes are stored and sent; labels are for display.
// prisma/schema.prisma declares the same codes as enums (codes.schema-sync.test.ts keeps them equal).

import { incidentLocationTypes, safeNowValues } from './place-codes';

export type CodeLabel<C extends string = string> = { code: C; label: string };

function list<const T extends readonly CodeLabel[]>(items: T) {
  return items;
}

export const maltreatmentTypes = list([
  { code: 'SEXUAL_ABUSE', label: 'Sexual abuse' },
  { code: 'NEGLECT', label: 'Neglect' },
  { code: 'PHYSICAL_ABUSE', label: 'Physical abuse' },
  { code: 'EMOTIONAL_DAMAGE', label: 'Emotional damage' },
] as const);

export const descriptors = list([{ code: 'SEX_TRAFFICKING', label: 'Sex trafficking' }] as const);

export const genders = list([
  { code: 'FEMALE', label: 'Female' },
  { code: 'MALE', label: 'Male' },
  { code: 'UNKNOWN', label: 'Unknown' },
] as const);

export const ethnicities = list([
  { code: 'HISPANIC', label: 'Hispanic' },
  { code: 'NOT_HISPANIC', label: 'Not Hispanic' },
  { code: 'NOT_DOCUMENTED', label: 'Not documented' },
] as const);

export const races = list([
  { code: 'WHITE', label: 'White' },
  { code: 'BLACK_AFRICAN_AMERICAN', label: 'African American' },
  { code: 'AMERICAN_INDIAN_ALASKA_NATIVE', label: 'American Indian / Alaskan Native' },
  { code: 'ASIAN', label: 'Asian' },
  { code: 'NATIVE_HAWAIIAN_PACIFIC_ISLANDER', label: 'Native Hawaiian / Other Pacific Islander' },
  { code: 'UNABLE_TO_DETERMINE', label: 'Unable to Determine / Not Documented' },
] as const);

export const relationships = list([
  { code: 'PRIMARY_CAREGIVER', label: 'Primary caregiver' },
  { code: 'OTHER_CAREGIVER', label: 'Other caregiver' },
  { code: 'NON_CAREGIVER', label: 'Not a caregiver' },
  { code: 'UNKNOWN', label: 'Unknown' },
] as const);

export const reporterTypes = list([
  { code: 'SOCIAL_SERVICES', label: 'Social services' },
  { code: 'MEDICAL', label: 'Medical' },
  { code: 'MENTAL_HEALTH', label: 'Mental health' },
  { code: 'LAW_ENFORCEMENT', label: 'Law enforcement' },
  { code: 'EDUCATION', label: 'Education' },
  { code: 'CHILD_DAYCARE', label: 'Child day care' },
  { code: 'SUBSTITUTE_CARE', label: 'Substitute care provider' },
  { code: 'CHILD', label: 'The child' },
  { code: 'PARENT', label: 'Parent' },
  { code: 'OTHER_RELATIVE', label: 'Other relative' },
  { code: 'FRIEND_NEIGHBOR', label: 'Friend or neighbor' },
  { code: 'ALLEGED_MALTREATER', label: 'Alleged maltreater' },
  { code: 'ANONYMOUS', label: 'Anonymous' },
  { code: 'OTHER', label: 'Other' },
] as const);

export const indicators = list([
  { code: 'CHILD_SELF_REPORTS_TRAFFICKING', label: 'Child self-reports being trafficked' },
  {
    code: 'CHILD_REPORTS_SURVIVAL_SEX',
    label: 'Child reports sex in exchange for shelter, food, drugs, alcohol or money (survival sex)',
  },
  { code: 'LAW_ENFORCEMENT_CONFIRMED', label: 'Law enforcement confirmed trafficking' },
] as const);

export const responseTimes = list([
  { code: 'SAME_DAY', label: 'Same day' },
  { code: 'WITHIN_48_HOURS', label: 'Within 24 to 48 hours' },
  { code: 'WITHIN_5_BUSINESS_DAYS', label: 'Within 5 business days' },
] as const);

/** Initial contacts after screen-in (rule RESPONSE-TIME): whom the worker saw, and whether they did. */
export const contactKinds = list([
  { code: 'CHILD_SEEN', label: 'Child seen' },
  { code: 'CAREGIVER_SEEN', label: 'Parent or caregiver seen' },
] as const);

export const contactOutcomes = list([
  { code: 'COMPLETED', label: 'Completed' },
  { code: 'ATTEMPTED', label: 'Attempted' },
] as const);

export const screenOutReasons = list([
  { code: 'DOES_NOT_MEET_DEFINITION', label: 'Does not meet the statutory definition' },
  { code: 'INSUFFICIENT_INFORMATION', label: 'Insufficient information' },
  { code: 'NON_CAREGIVER_MALTREATER', label: 'Alleged maltreater is not a caregiver' },
  { code: 'DUPLICATE_REPORT', label: 'Duplicate report' },
  { code: 'OTHER_JURISDICTION', label: 'Another jurisdiction' },
] as const);

/** The body of GET /api/reference/codes, in the order the contract names them. */
export const referenceCodes = {
  maltreatmentTypes,
  descriptors,
  genders,
  ethnicities,
  races,
  relationships,
  reporterTypes,
  indicators,
  responseTimes,
  screenOutReasons,
  incidentLocationTypes,
  safeNowValues,
} as const;

export type ReferenceCodes = typeof referenceCodes;

/** Lists used by the data model but not served by /api/reference/codes. */
export const roles = ['ACCESS_WORKER', 'SUPERVISOR', 'ADMIN'] as const;
export const reportStatuses = ['DRAFT', 'AWAITING_SUPERVISOR', 'SCREENED_IN', 'SCREENED_OUT', 'DISCARDED'] as const;
export const personRoles = ['CHILD', 'ALLEGED_MALTREATER', 'HOUSEHOLD_MEMBER', 'PARENT'] as const;
export const indianChildValues = ['YES', 'NO', 'UNKNOWN'] as const;
export const regions = ['MILWAUKEE', 'BALANCE_OF_STATE'] as const;
export const screeningChoices = ['SCREEN_IN', 'SCREEN_OUT'] as const;
export const notificationMethods = ['PHONE', 'EMAIL', 'IN_PERSON', 'ELECTRONIC'] as const;
export const findingValues = ['SUBSTANTIATED', 'UNSUBSTANTIATED'] as const;
export const parentalInvolvementValues = ['YES', 'NO', 'UNKNOWN'] as const;

export function codesOf<T extends readonly CodeLabel[]>(items: T): [T[number]['code'], ...T[number]['code'][]] {
  return items.map((i) => i.code) as [T[number]['code'], ...T[number]['code'][]];
}
