import { chicagoYear, formatReportNumber } from '@cps/domain';
import { auditInsert, auditInsertFor, auditInsertForEachReport } from '../audit/audit.writer';
import { raw, type Sql, sql } from '../common/sql';
import type { AccessReport } from '../generated/prisma/client';
import {
  ALLEGATION_COLUMNS,
  CONTACT_COLUMNS,
  DECISION_COLUMNS,
  FINDING_COLUMNS,
  type FindingRow,
  IDENTIFIER_COLUMNS,
  INDICATOR_COLUMNS,
  MALTREATER_COLUMNS,
  PERSON_COLUMNS,
  type PersonRow,
  RECOMMENDATION_COLUMNS,
  RELATIONSHIP_COLUMNS,
  REPORT_COLUMNS,
  REPORT_DETAIL_COLUMNS,
  REPORT_PERSON_COLUMNS,
  type ReportRow,
} from './access-report.columns';
import { type ColumnList, insertRows, onConflictReplace, updateRow } from './column-sql';
import { registryBasics } from './draft-rows';

// The access report's writes, as named statements built from the column lists. The usual calls
// are one statement each (a new report whose people are all new, submit, decide), so they need
// no transaction; the others run inside the caller's. The reads are in report-read.statements.ts.

/** The holiday calendar the clocks read, answered by the statements a response is built from. */
export const HOLIDAYS = raw(
  `coalesce((SELECT array_agg(to_char(date, 'YYYY-MM-DD') ORDER BY date) FROM holidays), '{}')`,
);

/** The report's own columns that a draft writes (not its number or lifecycle). */
export const DRAFT_COLUMNS = {
  countyCode: REPORT_COLUMNS.countyCode,
  receivedAt: REPORT_COLUMNS.receivedAt,
  reporterType: REPORT_COLUMNS.reporterType,
  reporterName: REPORT_COLUMNS.reporterName,
  reporterPhone: REPORT_COLUMNS.reporterPhone,
  reporterAnonymous: REPORT_COLUMNS.reporterAnonymous,
  narrative: REPORT_COLUMNS.narrative,
  presentDangerThreat: REPORT_COLUMNS.presentDangerThreat,
  ...REPORT_DETAIL_COLUMNS,
} as const satisfies ColumnList;

/** `2026-079-`: what precedes the sequence in the numbers of a county and year. */
export function reportNumberPrefix(countyCode: string, year: number): string {
  return formatReportNumber(countyCode, year, 1).replace(/\d+$/, '');
}

/**
 * Takes the next number of a county in a Chicago year (of the report's created_at). The counter
 * row stays locked until the transaction ends, so two reports created at once get the next two
 * numbers, and a rollback gives the number back: none is skipped.
 */
export function nextNumberStatement(countyCode: string, year: number): Sql {
  return sql`
    INSERT INTO report_number_counters AS c (county_code, year, last) VALUES (${countyCode}::text, ${year}::smallint, 1)
    ON CONFLICT (county_code, year) DO UPDATE SET last = c.last + 1
    RETURNING last`;
}

/** The registry's row of a person a new report makes. */
const registryRow = (p: PersonRow, at: Date) => ({
  id: p.personId,
  ...registryBasics(p),
  createdAt: at,
  updatedAt: at,
});

/** The report as the one-statement create writes it: all but its number, which the statement gives. */
export type NewReportRow = Omit<ReportRow, 'reportNumber'>;

/**
 * A new report whose people are all new, in ONE statement: its number from the county's counter,
 * the report, its people (registry and report), allegations, maltreaters, indicators,
 * recommendation and audit event, as data-modifying CTEs. It answers the number and the holiday
 * calendar, so the response is built without reading the report back.
 */
