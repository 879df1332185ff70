import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../src/db/embedded-postgres';

// `npm start` as a person runs it: the built API as a process, an embedded PostgreSQL of its own.
const root = path.resolve(__dirname, '../../..');
const main = path.join(root, 'apps/api/dist/main.js');
const cleanEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  return env;
};

beforeAll(() => {
  if (!fs.existsSync(main)) throw new Error('apps/api/dist is missing: run `npm run build` (npm test does it)');
});

it('stops with one line naming a bad variable (exit 1), no stack trace', () => {
  const r = spawnSync(process.execPath, [main], { env: { ...cleanEnv(), PORT: 'not-a-port' }, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stderr.trim()).toMatch(/^Configuration error: PORT must be a port number$/);
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
});

async function waitForOutput(child: ChildProcess, text: RegExp, log: string[], ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!text.test(log.join(''))) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}:\n${log.join('')}`);
    if (Date.now() > until) throw new Error(`timed out waiting for ${text}:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));

async function start(dataDir: string, port: number) {
  const log: string[] = [];
  const child = spawn(process.execPath, [main], { env: { ...cleanEnv(), DATA_DIR: dataDir, PORT: String(port) } });
  children.push(child);
  child.stdout!.on('data', (d) => log.push(String(d)));
  child.stderr!.on('data', (d) => log.push(String(d)));
  await waitForOutput(child, /Press Ctrl-C to stop/, log);
  return { child, log };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

it('starts on a new embedded database with demo data, stops cleanly on Ctrl-C, and restarts on the same data', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-start-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  try {
    const first = await start(dataDir, port);
    expect(first.log.join('')).toMatch(/PostgreSQL \(embedded\) created/);
    expect(first.log.join('')).toMatch(/Demo data seeded/);
    expect(first.log.join('')).toMatch(/worker\.milwaukee@demo\.wi\.gov/);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'worker.milwaukee@demo.wi.gov', password: 'demo-password-2026' }),
    });
    expect(login.status).toBe(200);
    expect(await stop(first.child)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false); // PostgreSQL stopped

    const second = await start(dataDir, port);
    expect(second.log.join('')).toMatch(/PostgreSQL \(embedded\) started/);
    expect(second.log.join('')).not.toMatch(/Demo data seeded|Migrations applied/);
    const again = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'worker.milwaukee@demo.wi.gov', password: 'demo-password-2026' }),
    });
    expect(again.status).toBe(200); // the data was kept
    expect(await stop(second.child)).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 90_000);
