// `node scripts/bench/intake-counts.mjs`: what one create, one autosave and one submit of the
// intake bench (scripts/bench-intake.mjs, the same report) cost PostgreSQL, COUNTED, not timed, so
// that a shared machine's noise does not hide it: per request, the statements the app sends (its
// node-postgres queries, BEGIN and COMMIT included, counted by a preload in the app's process),
// the transactions committed (pg_stat_database.xact_commit), the WAL flushes to disk (pg_stat_wal
// wal_sync: a commit that wrote anything waits for one), WAL records and bytes, and each trigger
// function's calls (track_functions = 'all', pg_stat_user_functions; its self time too, which is
// a time, so noisy). Requests are sent one at a time; BENCH_COUNT (20) of each, after one of each
// to warm up. The built app on its own embedded PostgreSQL with the demo data, as the bench runs it.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { build } from '../build.mjs';
import { startBenchApp } from './app.mjs';
import { benchDraft, signIn } from './intake-report.mjs';

const count = Number(process.env.BENCH_COUNT ?? 20);
/** The transactions of this script's own session counted between two readings of xact_commit (see snapshot). */
const OWN_COMMITS = 3;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-intake-counts-'));
const queryLog = path.join(scratch, 'queries.log');
const preload = path.join(scratch, 'count-queries.cjs');
// Every query the app's node-postgres clients send (Prisma's adapter included), one line each.
fs.writeFileSync(
  preload,
  `const fs = require('node:fs');
const Client = require(${JSON.stringify(createRequire(import.meta.url).resolve('pg'))}).Client;
const query = Client.prototype.query;
Client.prototype.query = function (config, ...rest) {
  const text = typeof config === 'string' ? config : config?.text ?? '';
  fs.appendFileSync(${JSON.stringify(queryLog)}, text.replace(/\\s+/g, ' ').trim().slice(0, 90) + '\\n');
  return query.call(this, config, ...rest);
};
`,
);

build();
const app = await startBenchApp({ nodeArgs: ['--require', preload] });
const admin = new pg.Client({ connectionString: app.ownerUrl.replace(/\/\/[^:]+:[^@]+@/, `//${adminCredentials()}@`) });
try {
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET track_functions = 'all'`);
  // Autovacuum's own transactions and WAL flushes land in the same counters: off while counting
  // (the scratch cluster only), so that the figures are the requests'.
  await admin.query('ALTER SYSTEM SET autovacuum = off');
  await admin.query('SELECT pg_reload_conf()');
  const headers = await signIn(app.base);
  const draft = benchDraft();
  const send = async (method, p, body) => {
    const res = await fetch(`${app.base}${p}`, { method, headers, body: JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };
  const create = () => send('POST', '/api/access-reports', draft);
  // Drafts to autosave and submit, made beforehand; one of each request to warm up.
  const drafts = [];
  for (let i = 0; i < 2 * count + 2; i++) drafts.push(await create());
  const autosave = (d) =>
    send('PUT', `/api/access-reports/${d.id}`, {
      ...draft,
      narrative: `${draft.narrative} More detail.`,
      version: d.version,
    });
  const submit = (d) => send('POST', `/api/access-reports/${d.id}/submit`, { version: d.version });
  await autosave(drafts.pop());
  await submit(drafts.pop());
  const steps = {
    create: () => create(),
    autosave: (i) => autosave(drafts[i]),
    submit: (i) => submit(drafts[count + i]),
  };
  console.log(`per request, the mean of ${count} sent one at a time (load average ${loadavg()})`);
  for (const [step, run] of Object.entries(steps)) {
    const before = await snapshot();
    const lines = fs.readFileSync(queryLog, 'utf8').split('\n').length;
    for (let i = 0; i < count; i++) await run(i);
    const queries = fs
      .readFileSync(queryLog, 'utf8')
      .split('\n')
      .slice(lines - 1, -1);
    const after = await snapshot();
    report(step, before, after, queries);
  }
} finally {
  await admin.end().catch(() => {});
  await app.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}

function adminCredentials() {
  const passwords = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'database-passwords.json'), 'utf8'));
  const [user, password] = Object.entries(passwords).find(([name]) => name === 'postgres') ?? [];
  if (!user) throw new Error('no superuser password in the scratch cluster');
  return `${user}:${encodeURIComponent(password)}`;
}

function loadavg() {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** The cumulative counters, after every backend has flushed its pending statistics (idle: 10 s). */
async function snapshot() {
  await new Promise((r) => setTimeout(r, 11_000));
  await admin.query('SELECT pg_stat_force_next_flush()');
  const db = await admin.query(
    `SELECT xact_commit::int AS commits, xact_rollback::int AS rollbacks FROM pg_stat_database WHERE datname = current_database()`,
  );
  const wal = await admin.query(
    'SELECT wal_records::bigint AS records, wal_bytes::bigint AS bytes, wal_sync::bigint AS syncs, wal_write::bigint AS writes, wal_fpi::bigint AS fpis FROM pg_stat_wal',
  );
  const fns = await admin.query('SELECT funcname, calls::int, self_time, total_time FROM pg_stat_user_functions');
  return { ...db.rows[0], ...wal.rows[0], fns: new Map(fns.rows.map((f) => [f.funcname, f])) };
}

function report(step, before, after, queries) {
  const per = (a, b) => ((Number(a) - Number(b)) / count).toFixed(2);
  console.log(`\n${step}:`);
  console.log(
    `  statements sent ${(queries.length / count).toFixed(2)}, commits ${per(after.commits - OWN_COMMITS, before.commits)}, rollbacks ${per(after.rollbacks, before.rollbacks)}, ` +
      `WAL flushes (wal_sync) ${per(after.syncs, before.syncs)}, WAL writes ${per(after.writes, before.writes)}, ` +
      `WAL records ${per(after.records, before.records)} (full pages ${per(after.fpis, before.fpis)}), WAL bytes ${per(after.bytes, before.bytes)}`,
  );
  const kinds = new Map();
  for (const q of queries) kinds.set(q.slice(0, 60), (kinds.get(q.slice(0, 60)) ?? 0) + 1);
  for (const [q, n] of kinds) console.log(`    ${(n / count).toFixed(2)} × ${q}`);
  for (const [name, f] of after.fns) {
    const b = before.fns.get(name) ?? { calls: 0, self_time: 0, total_time: 0 };
    if (f.calls === b.calls) continue;
    console.log(
      `  ${name}: calls ${per(f.calls, b.calls)}, self ${((f.self_time - b.self_time) / count).toFixed(3)} ms, ` +
        `total ${((f.total_time - b.total_time) / count).toFixed(3)} ms`,
    );
  }
}