export function createAllNewStatement(row: NewReportRow, ip: string | undefined): Sql {
  const year = chicagoYear(row.createdAt);
  const prefix = reportNumberPrefix(row.countyCode, year);
  const reportNumber = sql`${prefix}::text || lpad(number.last::text, greatest(5, length(number.last::text)), '0')`;
  const registry = row.persons.map((p) => registryRow(p, row.createdAt));
  const maltreaters = row.allegations.flatMap((a) => a.maltreaters);
  const recommendations = row.recommendation ? [row.recommendation] : [];
  const audit = { at: row.createdAt, userId: row.createdById, ip, reportId: row.id, entityId: row.id };
  return sql`
    WITH number AS (${nextNumberStatement(row.countyCode, year)}),
    report AS (
      ${insertRows('access_reports', REPORT_COLUMNS, [row], { from: 'number', computed: { reportNumber } })}
      RETURNING report_number
    ),
    people AS (${insertRows('persons', PERSON_COLUMNS, registry)}),
    roles AS (${insertRows('report_persons', REPORT_PERSON_COLUMNS, row.persons)}),
    indicators AS (${insertRows('report_indicators', INDICATOR_COLUMNS, row.indicators)}),
    relationships AS (${insertRows('report_relationships', RELATIONSHIP_COLUMNS, row.relationships)}),
    identifiers AS (${insertRows('report_identifiers', IDENTIFIER_COLUMNS, row.identifiers)}),
    allegations AS (${insertRows('allegations', ALLEGATION_COLUMNS, row.allegations)}),
    maltreaters AS (${insertRows('allegation_maltreaters', MALTREATER_COLUMNS, maltreaters)}),
    recommendation AS (${insertRows('screening_recommendations', RECOMMENDATION_COLUMNS, recommendations)}),
    audit AS (${auditInsert({ ...audit, action: 'report.created', entityType: 'AccessReport' })})
    SELECT (SELECT report_number FROM report) AS "reportNumber", ${HOLIDAYS} AS holidays`;
}

export const holidaysStatement = sql`SELECT ${HOLIDAYS} AS holidays`;

/** The report row alone (the general create path writes its parts after it). */
export function insertReportStatement(row: AccessReport): Sql {
  return insertRows('access_reports', REPORT_COLUMNS, [row]);
}

/** An autosave of the report's own fields: a new version. Answers the version and updatedAt. */
export function updateDraftStatement(id: string, values: object, at: Date): Sql {
  return sql`${updateRow(
    'access_reports',
    DRAFT_COLUMNS,
    values,
    sql`version = version + 1, updated_at = ${at.toISOString()}::timestamptz`,
    sql`id = ${id}::uuid`,
  )} RETURNING version, updated_at AS "updatedAt"`;
}

/**
 * The usual autosave (only the report's own fields moved) in ONE statement: the fields as a new
 * version, only if the report is still a draft at `c.version`, the version whose parts the service
 * compared the draft with (every write of a part moves the version, so parts read at that version
 * are the parts still stored), with its audit event. Answers the new version and updatedAt (null
 * when the report moved on: the service then takes the locked path, which says why) and the
 * holiday calendar, so the response is built without reading the report back.
 */
export function saveDraftStatement(c: Change, values: object): Sql {
  const audit = { at: c.at, userId: c.userId, ip: c.ip, entityType: 'AccessReport', entityId: c.reportId };
  const at = sql`${c.at.toISOString()}::timestamptz`;
  return sql`
    WITH moved AS (
      ${updateRow(
        'access_reports',
        DRAFT_COLUMNS,
        values,
        sql`version = version + 1, updated_at = ${at}`,
        sql`id = ${c.reportId}::uuid AND version = ${c.version}::int AND status = 'DRAFT'`,
      )}
      RETURNING version, updated_at
    ),
    audit AS (${auditInsertFor({ ...audit, action: 'report.draft_saved', reportId: c.reportId }, 'moved')})
    SELECT (SELECT version FROM moved) AS version, (SELECT updated_at FROM moved) AS "updatedAt", ${HOLIDAYS} AS holidays`;
}

