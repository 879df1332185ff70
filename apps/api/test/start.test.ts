import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { newDataDir, startAppProcess, type AppProcess } from './app-process';
import { child, draftBody, maltreater } from './report-bodies';

// `npm start` as a person runs it: the built API as a process, an embedded PostgreSQL of its own.
const main = path.resolve(__dirname, '../dist/main.js');
const running: AppProcess[] = [];
afterAll(() => running.forEach((app) => app.child.exitCode === null && app.child.kill('SIGKILL')));

it('stops with one line naming a bad variable (exit 1), no stack trace', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'not-a-port' };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [main], { env, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stderr.trim()).toMatch(/^Configuration error: PORT must be a port number$/);
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
});

const signIn = (url: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'worker.milwaukee@demo.wi.gov', password: 'demo-password-2026' }),
  });

it('starts on a new embedded database with demo data, stops cleanly on Ctrl-C, and restarts on the same data', async () => {
  const dataDir = newDataDir();
  try {
    const first = await startAppProcess({ dataDir, env: { LOG_LEVEL: 'info' } });
    running.push(first);
    const output = first.log.join('');
    expect(output).toMatch(/PostgreSQL \(embedded\) created/);
    expect(output).toMatch(/Demo data seeded/);
    expect(output).toMatch(/worker\.milwaukee@demo\.wi\.gov/);
    const health = await fetch(`${first.url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
    expect((await signIn(first.url)).status).toBe(200);
    // Logs hold no personal data. A whole intake journey with unmistakable values, then a grep.
    const { token } = (await (await signIn(first.url)).json()) as { token: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const body = draftBody({
      persons: [child({ firstName: 'Zephyrine', lastName: 'Quillfeather', dateOfBirth: '2008-02-14' }), maltreater({ firstName: 'Ambrose', lastName: 'Vexley' })],
      narrative: 'Marker narrative: the caller saw a youth at the Pinecrest motel.',
      reporter: { type: 'MEDICAL', name: 'Dr. Orsolya Brandt', phone: '414-555-0199', anonymous: false },
    });
    const created = (await (await fetch(`${first.url}/api/access-reports`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as { id: string; status: string };
    expect(created.status).toBe('DRAFT');
    await fetch(`${first.url}/api/persons/search?lastName=Quillfeather&firstName=Zephyrine&dateOfBirth=2008-02-14`, { headers });
    await fetch(`${first.url}/api/access-reports/${created.id}`, { method: 'PUT', headers, body: JSON.stringify({ ...body, version: 1 }) });
    await fetch(`${first.url}/api/access-reports/${created.id}/submit`, { method: 'POST', headers, body: JSON.stringify({ version: 2 }) });
    await fetch(`${first.url}/api/access-reports/${created.id}`, { headers });
    await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'marker.person@demo.wi.gov', password: 'Marker-Secret-Password' }),
    });
    expect(await first.stop()).toBe(0);
    const logs = first.log.join('');
    expect(logs).toMatch(/"path":"\/api\/persons\/search"/); // the requests were logged…
    expect(logs).not.toMatch(/Zephyrine|Quillfeather|2008-02-14|Ambrose|Vexley|Marker narrative|Pinecrest|Orsolya|Brandt|414-555-0199|Marker-Secret-Password|marker\.person/i); // …without their data
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false); // PostgreSQL stopped

    const second = await startAppProcess({ dataDir, port: first.port });
    running.push(second);
    expect(second.log.join('')).toMatch(/PostgreSQL \(embedded\) started/);
    expect(second.log.join('')).not.toMatch(/Demo data seeded|Migrations applied/);
    expect((await signIn(second.url)).status).toBe(200); // the data was kept
    expect(await second.stop()).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 90_000);
