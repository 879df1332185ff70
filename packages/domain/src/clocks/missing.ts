import { type ClockNotification, type ClockStatus, clockStatus } from './clocks';

// The clocks of a missing-from-care episode (docs/domain.md, MISSING-LE-8H and MISSING-NCMEC-24H)
// and its status. Both clocks count elapsed hours from when the agency learned the child was
// missing: no business days, and a DST change in between moves the Chicago wall time of the due
// instant, never the number of hours.

const HOUR_MS = 3_600_000;
export const MISSING_POLICE_HOURS = 8;
export const MISSING_NCMEC_HOURS = 24;

export const missingEpisodeStatuses = ['MISSING', 'LOCATED_AWAITING_SCREEN', 'CLOSED'] as const;
export type MissingEpisodeStatus = (typeof missingEpisodeStatuses)[number];

type Instant = string | Date;

function toDate(instant: Instant): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** MISSING-LE-8H: the report to law enforcement (for NCIC) is due 8 elapsed hours after learnedAt. */
export function missingPoliceDueAt(learnedAt: Instant): Date {
  return new Date(toDate(learnedAt).getTime() + MISSING_POLICE_HOURS * HOUR_MS);
}

/** MISSING-NCMEC-24H: the report to NCMEC is due 24 elapsed hours after learnedAt. */
export function missingNcmecDueAt(learnedAt: Instant): Date {
  return new Date(toDate(learnedAt).getTime() + MISSING_NCMEC_HOURS * HOUR_MS);
}

export type MissingClockEpisode = {
  learnedAt: Instant;
  policeReportedAt?: Instant | null;
  ncmecReportedAt?: Instant | null;
};

export type MissingClocks = {
  policeDueAt: string;
  policeStatus: ClockStatus;
  ncmecDueAt: string;
  ncmecStatus: ClockStatus;
};

function reported(at: Instant | null | undefined): ClockNotification[] {
  return at ? [{ notifiedAt: at }] : [];
}

/**
 * Both clocks of an episode. Every episode needs both reports, so neither is ever NOT_REQUIRED:
 * ON_TIME or LATE from the recorded report time, else PENDING until the due time and OVERDUE after.
 */
export function missingClocks(episode: MissingClockEpisode, now: Date): MissingClocks {
  const policeDue = missingPoliceDueAt(episode.learnedAt);
  const ncmecDue = missingNcmecDueAt(episode.learnedAt);
  return {
    policeDueAt: policeDue.toISOString(),
    policeStatus: clockStatus(policeDue, reported(episode.policeReportedAt), now),
    ncmecDueAt: ncmecDue.toISOString(),
    ncmecStatus: clockStatus(ncmecDue, reported(episode.ncmecReportedAt), now),
  };
}

export type EpisodeStatusFields = { locatedAt?: Instant | null; screenedAt?: Instant | null };

/** Derived, never stored: screened = CLOSED; located but not screened = LOCATED_AWAITING_SCREEN; else MISSING. */
export function episodeStatus(episode: EpisodeStatusFields): MissingEpisodeStatus {
  if (episode.screenedAt) return 'CLOSED';
  if (episode.locatedAt) return 'LOCATED_AWAITING_SCREEN';
  return 'MISSING';
}
