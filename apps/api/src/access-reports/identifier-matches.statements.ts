import { type Sql, sql } from '../common/sql';

// GET /api/access-reports/:id/identifier-matches: for each identifier of a report, the other
// reports (drafts and discarded ones left out) naming the same kind and normal form. The
// (kind, normalized, report_id) index of report_identifiers answers each identifier's look-up.

/** The county of report `id`, or no row: the scope check before the look-up. */
export function reportCountyStatement(id: string): Sql {
  return sql`SELECT county_code AS "countyCode" FROM access_reports WHERE id = ${id}::uuid`;
}

export type MatchRow = {
  identifierKey: string;
  kind: string;
  normalized: string;
  /** JSON: [{ id, reportNumber, receivedAt, status }] of the caller's county, newest first. */
  own: string;
  /** JSON: [{ countyCode, month, reports }] of the other counties, by county then month. */
  others: string;
};

/**
 * One row per identifier of `reportId`, in the report's order: the matching reports of
 * `countyCode` in full, the other counties' only as counts by county and month received
 * (Wisconsin time). A report that names the identifier twice counts once.
 */
export function identifierMatchesStatement(reportId: string, countyCode: string): Sql {
  return sql`
    WITH mine AS (
      SELECT key, kind, normalized, position FROM report_identifiers WHERE report_id = ${reportId}::uuid
    ),
    hits AS (
      SELECT DISTINCT m.key, r.id, r.report_number, r.received_at, r.status, r.county_code
      FROM mine m
      JOIN report_identifiers o ON o.kind = m.kind AND o.normalized = m.normalized AND o.report_id <> ${reportId}::uuid
      JOIN access_reports r ON r.id = o.report_id
      WHERE r.status NOT IN ('DRAFT', 'DISCARDED')
    )
    SELECT m.key AS "identifierKey", m.kind::text AS kind, m.normalized,
      coalesce((
        SELECT json_agg(json_build_object('id', h.id, 'reportNumber', h.report_number,
          'receivedAt', h.received_at, 'status', h.status) ORDER BY h.received_at DESC NULLS LAST, h.id)
        FROM hits h WHERE h.key = m.key AND h.county_code = ${countyCode}::bpchar), '[]')::text AS own,
      coalesce((
        SELECT json_agg(json_build_object('countyCode', c.county_code, 'month', c.month, 'reports', c.n)
          ORDER BY c.county_code, c.month)
        FROM (
          SELECT h.county_code, to_char(h.received_at AT TIME ZONE 'America/Chicago', 'YYYY-MM') AS month, count(*)::int AS n
          FROM hits h WHERE h.key = m.key AND h.county_code <> ${countyCode}::text AND h.received_at IS NOT NULL
          GROUP BY 1, 2
        ) c), '[]')::text AS others
    FROM mine m
    ORDER BY m.position, m.key`;
}
