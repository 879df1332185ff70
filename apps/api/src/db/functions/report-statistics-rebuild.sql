-- The rows of report_statistics (the narrow table the DCF report reads) of some reports, rebuilt from
-- the base tables: deleted, then inserted for each allegation of a SCREENED_IN report. The child's
-- demographics are the report's own record of them (report_persons), reports.md "Demographics".

CREATE OR REPLACE FUNCTION report_statistics_rebuild(report_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM report_statistics WHERE report_id IN (SELECT unnest(report_ids));
  INSERT INTO report_statistics (allegation_id, report_id, child_id, county_code, received_at, maltreatment_type, sex_trafficking,
                                 substantiated, gender, hispanic_ethnicity, primary_race, age_years)
  SELECT a.id, a.report_id, a.child_id, r.county_code, r.received_at, a.maltreatment_type,
         a.descriptors @> ARRAY['SEX_TRAFFICKING']::"Descriptor"[], coalesce(f.finding = 'SUBSTANTIATED', false),
         rp.gender, rp.hispanic_ethnicity, rp.primary_race,
         -- domain ageOn: floor((YYYYMMDD on - YYYYMMDD born) / 10000), on = the Chicago date received
         -- (a February 29 birthday counts on March 1 in other years; before the birth it is negative)
         CASE WHEN rp.date_of_birth IS NULL THEN rp.approximate_age
              ELSE floor((to_char(r.received_at AT TIME ZONE 'America/Chicago', 'YYYYMMDD')::int - to_char(rp.date_of_birth, 'YYYYMMDD')::int) / 10000.0)::int END
  FROM access_reports r
  JOIN allegations a ON a.report_id = r.id
  LEFT JOIN report_persons rp ON rp.report_id = a.report_id AND rp.person_id = a.child_id
  LEFT JOIN findings f ON f.allegation_id = a.id
  WHERE r.id IN (SELECT unnest(report_ids)) AND r.status = 'SCREENED_IN' AND r.received_at IS NOT NULL;
$$;
