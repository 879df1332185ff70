import { type Query, sql } from '../common/sql';

// Submit and decide as one conditional statement each: the report moves only if it is still at
// the version and status the checks saw (so of two racing requests one wins, the other gets 0
// rows and a 409), and the recommendation or decision and the audit event are written only with
// it. Each answers { moved, holidays }: the holiday calendar for the response's clocks.

type Choice = {
  decision: string;
  screenOutReason: string | null;
  responseTime: string | null;
  rationale: string | null;
};
type Change = { reportId: string; version: number; userId: string; ip: string | undefined; at: Date };
export type ScreeningResult = { moved: boolean; holidays: string[] };

export function submitStatement(c: Change, r: Choice): Query {
  return sql`
    WITH moved AS (
      UPDATE access_reports SET status = 'AWAITING_SUPERVISOR', submitted_at = ${c.at}::timestamptz, version = version + 1, updated_at = ${c.at}::timestamptz
      WHERE id = ${c.reportId}::uuid AND version = ${c.version}::int AND status = 'DRAFT'
      RETURNING id
    ),
    recommendation AS (
      INSERT INTO screening_recommendations (report_id, decision, screen_out_reason, response_time, rationale, recommended_by_id, recommended_at)
      SELECT id, ${r.decision}::"ScreeningChoice", ${r.screenOutReason}::"ScreenOutReason", ${r.responseTime}::"ResponseTime", ${r.rationale}::text, ${c.userId}::uuid, ${c.at}::timestamptz
      FROM moved
      ON CONFLICT (report_id) DO UPDATE SET decision = EXCLUDED.decision, screen_out_reason = EXCLUDED.screen_out_reason,
        response_time = EXCLUDED.response_time, rationale = EXCLUDED.rationale, recommended_by_id = EXCLUDED.recommended_by_id,
        recommended_at = EXCLUDED.recommended_at
    ),
    audit AS (
      INSERT INTO audit_events (at, user_id, action, entity_type, entity_id, report_id, ip)
      SELECT ${c.at}::timestamptz, ${c.userId}::uuid, 'report.submitted', 'AccessReport', id::text, id, ${c.ip ?? null}::text FROM moved
    )
    SELECT EXISTS (SELECT 1 FROM moved) AS moved,
           coalesce((SELECT array_agg(to_char(date, 'YYYY-MM-DD') ORDER BY date) FROM holidays), '{}') AS holidays`;
}

export function decideStatement(c: Change, d: Choice & { rationale: string }): Query {
  const status = d.decision === 'SCREEN_IN' ? 'SCREENED_IN' : 'SCREENED_OUT';
  return sql`
    WITH moved AS (
      UPDATE access_reports SET status = ${status}::"ReportStatus", version = version + 1, updated_at = ${c.at}::timestamptz
      WHERE id = ${c.reportId}::uuid AND version = ${c.version}::int AND status = 'AWAITING_SUPERVISOR'
      RETURNING id
    ),
    decision AS (
      INSERT INTO screening_decisions (report_id, decision, screen_out_reason, response_time, rationale, decided_by_id, decided_at)
      SELECT id, ${d.decision}::"ScreeningChoice", ${d.screenOutReason}::"ScreenOutReason", ${d.responseTime}::"ResponseTime", ${d.rationale}::text, ${c.userId}::uuid, ${c.at}::timestamptz
      FROM moved
    ),
    audit AS (
      INSERT INTO audit_events (at, user_id, action, entity_type, entity_id, report_id, ip, details)
      SELECT ${c.at}::timestamptz, ${c.userId}::uuid, 'report.decided', 'AccessReport', id::text, id, ${c.ip ?? null}::text, jsonb_build_object('decision', ${d.decision}::text) FROM moved
    )
    SELECT EXISTS (SELECT 1 FROM moved) AS moved,
           coalesce((SELECT array_agg(to_char(date, 'YYYY-MM-DD') ORDER BY date) FROM holidays), '{}') AS holidays`;
}
