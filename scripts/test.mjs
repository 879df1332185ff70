// `npm test`: lint and format check, build, type-check, check the migrations against schema.prisma,
// then the domain, API (real PostgreSQL) and web tests. Ends with one line "N passed, N failed" over
// everything.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIOME = 'node_modules/@biomejs/biome/bin/biome';
const only = process.argv.slice(2); // e.g. `npm test -- api web`
const results = [];
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function check(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
}

function jest(name, config) {
  const out = path.join(os.tmpdir(), `cps-jest-${name}-${process.pid}.json`);
  const node = [process.execPath, '--experimental-vm-modules', '--disable-warning=ExperimentalWarning'];
  run(node[0], [...node.slice(1), 'node_modules/jest/bin/jest.js', '-c', config, '--json', `--outputFile=${out}`]);
  if (!fs.existsSync(out)) return results.push({ name, passed: 0, failed: 1 });
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  // A suite that fails to load has no test results; count it as a failure.
  const broken = r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  results.push({ name, passed: r.numPassedTests, failed: r.numFailedTests + broken });
}

const wanted = (step) => only.length === 0 || only.includes(step);
// `biome ci` reads and never writes: a finding or an unformatted file fails the step (`npm run lint`
// shows the same; `npm run format` fixes the formatting and the import order).
if (wanted('lint')) {
  check('lint and format (biome ci)', run(process.execPath, [BIOME, 'ci', '.']));
}
build();
if (wanted('typecheck')) {
  const tsc = 'node_modules/typescript/bin/tsc';
  for (const p of ['packages/domain', 'apps/api', 'apps/web', 'apps/web/tsconfig.node.json', 'apps/web/e2e']) {
    check(`typecheck ${p}`, run(process.execPath, [tsc, '-p', p, '--noEmit']));
  }
}
if (wanted('db'))
  check(
    'migrations match prisma/schema.prisma (npm run db:check)',
    run(process.execPath, ['scripts/db-migration.mjs', '--check']),
  );
if (wanted('domain')) jest('domain', 'packages/domain/jest.config.cjs');
if (wanted('api')) jest('api', 'apps/api/jest.config.cjs');
if (wanted('web')) jest('web', 'apps/web/jest.config.cjs');
if (wanted('browser')) {
  // Browser journeys need Debian's Chromium (`apt-get install -y chromium`); CI installs it and
  // sets CPS_REQUIRE_BROWSER=1 so a missing browser fails instead of being skipped.
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium)) jest('browser', 'apps/web/jest.e2e.config.cjs');
  else if (process.env.CPS_REQUIRE_BROWSER) check(`browser tests need ${chromium}`, false);
  else console.log(`SKIPPED: browser tests (no ${chromium}; apt-get install -y chromium)`);
}

console.log('');
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
