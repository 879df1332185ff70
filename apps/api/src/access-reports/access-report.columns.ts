import type {
  AccessReport,
  Allegation,
  AllegationMaltreater,
  Finding,
  LawEnforcementNotification,
  Person,
  Prisma,
  ReportAssignment,
  ReportContact,
  ReportIdentifier,
  ReportIndicator,
  ReportPerson,
  ReportRelationship,
  ReportTransfer,
  ScreeningDecision,
  ScreeningRecommendation,
  TribalNotification,
} from '../generated/prisma/client';

// The ONE list of each table's columns: the field name (its SQL name is the snake_case of it) and
// the SQL type a parameter or a JSON value is read as. Every statement of the repository is built
// from these lists, and each list must name every column Prisma knows (`satisfies`), so a new
// column is one line here besides the Prisma schema, its migration and the domain schema.

/** A column's SQL type: what a JSON value or a parameter is cast to. */
export type SqlType =
  | 'uuid'
  | 'text'
  | 'boolean'
  | 'int'
  | 'smallint'
  | 'date'
  | 'timestamptz'
  | 'jsonb'
  | `"${string}"`
  | `"${string}"[]`;

export type Columns<Row> = { readonly [K in keyof Row]: SqlType };

/** Issue 13: the reporter's relationship, the incident (its address as JSON) and worker safety. */
export const REPORT_DETAIL_COLUMNS = {
  reporterRelationshipToChild: 'text',
  reporterMandatedReporter: 'boolean',
  incidentOccurredOn: 'date',
  incidentOccurredOnIsApproximate: 'boolean',
  incidentLocationType: 'text',
  incidentAddress: 'jsonb',
  incidentDescription: 'text',
  workerSafetyConcernsPresent: 'boolean',
  workerSafetyConcernsDescription: 'text',
} as const satisfies Partial<Columns<AccessReport>>;

export const REPORT_COLUMNS = {
  id: 'uuid',
  reportNumber: 'text',
  countyCode: 'text',
  receivedAt: 'timestamptz',
  reporterType: '"ReporterType"',
  reporterName: 'text',
  reporterPhone: 'text',
  reporterAnonymous: 'boolean',
  narrative: 'text',
  presentDangerThreat: 'boolean',
  status: '"ReportStatus"',
  version: 'int',
  createdById: 'uuid',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
  submittedAt: 'timestamptz',
  assignedToId: 'uuid',
  initialAssessmentWorkerId: 'uuid',
  discardedAt: 'timestamptz',
  discardedById: 'uuid',
  discardReason: 'text',
  ...REPORT_DETAIL_COLUMNS,
} as const satisfies Columns<AccessReport>;

/** What a report records about a person, besides their roles and approximate age: the draft may leave any out. */
export const PERSON_DETAIL_COLUMNS = {
  firstName: 'text',
  lastName: 'text',
  dateOfBirth: 'date',
  gender: '"Gender"',
  hispanicEthnicity: '"HispanicEthnicity"',
  primaryRace: '"PrimaryRace"',
  indianChild: '"IndianChild"',
  tribe: 'text',
  // Issue 13: also copied when a known person is linked (an Address as JSON).
  address: 'jsonb',
  phone: 'text',
  primaryLanguage: 'text',
  interpreterNeeded: 'boolean',
  school: 'text',
} as const satisfies Partial<Columns<ReportPerson>>;

export const REPORT_PERSON_COLUMNS = {
  reportId: 'uuid',
  personId: 'uuid',
  key: 'text',
  roles: '"PersonRole"[]',
  ...PERSON_DETAIL_COLUMNS,
  approximateAge: 'smallint',
  position: 'smallint',
  /** Where a child is now (JSON): not copied on linking, it is now, not then. */
  currentLocation: 'jsonb',
  /** The report's county (the foreign key holds it equal): the search by name reads one county's people. */
  countyCode: 'text',
} as const satisfies Columns<ReportPerson>;

/** The statewide registry: the identifying basics search answers with. */
export const PERSON_COLUMNS = {
  id: 'uuid',
  firstName: 'text',
  lastName: 'text',
  firstNameKey: 'text',
  lastNameKey: 'text',
  dateOfBirth: 'date',
  gender: '"Gender"',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
} as const satisfies Columns<Person>;

