// Builds what is not built: the domain package and the API with swc (type checking is `npm run
// typecheck`, part of `npm test`), the web app with Vite. `--force` rebuilds everything.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = path.join(dir, e.name);
    e.isDirectory() ? walk(p, out) : out.push(p);
  }
  return out;
}

/** A fingerprint of the inputs: paths, sizes and modification times. */
function fingerprint(files) {
  return files
    .map((f) => {
      const s = fs.statSync(f);
      return `${path.relative(root, f)}:${s.size}:${Math.floor(s.mtimeMs)}`;
    })
    .sort()
    .join('\n');
}

function upToDate(stamp, inputs) {
  return !force && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint(inputs);
}

function compileTs(srcDir, outDir) {
  const swc = require('@swc/core');
  const options = require(path.join(root, 'swc.config.cjs'));
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const file of walk(srcDir)) {
    const rel = path.relative(srcDir, file);
    if (!file.endsWith('.ts') || file.endsWith('.d.ts') || /\.test\.ts$/.test(file)) continue;
    const out = path.join(outDir, rel.replace(/\.ts$/, '.js'));
    const { code, map } = swc.transformFileSync(file, {
      ...options,
      swcrc: false,
      filename: file,
      sourceFileName: path.relative(path.dirname(out), file),
    });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
    if (map) fs.writeFileSync(`${out}.map`, map);
  }
}

const targets = [
  {
    name: 'domain',
    inputs: () => walk(path.join(root, 'packages/domain/src')),
    stamp: path.join(root, 'packages/domain/dist/.build-stamp'),
    build: () => compileTs(path.join(root, 'packages/domain/src'), path.join(root, 'packages/domain/dist')),
  },
  {
    name: 'api',
    inputs: () => [...walk(path.join(root, 'apps/api/src')), path.join(root, 'swc.config.cjs')],
    stamp: path.join(root, 'apps/api/dist/.build-stamp'),
    build: () => compileTs(path.join(root, 'apps/api/src'), path.join(root, 'apps/api/dist')),
  },
  {
    name: 'web',
    inputs: () => [
      ...walk(path.join(root, 'apps/web/src')),
      ...walk(path.join(root, 'packages/domain/src')),
      path.join(root, 'apps/web/index.html'),
      path.join(root, 'apps/web/vite.config.ts'),
    ],
    stamp: path.join(root, 'apps/web/dist/.build-stamp'),
    build: () => {
      const vite = path.join(root, 'node_modules/vite/bin/vite.js');
      const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
        cwd: path.join(root, 'apps/web'),
        stdio: 'inherit',
      });
      if (r.status !== 0) throw new Error('web build failed');
    },
  },
];

export function build() {
  for (const t of targets) {
    const inputs = t.inputs().filter((f) => fs.existsSync(f) && !/\.test\.tsx?$/.test(f));
    if (upToDate(t.stamp, inputs)) continue;
    const started = Date.now();
    t.build();
    fs.mkdirSync(path.dirname(t.stamp), { recursive: true });
    fs.writeFileSync(t.stamp, fingerprint(inputs));
    console.log(`built ${t.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
