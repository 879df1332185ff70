import type { NcandsChildFacts } from '@cps/domain';
import { type Sql, sql } from '../common/sql';

// The facts of the NCANDS Child File (docs/statistics.md) in one statement: for each child of a
// screened-in report whose allegations all have findings, the last of them recorded in the fiscal
// year, the report's own record of the child and the allegations about them. The domain's
// ncandsRecords makes the file from these rows (and checks the disposition date again).

export type NcandsRow = Omit<NcandsChildFacts, 'allegations' | 'dateOfBirth'> & {
  dateOfBirth: string | null;
  allegations: NcandsChildFacts['allegations'];
};

/** `from` and `until` are the fiscal year's first instant and the next year's first instant (Chicago midnights). */
export function ncandsFactsStatement(from: Date, until: Date): Sql {
  return sql`
    WITH disposed AS (
      SELECT a.report_id, a.child_id,
        json_agg(json_build_object(
          'maltreatmentType', a.maltreatment_type, 'descriptors', a.descriptors,
          'finding', f.finding, 'findingRecordedAt', f.recorded_at) ORDER BY a.position, a.id) AS allegations
      FROM allegations a
      JOIN access_reports r ON r.id = a.report_id AND r.status = 'SCREENED_IN'
      LEFT JOIN findings f ON f.allegation_id = a.id
      WHERE a.child_id IS NOT NULL AND a.maltreatment_type IS NOT NULL
      GROUP BY a.report_id, a.child_id
      HAVING count(*) = count(f.allegation_id)
         AND max(f.recorded_at) >= ${from}::timestamptz AND max(f.recorded_at) < ${until}::timestamptz
    )
    SELECT r.report_number AS "reportNumber", d.child_id::text AS "childId", r.county_code AS "countyCode",
      r.received_at AS "receivedAt", r.reporter_type::text AS "reporterType",
      to_char(rp.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", rp.approximate_age AS "approximateAge",
      rp.gender::text AS gender, rp.primary_race::text AS "primaryRace",
      rp.hispanic_ethnicity::text AS "hispanicEthnicity", d.allegations
    FROM disposed d
    JOIN access_reports r ON r.id = d.report_id
    JOIN report_persons rp ON rp.report_id = d.report_id AND rp.person_id = d.child_id
    ORDER BY r.report_number, d.child_id`;
}
