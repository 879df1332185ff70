import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The built backup command as `npm run db:backup` / `db:restore` run it, asynchronously, so the
// test keeps writing through the app while a backup runs.
const cli = path.resolve(__dirname, '../dist/backup/backup-cli.js');

export type CliResult = { code: number; stdout: string; stderr: string };

export function runBackupCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  if (!fs.existsSync(cli)) throw new Error('apps/api/dist is missing: run `npm run build` (npm test does it)');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'NODE_OPTIONS', 'BACKUP_KEY', 'BACKUP_KEY_FILE'])
    if (!(name in env)) delete childEnv[name];
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: childEnv }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
