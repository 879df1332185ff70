import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { applyMigrations } from '../src/db/migrations';

// One PostgreSQL for the whole run: DATABASE_URL's server when set (scratch databases and roles
// are made there, never touching the database named), else an embedded server in a temporary
// folder. As in production, the tables belong to an owner role that runs the migrations, and the
// app connects as a role with the app's rights only, so a missing grant fails a test. Each test
// file then gets its own database cloned from a migrated template, so files run in parallel.

export type TestServer = { stop: () => Promise<void> };

/** The three connection strings of the run, on the `postgres` database (tests swap the database). */
type Roles = { adminUrl: string; ownerUrl: string; appUrl: string };

function withRole(url: string, role: string, password: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = password;
  return u.toString();
}

async function sql(url: string, ...statements: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Roles are the whole server's: named for this run alone, and dropped with its databases at the end. */
async function rolesOnDatabaseUrlServer(databaseUrl: string, run: string): Promise<Roles & TestServer> {
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const adminUrl = admin.toString();
  const owner = `cps_test_owner_${run}`;
  const app = `cps_test_app_${run}`;
  const [ownerPassword, appPassword] = [crypto.randomBytes(18).toString('hex'), crypto.randomBytes(18).toString('hex')];
  await sql(
    adminUrl,
    `CREATE ROLE ${owner} LOGIN PASSWORD '${ownerPassword}'`,
    `CREATE ROLE ${app} LOGIN PASSWORD '${appPassword}'`,
  );
  return {
    adminUrl,
    ownerUrl: withRole(adminUrl, owner, ownerPassword),
    appUrl: withRole(adminUrl, app, appPassword),
    stop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ datname: string }>(
          'SELECT datname FROM pg_database WHERE datdba = $1::regrole',
          [owner],
        );
        for (const { datname } of rows)
          await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS ${app}`);
        await client.query(`DROP ROLE IF EXISTS ${owner}`);
      } finally {
        await client.end();
      }
    },
  };
}

async function embeddedServer(): Promise<Roles & TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-test-'));
  fs.chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir });
  const onPostgres = (url: string) => Object.assign(new URL(url), { pathname: '/postgres' }).toString();
  return {
    adminUrl: db.adminUrl,
    ownerUrl: onPostgres(db.ownerUrl),
    appUrl: onPostgres(db.appUrl),
    stop: async () => {
      await db.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function globalSetup(): Promise<void> {
  const run = crypto.randomBytes(4).toString('hex');
  const server = process.env.DATABASE_URL
    ? await rolesOnDatabaseUrlServer(process.env.DATABASE_URL, run)
    : await embeddedServer();
  (globalThis as { cpsTestServer?: TestServer }).cpsTestServer = server;
  const template = `cps_test_template_${run}`; // per run: two runs on one server do not collide
  const owner = decodeURIComponent(new URL(server.ownerUrl).username);
  const app = decodeURIComponent(new URL(server.appUrl).username);
  await sql(server.adminUrl, `CREATE DATABASE ${template} OWNER ${owner}`);
  const templateUrl = new URL(server.ownerUrl);
  templateUrl.pathname = `/${template}`;
  await applyMigrations(templateUrl.toString(), { appRole: app });
  process.env.CPS_TEST_SERVER_URL = server.adminUrl;
  process.env.CPS_TEST_OWNER_URL = server.ownerUrl;
  process.env.CPS_TEST_APP_URL = server.appUrl;
  process.env.CPS_TEST_TEMPLATE = template;
}
