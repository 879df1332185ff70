import { raw, type Sql, sql } from '../common/sql';
import {
  ALLEGATION_COLUMNS,
  CONTACT_COLUMNS,
  DECISION_COLUMNS,
  DUPLICATE_REF_COLUMNS,
  FINDING_COLUMNS,
  IDENTIFIER_COLUMNS,
  INDICATOR_COLUMNS,
  LAW_ENFORCEMENT_NOTIFICATION_COLUMNS,
  MALTREATER_COLUMNS,
  ORIGINAL_ALLEGATION_COLUMNS,
  ORIGINAL_PERSON_COLUMNS,
  ORIGINAL_REF_COLUMNS,
  type OriginalRow,
  RECOMMENDATION_COLUMNS,
  RELATIONSHIP_COLUMNS,
  REPORT_COLUMNS,
  REPORT_PERSON_COLUMNS,
  REPORT_REF_COLUMNS,
  type ReportRow,
  TRANSFER_COLUMNS,
  TRIBAL_NOTIFICATION_COLUMNS,
  WHO_COLUMNS,
} from './access-report.columns';
import { dateFields, jsonFields, reviveJson } from './column-sql';
import { REPORT_CHANGE_ACTIONS } from './report-changes';

/** A user as the document names them. */
export type Who = { id: string; name: string };
/** The report row, and who made its newest change when it was read with it. */
export type LoadedRow = ReportRow & { updatedBy?: Who | null };

// The report document read in ONE statement, as the JSON of the row Prisma's
// `findUnique({ include: reportInclude })` gives (a test holds the two equal). Submit, decision,
// the county check and the list read it on every call, so it skips Prisma's engine.

const many = (select: string, orderBy: string, from: string) =>
  `coalesce((SELECT json_agg(${select} ORDER BY ${orderBy}) FROM ${from}), '[]')`;

const who = (alias: string, column: string) =>
  `(SELECT json_build_object(${jsonFields(alias, WHO_COLUMNS)}) FROM users ${alias} WHERE ${alias}.id = ${column})`;

/** The original a duplicate names (`alias` an access_reports row): its reference and what DUPLICATE-OF reads. */
const originalFields = (alias: string) =>
  `json_build_object(${jsonFields(alias, ORIGINAL_REF_COLUMNS)},
    'persons', ${many(`json_build_object(${jsonFields(`${alias}p`, ORIGINAL_PERSON_COLUMNS)})`, `${alias}p.position, ${alias}p.person_id`, `report_persons ${alias}p WHERE ${alias}p.report_id = ${alias}.id`)},
    'allegations', ${many(`json_build_object(${jsonFields(`${alias}a`, ORIGINAL_ALLEGATION_COLUMNS)})`, `${alias}a.position, ${alias}a.id`, `allegations ${alias}a WHERE ${alias}a.report_id = ${alias}.id`)})`;

const original = (alias: string, column: string) =>
  `(SELECT ${originalFields(alias)} FROM access_reports ${alias} WHERE ${alias}.id = ${column})`;

const duplicate = (alias: string, column: string) =>
  `json_build_object('report', (SELECT json_build_object(${jsonFields(alias, DUPLICATE_REF_COLUMNS)}) FROM access_reports ${alias} WHERE ${alias}.id = ${column}))`;

