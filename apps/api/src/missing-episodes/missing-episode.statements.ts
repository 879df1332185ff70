import { MISSING_NCMEC_HOURS, MISSING_POLICE_HOURS, type UpdateMissingEpisode } from '@cps/domain';
import type { Columns } from '../access-reports/access-report.columns';
import { dateFields, insertRows, jsonFields, reviveJson, updateRow } from '../access-reports/column-sql';
import { raw, type Sql, sql } from '../common/sql';
import type { MissingEpisode as MissingEpisodeTable } from '../generated/prisma/client';

// Every statement of the missing_episodes table, built from its ONE column list in the project's SQL
// style (common/sql, access-reports/column-sql): rows travel as JSON, the episode is read in one
// statement with its child, who created and screened it and the number of the report it opened.

export const MISSING_EPISODE_COLUMNS = {
  id: 'uuid',
  version: 'int',
  countyCode: 'text',
  personId: 'uuid',
  learnedAt: 'timestamptz',
  lastSeenAt: 'timestamptz',
  lastSeenLocation: 'text',
  circumstances: 'text',
  policeReportedAt: 'timestamptz',
  policeAgency: 'text',
  policeCaseNumber: 'text',
  ncicNumber: 'text',
  ncmecReportedAt: 'timestamptz',
  ncmecCaseNumber: 'text',
  locatedAt: 'timestamptz',
  screenedAt: 'timestamptz',
  screeningIndicators: '"TraffickingIndicator"[]',
  screeningNotes: 'text',
  screenedById: 'uuid',
  newReportId: 'uuid',
  createdById: 'uuid',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
} as const satisfies Columns<MissingEpisodeTable>;

export type EpisodeField = keyof typeof MISSING_EPISODE_COLUMNS;
/** The stored row, as Prisma would give it. */
export type EpisodeRow = MissingEpisodeTable;
type Who = { id: string; name: string } | null;
/** The row with what the answer names besides it. */
export type LoadedEpisode = EpisodeRow & {
  person: { id: string; firstName: string | null; lastName: string | null; dateOfBirth: string | null };
  createdBy: Who;
  screenedBy: Who;
  newReportNumber: string | null;
};

/** The fields a PATCH may write (never the county, the child, learnedAt or who created it). */
export const EPISODE_CHANGE_FIELDS = [
  'lastSeenAt',
  'lastSeenLocation',
  'circumstances',
  'policeReportedAt',
  'policeAgency',
  'policeCaseNumber',
  'ncicNumber',
  'ncmecReportedAt',
  'ncmecCaseNumber',
  'locatedAt',
  'screenedAt',
  'screeningIndicators',
  'screeningNotes',
  'screenedById',
  'newReportId',
] as const satisfies readonly EpisodeField[];
export type EpisodeChange = Partial<Pick<EpisodeRow, (typeof EPISODE_CHANGE_FIELDS)[number]>>;

const DATES = dateFields(MISSING_EPISODE_COLUMNS);

const toDate = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));

/** The columns a PATCH writes: the fields it gives (null clears one), times as instants; not the screening. */
export function changeOf(p: UpdateMissingEpisode): EpisodeChange {
  const change: EpisodeChange = {
    lastSeenAt: toDate(p.lastSeenAt),
    lastSeenLocation: p.lastSeenLocation,
    circumstances: p.circumstances,
    policeReportedAt: toDate(p.policeReportedAt),
    policeAgency: p.policeAgency,
    policeCaseNumber: p.policeCaseNumber,
    ncicNumber: p.ncicNumber,
    ncmecReportedAt: toDate(p.ncmecReportedAt),
    ncmecCaseNumber: p.ncmecCaseNumber,
    locatedAt: toDate(p.locatedAt),
  };
  return Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as EpisodeChange;
}

