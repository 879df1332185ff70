// `npm run bench:load`: 2 minutes of mixed traffic against the built app on its own embedded
// PostgreSQL: access workers autosaving and submitting drafts, supervisors reading their queue and
// deciding, an admin pulling the DCF tables every 10 s. Prints p50/p99 per route, errors and the
// API process's peak memory. Loops are bounded by time and stop by themselves; loopback only.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { startBenchApp } from './bench/app.mjs';
import { build } from './build.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 120);
const workersPerCounty = Number(process.env.BENCH_WORKERS ?? 4);

build();
const app = await startBenchApp();
const base = app.base;

const samples = new Map(); // route → latencies (ms)
const failures = [];
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
  const res = await fetch(`${base}/api/auth/login`, {
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

let peakRss = 0;
try {
  const counties = [
    ['55079', 'milwaukee'],
    ['55025', 'dane'],
    ['55009', 'brown'],
  ];
  const tokens = Object.fromEntries(
    await Promise.all(
      ['admin', ...counties.flatMap(([, c]) => [`worker.${c}`, `supervisor.${c}`])].map(async (who) => [
        who,
        await signIn(`${who}@demo.wi.gov`),
      ]),
    ),
  );
  const memory = setInterval(() => {
    const kb = Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(app.pid)])
        .toString()
        .trim(),
    );
    peakRss = Math.max(peakRss, kb);
  }, 1000);
  deadline = Date.now() + seconds * 1000;
  await Promise.all([
    ...counties.flatMap(([code, c]) =>
      Array.from({ length: workersPerCounty }, (_, i) => worker(tokens[`worker.${c}`], code, `${c}${i}`)),
    ),
    ...counties.map(([, c]) => supervisor(tokens[`supervisor.${c}`])),
    admin(tokens.admin),
  ]);
  clearInterval(memory);
  const pct = (xs, p) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))].toFixed(1);
  console.log(
    `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(`${seconds} s, ${workersPerCounty * 3} workers, 3 supervisors, 1 admin`);
  for (const [route, xs] of samples)
    console.log(`${route}: ${xs.length} requests, p50 ${pct(xs, 50)} ms, p99 ${pct(xs, 99)} ms`);
  console.log(`errors: ${failures.length}${failures.length ? `\n  ${failures.slice(0, 10).join('\n  ')}` : ''}`);
  console.log(`API process peak memory (RSS): ${(peakRss / 1024).toFixed(0)} MB`);
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await app.stop();
}
