import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { grantAppRights } from './app-role-grants';

export type Migration = { name: string; sql: string; checksum: string };

/** The folder of committed SQL migrations, found from here in the source tree and in dist/. */
export function defaultMigrationsDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'prisma', 'migrations')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return path.join(dir, 'prisma', 'migrations');
}

export function readMigrations(dir = defaultMigrationsDir()): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

// The same table Prisma Migrate keeps, so `prisma migrate status` agrees with this runner.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const LOCK_ID = 72_55_079; // any constant: one migrator at a time per database

export type MigrationOptions = {
  /** The committed migrations (prisma/migrations). */
  dir?: string;
  /**
   * The role the app connects as, when it is not the one of `url` (the tables' owner): after
   * migrating, it gets the app's rights on every table (db/app-role-grants.ts), in the same run.
   */
  appRole?: string;
  /**
   * Only the migrations so named (a restore first rebuilds the schema a backup was made on, then
   * migrates forward); all of them when unset.
   */
  only?: ReadonlySet<string>;
};

/**
 * Applies the committed SQL migrations that the database has not seen, each in its own
 * transaction, under an advisory lock, then grants the app's role its rights. Needs nothing but
 * the `pg` driver: no engine download. An applied migration whose file has changed since is an
 * error (history must not be rewritten).
 */
export async function applyMigrations(url: string, options: MigrationOptions = {}): Promise<string[]> {
  const dir = options.dir ?? defaultMigrationsDir();
  const client = new Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
    await client.query(HISTORY_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const m of readMigrations(dir)) {
      if (options.only && !options.only.has(m.name)) continue;
      const seen = done.get(m.name);
      if (seen !== undefined) {
        if (seen !== m.checksum) throw new Error(`migration ${m.name} was changed after it was applied`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [crypto.randomUUID(), m.checksum, m.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    if (options.appRole) await grantToAppRole(client, options.appRole);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]).catch(() => undefined);
    await client.end();
  }
  return applied;
}

async function grantToAppRole(client: Client, appRole: string): Promise<void> {
  const { rows } = await client.query<{ same: boolean }>('SELECT current_user = $1 AS same', [appRole]);
  if (rows[0]?.same) return; // the app owns the tables (no MIGRATION_DATABASE_URL): nothing to grant
  await client.query('BEGIN');
  try {
    await grantAppRights(client, appRole);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`granting the app's rights to ${appRole} failed: ${(error as Error).message}`);
  }
}
