import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningDatabase } from '../src/db/embedded-postgres';
import { applyMigrations } from '../src/db/migrations';

// One PostgreSQL for the whole run: DATABASE_URL's server when set (a scratch database is made
// there, never the named one), else an embedded server in a temporary folder. Each test file
// then gets its own database cloned from a migrated template, so files run in parallel.

const TEMPLATE = 'cps_test_template';

export default async function globalSetup(): Promise<void> {
  let server: RunningDatabase;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    server = { url: url.toString(), port: Number(url.port), fresh: false, stop: async () => undefined };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-test-'));
    fs.chmodSync(dataDir, 0o755);
    server = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    process.env.CPS_TEST_DATA_DIR = dataDir;
  }
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const templateUrl = new URL(server.url);
  templateUrl.pathname = `/${TEMPLATE}`;
  await applyMigrations(templateUrl.toString());
  process.env.CPS_TEST_SERVER_URL = server.url;
  (globalThis as { cpsTestServer?: RunningDatabase }).cpsTestServer = server;
}
