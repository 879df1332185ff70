import {
  type CodeLabel,
  descriptors,
  ethnicities,
  genders,
  indicators,
  maltreatmentTypes,
  type NotificationMethod,
  type ReportPersonView,
  type ReportStatus,
  races,
  relationships,
  reporterTypes,
  responseTimes,
  screenOutReasons,
} from '@cps/domain';

// Display words for codes. The domain's code lists carry the labels of docs/domain.md; the lists
// that are codes only there get their words here.

function labeller(list: readonly CodeLabel[]) {
  const byCode = new Map(list.map((item) => [item.code, item.label]));
  return (code: string | null | undefined): string => (code ? (byCode.get(code) ?? code) : 'Not recorded');
}

export const maltreatmentTypeLabel = labeller(maltreatmentTypes);
export const descriptorLabel = labeller(descriptors);
export const genderLabel = labeller(genders);
export const ethnicityLabel = labeller(ethnicities);
export const raceLabel = labeller(races);
export const relationshipLabel = labeller(relationships);
export const reporterTypeLabel = labeller(reporterTypes);
export const indicatorLabel = labeller(indicators);
export const responseTimeLabel = labeller(responseTimes);
export const screenOutReasonLabel = labeller(screenOutReasons);

export const statusLabel = labeller([
  { code: 'DRAFT', label: 'Draft' },
  { code: 'AWAITING_SUPERVISOR', label: 'Awaiting supervisor decision' },
  { code: 'SCREENED_IN', label: 'Screened in' },
  { code: 'SCREENED_OUT', label: 'Screened out' },
  { code: 'DISCARDED', label: 'Discarded' },
] satisfies CodeLabel<ReportStatus>[]);

export const decisionLabel = labeller([
  { code: 'SCREEN_IN', label: 'Screen in' },
  { code: 'SCREEN_OUT', label: 'Screen out' },
]);

export const personRoleLabel = labeller([
  { code: 'CHILD', label: 'Child' },
  { code: 'ALLEGED_MALTREATER', label: 'Alleged maltreater' },
  { code: 'HOUSEHOLD_MEMBER', label: 'Household member' },
  { code: 'PARENT', label: 'Parent' },
]);

export const yesNoUnknownLabel = labeller([
  { code: 'YES', label: 'Yes' },
  { code: 'NO', label: 'No' },
  { code: 'UNKNOWN', label: 'Unknown' },
]);

export const findingLabel = labeller([
  { code: 'SUBSTANTIATED', label: 'Substantiated' },
  { code: 'UNSUBSTANTIATED', label: 'Unsubstantiated' },
]);

export const notificationMethodOptions = [
  { code: 'PHONE', label: 'Phone' },
  { code: 'EMAIL', label: 'Email' },
  { code: 'IN_PERSON', label: 'In person' },
  { code: 'ELECTRONIC', label: 'Electronic (secure message or portal)' },
] satisfies CodeLabel<NotificationMethod>[];
export const notificationMethodLabel = labeller(notificationMethodOptions);

type Named = Pick<ReportPersonView, 'firstName' | 'lastName'>;

export const UNNAMED = 'Name not recorded';

/** "Maya Thompson", or "Name not recorded" for a person the caller could not name. */
export function personName(person: Named | undefined): string {
  const name = [person?.firstName, person?.lastName].filter(Boolean).join(' ').trim();
  return name || UNNAMED;
}

/** The children of a report in one line, for headings and links. */
export function childrenNames(children: readonly Named[]): string {
  return children.length > 0 ? children.map(personName).join(', ') : 'No child recorded';
}
