// `npm run db:migration -- <name>`: a new migration from prisma/schema.prisma, offline.
// `npm run db:check`: fails when prisma/schema.prisma and prisma/migrations disagree.
// Both run the WebAssembly schema engine (apps/api/src/db/db-cli.ts) after building what is stale.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const command = args[0] === '--check' ? ['check'] : ['create', ...args];
build();
const r = spawnSync(process.execPath, [path.join(root, 'apps/api/dist/db/db-cli.js'), ...command], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
