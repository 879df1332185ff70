import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, type ClientConfig } from 'pg';
import { PASSWORDS_FILE, type RunningDatabase, startEmbeddedPostgres } from './embedded-postgres';

// A DATA_DIR too deep for a Unix socket (sun_path holds 107 bytes): PostgreSQL listens on
// 127.0.0.1 instead, still behind the generated passwords, never postgres/postgres.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-long-'));
let db: RunningDatabase | undefined;
afterAll(async () => {
  await db?.stop();
  fs.rmSync(base, { recursive: true, force: true });
});

async function connect(config: ClientConfig): Promise<Client> {
  const client = new Client({ ...config, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

it('falls back to loopback TCP with generated passwords when the socket path would be too long', async () => {
  const deep = path.join(base, 'a-folder-name-long-enough-that-the-socket-path-no-longer-fits-in-sun-path', 'data');
  expect(Buffer.byteLength(path.join(deep, 'pg-socket', '.s.PGSQL.65535'))).toBeGreaterThan(107);

  db = await startEmbeddedPostgres({ dataDir: deep });
  expect(db.where).toMatch(/^on 127\.0\.0\.1:\d+/);
  expect(new URL(db.appUrl).hostname).toBe('127.0.0.1');
  expect(fs.statSync(path.join(deep, PASSWORDS_FILE)).mode & 0o777).toBe(0o600);
  expect(fs.existsSync(path.join(deep, 'pg-socket'))).toBe(false);

  const endpoint = { host: '127.0.0.1', port: db.port };
  await expect(connect({ ...endpoint, user: 'postgres', password: 'postgres', database: 'postgres' })).rejects.toThrow(
    /password authentication failed/,
  );
  await expect(connect({ ...endpoint, user: 'cps_app', database: 'cps' })).rejects.toThrow(/password/);
  const app = await connect({ connectionString: db.appUrl });
  try {
    expect((await app.query('SELECT current_user AS role')).rows).toEqual([{ role: 'cps_app' }]);
  } finally {
    await app.end();
  }
  const admin = await connect({ connectionString: db.adminUrl });
  try {
    expect((await admin.query('SHOW listen_addresses')).rows).toEqual([{ listen_addresses: '127.0.0.1' }]);
    expect((await admin.query('SHOW unix_socket_directories')).rows).toEqual([{ unix_socket_directories: '' }]);
    expect((await admin.query('SELECT DISTINCT auth_method FROM pg_hba_file_rules')).rows).toEqual([
      { auth_method: 'scram-sha-256' },
    ]);
  } finally {
    await admin.end();
  }
}, 60_000);
