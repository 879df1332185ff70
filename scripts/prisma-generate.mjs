// `prisma generate` after install, offline. The Prisma CLI insists on locating a native schema
// engine even though generating the client does not use it; any existing file satisfies the check
// (migrations use the WebAssembly engine instead: apps/api/src/db). Skipped when the client is current.

import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = fs.readFileSync(path.join(root, 'prisma/schema.prisma'));
const version = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/prisma/package.json'), 'utf8')).version;
const hash = crypto.createHash('sha256').update(schema).update(version).digest('hex');
const stamp = path.join(root, 'apps/api/src/generated/prisma/.schema-hash');
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) process.exit(0);

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const cli = path.join(root, 'node_modules/prisma/build/index.js');
const r = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
if (r.status !== 0) {
  process.stdout.write(r.stdout);
  process.exit(r.status ?? 1);
}
fs.writeFileSync(stamp, hash);
console.log(`prisma: client generated (Prisma ${version})`);
