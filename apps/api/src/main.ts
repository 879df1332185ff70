import 'reflect-metadata';
import { holidayYearsToSeed } from '@cps/domain';
import { seedHolidays } from './calendar/seed-holidays';
import { ConfigError, type Env, loadEnv } from './common/env';
import { createPrismaClient } from './common/prisma.service';
import { createApp } from './create-app';
import { canEraseAuditTrail, roleOf } from './db/app-role-grants';
import { type RunningDatabase, startEmbeddedPostgres } from './db/embedded-postgres';
import { applyMigrations } from './db/migrations';
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemo } from './seed/demo';
import { ensureFirstAdmin } from './seed/first-admin';

// `npm start`: configuration, database (embedded unless DATABASE_URL), migrations, first admin,
// demo data, then the HTTP server. Ctrl-C closes the server and stops PostgreSQL cleanly.

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

type Database = { db?: RunningDatabase; appUrl: string; ownerUrl: string; fresh: boolean };

/**
 * The app connects with `appUrl`, a role that cannot erase the audit trail; the migrations run with
 * `ownerUrl`, the tables' owner. Embedded: both generated. An operator's server: DATABASE_URL and
 * MIGRATION_DATABASE_URL (or DATABASE_URL for both, with a warning after migrating).
 */
async function prepareDatabase(env: Env): Promise<Database> {
  if (env.DATABASE_URL)
    return { appUrl: env.DATABASE_URL, ownerUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL, fresh: false };
  const db = await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
  say(`PostgreSQL (embedded) ${db.fresh ? 'created' : 'started'} in ${env.DATA_DIR}, ${db.where}`);
  return { db, appUrl: db.appUrl, ownerUrl: db.ownerUrl, fresh: db.fresh };
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  let env: Env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  let database: Database;
  try {
    database = await prepareDatabase(env);
  } catch (error) {
    process.stderr.write(`Start failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { db, appUrl: url, ownerUrl, fresh } = database;
  let stopping = false;
  const stopDatabase = async () => {
    if (db) await db.stop().catch(() => undefined);
  };
  try {
    const applied = await applyMigrations(ownerUrl, { appRole: await roleOf(url) });
    if (applied.length) say(`Migrations applied: ${applied.join(', ')}`);
    if (await canEraseAuditTrail(url)) {
      process.stderr.write(
        'Warning: the role of DATABASE_URL owns the tables (or is a superuser), so the app could erase the audit trail. ' +
          "Give the migrations their own owner role in MIGRATION_DATABASE_URL and let DATABASE_URL be a role with the app's rights only.\n",
      );
    }
    const prisma = createPrismaClient(url);
    try {
      const admin = await ensureFirstAdmin(prisma, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
      if (admin === 'created') say(`First admin created: ${env.ADMIN_EMAIL}`);
      const holidayYears = await seedHolidays(prisma, holidayYearsToSeed(new Date()));
      if (holidayYears.length) say(`Wisconsin legal holidays added to the calendar for ${holidayYears.join(' and ')}`);
      if (env.SEED_DEMO ?? fresh) {
        const seeded = await seedDemo(prisma);
        if (seeded) say('Demo data seeded');
      }
      if (admin === 'none' && (await prisma.user.count({ where: { role: 'ADMIN' } })) === 0) {
        say('No admin exists: set ADMIN_EMAIL and ADMIN_PASSWORD and start again to create one.');
      }
    } finally {
      await prisma.$disconnect();
    }

    const app = await createApp({ ...env, DATABASE_URL: url });
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      say(`\n${signal}: stopping`);
      await app.close().catch(() => undefined);
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ port: env.PORT, host: env.HOST });

    const shown = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    const demo = (await hasDemoUsers(url)) ? ` Demo sign-ins: ${DEMO_SIGN_INS}, password ${DEMO_PASSWORD}.` : '';
    say(`Ready on http://${shown}:${env.PORT} in ${seconds} s (API docs at /api/docs).${demo} Press Ctrl-C to stop.`);
  } catch (error) {
    process.stderr.write(`Start failed: ${error instanceof Error ? error.message : String(error)}\n`);
    await stopDatabase();
    process.exit(1);
  }
}

async function hasDemoUsers(url: string): Promise<boolean> {
  const prisma = createPrismaClient(url);
  try {
    return (await prisma.user.count({ where: { email: { endsWith: '@demo.wi.gov' } } })) > 0;
  } finally {
    await prisma.$disconnect();
  }
}

void main();
