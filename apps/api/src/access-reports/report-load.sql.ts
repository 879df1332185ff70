import type { Pool } from 'pg';
import { runOn } from '../common/sql';
import type { Prisma } from '../generated/prisma/client';
import type { ReportRow } from './report.include';

// The report document (report.include.ts) read in ONE prepared statement, as the JSON of the
// row Prisma's `findUnique({ include: reportInclude })` gives (a test holds the two equal). It is
// what submit, decision and the county check read on every call, so it skips Prisma's engine.

const who = (alias: string, column: string) =>
  `(SELECT json_build_object('id', ${alias}.id, 'name', ${alias}.name) FROM users ${alias} WHERE ${alias}.id = ${column})`;

const DOCUMENT = `
  SELECT json_build_object(
    'id', r.id, 'reportNumber', r.report_number, 'countyCode', r.county_code, 'receivedAt', r.received_at, 'reporterType', r.reporter_type,
    'reporterName', r.reporter_name, 'reporterPhone', r.reporter_phone, 'reporterAnonymous', r.reporter_anonymous,
    'narrative', r.narrative, 'presentDangerThreat', r.present_danger_threat, 'status', r.status, 'version', r.version,
    'createdById', r.created_by_id, 'createdAt', r.created_at, 'updatedAt', r.updated_at, 'submittedAt', r.submitted_at,
    'createdBy', ${who('cb', 'r.created_by_id')},
    'persons', coalesce((
      SELECT json_agg(json_build_object(
        'reportId', rp.report_id, 'personId', rp.person_id, 'key', rp.key, 'roles', rp.roles,
        'firstName', rp.first_name, 'lastName', rp.last_name, 'dateOfBirth', rp.date_of_birth, 'approximateAge', rp.approximate_age,
        'gender', rp.gender, 'hispanicEthnicity', rp.hispanic_ethnicity, 'primaryRace', rp.primary_race,
        'indianChild', rp.indian_child, 'tribe', rp.tribe, 'position', rp.position
      ) ORDER BY rp.position, rp.person_id)
      FROM report_persons rp WHERE rp.report_id = r.id), '[]'),
    'indicators', coalesce((
      SELECT json_agg(json_build_object('reportId', i.report_id, 'childId', i.child_id, 'code', i.code) ORDER BY i.child_id, i.code)
      FROM report_indicators i WHERE i.report_id = r.id), '[]'),
    'allegations', coalesce((
      SELECT json_agg(json_build_object(
        'id', a.id, 'reportId', a.report_id, 'key', a.key, 'childId', a.child_id, 'maltreatmentType', a.maltreatment_type,
        'descriptors', a.descriptors, 'maltreaterRelationship', a.maltreater_relationship, 'position', a.position,
        'maltreaters', coalesce((
          SELECT json_agg(json_build_object('allegationId', m.allegation_id, 'personId', m.person_id) ORDER BY m.person_id)
          FROM allegation_maltreaters m WHERE m.allegation_id = a.id), '[]'),
        'finding', (
          SELECT json_build_object('allegationId', f.allegation_id, 'finding', f.finding, 'maltreaterInterviewed', f.maltreater_interviewed,
            'parentalInvolvement', f.parental_involvement, 'rationale', f.rationale, 'recordedById', f.recorded_by_id,
            'recordedAt', f.recorded_at, 'recordedBy', ${who('fb', 'f.recorded_by_id')})
          FROM findings f WHERE f.allegation_id = a.id)
      ) ORDER BY a.position, a.id)
      FROM allegations a WHERE a.report_id = r.id), '[]'),
    'recommendation', (
      SELECT json_build_object('reportId', s.report_id, 'decision', s.decision, 'screenOutReason', s.screen_out_reason,
        'responseTime', s.response_time, 'rationale', s.rationale, 'recommendedById', s.recommended_by_id,
        'recommendedAt', s.recommended_at, 'recommendedBy', ${who('sb', 's.recommended_by_id')})
      FROM screening_recommendations s WHERE s.report_id = r.id),
    'decision', (
      SELECT json_build_object('reportId', d.report_id, 'decision', d.decision, 'screenOutReason', d.screen_out_reason,
        'responseTime', d.response_time, 'rationale', d.rationale, 'decidedById', d.decided_by_id, 'decidedAt', d.decided_at,
        'decidedBy', ${who('db', 'd.decided_by_id')})
      FROM screening_decisions d WHERE d.report_id = r.id),
    'lawEnforcementNotifications', coalesce((
      SELECT json_agg(json_build_object('id', n.id, 'reportId', n.report_id, 'notifiedAt', n.notified_at, 'agency', n.agency,
        'method', n.method, 'contactName', n.contact_name, 'recordedById', n.recorded_by_id, 'recordedAt', n.recorded_at,
        'recordedBy', ${who('lb', 'n.recorded_by_id')}) ORDER BY n.notified_at, n.id)
      FROM law_enforcement_notifications n WHERE n.report_id = r.id), '[]'),
    'tribalNotifications', coalesce((
      SELECT json_agg(json_build_object('id', n.id, 'reportId', n.report_id, 'notifiedAt', n.notified_at, 'tribe', n.tribe,
        'method', n.method, 'contactName', n.contact_name, 'recordedById', n.recorded_by_id, 'recordedAt', n.recorded_at,
        'recordedBy', ${who('tb', 'n.recorded_by_id')}) ORDER BY n.notified_at, n.id)
      FROM tribal_notifications n WHERE n.report_id = r.id), '[]')
  )::text AS document
  FROM access_reports r
  WHERE r.id = $1::uuid`;

/** The keys whose JSON strings are timestamps or dates: Prisma gives them as Date. */
const DATE_KEYS = new Set([
  'receivedAt',
  'createdAt',
  'updatedAt',
  'submittedAt',
  'dateOfBirth',
  'recommendedAt',
  'decidedAt',
  'notifiedAt',
  'recordedAt',
]);

/** Dates from their JSON text; `date` columns (YYYY-MM-DD) as UTC midnight, as Prisma reads them. */
function revive(document: string): ReportRow {
  return JSON.parse(document, (key, value) =>
    DATE_KEYS.has(key) && typeof value === 'string' ? new Date(value) : value,
  ) as ReportRow;
}

/** The report with this id (a valid uuid), or null: on the pool, or inside a transaction. */
export async function loadReport(db: Pool | Prisma.TransactionClient, id: string): Promise<ReportRow | null> {
  const [row] = await runOn<{ document: string }>(db, 'report-load', { text: DOCUMENT, values: [id] });
  return row ? revive(row.document) : null;
}
