import type { Client } from 'pg';
import { type DatabaseBefore, databaseBefore } from '../../test/database-before';

// Migration report_person_details moves each person's details from the registry (persons) into
// every report that names them (report_persons). A database of the version before it, with data,
// is migrated and nothing is lost: every report shows what it showed before, and the statistics
// are rebuilt from the reports' own records.

const MIGRATION = 'report_person_details';
let before: DatabaseBefore;
let db: Client;

beforeAll(async () => {
  before = await databaseBefore(MIGRATION);
  db = before.db;
}, 60_000);

afterAll(() => before?.close());

it("copies every person's details into each report that names them, keeps search working, and rebuilds the statistics from them", async () => {
  const q = (sql: string, values: unknown[] = []) => db.query(sql, values);
  const [{ id: userId }] = (
    await q(
      `INSERT INTO users (email, name, role, county_code, password_hash, updated_at) VALUES ('w@x.test', 'W', 'ACCESS_WORKER', '55079', 'x', now()) RETURNING id`,
    )
  ).rows;
  const [{ id: childId }] = (
    await q(`
    INSERT INTO persons (first_name, last_name, first_name_key, last_name_key, date_of_birth, gender, hispanic_ethnicity, primary_race, indian_child, tribe, updated_at)
    VALUES ('Ana', 'Before', 'ana', 'before', '2005-06-07', 'FEMALE', 'HISPANIC', 'ASIAN', 'YES', 'Oneida Nation', now()) RETURNING id`)
  ).rows;
  const [{ id: adultId }] = (
    await q(`
    INSERT INTO persons (first_name, last_name, first_name_key, last_name_key, gender, hispanic_ethnicity, primary_race, indian_child, updated_at)
    VALUES ('Adult', 'Before', 'adult', 'before', 'MALE', 'NOT_DOCUMENTED', 'UNABLE_TO_DETERMINE', 'NO', now()) RETURNING id`)
  ).rows;
  const reports: string[] = [];
  for (const status of ['DRAFT', 'SCREENED_IN']) {
    const [{ id }] = (
      await q(
        `INSERT INTO access_reports (county_code, received_at, status, created_by_id, updated_at) VALUES ('55079', '2018-03-06T16:00:00Z', $1, $2, now()) RETURNING id`,
        [status, userId],
      )
    ).rows;
    await q(
      `INSERT INTO report_persons (report_id, person_id, key, roles, approximate_age, position) VALUES ($1, $2, 'c1', '{CHILD}', 12, 0), ($1, $3, 'm1', '{ALLEGED_MALTREATER}', NULL, 1)`,
      [id, childId, adultId],
    );
    await q(
      `INSERT INTO allegations (report_id, key, child_id, maltreatment_type, descriptors, maltreater_relationship) VALUES ($1, 'a1', $2, 'SEXUAL_ABUSE', '{SEX_TRAFFICKING}', 'NON_CAREGIVER')`,
      [id, childId],
    );
    reports.push(id);
  }
  expect((await q('SELECT gender, primary_race FROM report_statistics')).rows).toEqual([
    { gender: 'FEMALE', primary_race: 'ASIAN' },
  ]);

  expect((await before.migrate()).some((m) => m.endsWith(MIGRATION))).toBe(true);

  const { rows } = await q(`
    SELECT report_id, key, first_name, last_name, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, approximate_age, gender, hispanic_ethnicity,
           primary_race, indian_child, tribe
    FROM report_persons ORDER BY report_id, position`);
  const childRow = {
    key: 'c1',
    first_name: 'Ana',
    last_name: 'Before',
    dob: '2005-06-07',
    approximate_age: 12,
    gender: 'FEMALE',
    hispanic_ethnicity: 'HISPANIC',
    primary_race: 'ASIAN',
    indian_child: 'YES',
    tribe: 'Oneida Nation',
  };
  const adultRow = {
    key: 'm1',
    first_name: 'Adult',
    last_name: 'Before',
    dob: null,
    approximate_age: null,
    gender: 'MALE',
    hispanic_ethnicity: 'NOT_DOCUMENTED',
    primary_race: 'UNABLE_TO_DETERMINE',
    indian_child: 'NO',
    tribe: null,
  };
  for (const id of reports) {
    expect(rows.filter((r) => r.report_id === id).map(({ report_id: _r, ...rest }) => rest)).toEqual([
      childRow,
      adultRow,
    ]);
  }
  // the registry keeps the identifying basics, for search
  expect(
    (await q(`SELECT first_name, last_name, last_name_key, gender FROM persons WHERE id = $1`, [childId])).rows,
  ).toEqual([{ first_name: 'Ana', last_name: 'Before', last_name_key: 'before', gender: 'FEMALE' }]);
  const registryColumns = (
    await q(`SELECT column_name FROM information_schema.columns WHERE table_name = 'persons'`)
  ).rows.map((r) => r.column_name);
  expect(registryColumns).not.toEqual(expect.arrayContaining(['hispanic_ethnicity']));
  expect(registryColumns).not.toEqual(expect.arrayContaining(['tribe']));
  // the statistics now read the report's record: a change to it moves them, a change to the registry does not
  expect((await q('SELECT gender, primary_race, age_years FROM report_statistics')).rows).toEqual([
    { gender: 'FEMALE', primary_race: 'ASIAN', age_years: 12 },
  ]);
  await q(`UPDATE persons SET gender = 'MALE', date_of_birth = '1990-01-01' WHERE id = $1`, [childId]);
  expect((await q('SELECT gender, age_years FROM report_statistics')).rows).toEqual([
    { gender: 'FEMALE', age_years: 12 },
  ]);
  await q(`UPDATE report_persons SET gender = 'UNKNOWN' WHERE report_id = $1 AND key = 'c1'`, [reports[1]]);
  expect((await q('SELECT gender FROM report_statistics')).rows).toEqual([{ gender: 'UNKNOWN' }]);
});