const who = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name) END`;

/** The episode and what the answer names, as one JSON document per row. */
const DOCUMENT = raw(`json_build_object(${jsonFields('e', MISSING_EPISODE_COLUMNS)},
    'person', json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name,
      'dateOfBirth', to_char(p.date_of_birth, 'YYYY-MM-DD')),
    'createdBy', ${who('c')}, 'screenedBy', ${who('s')}, 'newReportNumber', r.report_number)::text AS document
  FROM missing_episodes e
  JOIN persons p ON p.id = e.person_id
  LEFT JOIN users c ON c.id = e.created_by_id
  LEFT JOIN users s ON s.id = e.screened_by_id
  LEFT JOIN access_reports r ON r.id = e.new_report_id`);

export type DocumentRow = { document: string };

export function reviveEpisode(row: DocumentRow): LoadedEpisode {
  return reviveJson<LoadedEpisode>(row.document, DATES);
}

export function insertEpisodeStatement(row: EpisodeRow): Sql {
  return insertRows('missing_episodes', MISSING_EPISODE_COLUMNS, [row]);
}

export function loadEpisodeStatement(id: string): Sql {
  return sql`SELECT ${DOCUMENT} WHERE e.id = ${id}::uuid`;
}

/** Holds the episode for the rest of the transaction: one writer at a time, so a retried screening waits and sees the first. */
/** The child's episode not yet located, if any (at most one: a unique index, missing_episodes_one_missing). */
export function stillMissingStatement(personId: string): Sql {
  return sql`SELECT id, county_code AS "countyCode", learned_at AS "learnedAt" FROM missing_episodes
              WHERE person_id = ${personId}::uuid AND located_at IS NULL`;
}

export function lockEpisodeStatement(id: string): Sql {
  return sql`SELECT id FROM missing_episodes WHERE id = ${id}::uuid FOR UPDATE`;
}

/** Writes the given fields and moves the episode to its next version. */
export function updateEpisodeStatement(id: string, change: EpisodeChange, at: Date): Sql {
  const fields = EPISODE_CHANGE_FIELDS.filter((f) => change[f] !== undefined);
  const columns = Object.fromEntries(fields.map((f) => [f, MISSING_EPISODE_COLUMNS[f]]));
  const also = sql`version = version + 1, updated_at = ${at.toISOString()}::timestamptz`;
  const where = sql`id = ${id}::uuid`;
  if (fields.length === 0) return sql`UPDATE missing_episodes SET ${also} WHERE ${where}`;
  return updateRow('missing_episodes', columns, change, also, where);
}

export type EpisodeListFilter = { countyCode: string; openOnly: boolean; offset: number; limit: number };

const listWhere = (f: EpisodeListFilter) =>
  sql`e.county_code = ${f.countyCode}::bpchar AND (NOT ${f.openOnly}::boolean OR e.screened_at IS NULL)`;

/**
 * Most urgent first: an open episode with a clock still running (police or NCMEC not yet reported),
 * the earliest due of those first, so an overdue one leads; then a located child awaiting the return
 * screening; then the other open ones; closed ones last; within each, learned of earliest first.
 */
export function listEpisodesStatement(f: EpisodeListFilter): Sql {
  const policeDue = sql`e.learned_at + make_interval(hours => ${MISSING_POLICE_HOURS}::int)`;
  const ncmecDue = sql`e.learned_at + make_interval(hours => ${MISSING_NCMEC_HOURS}::int)`;
  return sql`SELECT ${DOCUMENT}
    WHERE ${listWhere(f)}
    ORDER BY
      CASE WHEN e.screened_at IS NOT NULL THEN 3
           WHEN e.police_reported_at IS NULL OR e.ncmec_reported_at IS NULL THEN 0
           WHEN e.located_at IS NOT NULL THEN 1
           ELSE 2 END,
      LEAST(CASE WHEN e.police_reported_at IS NULL THEN ${policeDue} END,
            CASE WHEN e.ncmec_reported_at IS NULL THEN ${ncmecDue} END),
      e.learned_at, e.id
    OFFSET ${f.offset}::int LIMIT ${f.limit}::int`;
}

export function countEpisodesStatement(f: EpisodeListFilter): Sql {
  return sql`SELECT count(*)::int AS total FROM missing_episodes e WHERE ${listWhere(f)}`;
}
