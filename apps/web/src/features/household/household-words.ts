import type { HouseholdRelationshipType, IdentifierKind, IdentifierMatch } from '@cps/domain';

// Words for household relationships, identifier kinds and matches in other counties.

export const relationshipLabels: Record<HouseholdRelationshipType, string> = {
  PARENT_OF: 'is a parent of',
  STEP_PARENT_OF: 'is a step-parent of',
  GUARDIAN_OF: 'is a guardian of',
  FOSTER_PARENT_OF: 'is a foster parent of',
  PARTNER_OF_PARENT: "is a parent's partner of",
  SIBLING_OF: 'is a sibling of',
  RELATIVE_OF: 'is a relative of',
  ROMANTIC_PARTNER_OF: 'is a romantic partner of',
  OTHER: 'is otherwise related to',
};

export const identifierKindLabels: Record<IdentifierKind, string> = {
  ALIAS: 'Alias or street name',
  PHONE: 'Phone number',
  EMAIL: 'Email address',
  SOCIAL_HANDLE: 'Social media handle',
  VEHICLE_PLATE: 'Vehicle plate',
  VEHICLE_DESCRIPTION: 'Vehicle description',
  LOCATION: 'Location',
  ONLINE_AD: 'Online ad',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2018-02" → "February 2018". */
export function monthInWords(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** "2 reports in Dane County, February 2018: contact that agency". */
export function otherCountyText(
  entry: IdentifierMatch['otherCounties'][number],
  countyName: (code: string) => string,
): string {
  const reports = entry.reports === 1 ? '1 report' : `${entry.reports} reports`;
  return `${reports} in ${countyName(entry.countyCode)}, ${monthInWords(entry.month)}: contact that agency`;
}