export const INDICATOR_COLUMNS = {
  reportId: 'uuid',
  childId: 'uuid',
  code: '"TraffickingIndicator"',
} as const satisfies Columns<ReportIndicator>;

/** A household relationship between two people of the report (from → to). */
export const RELATIONSHIP_COLUMNS = {
  reportId: 'uuid',
  fromPersonId: 'uuid',
  toPersonId: 'uuid',
  type: '"HouseholdRelationship"',
  position: 'smallint',
} as const satisfies Columns<ReportRelationship>;

/** A trafficking identifier of the report, as typed and in its normal form. */
export const IDENTIFIER_COLUMNS = {
  id: 'uuid',
  reportId: 'uuid',
  key: 'text',
  personId: 'uuid',
  kind: '"IdentifierKind"',
  value: 'text',
  normalized: 'text',
  platform: 'text',
  position: 'smallint',
} as const satisfies Columns<ReportIdentifier>;

export const ALLEGATION_COLUMNS = {
  id: 'uuid',
  reportId: 'uuid',
  key: 'text',
  childId: 'uuid',
  maltreatmentType: '"MaltreatmentType"',
  descriptors: '"Descriptor"[]',
  maltreaterRelationship: '"MaltreaterRelationship"',
  position: 'smallint',
} as const satisfies Columns<Allegation>;

export const MALTREATER_COLUMNS = {
  allegationId: 'uuid',
  personId: 'uuid',
} as const satisfies Columns<AllegationMaltreater>;

export const FINDING_COLUMNS = {
  allegationId: 'uuid',
  finding: '"FindingValue"',
  maltreaterInterviewed: 'boolean',
  parentalInvolvement: '"ParentalInvolvement"',
  rationale: 'text',
  recordedById: 'uuid',
  recordedAt: 'timestamptz',
} as const satisfies Columns<Finding>;

/** A finding as written: one per allegation. */
export type FindingRow = Finding;

const CHOICE_COLUMNS = {
  reportId: 'uuid',
  decision: '"ScreeningChoice"',
  screenOutReason: '"ScreenOutReason"',
  responseTime: '"ResponseTime"',
  rationale: 'text',
  duplicateOfId: 'uuid',
} as const;

export const RECOMMENDATION_COLUMNS = {
  ...CHOICE_COLUMNS,
  recommendedById: 'uuid',
  recommendedAt: 'timestamptz',
} as const satisfies Columns<ScreeningRecommendation>;

export const DECISION_COLUMNS = {
  ...CHOICE_COLUMNS,
  decidedById: 'uuid',
  decidedAt: 'timestamptz',
} as const satisfies Columns<ScreeningDecision>;

const NOTIFICATION_COLUMNS = {
  id: 'uuid',
  reportId: 'uuid',
  notifiedAt: 'timestamptz',
  method: '"NotificationMethod"',
  contactName: 'text',
  recordedById: 'uuid',
  recordedAt: 'timestamptz',
} as const;

export const LAW_ENFORCEMENT_NOTIFICATION_COLUMNS = {
  ...NOTIFICATION_COLUMNS,
  agency: 'text',
} as const satisfies Columns<LawEnforcementNotification>;

export const TRIBAL_NOTIFICATION_COLUMNS = {
  ...NOTIFICATION_COLUMNS,
  tribe: 'text',
} as const satisfies Columns<TribalNotification>;

/** An initial contact after screen-in (report_contacts). */
export const CONTACT_COLUMNS = {
  id: 'uuid',
  reportId: 'uuid',
  personId: 'uuid',
  kind: '"ContactKind"',
  outcome: '"ContactOutcome"',
  at: 'timestamptz',
  note: 'text',
  recordedById: 'uuid',
  recordedAt: 'timestamptz',
} as const satisfies Columns<ReportContact>;

export const TRANSFER_COLUMNS = {
  id: 'uuid',
  reportId: 'uuid',
  fromCountyCode: 'text',
  toCountyCode: 'text',
  reason: 'text',
  transferredById: 'uuid',
  transferredAt: 'timestamptz',
} as const satisfies Columns<ReportTransfer>;

export const ASSIGNMENT_COLUMNS = {
  id: 'uuid',
  reportId: 'uuid',
  kind: '"AssignmentKind"',
  fromUserId: 'uuid',
  toUserId: 'uuid',
  byId: 'uuid',
  at: 'timestamptz',
} as const satisfies Columns<ReportAssignment>;

