// The built app for a benchmark: `npm start`'s way, on an embedded PostgreSQL in a new temporary
// folder with the demo data, on a free-ish loopback port. stop() ends it and removes the folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Read when an app starts, not on import: the bench builds the API first.
const runningDatabaseUrls = (dataDir) =>
  createRequire(import.meta.url)(path.join(root, 'apps/api/dist/db/embedded-postgres.js')).runningDatabaseUrls(dataDir);

export async function startBenchApp({
  nodeArgs = [],
  script = 'apps/api/dist/main.js',
  dataDir: givenDataDir,
  extraEnv = {},
} = {}) {
  const dataDir = givenDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cps-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const port = 39000 + Math.floor(Math.random() * 900);
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'error', SEED_DEMO: 'true' };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const stop = async () => {
    if (child.exitCode === null)
      await new Promise((r) => {
        child.once('exit', r);
        child.kill('SIGINT');
      });
    if (!givenDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; !out.includes('Press Ctrl-C'); i++) {
    if (i > 600 || child.exitCode !== null) {
      await stop();
      throw new Error(`the app did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // The app's role, with the app's rights: what a second server on the same database should use.
  const urls = runningDatabaseUrls(dataDir);
  const databaseUrl = extraEnv.DATABASE_URL ?? urls?.appUrl;
  return { base: `http://127.0.0.1:${port}`, pid: child.pid, dataDir, databaseUrl, ownerUrl: urls?.ownerUrl, stop };
}
