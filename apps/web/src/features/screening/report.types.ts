import type {
  Allegation,
  Draft,
  FindingInput,
  notificationMethods,
  Recommendation,
  ReportComputed,
  ReportPerson,
  reportStatuses,
  Screening,
} from '@cps/domain';

// The report of api.md as the API sends it: the draft document with ids, plus lifecycle,
// screening, notifications, findings and `computed`. Types only; the API is their source.

export type ReportStatus = (typeof reportStatuses)[number];
export type ClockStatus = ReportComputed['lawEnforcementStatus'];
export type NotificationMethod = (typeof notificationMethods)[number];
export type Actor = { id: string; name: string } | null;

type Recorded = { recordedBy: Actor; recordedAt: string | null };

export type LawEnforcementNotification = Recorded & {
  id: string;
  notifiedAt: string;
  agency: string;
  method: NotificationMethod;
  contactName: string | null;
};

export type TribalNotification = Omit<LawEnforcementNotification, 'agency'> & { tribe: string };

export type RecordedFinding = Omit<FindingInput, 'parentalInvolvement'> &
  Recorded & { parentalInvolvement: FindingInput['parentalInvolvement'] | null };

export type ReportAllegation = Allegation & { id: string; finding: RecordedFinding | null };
export type ReportPersonView = ReportPerson & { id: string };

export type RecordedRecommendation = Recommendation & { recommendedBy: Actor; recommendedAt: string | null };
export type RecordedDecision = Omit<Screening, 'screenOutReason' | 'responseTime'> & {
  screenOutReason: Screening['screenOutReason'] | null;
  responseTime: Screening['responseTime'] | null;
  decidedBy: Actor;
  decidedAt: string | null;
};

export type AccessReport = Omit<Draft, 'persons' | 'allegations'> & {
  id: string;
  /** `2026-079-00042`: given at creation, read aloud to a caller or the police. */
  reportNumber: string;
  status: ReportStatus;
  version: number;
  createdBy: Actor;
  createdAt: string | null;
  updatedAt: string | null;
  submittedAt: string | null;
  persons: ReportPersonView[];
  allegations: ReportAllegation[];
  screening: { recommendation: RecordedRecommendation | null; decision: RecordedDecision | null };
  lawEnforcementNotifications: LawEnforcementNotification[];
  tribalNotifications: TribalNotification[];
  computed: ReportComputed;
};

/** A row of GET /api/access-reports: enough to triage, never the narrative. */
export type ReportSummary = {
  id: string;
  reportNumber: string;
  countyCode: string;
  status: ReportStatus;
  version: number;
  receivedAt: string | null;
  submittedAt: string | null;
  createdBy: Actor;
  presentDangerThreat: boolean | null;
  children: { id: string; firstName: string | null; lastName: string | null }[];
  allegationCount: number;
  recommendation: Pick<Recommendation, 'decision' | 'responseTime'> | null;
  decision: { decision: Screening['decision']; decidedAt: string | null } | null;
  computed: Omit<ReportComputed, 'violations' | 'languageWarnings'>;
};

export type ReportPage = { items: ReportSummary[]; total: number };
