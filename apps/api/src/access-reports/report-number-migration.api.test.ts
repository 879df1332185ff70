import type { Client } from 'pg';
import { type DatabaseBefore, databaseBefore } from '../../test/database-before';

// Migration report_numbers numbers every report written before it: in order of created_at (then
// id) within each county and Chicago year of creation, from 00001; the counters carry on from the
// last number used; then the column is required, unique, and never changes (a trigger). A database of the version before it,
// with reports, is migrated here.

const MIGRATION = 'report_numbers';
let before: DatabaseBefore;
let db: Client;

beforeAll(async () => {
  before = await databaseBefore(MIGRATION);
  db = before.db;
}, 60_000);

afterAll(() => before?.close());

it('numbers the existing reports per county and Chicago year of creation, sets the counters, then requires a unique number', async () => {
  const q = (sql: string, values: unknown[] = []) => db.query(sql, values);
  const [{ id: userId }] = (
    await q(
      `INSERT INTO users (email, name, role, county_code, password_hash, updated_at) VALUES ('w@x.test', 'W', 'ACCESS_WORKER', '55079', 'x', now()) RETURNING id`,
    )
  ).rows;
  const report = async (id: string, countyCode: string, createdAt: string, receivedAt: string) => {
    await q(
      `INSERT INTO access_reports (id, county_code, received_at, created_by_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, now())`,
      [id, countyCode, receivedAt, userId, createdAt],
    );
    return id;
  };
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  // inserted out of order: the backfill goes by created_at, then id, not by insertion
  const newYearsEve = await report(id(1), '55079', '2027-01-01T05:30:00Z', '2027-01-01T05:30:00Z'); // 23:30 on 31 December 2026 in Chicago
  const newYearsDay = await report(id(2), '55079', '2027-01-01T06:30:00Z', '2026-12-31T20:00:00Z'); // 00:30 on 1 January 2027 in Chicago
  const tieLater = await report(id(9), '55079', '2026-06-01T12:00:00Z', '2018-03-06T16:00:00Z');
  const tieEarlier = await report(id(8), '55079', '2026-06-01T12:00:00Z', '2018-03-06T16:00:00Z');
  const march = await report(id(5), '55079', '2026-03-01T12:00:00Z', '2018-03-06T16:00:00Z'); // received in 2018: the year is the year of creation
  const dane = await report(id(3), '55025', '2026-05-01T12:00:00Z', '2026-05-01T12:00:00Z');

  expect((await before.migrate()).some((m) => m.endsWith(MIGRATION))).toBe(true);

  const { rows } = await q('SELECT id, report_number FROM access_reports');
  expect(Object.fromEntries(rows.map((r) => [r.id, r.report_number]))).toEqual({
    [march]: '2026-079-00001',
    [tieEarlier]: '2026-079-00002',
    [tieLater]: '2026-079-00003',
    [newYearsEve]: '2026-079-00004',
    [newYearsDay]: '2027-079-00001',
    [dane]: '2026-025-00001',
  });
  const counters = await q('SELECT county_code, year, last FROM report_number_counters ORDER BY county_code, year');
  expect(counters.rows).toEqual([
    { county_code: '55025', year: 2026, last: 1 },
    { county_code: '55079', year: 2026, last: 4 },
    { county_code: '55079', year: 2027, last: 1 },
  ]);
  // from now on a report needs a number of its own
  await expect(report(id(20), '55079', '2026-07-01T12:00:00Z', '2026-07-01T12:00:00Z')).rejects.toThrow(
    /report_number/,
  );
  await expect(
    q(
      `INSERT INTO access_reports (county_code, created_by_id, updated_at, report_number) VALUES ('55079', $1, now(), '2026-079-00001')`,
      [userId],
    ),
  ).rejects.toThrow(/access_reports_report_number_key/);
  // and it never changes, even by hand; the rest of the report still can
  await expect(q(`UPDATE access_reports SET report_number = '2026-079-00099' WHERE id = $1`, [march])).rejects.toThrow(
    /never changes/,
  );
  await q(`UPDATE access_reports SET report_number = report_number, county_code = '55025' WHERE id = $1`, [march]);
  expect((await q('SELECT report_number, county_code FROM access_reports WHERE id = $1', [march])).rows).toEqual([
    { report_number: '2026-079-00001', county_code: '55025' },
  ]);
});