/** A new version of the report with nothing else changed (a part of it was written). */
export function bumpVersionStatement(id: string, at: Date): Sql {
  return sql`UPDATE access_reports SET version = version + 1, updated_at = ${at.toISOString()}::timestamptz WHERE id = ${id}::uuid`;
}

/** Locks the report row for the rest of the transaction: one writer at a time. */
export function lockStatement(id: string): Sql {
  return sql`SELECT id FROM access_reports WHERE id = ${id}::uuid FOR UPDATE`;
}

/** A notification of either kind: its row. */
export function insertNotificationStatement(table: string, columns: ColumnList, row: object): Sql {
  return insertRows(table, columns, [row]);
}

/** An initial contact after screen-in: its row. */
export function insertContactStatement(row: object): Sql {
  return insertRows('report_contacts', CONTACT_COLUMNS, [row]);
}

export type Change = { reportId: string; version: number; userId: string; ip: string | undefined; at: Date };
export type Choice = {
  decision: string;
  screenOutReason: string | null;
  responseTime: string | null;
  rationale: string | null;
  duplicateOfReportId: string | null;
};
export type ScreeningResult = { moved: boolean; originalGone: boolean; holidays: string[] };

// Submit and decide as one conditional statement each: the report moves only if it is still at
// the version and status the checks saw (so of two racing requests one wins, the other gets 0
// rows and a 409), and, when it names an original, only if that is still an open report of its
// county (the look-up before the rules read it unlocked); the recommendation or decision and the
// audit event are written only with it. Each answers { moved, originalGone, holidays }: whether the
// original failed that re-check, and the holiday calendar for the response's clocks.

const OPEN = raw(`'AWAITING_SUPERVISOR', 'SCREENED_IN'`);

/**
 * In the moving UPDATE of access_reports: the original named (if any) is still a report of the
 * same county awaiting the supervisor or screened in, and stays so until the statement commits
 * (FOR SHARE: a decision or transfer of it waits). Its people and allegations never change once
 * submitted, so status and county are all DUPLICATE-OF must re-check. Two crossed decisions (each
 * naming the other) may deadlock: PostgreSQL undoes one, which the service answers with a 409.
 */
const originalHeld = (original: string | null) => sql`(${original}::uuid IS NULL OR EXISTS (
          SELECT 1 FROM access_reports o WHERE o.id = ${original}::uuid AND o.county_code = access_reports.county_code
            AND o.status IN (${OPEN}) FOR SHARE))`;

/** In the answer: the original named is not (or no longer) an open report of the report's county. */
const originalGone = (reportId: string, original: string | null) =>
  sql`(${original}::uuid IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM access_reports o JOIN access_reports self ON self.id = ${reportId}::uuid
      WHERE o.id = ${original}::uuid AND o.county_code = self.county_code AND o.status IN (${OPEN}))) AS "originalGone"`;

const choiceRow = (reportId: string, { duplicateOfReportId, ...r }: Choice) => ({
  reportId,
  duplicateOfId: duplicateOfReportId,
  ...r,
});

/**
 * The originals whose list of duplicates this move changes (domain.md: a submitted report's own
 * workflow adds linked duplicates to it, each change versioned and audited): each gets a new
 * version and an event, only if the report moved, and only those of its county (an original
 * transferred away is another county's record: this county neither changes nor lists it).
 */
function originalsChanged(c: Change, ids: readonly (string | null)[]): Sql {
  // Always the same text (an empty list changes nothing): the statement is prepared once by name.
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const audit = { at: c.at, userId: c.userId, ip: c.ip, entityType: 'AccessReport' };
  return sql`,
    originals AS (
      UPDATE access_reports SET version = version + 1, updated_at = ${c.at}::timestamptz
      WHERE id = ANY(${unique}::uuid[]) AND county_code = (SELECT county_code FROM moved)
      RETURNING id
    ),
    originals_audit AS (${auditInsertForEachReport({ ...audit, action: 'report.duplicates_changed', details: { duplicateReportId: c.reportId } }, 'originals')})`;
}

