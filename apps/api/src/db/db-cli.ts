import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { defaultMigrationsDir } from './migrations';
import { diffMigrationsToSchema } from './schema-engine';

// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the committed migrations to prisma/schema.prisma.
// `npm run db:check`: exits 1 when schema.prisma and the migrations disagree.
// Both need a PostgreSQL server for a scratch database: DATABASE_URL's, else an embedded one.

/** `url`: a role that may create databases (the scratch ones). */
async function server(): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => undefined };
  // A throw-away cluster each run: nothing shared between runs, nothing left behind.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-migration-tool-'));
  fs.chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir });
  return {
    url: db.adminUrl,
    stop: async () => {
      await db.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function main(): Promise<number> {
  const [command, rawName] = process.argv.slice(2);
  const db = await server();
  try {
    const sql = await diffMigrationsToSchema(db.url);
    if (command === 'check') {
      if (sql === '') {
        console.log('db:check: prisma/schema.prisma and prisma/migrations agree');
        return 0;
      }
      console.error(`db:check: prisma/schema.prisma differs from the migrations. Missing SQL:\n${sql}`);
      console.error('Run `npm run db:migration -- <name>` and commit the new migration.');
      return 1;
    }
    if (command === 'create') {
      const name = (rawName ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '');
      if (!name) {
        console.error('usage: npm run db:migration -- <name>');
        return 2;
      }
      if (sql === '') {
        console.log('No changes: prisma/schema.prisma already matches the migrations.');
        return 0;
      }
      const dir = path.join(defaultMigrationsDir(), `${timestamp()}_${name}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
      console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — read it, then commit it.`);
      return 0;
    }
    console.error('usage: db-cli create <name> | check');
    return 2;
  } finally {
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
