import { episodeStatus, type MissingEpisode, missingClocks } from '@cps/domain';
import type { LoadedEpisode } from './missing-episode.statements';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The stored episode as the `episode` of docs/http-api.md: status and clocks derived as it is read. */
export function toEpisodeDto(row: LoadedEpisode, now: Date): MissingEpisode {
  return {
    id: row.id,
    version: row.version,
    countyCode: row.countyCode,
    personId: row.personId,
    person: row.person,
    learnedAt: row.learnedAt.toISOString(),
    lastSeenAt: iso(row.lastSeenAt),
    lastSeenLocation: row.lastSeenLocation,
    circumstances: row.circumstances,
    policeReportedAt: iso(row.policeReportedAt),
    policeAgency: row.policeAgency,
    policeCaseNumber: row.policeCaseNumber,
    ncicNumber: row.ncicNumber,
    ncmecReportedAt: iso(row.ncmecReportedAt),
    ncmecCaseNumber: row.ncmecCaseNumber,
    locatedAt: iso(row.locatedAt),
    returnScreening: row.screenedAt
      ? {
          screenedAt: row.screenedAt.toISOString(),
          indicators: row.screeningIndicators,
          notes: row.screeningNotes,
          screenedBy: row.screenedBy,
        }
      : null,
    status: episodeStatus(row),
    newReportId: row.newReportId,
    newReportNumber: row.newReportNumber,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    computed: missingClocks(row, now),
  } satisfies MissingEpisode;
}