export function submitStatement(c: Change, r: Choice): Sql {
  const recommendation = { ...choiceRow(c.reportId, r), recommendedById: c.userId, recommendedAt: c.at };
  const audit = { at: c.at, userId: c.userId, ip: c.ip, entityType: 'AccessReport', entityId: c.reportId };
  return sql`
    WITH moved AS (
      UPDATE access_reports SET status = 'AWAITING_SUPERVISOR', submitted_at = ${c.at}::timestamptz, version = version + 1, updated_at = ${c.at}::timestamptz
      WHERE id = ${c.reportId}::uuid AND version = ${c.version}::int AND status = 'DRAFT'
        AND ${originalHeld(r.duplicateOfReportId)}
      RETURNING id, county_code
    ),
    recommendation AS (
      ${insertRows('screening_recommendations', RECOMMENDATION_COLUMNS, [recommendation], { from: 'moved' })}
      ON CONFLICT (report_id) DO UPDATE SET decision = EXCLUDED.decision, screen_out_reason = EXCLUDED.screen_out_reason,
        response_time = EXCLUDED.response_time, rationale = EXCLUDED.rationale, recommended_by_id = EXCLUDED.recommended_by_id,
        recommended_at = EXCLUDED.recommended_at, duplicate_of_id = EXCLUDED.duplicate_of_id
    ),
    audit AS (${auditInsertFor({ ...audit, action: 'report.submitted', reportId: c.reportId }, 'moved')})${originalsChanged(c, [r.duplicateOfReportId])}
    SELECT EXISTS (SELECT 1 FROM moved) AS moved, ${originalGone(c.reportId, r.duplicateOfReportId)}, ${HOLIDAYS} AS holidays`;
}

/** `recommended`: the original the submitted recommendation named, which lists the report until it is decided. */
export function decideStatement(c: Change, d: Choice & { rationale: string }, recommended: string | null): Sql {
  const status = d.decision === 'SCREEN_IN' ? 'SCREENED_IN' : 'SCREENED_OUT';
  const decision = { ...choiceRow(c.reportId, d), decidedById: c.userId, decidedAt: c.at };
  const audit = { at: c.at, userId: c.userId, ip: c.ip, entityType: 'AccessReport', entityId: c.reportId };
  return sql`
    WITH moved AS (
      UPDATE access_reports SET status = ${status}::"ReportStatus", version = version + 1, updated_at = ${c.at}::timestamptz
      WHERE id = ${c.reportId}::uuid AND version = ${c.version}::int AND status = 'AWAITING_SUPERVISOR'
        AND ${originalHeld(d.duplicateOfReportId)}
      RETURNING id, county_code
    ),
    decision AS (
      ${insertRows('screening_decisions', DECISION_COLUMNS, [decision], { from: 'moved' })}
    ),
    audit AS (${auditInsertFor({ ...audit, action: 'report.decided', reportId: c.reportId, details: { decision: d.decision } }, 'moved')})${originalsChanged(c, [recommended, d.duplicateOfReportId])}
    SELECT EXISTS (SELECT 1 FROM moved) AS moved, ${originalGone(c.reportId, d.duplicateOfReportId)}, ${HOLIDAYS} AS holidays`;
}

/** The allegation's report, if the allegation exists. */
export function allegationReportStatement(allegationId: string): Sql {
  return sql`SELECT report_id AS "reportId" FROM allegations WHERE id = ${allegationId}::uuid`;
}

/** Records the finding of one allegation, or corrects the one recorded (one finding per allegation). */
export function upsertFindingStatement(finding: FindingRow): Sql {
  return sql`${insertRows('findings', FINDING_COLUMNS, [finding])} ${onConflictReplace(FINDING_COLUMNS, 'allegationId')}`;
}