/** The report document of `r` (access_reports), as JSON text. */
export const DOCUMENT = raw(`json_build_object(
    ${jsonFields('r', REPORT_COLUMNS)},
    'createdBy', ${who('cb', 'r.created_by_id')},
    'assignedTo', ${who('ab', 'r.assigned_to_id')},
    'initialAssessmentWorker', ${who('iw', 'r.initial_assessment_worker_id')},
    'discardedBy', ${who('xb', 'r.discarded_by_id')},
    'persons', ${many(`json_build_object(${jsonFields('rp', REPORT_PERSON_COLUMNS)})`, 'rp.position, rp.person_id', 'report_persons rp WHERE rp.report_id = r.id')},
    'indicators', ${many(`json_build_object(${jsonFields('i', INDICATOR_COLUMNS)})`, 'i.child_id, i.code', 'report_indicators i WHERE i.report_id = r.id')},
    'relationships', ${many(`json_build_object(${jsonFields('hr', RELATIONSHIP_COLUMNS)})`, 'hr.position', 'report_relationships hr WHERE hr.report_id = r.id')},
    'identifiers', ${many(`json_build_object(${jsonFields('ti', IDENTIFIER_COLUMNS)})`, 'ti.position', 'report_identifiers ti WHERE ti.report_id = r.id')},
    'allegations', ${many(
      `json_build_object(${jsonFields('a', ALLEGATION_COLUMNS)},
        'maltreaters', ${many(`json_build_object(${jsonFields('m', MALTREATER_COLUMNS)})`, 'm.person_id', 'allegation_maltreaters m WHERE m.allegation_id = a.id')},
        'finding', (
          SELECT json_build_object(${jsonFields('f', FINDING_COLUMNS)}, 'recordedBy', ${who('fb', 'f.recorded_by_id')})
          FROM findings f WHERE f.allegation_id = a.id))`,
      'a.position, a.id',
      'allegations a WHERE a.report_id = r.id',
    )},
    'recommendation', (
      SELECT json_build_object(${jsonFields('s', RECOMMENDATION_COLUMNS)}, 'recommendedBy', ${who('sb', 's.recommended_by_id')},
        'duplicateOf', ${original('so', 's.duplicate_of_id')})
      FROM screening_recommendations s WHERE s.report_id = r.id),
    'decision', (
      SELECT json_build_object(${jsonFields('d', DECISION_COLUMNS)}, 'decidedBy', ${who('db', 'd.decided_by_id')},
        'duplicateOf', ${original('dof', 'd.duplicate_of_id')})
      FROM screening_decisions d WHERE d.report_id = r.id),
    'lawEnforcementNotifications', ${many(
      `json_build_object(${jsonFields('n', LAW_ENFORCEMENT_NOTIFICATION_COLUMNS)}, 'recordedBy', ${who('lb', 'n.recorded_by_id')})`,
      'n.notified_at, n.id',
      'law_enforcement_notifications n WHERE n.report_id = r.id',
    )},
    'tribalNotifications', ${many(
      `json_build_object(${jsonFields('n', TRIBAL_NOTIFICATION_COLUMNS)}, 'recordedBy', ${who('tb', 'n.recorded_by_id')})`,
      'n.notified_at, n.id',
      'tribal_notifications n WHERE n.report_id = r.id',
    )},
    'contacts', ${many(
      `json_build_object(${jsonFields('rc', CONTACT_COLUMNS)}, 'recordedBy', ${who('rcb', 'rc.recorded_by_id')})`,
      'rc.at, rc.id',
      'report_contacts rc WHERE rc.report_id = r.id',
    )},
    'transfers', ${many(
      `json_build_object(${jsonFields('t', TRANSFER_COLUMNS)}, 'transferredBy', ${who('tf', 't.transferred_by_id')})`,
      't.transferred_at, t.id',
      'report_transfers t WHERE t.report_id = r.id',
    )},
    'decidedDuplicates', ${many(duplicate('dx', 'dd.report_id'), 'dd.decided_at, dd.report_id', 'screening_decisions dd WHERE dd.duplicate_of_id = r.id')},
    'recommendedDuplicates', ${many(
      duplicate('rx', 'rd.report_id'),
      'rd.recommended_at, rd.report_id',
      `screening_recommendations rd WHERE rd.duplicate_of_id = r.id
        AND EXISTS (SELECT 1 FROM access_reports ra WHERE ra.id = rd.report_id AND ra.status = 'AWAITING_SUPERVISOR')`,
    )}
  )::text`);

export type DocumentRow = { document: string; updatedBy?: string | null };

/** Who made the newest change of `r`, from its audit trail (report-changes.ts), as JSON text. */
const UPDATED_BY = raw(`(SELECT json_build_object(${jsonFields('ub', WHO_COLUMNS)})::text
    FROM audit_events e JOIN users ub ON ub.id = e.user_id
    WHERE e.report_id = r.id AND e.action IN (${REPORT_CHANGE_ACTIONS.map((a) => `'${a}'`).join(', ')})
    ORDER BY e.at DESC, e.id DESC LIMIT 1)`);

/**
 * The report `id` as the original of a duplicate, if it is a report of `countyCode`: the look-up
 * before DUPLICATE-OF runs. Another county's report is no row, as a report that does not exist.
 */
export function originalStatement(id: string, countyCode: string): Sql {
  return sql`SELECT ${raw(originalFields('o'))}::text AS document FROM access_reports o
    WHERE o.id = ${id}::uuid AND o.county_code = ${countyCode}::bpchar`;
}

/** The original from its JSON: dates as Date. */
export function reviveOriginal({ document }: DocumentRow): OriginalRow {
  return reviveJson<OriginalRow>(document, DATES);
}

/** The report with this id (a valid uuid): no row if there is none. */
export function loadStatement(id: string): Sql {
  return sql`SELECT ${DOCUMENT} AS document, ${UPDATED_BY} AS "updatedBy" FROM access_reports r WHERE r.id = ${id}::uuid`;
}

const DATES = dateFields(
  REPORT_COLUMNS,
  REPORT_PERSON_COLUMNS,
  ALLEGATION_COLUMNS,
  FINDING_COLUMNS,
  RECOMMENDATION_COLUMNS,
  DECISION_COLUMNS,
  LAW_ENFORCEMENT_NOTIFICATION_COLUMNS,
  TRIBAL_NOTIFICATION_COLUMNS,
  CONTACT_COLUMNS,
  TRANSFER_COLUMNS,
  REPORT_REF_COLUMNS,
);

/** The row from its JSON: dates as Date, as Prisma reads them. */
export function reviveReport({ document }: DocumentRow): ReportRow {
  return reviveJson<ReportRow>(document, DATES);
}

/** The row and who changed it last (a single report's read; lists do without). */
export function reviveLoaded(row: DocumentRow): LoadedRow {
  return { ...reviveReport(row), updatedBy: row.updatedBy ? (JSON.parse(row.updatedBy) as Who) : null };
}
