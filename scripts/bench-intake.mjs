// `npm run bench:intake`: creating and submitting an Access report (1 child, 1 maltreater,
// 2 allegations) at 50 concurrent clients against the built app on its own embedded PostgreSQL.
// Sign-in is done once beforehand (argon2 is meant to be slow). Prints p50/p99 per step, for the
// app and then for its floor (scripts/bench/intake-floor-server.cjs: the same SQL statements and
// domain functions on a plain node:http server) against the same database.

import { createRequire } from 'node:module';
import os from 'node:os';
import { startBenchApp } from './bench/app.mjs';
import { build } from './build.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

build();
const app = await startBenchApp({ nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean) });
try {
  const base = app.base;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'worker.milwaukee@demo.wi.gov', password: 'demo-password-2026' }),
  }).then((r) => r.json());
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.token}` };
  const draft = {
    countyCode: '55079',
    receivedAt: new Date(Date.now() - 3600_000).toISOString(),
    reporter: { type: 'EDUCATION', name: 'School counselor', phone: '414-555-0100', anonymous: false },
    narrative:
      'A youth told a counselor that an adult arranges commercial sexual exploitation in exchange for a place to stay.',
    presentDangerThreat: false,
    persons: [
      {
        key: 'c1',
        firstName: 'Bench',
        lastName: 'Child',
        dateOfBirth: '2010-04-12',
        gender: 'FEMALE',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'WHITE',
        indianChild: 'NO',
        roles: ['CHILD'],
      },
      { key: 'm1', firstName: 'Bench', lastName: 'Adult', gender: 'MALE', roles: ['ALLEGED_MALTREATER'] },
    ],
    indicators: [{ childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' }],
    allegations: [
      {
        key: 'a1',
        childKey: 'c1',
        maltreaterKeys: ['m1'],
        maltreatmentType: 'SEXUAL_ABUSE',
        descriptors: ['SEX_TRAFFICKING'],
        maltreaterRelationship: 'NON_CAREGIVER',
      },
      {
        key: 'a2',
        childKey: 'c1',
        maltreaterKeys: ['m1'],
        maltreatmentType: 'EMOTIONAL_DAMAGE',
        descriptors: [],
        maltreaterRelationship: 'NON_CAREGIVER',
      },
    ],
    recommendation: {
      decision: 'SCREEN_IN',
      responseTime: 'WITHIN_48_HOURS',
      rationale: 'Sex trafficking must be screened in.',
    },
  };
  console.log(
    `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(`${connections} connections, ${seconds} s each`);
  await measure('app', base, headers, draft);
  if (process.env.BENCH_FLOOR !== 'false') {
    const floor = await startBenchApp({
      script: 'scripts/bench/intake-floor-server.cjs',
      dataDir: app.dataDir,
      extraEnv: { DATABASE_URL: app.databaseUrl },
    });
    try {
      await measure('floor', floor.base, headers, draft);
    } finally {
      await floor.stop();
    }
  }
} finally {
  await app.stop();
}

async function measure(label, base, headers, draft) {
  const steps = { create: [], submit: [] };
  let errors = 0;
  const timed = (step) => (status, body, context) => {
    steps[step].push(performance.now() - context.started);
    if (status >= 400) errors++;
    if (step === 'create') context.report = JSON.parse(body);
  };
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
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
  const pct = (xs, p) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]?.toFixed(1);
  console.log(
    `${label}: ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors, ${errors} 4xx/5xx bodies`,
  );
  for (const [step, xs] of Object.entries(steps))
    console.log(`  ${step}: ${xs.length} requests, p50 ${pct(xs, 50)} ms, p99 ${pct(xs, 99)} ms`);
  console.log(
    `  all requests (autocannon): p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.requests.average} req/s`,
  );
}
