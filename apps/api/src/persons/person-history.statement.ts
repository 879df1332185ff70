import { HISTORY_STATUSES, type HistoryAllegation, type HistoryEntry } from '@cps/domain';
import {
  ALLEGATION_COLUMNS,
  DECISION_COLUMNS,
  FINDING_COLUMNS,
  REPORT_COLUMNS,
  REPORT_PERSON_COLUMNS,
} from '../access-reports/access-report.columns';
import { type ColumnList, dateFields, jsonFields, reviveJson } from '../access-reports/column-sql';
import { raw, type Sql, sql } from '../common/sql';

// A person's history of involvement (docs/domain.md) in ONE statement over the report tables,
// built from their column lists. What another county recorded never leaves the database: the
// `own` part is built only for the caller's county, so no mapper can leak it by mistake.

function pick<C extends ColumnList, K extends keyof C & string>(columns: C, ...fields: K[]): Pick<C, K> {
  return Object.fromEntries(fields.map((field) => [field, columns[field]])) as Pick<C, K>;
}

/** What every county may know: enough to know whom to call. */
const SHARED = pick(REPORT_COLUMNS, 'countyCode', 'receivedAt', 'status');
const DECISION = pick(DECISION_COLUMNS, 'decision');
/** What only the county that recorded the report sees. */
const OWN = pick(REPORT_COLUMNS, 'id', 'reportNumber');
const ROLES = pick(REPORT_PERSON_COLUMNS, 'roles');
const ALLEGATION = pick(ALLEGATION_COLUMNS, 'maltreatmentType', 'descriptors');
const FINDING = pick(FINDING_COLUMNS, 'finding');

// The allegations that are about the person: as the child, or as one of the alleged maltreaters.
const ALLEGATIONS = `coalesce((
    SELECT json_agg(json_build_object(${jsonFields('a', ALLEGATION)}, ${jsonFields('f', FINDING)}) ORDER BY a.position, a.id)
    FROM allegations a LEFT JOIN findings f ON f.allegation_id = a.id
    WHERE a.report_id = r.id
      AND (a.child_id = rp.person_id
        OR EXISTS (SELECT 1 FROM allegation_maltreaters m WHERE m.allegation_id = a.id AND m.person_id = rp.person_id))
  ), '[]')`;

export type HistoryRow = Pick<HistoryEntry, 'countyCode' | 'status' | 'decision'> & {
  receivedAt: Date | null;
  own: {
    id: string;
    reportNumber: string;
    roles: NonNullable<HistoryEntry['roles']>;
    allegations: HistoryAllegation[];
  } | null;
};

/** The history as JSON text, newest first; no row when there is no such person. */
export function historyStatement(personId: string, countyCode: string): Sql {
  return sql`SELECT coalesce((
      SELECT json_agg(json_build_object(
          ${raw(jsonFields('r', SHARED))}, ${raw(jsonFields('d', DECISION))},
          'own', CASE WHEN r.county_code = ${countyCode}::bpchar THEN json_build_object(
            ${raw(jsonFields('r', OWN))}, ${raw(jsonFields('rp', ROLES))}, 'allegations', ${raw(ALLEGATIONS)}) END)
        ORDER BY r.received_at DESC NULLS LAST, r.report_number DESC)
      FROM report_persons rp
      JOIN access_reports r ON r.id = rp.report_id
      LEFT JOIN screening_decisions d ON d.report_id = r.id
      WHERE rp.person_id = p.id AND r.status::text = ANY(${[...HISTORY_STATUSES]}::text[])
    ), '[]')::text AS history
    FROM persons p WHERE p.id = ${personId}::uuid`;
}

const DATES = dateFields(SHARED);

export function reviveHistory(text: string): HistoryRow[] {
  return reviveJson<HistoryRow[]>(text, DATES);
}
