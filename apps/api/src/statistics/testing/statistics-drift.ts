import type { PrismaClient } from '../../generated/prisma/client';

/**
 * report_statistics against the same rows computed from the base tables now: the rows missing
 * from it and the rows it has that it should not (both empty when the triggers kept it in step),
 * and how many rows it has.
 */
export async function statisticsDrift(
  prisma: PrismaClient,
): Promise<{ missing: unknown[]; extra: unknown[]; rows: number }> {
  const expected = `
    SELECT a.id AS allegation_id, a.report_id, a.child_id, r.county_code, r.received_at, a.maltreatment_type,
           a.descriptors @> ARRAY['SEX_TRAFFICKING']::"Descriptor"[] AS sex_trafficking, coalesce(f.finding = 'SUBSTANTIATED', false) AS substantiated,
           rp.gender, rp.hispanic_ethnicity, rp.primary_race,
           CASE WHEN rp.date_of_birth IS NULL THEN rp.approximate_age
                ELSE floor((to_char(r.received_at AT TIME ZONE 'America/Chicago', 'YYYYMMDD')::int - to_char(rp.date_of_birth, 'YYYYMMDD')::int) / 10000.0)::int END AS age_years
    FROM access_reports r JOIN allegations a ON a.report_id = r.id
    LEFT JOIN report_persons rp ON rp.report_id = a.report_id AND rp.person_id = a.child_id
    LEFT JOIN findings f ON f.allegation_id = a.id
    WHERE r.status = 'SCREENED_IN'`;
  const actual = `
    SELECT allegation_id, report_id, child_id, county_code, received_at, maltreatment_type, sex_trafficking, substantiated,
           gender, hispanic_ethnicity, primary_race, age_years
    FROM report_statistics`;
  const asText = (query: string) => `SELECT to_jsonb(x)::text AS row FROM (${query}) x`;
  const missing = await prisma.$queryRawUnsafe<{ row: string }[]>(`${asText(expected)} EXCEPT ${asText(actual)}`);
  const extra = await prisma.$queryRawUnsafe<{ row: string }[]>(`${asText(actual)} EXCEPT ${asText(expected)}`);
  const [{ rows }] = await prisma.$queryRawUnsafe<[{ rows: number }]>(
    'SELECT count(*)::int AS rows FROM report_statistics',
  );
  return { missing: missing.map((m) => JSON.parse(m.row)), extra: extra.map((e) => JSON.parse(e.row)), rows };
}

/** Asserts that report_statistics is in step with its sources; returns how many rows it has. */
export async function expectStatisticsInStep(prisma: PrismaClient): Promise<number> {
  const drift = await statisticsDrift(prisma);
  expect({ missing: drift.missing, extra: drift.extra }).toEqual({ missing: [], extra: [] });
  return drift.rows;
}
