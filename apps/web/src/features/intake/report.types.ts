import type { Clocks, DraftInput, ReportComputed, reportStatuses } from '@cps/domain';

// What the API answers (api.md "Access reports"); the web app reads only the fields named here.

export type ReportStatus = (typeof reportStatuses)[number];

type Named = { id: string; name: string } | null;

export type ReportPersonDto = NonNullable<DraftInput['persons']>[number] & { id: string };

export type ReportDto = Omit<DraftInput, 'persons'> & {
  id: string;
  /** `2026-079-00042`: given at creation, read aloud to a caller or the police. */
  reportNumber: string;
  status: ReportStatus;
  version: number;
  createdBy: Named;
  createdAt?: string | null;
  updatedAt: string | null;
  submittedAt?: string | null;
  persons: ReportPersonDto[];
  lawEnforcementNotifications: { notifiedAt: string }[];
  tribalNotifications: { notifiedAt: string }[];
  computed: ReportComputed;
};

/** One row of GET /api/access-reports: enough to triage, never the narrative. */
export type ReportSummary = {
  id: string;
  /** `2026-079-00042`: given at creation, read aloud to a caller or the police. */
  reportNumber: string;
  status: ReportStatus;
  version: number;
  receivedAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  submittedAt: string | null;
  createdBy: Named;
  children: { id: string; firstName: string | null; lastName: string | null }[];
  allegationCount: number;
  presentDangerThreat: boolean | null;
  recommendation: { decision: string | null; responseTime: string | null } | null;
  decision: { decision: string; decidedAt: string | null } | null;
  computed: Clocks;
};

export type ReportPage = { items: ReportSummary[]; total: number };

/** GET /api/persons/search: identifying basics only. */
export type PersonMatch = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  score: number;
};