/** A report as another report names it: a duplicate or its original. */
export const REPORT_REF_COLUMNS = { id: 'uuid', reportNumber: 'text', receivedAt: 'timestamptz' } as const;
/**
 * A duplicate as its original lists it: what the second caller said is read there, and its county
 * (after a transfer of either report, the original lists only duplicates of its own county).
 */
export const DUPLICATE_REF_COLUMNS = {
  ...REPORT_REF_COLUMNS,
  countyCode: 'text',
  status: '"ReportStatus"',
  narrative: 'text',
} as const;

/**
 * The original a duplicate names (recommendation or decision): its reference, and what DUPLICATE-OF
 * reads of it: county, status, the children (person ids, roles) and the allegations' children and
 * descriptors.
 */
export const ORIGINAL_REF_COLUMNS = { ...REPORT_REF_COLUMNS, countyCode: 'text', status: '"ReportStatus"' } as const;
export const ORIGINAL_PERSON_COLUMNS = { personId: 'uuid', roles: '"PersonRole"[]' } as const;
export const ORIGINAL_ALLEGATION_COLUMNS = { childId: 'uuid', descriptors: '"Descriptor"[]' } as const;

/** Who did something, as the document names them. */
export const WHO_COLUMNS = { id: 'uuid', name: 'text' } as const;

const who = { select: { id: true, name: true } } as const;
/** The original a duplicate names, with the facts DUPLICATE-OF reads (ORIGINAL_REF_COLUMNS). */
export const originalRef = {
  select: {
    id: true,
    reportNumber: true,
    receivedAt: true,
    countyCode: true,
    status: true,
    persons: { select: { personId: true, roles: true }, orderBy: { position: 'asc' } },
    allegations: { select: { childId: true, descriptors: true }, orderBy: { position: 'asc' } },
  },
} as const;
/** A duplicate as its original lists it (DUPLICATE_REF_COLUMNS): the mapper keeps those of the original's county. */
const duplicateRef = {
  select: {
    report: {
      select: { id: true, reportNumber: true, receivedAt: true, countyCode: true, status: true, narrative: true },
    },
  },
} as const;

/**
 * The report as the repository reads it: the row and relations of Prisma's include below. The
 * hand-written read answers exactly this (a test holds the two equal).
 */
export const reportInclude = {
  createdBy: who,
  assignedTo: who,
  initialAssessmentWorker: who,
  discardedBy: who,
  persons: { orderBy: { position: 'asc' } },
  indicators: true,
  relationships: { orderBy: { position: 'asc' } },
  identifiers: { orderBy: { position: 'asc' } },
  allegations: {
    orderBy: { position: 'asc' },
    include: { maltreaters: true, finding: { include: { recordedBy: who } } },
  },
  recommendation: { include: { recommendedBy: who, duplicateOf: originalRef } },
  decision: { include: { decidedBy: who, duplicateOf: originalRef } },
  lawEnforcementNotifications: { orderBy: { notifiedAt: 'asc' }, include: { recordedBy: who } },
  tribalNotifications: { orderBy: { notifiedAt: 'asc' }, include: { recordedBy: who } },
  contacts: { orderBy: [{ at: 'asc' }, { id: 'asc' }], include: { recordedBy: who } },
  transfers: { orderBy: { transferredAt: 'asc' }, include: { transferredBy: who } },
  /** Screened out as duplicates of this report by a decision; and, awaiting one, recommended so. */
  decidedDuplicates: { orderBy: [{ decidedAt: 'asc' }, { reportId: 'asc' }], ...duplicateRef },
  recommendedDuplicates: {
    where: { report: { status: 'AWAITING_SUPERVISOR' } },
    orderBy: [{ recommendedAt: 'asc' }, { reportId: 'asc' }],
    ...duplicateRef,
  },
} satisfies Prisma.AccessReportInclude;

export type ReportRow = Prisma.AccessReportGetPayload<{ include: typeof reportInclude }>;
export type AllegationRow = ReportRow['allegations'][number];
export type PersonRow = ReportRow['persons'][number];
/** The original a duplicate names, as the read and the look-up before the rules give it. */
export type OriginalRow = NonNullable<NonNullable<ReportRow['recommendation']>['duplicateOf']>;
