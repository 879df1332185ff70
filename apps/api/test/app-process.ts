import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../src/db/embedded-postgres';

// The built app as a separate process, as `npm start` runs it, on an embedded PostgreSQL of its own.
const main = path.resolve(__dirname, '../dist/main.js');

export type AppProcess = {
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  log: string[];
  stop: () => Promise<number | null>;
};

export function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-app-'));
  fs.chmodSync(dir, 0o755);
  return dir;
}

export async function startAppProcess(
  options: { dataDir?: string; port?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<AppProcess> {
  if (!fs.existsSync(main)) throw new Error('apps/api/dist is missing: run `npm run build` (npm test does it)');
  const dataDir = options.dataDir ?? newDataDir();
  const ownsDataDir = options.dataDir === undefined; // removed at stop: a test run leaves no clusters behind
  const port = options.port ?? (await findFreePort());
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: dataDir, PORT: String(port) };
  delete env.DATABASE_URL; // the developer's, never: an embedded one unless the test names one
  delete env.MIGRATION_DATABASE_URL;
  delete env.NODE_OPTIONS;
  Object.assign(env, options.env);
  const log: string[] = [];
  const child = spawn(process.execPath, [main], { env });
  child.stdout!.on('data', (d) => log.push(String(d)));
  child.stderr!.on('data', (d) => log.push(String(d)));
  const stop = async () => {
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (exit) => resolve(exit));
      child.kill('SIGINT');
    });
    if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  const until = Date.now() + 60_000;
  while (!/Press Ctrl-C to stop/.test(log.join(''))) {
    if (child.exitCode !== null) throw new Error(`the app exited ${child.exitCode}:\n${log.join('')}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the app did not start in 60 s:\n${log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}`, port, dataDir, child, log, stop };
}
