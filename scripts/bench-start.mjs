// `npm run bench:start`: time from `npm start` to a healthy /api/health, cold (nothing built, new
// database: build, create PostgreSQL, migrate, seed) and warm (built, data kept). Medians of N runs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function timeToHealthy(dataDir) {
  const port = await freePort();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: 'ignore' });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const ms = performance.now() - started;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGINT');
  });
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold = [];
const warm = [];
for (let i = 0; i < runs; i++) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-bench-start-'));
  fs.chmodSync(dataDir, 0o755);
  for (const dist of ['packages/domain/dist', 'apps/api/dist', 'apps/web/dist'])
    fs.rmSync(path.join(root, dist), { recursive: true, force: true });
  cold.push(await timeToHealthy(dataDir));
  warm.push(await timeToHealthy(dataDir));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, Node ${process.version}; ${runs} runs`);
console.log(
  `cold start (build + new database + migrations + demo seed) to healthy: median ${s(median(cold))} (runs: ${cold.map(s).join(', ')})`,
);
console.log(`warm restart (built, data kept) to healthy: median ${s(median(warm))} (runs: ${warm.map(s).join(', ')})`);
