import { type EpisodeStatusFields, episodeStatus } from '../clocks/missing';
import { FUTURE_TOLERANCE_MS, type InputIssue } from '../reports/draft-checks';
import { chicagoDate } from '../time/chicago';
import type { CreateMissingEpisode, UpdateMissingEpisode } from './missing-episode.schema';

// The checks of a missing-from-care episode that read more than one field, or "now": the form runs
// them as the worker types and the API again (400 with the field in `issues`). The lifecycle checks
// (a stale version, a closed episode, a screen before the child is located) are 409s.
//
// The times of an episode, in order: last seen ≤ learned of it ≤ reported to the police and to
// NCMEC; last seen ≤ located ≤ screened. Nothing is in the future (5 minutes of clock drift allowed).
// The agency cannot report before it knows, so a report time before learnedAt is a typing mistake;
// the child can be located before the agency learned of it (found by the police overnight), so
// locatedAt is held only to lastSeenAt.

type Instant = string | Date;
const ms = (t: Instant) => new Date(t).getTime();

/** The stored episode as the checks read it. */
export type CheckedEpisode = EpisodeStatusFields & {
  version: number;
  learnedAt: Instant;
  lastSeenAt: Instant | null;
  policeReportedAt: Instant | null;
  policeAgency: string | null;
  ncmecReportedAt: Instant | null;
  locatedAt: Instant | null;
};

function notInFuture(issues: InputIssue[], path: string, at: Instant | null | undefined, now: Date): void {
  if (at && ms(at) > now.getTime() + FUTURE_TOLERANCE_MS) issues.push({ path, message: 'must not be in the future' });
}

/** POST: learnedAt and lastSeenAt not in the future, the child last seen before the agency learned of it. */
export function createEpisodeIssues(body: CreateMissingEpisode, now: Date): InputIssue[] {
  const issues: InputIssue[] = [];
  notInFuture(issues, 'learnedAt', body.learnedAt, now);
  notInFuture(issues, 'lastSeenAt', body.lastSeenAt, now);
  if (body.lastSeenAt && ms(body.lastSeenAt) > ms(body.learnedAt)) {
    issues.push({ path: 'lastSeenAt', message: 'must not be after the agency learned the child was missing' });
  }
  const born = body.person?.dateOfBirth;
  if (born && born > chicagoDate(now))
    issues.push({ path: 'person.dateOfBirth', message: 'must not be in the future' });
  return issues;
}

/** What the episode would be with the change: a field left out keeps its value, null clears it. */
export function mergedEpisode<E extends CheckedEpisode>(current: E, patch: Partial<UpdateMissingEpisode>): E {
  const merged: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    if (value !== undefined && field !== 'returnScreening' && field !== 'version') merged[field] = value;
  }
  return merged as E;
}

/** PATCH: each time given in order with the others (as they would be after the change), none in the future. */
export function updateEpisodeIssues(current: CheckedEpisode, patch: UpdateMissingEpisode, now: Date): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const next = mergedEpisode(current, patch);
  const screenedAt = patch.returnScreening?.screenedAt;
  for (const field of ['lastSeenAt', 'policeReportedAt', 'ncmecReportedAt', 'locatedAt'] as const) {
    notInFuture(issues, field, patch[field], now);
  }
  notInFuture(issues, 'returnScreening.screenedAt', screenedAt, now);

  const learned = ms(next.learnedAt);
  if (patch.lastSeenAt && ms(patch.lastSeenAt) > learned) {
    add('lastSeenAt', 'must not be after the agency learned the child was missing');
  }
  if (patch.policeReportedAt && ms(patch.policeReportedAt) < learned) {
    add('policeReportedAt', 'must not be before the agency learned the child was missing');
  }
  if (patch.ncmecReportedAt && ms(patch.ncmecReportedAt) < learned) {
    add('ncmecReportedAt', 'must not be before the agency learned the child was missing');
  }
  if (next.policeReportedAt && !next.policeAgency?.trim()) {
    add('policeAgency', 'is required with the police report: the agency the child was reported to');
  }
  const lastSeenOrLocatedGiven = patch.locatedAt !== undefined || patch.lastSeenAt !== undefined;
  if (lastSeenOrLocatedGiven && next.locatedAt && next.lastSeenAt && ms(next.locatedAt) < ms(next.lastSeenAt)) {
    add('locatedAt', 'must not be before the child was last seen');
  }
  if (screenedAt && next.locatedAt && ms(screenedAt) < ms(next.locatedAt)) {
    add('returnScreening.screenedAt', 'must not be before the child was located');
  }
  return issues;
}

/**
 * 409: the episode changed since the client read it, is closed, or (a screen without a located
 * child) is not yet where a screen can happen. A lifecycle state, not a malformed field, so 409
 * as for any action the record's state refuses (docs/http-api.md, "Errors").
 */
export function episodeUpdateConflict(current: CheckedEpisode, patch: UpdateMissingEpisode): string | null {
  if (patch.version !== current.version) {
    return `The episode has changed since you read it (it is at version ${current.version}): reload it and try again`;
  }
  if (episodeStatus(current) === 'CLOSED') {
    return 'The episode is closed: the return screening is recorded and the episode no longer changes';
  }
  if (patch.returnScreening && !mergedEpisode(current, patch).locatedAt) {
    return 'The child has not been located: record when the child was located before the return screening';
  }
  return null;
}

/** RETURN-SCREEN: a screen that records any trafficking indicator opens a new draft access report. */
export function screeningOpensReport(screening: { indicators: readonly string[] }): boolean {
  return screening.indicators.length > 0;
}
