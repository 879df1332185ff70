import crypto from 'node:crypto';
import { auditInsert } from '../audit/audit.writer';
import { type Sql, sql } from '../common/sql';
import { ASSIGNMENT_COLUMNS, TRANSFER_COLUMNS } from './access-report.columns';
import { insertRows } from './column-sql';

// Hand a report on, set a draft aside, move a report to another county: each runs inside the
// use case's transaction, after the report row is locked and its version checked, so each is
// written whole (its row, the report's new version and the audit event) or not at all.

export type Who = { userId: string; ip: string | undefined; at: Date };
export type AssignmentKindColumn = 'ASSIGNEE' | 'INITIAL_ASSESSMENT';

const stamp = (at: Date) => sql`version = version + 1, updated_at = ${at.toISOString()}::timestamptz`;

/** The report's assignee (or, after screen-in, its initial assessment worker) and the hand-over's row. */
export function assignStatement(
  reportId: string,
  kind: AssignmentKindColumn,
  from: string | null,
  to: string,
  who: Who,
): Sql {
  const set = kind === 'ASSIGNEE' ? sql`assigned_to_id = ${to}::uuid` : sql`initial_assessment_worker_id = ${to}::uuid`;
  const row = { id: crypto.randomUUID(), reportId, kind, fromUserId: from, toUserId: to, byId: who.userId, at: who.at };
  const audit = {
    at: who.at,
    userId: who.userId,
    ip: who.ip,
    action: 'report.assigned',
    entityType: 'AccessReport',
    entityId: reportId,
    reportId,
    details: { kind, from, to },
  };
  return sql`
    WITH moved AS (UPDATE access_reports SET ${set}, ${stamp(who.at)} WHERE id = ${reportId}::uuid RETURNING id),
    assignment AS (${insertRows('report_assignments', ASSIGNMENT_COLUMNS, [row])}),
    audit AS (${auditInsert(audit)})
    SELECT count(*)::int AS moved FROM moved`;
}

/** The draft set aside: status DISCARDED with who, when and why. */
export function discardStatement(reportId: string, reason: string, who: Who): Sql {
  const audit = {
    at: who.at,
    userId: who.userId,
    ip: who.ip,
    action: 'report.discarded',
    entityType: 'AccessReport',
    entityId: reportId,
    reportId,
  };
  return sql`
    WITH moved AS (
      UPDATE access_reports SET status = 'DISCARDED', discarded_at = ${who.at.toISOString()}::timestamptz,
        discarded_by_id = ${who.userId}::uuid, discard_reason = ${reason}::text, ${stamp(who.at)}
      WHERE id = ${reportId}::uuid AND status = 'DRAFT' RETURNING id
    ),
    audit AS (${auditInsert(audit)})
    SELECT count(*)::int AS moved FROM moved`;
}

/** The report moved to `toCountyCode`, answerable to nobody until that county assigns it; its number and clocks stay. */
export function transferStatement(
  reportId: string,
  fromCountyCode: string,
  toCountyCode: string,
  reason: string,
  who: Who,
): Sql {
  const row = {
    id: crypto.randomUUID(),
    reportId,
    fromCountyCode,
    toCountyCode,
    reason,
    transferredById: who.userId,
    transferredAt: who.at,
  };
  const audit = {
    at: who.at,
    userId: who.userId,
    ip: who.ip,
    action: 'report.transferred',
    entityType: 'AccessReport',
    entityId: reportId,
    reportId,
    details: { from: fromCountyCode, to: toCountyCode },
  };
  return sql`
    WITH moved AS (
      UPDATE access_reports SET county_code = ${toCountyCode}::text, assigned_to_id = NULL, ${stamp(who.at)}
      WHERE id = ${reportId}::uuid RETURNING id
    ),
    transfer AS (${insertRows('report_transfers', TRANSFER_COLUMNS, [row])}),
    audit AS (${auditInsert(audit)})
    SELECT count(*)::int AS moved FROM moved`;
}

/** An active access worker or supervisor of the county, by id. */
export function colleagueStatement(userId: string, countyCode: string): Sql {
  return sql`
    SELECT id, name, role::text AS role, to_char(sex_trafficking_training_completed_on, 'YYYY-MM-DD') AS "sexTraffickingTrainingCompletedOn"
    FROM users
    WHERE id = ${userId}::uuid AND county_code = ${countyCode}::bpchar AND active AND role IN ('ACCESS_WORKER', 'SUPERVISOR')`;
}

/** The active access workers and supervisors of the county, by name. */
export function colleaguesStatement(countyCode: string): Sql {
  return sql`
    SELECT id, name, role::text AS role, to_char(sex_trafficking_training_completed_on, 'YYYY-MM-DD') AS "sexTraffickingTrainingCompletedOn"
    FROM users
    WHERE county_code = ${countyCode}::bpchar AND active AND role IN ('ACCESS_WORKER', 'SUPERVISOR')
    ORDER BY name, id`;
}

/**
 * The hand-overs since `since` to or from `userId` (whoever made them), on reports now in
 * `countyCode`, newest first.
 */
export function noticesStatement(userId: string, countyCode: string, since: Date): Sql {
  return sql`
    SELECT a.report_id AS "reportId", r.report_number AS "reportNumber", a.kind::text AS kind,
      CASE WHEN f.id IS NULL THEN NULL ELSE jsonb_build_object('id', f.id, 'name', f.name) END AS "from",
      jsonb_build_object('id', t.id, 'name', t.name) AS "to",
      jsonb_build_object('id', b.id, 'name', b.name) AS "by",
      a.at
    FROM report_assignments a
    JOIN access_reports r ON r.id = a.report_id
    JOIN users t ON t.id = a.to_user_id
    JOIN users b ON b.id = a.by_id
    LEFT JOIN users f ON f.id = a.from_user_id
    WHERE (a.to_user_id = ${userId}::uuid OR a.from_user_id = ${userId}::uuid)
      AND a.at >= ${since.toISOString()}::timestamptz
      AND r.county_code = ${countyCode}::bpchar
    ORDER BY a.at DESC, a.id
    LIMIT 100`;
}
