import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createReport } from '../../test/report-bodies';
import { asOwner, createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { defaultMigrationsDir, readMigrations } from '../db/migrations';

// The migration that added audit_events.report_id also fills it for the events written before:
// reports directly, allegations (and their findings) through their table. Here events are written
// as the old code wrote them (no report_id), then the migration's backfill statements run.

let ctx: TestContext;
let db: Client;
beforeAll(async () => {
  ctx = await createTestApp();
  db = new Client({ connectionString: asOwner(ctx.url) }); // the migration runs as the owner: it switches the append-only trigger off and on
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await ctx.close();
});

function backfillSql(): string {
  const migration = readMigrations().find((m) => m.name.endsWith('_audit_report_id'));
  if (!migration) throw new Error('the audit_report_id migration is missing');
  const sql = fs.readFileSync(path.join(defaultMigrationsDir(), migration.name, 'migration.sql'), 'utf8');
  const start = sql.indexOf('-- Backfill');
  if (start < 0) throw new Error('the migration has no backfill section');
  return sql.slice(start);
}

it('fills report_id of the events written before it, and leaves the others alone', async () => {
  const { auth } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' });
  const report = await createReport(ctx, auth);
  const allegationId: string = report.allegations[0].id;
  const insert = (entityType: string, entityId: string) =>
    db
      .query('INSERT INTO audit_events (action, entity_type, entity_id) VALUES ($1, $2, $3) RETURNING id', [
        `old.${entityType.toLowerCase()}`,
        entityType,
        entityId,
      ])
      .then((r) => r.rows[0].id as string);
  const ids = {
    report: await insert('AccessReport', report.id),
    allegation: await insert('Allegation', allegationId),
    user: await insert('User', report.createdBy.id),
    strange: await insert('AccessReport', 'not-a-uuid'),
  };
  await db.query(backfillSql());
  const { rows } = await db.query('SELECT id, report_id FROM audit_events WHERE id = ANY($1::bigint[])', [
    Object.values(ids),
  ]);
  const reportOf = new Map(rows.map((r) => [String(r.id), r.report_id]));
  expect(Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, reportOf.get(String(id))]))).toEqual({
    report: report.id,
    allegation: report.id,
    user: null,
    strange: null,
  });
  // The trigger is back: the trail is append-only again.
  await expect(db.query('UPDATE audit_events SET action = $1 WHERE id = $2', ['changed', ids.report])).rejects.toThrow(
    /append-only/,
  );
});
