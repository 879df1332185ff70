import { Client } from 'pg';
import { asOwner, createTestDatabase } from '../../test/test-app';
import { readDatabaseFunctions } from './database-functions';

// The database after every migration has exactly the functions and triggers of db/functions: read
// from the migrated database, then, in a transaction rolled back, every one of them dropped and made
// again from the files, and read once more. A function or trigger that a file lacks, has too many,
// or defines otherwise than the last migration did, differs. A function's body is compared as
// written (PostgreSQL keeps it verbatim), so a migration copies it from the file character for character.

type Definitions = { functions: Record<string, string>; triggers: Record<string, string> };

let db: Client;
beforeAll(async () => {
  db = new Client({ connectionString: asOwner(await createTestDatabase()) }); // migrated (from the template)
  await db.connect();
});
afterAll(() => db.end());

/** The schema's own functions (not those of extensions such as pg_trgm) and its tables' triggers. */
async function definitions(): Promise<Definitions> {
  const functions = await db.query<{ name: string; definition: string }>(`
    SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition
    FROM pg_proc p
    WHERE p.pronamespace = current_schema()::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`);
  const triggers = await db.query<{ name: string; definition: string }>(`
    SELECT t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal`);
  const byName = (rows: { name: string; definition: string }[]) =>
    Object.fromEntries(rows.map((r) => [r.name, r.definition]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  return { functions: byName(functions.rows), triggers: byName(triggers.rows) };
}

it('the migrated database has exactly the functions and triggers of db/functions', async () => {
  const migrated = await definitions();
  await db.query('BEGIN');
  try {
    const { rows } = await db.query<{ oid: string }>(`
      SELECT p.oid::regprocedure::text AS oid FROM pg_proc p
      WHERE p.pronamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                        WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`);
    // CASCADE: each function's triggers go with it, so only the files can bring them back.
    for (const { oid } of rows) await db.query(`DROP FUNCTION ${oid} CASCADE`);
    expect(await definitions()).toEqual({ functions: {}, triggers: {} });
    for (const f of readDatabaseFunctions()) await db.query(f.sql);
    expect(await definitions()).toEqual(migrated);
  } finally {
    await db.query('ROLLBACK');
  }
});

it('names each file after its function, and the rolled-back test left the database as it was', async () => {
  const names = readDatabaseFunctions().map((f) => f.name);
  expect(names).toEqual([
    'access_reports_keep_number',
    'audit_events_refuse_change',
    'compliance_business_day',
    'compliance_day_counts',
    'compliance_days_close',
    'compliance_days_follow',
    'compliance_days_recount',
    'compliance_dues_follow_holidays',
    'compliance_le_due',
    'compliance_response_due',
    'compliance_tribe_due',
    'person_last_names_keep',
    'report_compliance_follow_report',
    'report_compliance_follow_rows',
    'report_compliance_rebuild',
    'report_compliance_statement_starts',
    'report_statistics_follow_report',
    'report_statistics_follow_rows',
    'report_statistics_rebuild',
    'report_statistics_take_turn',
  ]);
  expect(Object.keys((await definitions()).functions)).toEqual(names);
});
