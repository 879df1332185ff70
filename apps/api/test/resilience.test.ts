import fs from 'node:fs';
import { type RunningDatabase, startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { type AppProcess, newDataDir, startAppProcess } from './app-process';
import { draftBody } from './report-bodies';

// Crashes and outages, with the app run as `npm start` runs it.
const running: AppProcess[] = [];
afterAll(() => running.forEach((a) => a.child.exitCode === null && a.child.kill('SIGKILL')));

const json = { 'content-type': 'application/json' };
type Report = { id: string; persons: unknown[]; allegations: unknown[] };
const read = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;
async function signIn(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'worker.milwaukee@demo.wi.gov', password: 'demo-password-2026' }),
  });
  return { ...json, authorization: `Bearer ${(await read<{ token: string }>(res)).token}` };
}
const create = (url: string, auth: Record<string, string>, key: string) =>
  fetch(`${url}/api/access-reports`, {
    method: 'POST',
    headers: { ...auth, 'idempotency-key': key },
    body: JSON.stringify(draftBody({ narrative: `Report ${key}` })),
  });

it('a crash (SIGKILL) mid-way loses nothing acknowledged; retrying every key makes exactly one whole report each', async () => {
  const dataDir = newDataDir();
  try {
    const first = await startAppProcess({ dataDir });
    running.push(first);
    const auth = await signIn(first.url);
    const keys = Array.from({ length: 40 }, (_, i) => `crash-${i}`);
    const acknowledged = new Map<string, string>();
    const inFlight = keys.map((key) =>
      create(first.url, auth, key).then(
        async (res) => res.status === 201 && acknowledged.set(key, (await read<Report>(res)).id),
        () => undefined, // the connection died with the process
      ),
    );
    await new Promise((r) => setTimeout(r, 120));
    first.child.kill('SIGKILL');
    await Promise.all(inFlight);

    const second = await startAppProcess({ dataDir, port: first.port }); // takes over the PostgreSQL left running
    running.push(second);
    const ids = new Map<string, string>();
    for (const key of keys) {
      const res = await create(second.url, auth, key); // the session survived the crash
      expect(res.status).toBe(201);
      ids.set(key, (await read<Report>(res)).id);
    }
    for (const [key, id] of acknowledged) expect(ids.get(key)).toBe(id);
    expect(new Set(ids.values()).size).toBe(keys.length);
    const list = await read<{ items: Report[] }>(
      fetch(`${second.url}/api/access-reports?pageSize=200`, { headers: auth }),
    );
    const crashReports = list.items.filter((r) => [...ids.values()].includes(r.id));
    expect(crashReports).toHaveLength(keys.length);
    for (const id of ids.values()) {
      const report = await read<Report>(fetch(`${second.url}/api/access-reports/${id}`, { headers: auth }));
      expect([report.persons.length, report.allegations.length]).toEqual([2, 1]); // never half-written
    }
    expect(await second.stop()).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);

it('PostgreSQL down under load: health 503, requests fail fast with 503, no crash; it recovers without a restart', async () => {
  const dbDir = newDataDir();
  let db: RunningDatabase | undefined = await startEmbeddedPostgres({ dataDir: dbDir });
  const port = db.port;
  try {
    const app = await startAppProcess({
      env: { DATABASE_URL: db.appUrl, MIGRATION_DATABASE_URL: db.ownerUrl, SEED_DEMO: 'true', LOG_LEVEL: 'error' },
    });
    running.push(app);
    const auth = await signIn(app.url);
    let stopLoad = false;
    const statuses: { status: number; ms: number }[] = [];
    const load = Array.from({ length: 8 }, async (_, i) => {
      for (let n = 0; !stopLoad; n++) {
        const started = Date.now();
        const res = await (i % 2
          ? fetch(`${app.url}/api/access-reports`, { headers: auth })
          : create(app.url, auth, `outage-${i}-${n}`)
        ).catch(() => null);
        statuses.push({ status: res?.status ?? 0, ms: Date.now() - started });
        await res?.arrayBuffer();
      }
    });
    await new Promise((r) => setTimeout(r, 500));
    await db.stop();
    db = undefined;
    const down = Date.now();
    let health = 200;
    while (health !== 503 && Date.now() - down < 10_000) {
      health = await fetch(`${app.url}/api/health`).then(
        (r) => r.status,
        () => {
          throw new Error(`the app stopped answering:\n${app.log.join('').slice(-3000)}`);
        },
      );
    }
    expect(health).toBe(503);
    await new Promise((r) => setTimeout(r, 1500));
    const during = statuses.filter((s) => s.status >= 500);
    expect(during.length).toBeGreaterThan(0);
    const bugs = app.log
      .join('')
      .split('\n')
      .filter((line) => line.includes('"level":50'));
    expect(bugs).toEqual([]); // every failure was understood as the outage it is
    expect(new Set(during.map((s) => s.status))).toEqual(new Set([503]));
    expect(Math.max(...during.map((s) => s.ms))).toBeLessThan(6000); // fails fast, does not hang
    expect(app.child.exitCode).toBeNull(); // still running

    db = await startEmbeddedPostgres({ dataDir: dbDir, port });
    const back = Date.now();
    while (health !== 200 && Date.now() - back < 15_000) health = (await fetch(`${app.url}/api/health`)).status;
    expect(health).toBe(200);
    statuses.length = 0;
    await new Promise((r) => setTimeout(r, 1000));
    stopLoad = true;
    await Promise.all(load);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s.status === 200 || s.status === 201)).toBe(true);
    expect(await app.stop()).toBe(0);
  } finally {
    await db?.stop();
    fs.rmSync(dbDir, { recursive: true, force: true });
  }
}, 120_000);
