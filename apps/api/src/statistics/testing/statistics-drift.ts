import type { PrismaClient } from '../../generated/prisma/client';

// In step means: report_statistics holds exactly what report_statistics_rebuild (its current
// definition is db/functions/report-statistics-rebuild.sql, held equal to the database by
// database-functions.api.test.ts) would write now from the base tables. So the rows are read, then
// rebuilt for every report and read again, under a savepoint rolled back: the triggers' work is
// compared with a rebuild from scratch, and the test's database is left as it was.

const rowsAsText = `
  SELECT to_jsonb(x)::text AS row FROM (
    SELECT allegation_id, report_id, child_id, county_code, received_at, maltreatment_type, sex_trafficking, substantiated,
           gender, hispanic_ethnicity, primary_race, age_years
    FROM report_statistics) x`;

/**
 * report_statistics against the same rows rebuilt from the base tables now: the rows missing from
 * it and the rows it has that it should not (both empty when the triggers kept it in step), and how
 * many rows it has.
 */
export async function statisticsDrift(
  prisma: PrismaClient,
): Promise<{ missing: unknown[]; extra: unknown[]; rows: number }> {
  const [actual, expected] = await prisma.$transaction(async (tx) => {
    // The triggers' turn: no rebuild of theirs runs while the rows are read.
    await tx.$queryRawUnsafe('SELECT report_statistics_take_turn()::text');
    const before = await tx.$queryRawUnsafe<{ row: string }[]>(rowsAsText);
    await tx.$executeRawUnsafe('SAVEPOINT statistics_drift');
    // Every report, and every report that has rows: rows of a report no longer screened in go too.
    await tx.$queryRawUnsafe(
      'SELECT report_statistics_rebuild(ARRAY(SELECT id FROM access_reports UNION SELECT report_id FROM report_statistics))::text',
    );
    const rebuilt = await tx.$queryRawUnsafe<{ row: string }[]>(rowsAsText);
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT statistics_drift');
    return [before.map((r) => r.row), rebuilt.map((r) => r.row)];
  });
  return difference(actual, expected);
}

/** Asserts that report_statistics is in step with its sources; returns how many rows it has. */
export async function expectStatisticsInStep(prisma: PrismaClient): Promise<number> {
  const drift = await statisticsDrift(prisma);
  expect({ missing: drift.missing, extra: drift.extra }).toEqual({ missing: [], extra: [] });
  return drift.rows;
}

const complianceAsText = `
  SELECT to_jsonb(x)::text AS row FROM (
    SELECT report_id, county_code, status, received_at, local_received, received_on, le_required, le_first_at,
           tribe_required, tribe_first_at, decided_at, decision_hours, response_time, allegations, findings, last_finding_on,
           child_seen_at, child_contact_at, le_due_at, response_due_at
    FROM report_compliance) x`;

/**
 * report_compliance (the compliance report's one row per report) against the rows rebuilt from the
 * base tables from scratch now, under a savepoint rolled back: both lists empty when the triggers
 * kept it in step.
 */
export async function complianceDrift(
  prisma: PrismaClient,
): Promise<{ missing: unknown[]; extra: unknown[]; rows: number }> {
  const [actual, expected] = await prisma.$transaction(async (tx) => {
    const before = await tx.$queryRawUnsafe<{ row: string }[]>(complianceAsText);
    await tx.$executeRawUnsafe('SAVEPOINT compliance_drift');
    await tx.$executeRawUnsafe('DELETE FROM report_compliance');
    await tx.$queryRawUnsafe('SELECT report_compliance_rebuild(ARRAY(SELECT id FROM access_reports))::text');
    const rebuilt = await tx.$queryRawUnsafe<{ row: string }[]>(complianceAsText);
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT compliance_drift');
    return [before.map((r) => r.row), rebuilt.map((r) => r.row)];
  });
  return difference(actual, expected);
}

const daysAsText = (source: string) => `SELECT to_jsonb(x)::text AS row FROM (SELECT * FROM ${source}) x`;

/**
 * compliance_days (the counted days, on or before the horizon) against the same days counted from
 * report_compliance now (compliance_day_counts): both lists empty when the triggers kept it in step.
 */
export async function complianceDaysDrift(
  prisma: PrismaClient,
): Promise<{ missing: unknown[]; extra: unknown[]; rows: number }> {
  const [actual, expected] = await prisma.$transaction(async (tx) => [
    (await tx.$queryRawUnsafe<{ row: string }[]>(daysAsText('compliance_days'))).map((r) => r.row),
    (
      await tx.$queryRawUnsafe<{ row: string }[]>(
        daysAsText(`compliance_day_counts('-infinity', (SELECT closed_through FROM compliance_horizon))`),
      )
    ).map((r) => r.row),
  ]);
  return difference(actual, expected);
}

/**
 * Asserts that report_compliance is in step with its sources, and compliance_days with
 * report_compliance; returns how many report_compliance rows there are.
 */
export async function expectComplianceInStep(prisma: PrismaClient): Promise<number> {
  const drift = await complianceDrift(prisma);
  expect({ missing: drift.missing, extra: drift.extra }).toEqual({ missing: [], extra: [] });
  const days = await complianceDaysDrift(prisma);
  expect({ missing: days.missing, extra: days.extra }).toEqual({ missing: [], extra: [] });
  return drift.rows;
}

/**
 * Rows (as JSON text) the table should have and lacks, and has but should not, parsed for the
 * failure message; `rows`, how many it has.
 */
function difference(actual: string[], expected: string[]): { missing: unknown[]; extra: unknown[]; rows: number } {
  const has = new Set(actual);
  const should = new Set(expected);
  return {
    missing: expected.filter((r) => !has.has(r)).map((r) => JSON.parse(r)),
    extra: actual.filter((r) => !should.has(r)).map((r) => JSON.parse(r)),
    rows: actual.length,
  };
}
