// `npm run bench:intake`: creating, autosaving and submitting an Access report (1 child, 1 alleged
// maltreater, 2 allegations) against the built app on its own embedded PostgreSQL. Sign-in is done
// once beforehand (argon2 is meant to be slow). Two measures:
//  (a) throughput of 50 closed-loop clients (each creates and submits, over and over), as a ratio
//      to the floor: scripts/bench/intake-floor-server.cjs, the same SQL statements and domain
//      functions on a plain node:http server, against the same database, measured in the same run,
//      app and floor alternating (BENCH_ROUNDS pairs), so that a drift of the machine hits both,
//      after BENCH_WARMUP_SECONDS (5) of the same load on each, not counted, and an ANALYZE before
//      every run;
//  (b) latency at a fixed arrival rate (open loop, BENCH_RATE requests/s, 100 by default): a timer
//      sends create, autosave (PUT) and submit in turn, never waiting for an answer before the next;
//      each latency counts from the moment the request was due, so a late send counts against it.
// The load average is printed beside each figure: the machine may be shared.

import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { startBenchApp } from './bench/app.mjs';
import { benchDraft, signIn } from './bench/intake-report.mjs';
import { build } from './build.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const pg = require('pg');
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const rate = Number(process.env.BENCH_RATE ?? 100);
const openSeconds = Number(process.env.BENCH_OPEN_SECONDS ?? 30);
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]?.toFixed(1);
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * CPU seconds used so far by `pid` and, apart, by the PostgreSQL processes under `postgresParent`
 * (the embedded server's postmaster, its backends and workers, exited ones included), from /proc.
 * On a shared machine throughput is the share of the cores a process gets; CPU per request is not.
 */
function cpuSeconds(pid, postgresParent) {
  const procs = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields 4 (ppid) and 14-17 (utime, stime, cutime, cstime), counted from `state` as 3
      procs.set(Number(entry), {
        ppid: Number(f[1]),
        own: Number(f[11]) + Number(f[12]),
        children: Number(f[13]) + Number(f[14]),
      });
    } catch {}
  }
  const tick = 100; // USER_HZ on Linux
  let postgres = 0;
  const under = (parent) => {
    for (const [child, p] of procs)
      if (p.ppid === parent) {
        postgres += p.own + p.children;
        under(child);
      }
  };
  under(postgresParent);
  return { server: (procs.get(pid)?.own ?? 0) / tick, postgres: postgres / tick, bench: process.cpuUsage() };
}

build();
// Node's options for the app and the floor alike (e.g. `--cpu-prof --cpu-prof-dir=DIR` to profile both).
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const app = await startBenchApp({ nodeArgs });
let floor;
try {
  const base = app.base;
  const headers = await signIn(base);
  const draft = benchDraft();
  console.log(
    `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  if (process.env.BENCH_CLOSED !== 'false') {
    console.log(
      `(a) ${connections} closed-loop clients, ${seconds} s each, app and floor alternating, ${rounds} pairs`,
    );
    floor =
      process.env.BENCH_FLOOR === 'false'
        ? null
        : await startBenchApp({
            script: 'scripts/bench/intake-floor-server.cjs',
            nodeArgs,
            dataDir: app.dataDir,
            extraEnv: { DATABASE_URL: app.databaseUrl },
          });
    const ratios = [];
    const figures = { app: [], floor: [] };
    const cpu = { app: [], floor: [] };
    // Both servers warmed up first, in the same way and not counted: the app's first seconds were
    // its JIT's and its modules' first use (server CPU per request 1.61 ms in its first run, 1.14 ms
    // in its second), which the simpler floor hardly has.
    if (warmupSeconds > 0) {
      await closedLoop('app warm-up (not counted)', base, headers, draft, app.pid, warmupSeconds);
      if (floor) await closedLoop('floor warm-up (not counted)', floor.base, headers, draft, floor.pid, warmupSeconds);
    }
    for (let round = 0; round < rounds; round++) {
      const a = await closedLoop('app', base, headers, draft, app.pid);
      figures.app.push(a.perSecond);
      cpu.app.push(a.cpu);
      if (!floor) continue;
      const f = await closedLoop('floor', floor.base, headers, draft, floor.pid);
      figures.floor.push(f.perSecond);
      cpu.floor.push(f.cpu);
      ratios.push(a.perSecond / f.perSecond);
      console.log(`  pair ${round + 1}: app / floor = ${(a.perSecond / f.perSecond).toFixed(2)}`);
    }
    if (floor) {
      console.log(
        `(a) median requests/s: app ${median(figures.app).toFixed(0)}, floor ${median(figures.floor).toFixed(0)}; ` +
          `app / floor per pair: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(2)})`,
      );
      const total = (c) => c.server + c.postgres + c.bench;
      const [appCpu, floorCpu] = [median(cpu.app.map(total)), median(cpu.floor.map(total))];
      console.log(
        `(a) median CPU per request (server + PostgreSQL + load generator): app ${appCpu.toFixed(2)} ms, ` +
          `floor ${floorCpu.toFixed(2)} ms; floor / app = ${(floorCpu / appCpu).toFixed(2)}, ` +
          "the throughput ratio to expect when the cores are all the bench's",
      );
      await floor.stop();
      floor = null;
    }
  }
  if (openSeconds > 0) await openLoop(base, headers, draft);
} finally {
  if (floor) await floor.stop();
  await app.stop();
}

/**
 * ANALYZE before each run, as autovacuum keeps the statistics of a live database: the bench's tables
 * grow from the demo's ~200 reports by thousands a run, faster than autovacuum's minute, and a
 * server's connections keep the plans they made on the statistics they saw. Without it the app,
 * whose connections were made first, on the smallest tables, ran its second pair on plans the floor
 * (connected one run later) never had: PostgreSQL's CPU per request of the app alone rose 1.6-1.9 ×
 * in pair 2 (docs/benchmarks.md). Analysing invalidates every session's plans alike.
 */
async function analyze() {
  if (!app.ownerUrl) return;
  const client = new pg.Client({ connectionString: app.ownerUrl });
  await client.connect();
  await client.query('ANALYZE');
  await client.end();
}

/** 50 clients creating and submitting without a pause; answers requests/s (2xx only) and CPU per request. */
async function closedLoop(label, base, headers, draft, pid, duration = seconds) {
  const steps = { create: [], submit: [] };
  let errors = 0;
  const timed = (step) => (status, body, context) => {
    steps[step].push(performance.now() - context.started);
    if (status >= 400) errors++;
    if (step === 'create') context.report = JSON.parse(body);
  };
  await analyze();
  const before = loadavg();
  const cpuBefore = cpuSeconds(pid, app.pid);
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/access-reports',
        headers,
        body: JSON.stringify(draft),
        setupRequest: (req, context) => {
          context.started = performance.now();
          return req;
        },
        onResponse: timed('create'),
      },
      {
        method: 'POST',
        headers,
        setupRequest: (req, context) => {
          context.started = performance.now();
          return {
            ...req,
            path: `/api/access-reports/${context.report.id}/submit`,
            body: JSON.stringify({ version: context.report.version }),
          };
        },
        onResponse: timed('submit'),
      },
    ],
  });
  const perSecond = (result.requests.total - result.non2xx) / result.duration;
  const cpuAfter = cpuSeconds(pid, app.pid);
  const bench = process.cpuUsage(cpuBefore.bench);
  const n = result.requests.total;
  const cpu = {
    server: ((cpuAfter.server - cpuBefore.server) * 1000) / n,
    postgres: ((cpuAfter.postgres - cpuBefore.postgres) * 1000) / n,
    bench: (bench.user + bench.system) / 1000 / n,
  };
  console.log(
    `${label}: ${perSecond.toFixed(0)} requests/s, ${result.requests.total} requests, ${result.non2xx} non-2xx, ` +
      `${result.errors} errors, ${errors} 4xx/5xx bodies; load average before ${before}, after ${loadavg()}`,
  );
  console.log(
    `  CPU per request: server ${cpu.server.toFixed(2)} ms, PostgreSQL ${cpu.postgres.toFixed(2)} ms, ` +
      `load generator ${cpu.bench.toFixed(2)} ms`,
  );
  for (const [step, xs] of Object.entries(steps))
    console.log(`  ${step}: ${xs.length} requests, p50 ${pct(xs, 50)} ms, p99 ${pct(xs, 99)} ms`);
  return { perSecond, cpu };
}

/**
 * (b) Open loop at `rate` requests/s: request i is due at start + i / rate, and is sent then whether
 * or not earlier ones have been answered. In turn: a create; an autosave of a draft made beforehand;
 * a submit of another draft made beforehand (so no request waits for another's answer).
 */
async function openLoop(base, headers, draft) {
  await analyze();
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const url = new URL(base);
  const send = (method, path, body) =>
    new Promise((resolve) => {
      const text = JSON.stringify(body);
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(text) },
        },
        (res) => {
          let out = '';
          res.setEncoding('utf8');
          res.on('data', (d) => (out += d));
          res.on('end', () => resolve({ status: res.statusCode, body: out }));
        },
      );
      req.on('error', (error) => resolve({ status: 0, body: String(error) }));
      req.end(text);
    });
  const total = Math.round(rate * openSeconds);
  const each = Math.ceil(total / 3);
  // The drafts the autosaves and submits work on, made before the clock starts, 10 at a time.
  const ready = [];
  for (let i = 0; i < 2 * each; i += 10) {
    const made = await Promise.all(
      Array.from({ length: Math.min(10, 2 * each - i) }, () => send('POST', '/api/access-reports', draft)),
    );
    for (const { status, body } of made) {
      if (status !== 201) throw new Error(`preparing drafts: ${status} ${body.slice(0, 200)}`);
      ready.push(JSON.parse(body));
    }
  }
  const toSave = ready.slice(0, each);
  const toSubmit = ready.slice(each);
  const steps = { create: [], autosave: [], submit: [] };
  const failures = [];
  const before = loadavg();
  let late = 0;
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (performance.now() - due > 5) late++;
    const n = Math.floor(i / 3);
    const [step, method, path, body] =
      i % 3 === 0
        ? ['create', 'POST', '/api/access-reports', draft]
        : i % 3 === 1
          ? [
              'autosave',
              'PUT',
              `/api/access-reports/${toSave[n].id}`,
              { ...draft, narrative: `${draft.narrative} More detail.`, version: toSave[n].version },
            ]
          : ['submit', 'POST', `/api/access-reports/${toSubmit[n].id}/submit`, { version: toSubmit[n].version }];
    pending.push(
      send(method, path, body).then(({ status, body: out }) => {
        steps[step].push(performance.now() - due);
        if (status < 200 || status >= 300) failures.push(`${step} ${status} ${out.slice(0, 200)}`);
      }),
    );
  }
  const sentIn = (performance.now() - started) / 1000;
  await Promise.all(pending);
  agent.destroy();
  console.log(
    `(b) open loop: ${total} requests due at ${rate}/s over ${openSeconds} s (sent in ${sentIn.toFixed(1)} s, ` +
      `${late} sent more than 5 ms late), ${failures.length} errors; load average before ${before}, after ${loadavg()}`,
  );
  for (const f of failures.slice(0, 5)) console.log(`  ${f}`);
  for (const [step, xs] of Object.entries(steps))
    console.log(
      `  ${step}: ${xs.length} requests, p50 ${pct(xs, 50)} ms, p99 ${pct(xs, 99)} ms, max ${pct(xs, 100)} ms`,
    );
  if (failures.length) process.exitCode = 1;
}
