import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { verifyBackup } from '../src/backup/verify-backup';
import { runningDatabaseUrls } from '../src/db/embedded-postgres';
import { type AppProcess, newDataDir, startAppProcess } from './app-process';
import { runBackupCli, withoutRows } from './backup-cli';
import { draftBody } from './report-bodies';

// The drill of issue 16: reports are created through the API while a backup runs; the backup is
// restored into a new folder, the app started on it, and its reports, persons and audit events held
// against the source as of the backup's snapshot. Then the refusals: nothing written for any.

const running: AppProcess[] = [];
const folders: string[] = [];
afterAll(async () => {
  for (const app of running) if (app.child.exitCode === null) await app.stop();
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = newDataDir();
  folders.push(dir);
  return dir;
}

async function signIn(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'worker.milwaukee@demo.wi.gov', password: 'demo-password-2026' }),
  });
  const { token } = (await res.json()) as { token: string };
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

async function connect(dataDir: string): Promise<Client> {
  const urls = runningDatabaseUrls(dataDir);
  if (!urls) throw new Error(`no PostgreSQL runs on ${dataDir}`);
  const client = new Client({ connectionString: urls.ownerUrl });
  await client.connect();
  return client;
}

/** Every row of a table as JSON text, by its primary key. */
async function rowsOf(client: Client, table: string, key: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ k: string; row: string }>(
    `SELECT (${key})::text AS k, to_jsonb(t)::text AS row FROM ${table} t`,
  );
  return new Map(rows.map((r) => [r.k, r.row]));
}

type Written = { id: string; beforeBackup: boolean; afterBackup: boolean };

let backupFile = '';
let sourceDir = '';

it('restores a backup taken while reports were being written: the restored app serves the snapshot', async () => {
  const source = await startAppProcess(); // demo data: every kind of row
  running.push(source);
  sourceDir = source.dataDir;
  const headers = await signIn(source.url);
  const written: Written[] = [];
  let phase: 'before' | 'during' | 'after' = 'before';
  const create = async (n: number) => {
    const startedAfter = phase === 'after';
    const body = draftBody({ narrative: `Drill report ${n}: a youth was seen with an older adult at a motel.` });
    const res = await fetch(`${source.url}/api/access-reports`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    written.push({ id, beforeBackup: phase === 'before', afterBackup: startedAfter });
  };
  for (let n = 0; n < 3; n++) await create(n);
  let writing = true;
  let count = 100;
  const writers = [0, 1].map(async () => {
    while (writing) await create(count++);
  });
  await new Promise((r) => setTimeout(r, 200));
  backupFile = path.join(folder(), 'cps.backup');
  phase = 'during';
  const backup = await runBackupCli(['backup', backupFile], { DATA_DIR: source.dataDir });
  phase = 'after';
  await new Promise((r) => setTimeout(r, 300));
  writing = false;
  await Promise.all(writers);
  expect(backup).toMatchObject({ code: 0, stderr: '' });
  expect(backup.stdout).toMatch(/^Backup key generated in .*backup-key \(mode 600\)\. Keep a copy apart/m);
  expect(backup.stdout).toMatch(/^Backup written to .*cps\.backup: snapshot of .*, schema \d+_\w+, \d+ tables/m);
  expect(fs.statSync(path.join(source.dataDir, 'backup-key')).mode & 0o777).toBe(0o600);
  expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
  expect(written.filter((w) => !w.beforeBackup && !w.afterBackup).length).toBeGreaterThan(0); // written during it

  const keyFile = path.join(folder(), 'kept-backup-key'); // the operator's copy, kept apart
  fs.copyFileSync(path.join(source.dataDir, 'backup-key'), keyFile);
  const { manifest } = await verifyBackup(backupFile, Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'hex'));
  const target = path.join(folder(), 'restored'); // absent: the restore makes it
  const restore = await runBackupCli(['restore', backupFile], { DATA_DIR: target, BACKUP_KEY_FILE: keyFile });
  expect(restore).toMatchObject({ code: 0, stderr: '' });
  expect(restore.stdout).toMatch(/checksum and every table's rows checked/);
  const restored = await startAppProcess({ dataDir: target });
  running.push(restored);
  expect(restored.log.join('')).not.toMatch(/Demo data seeded|Migrations applied/);

  const [from, to] = [await connect(source.dataDir), await connect(target)];
  try {
    for (const [table, key] of [
      ['access_reports', 'id'],
      ['persons', 'id'],
      ['report_persons', "report_id || ' ' || person_id"],
      ['audit_events', 'id'],
      ['users', 'id'],
    ] as const) {
      const [mine, theirs] = [await rowsOf(to, table, key), await rowsOf(from, table, key)];
      expect(mine.size).toBe(manifest.tables.find((t) => t.name === table)?.rows);
      for (const [k, row] of mine) expect([table, k, row]).toEqual([table, k, theirs.get(k)]);
    }
    const reports = await rowsOf(to, 'access_reports', 'id');
    for (const w of written) {
      if (w.beforeBackup) expect(reports.has(w.id)).toBe(true);
      if (w.afterBackup) expect(reports.has(w.id)).toBe(false);
    }
    // One snapshot: a report is there exactly when its creation's audit event is (one transaction).
    const ids = written.map((w) => w.id);
    const { rows } = await to.query<{ id: string; reported: boolean; audited: boolean }>(
      `SELECT id::text, EXISTS (SELECT 1 FROM access_reports r WHERE r.id = x.id) AS reported,
              EXISTS (SELECT 1 FROM audit_events e WHERE e.report_id = x.id AND e.action = 'report.created') AS audited
         FROM unnest($1::uuid[]) AS x(id)`,
      [ids],
    );
    for (const r of rows) expect([r.id, r.audited]).toEqual([r.id, r.reported]);
  } finally {
    await Promise.all([from.end(), to.end()]);
  }

  // Through HTTP: the restored app signs the same worker in and shows the same reports.
  const restoredHeaders = await signIn(restored.url);
  // A session opened before the backup goes on: its row and the secret that hashes tokens came along.
  expect((await fetch(`${restored.url}/api/access-reports/${written[0]?.id}`, { headers })).status).toBe(200);
  const kept = written.filter((w) => w.beforeBackup).map((w) => w.id);
  for (const id of kept) {
    const [a, b] = await Promise.all([
      fetch(`${source.url}/api/access-reports/${id}`, { headers }).then((r) => r.json()),
      fetch(`${restored.url}/api/access-reports/${id}`, { headers: restoredHeaders }).then((r) => r.json()),
    ]);
    expect(b).toEqual(a);
  }
  const gone = written.find((w) => w.afterBackup);
  if (gone)
    expect((await fetch(`${restored.url}/api/access-reports/${gone.id}`, { headers: restoredHeaders })).status).toBe(
      404,
    );
  // The sequences came along: a new report (and its audit event, numbered by a sequence) is written.
  const again = await fetch(`${restored.url}/api/access-reports`, {
    method: 'POST',
    headers: restoredHeaders,
    body: JSON.stringify(draftBody()),
  });
  expect(again.status).toBe(201);
  // A restored DATA_DIR keeps the key it was opened with: its next backups open with the kept copy.
  expect(fs.readFileSync(path.join(target, 'backup-key'), 'utf8')).toBe(fs.readFileSync(keyFile, 'utf8'));
}, 120_000);

const otherKey = 'ab'.repeat(32);

it('refuses a wrong key, a changed byte, a cut-off file and a folder that holds data, writing nothing', async () => {
  expect(backupFile).not.toBe('');
  const target = () => path.join(folder(), 'restored');
  const refused = async (file: string, env: NodeJS.ProcessEnv, message: RegExp, dataDir = target()) => {
    const before = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : null;
    const r = await runBackupCli(['restore', file], { DATA_DIR: dataDir, ...env });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // one line, no stack
    expect(fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : null).toEqual(before);
  };
  const key = { BACKUP_KEY_FILE: path.join(sourceDir, 'backup-key') };
  await refused(backupFile, { BACKUP_KEY: otherKey }, /^db:restore: the key does not open this backup/);
  await refused(backupFile, { BACKUP_KEY: 'not-hex' }, /^db:restore: BACKUP_KEY must be 64 hexadecimal characters/);
  await refused(backupFile, {}, /^db:restore: set BACKUP_KEY .* or BACKUP_KEY_FILE/);

  const bytes = fs.readFileSync(backupFile);
  const changed = Buffer.from(bytes);
  const middle = Math.floor(bytes.length / 2);
  changed[middle] = (changed[middle] ?? 0) ^ 0x40;
  const damaged = path.join(folder(), 'damaged.backup');
  fs.writeFileSync(damaged, changed);
  await refused(damaged, key, /^db:restore: the backup is damaged: block \d+ fails its authentication check$/);
  const cut = path.join(folder(), 'cut.backup');
  fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
  await refused(cut, key, /^db:restore: the backup is truncated/);

  const holding = folder();
  fs.writeFileSync(path.join(holding, 'notes.txt'), 'kept');
  await refused(backupFile, key, /^db:restore: DATA_DIR .* is not empty \(it holds notes\.txt\)/, holding);
  await refused(backupFile, { ...key, DATABASE_URL: 'postgresql://x@localhost/cps' }, /pg_restore/);
  // Past every check of the file, the restore starts, then finds the hole: what it made is removed.
  const sourceKey = Buffer.from(fs.readFileSync(key.BACKUP_KEY_FILE, 'utf8').trim(), 'hex');
  const faulty = await withoutRows(backupFile, sourceKey, 'access_reports', path.join(folder(), 'faulty.backup'));
  await refused(faulty, key, /^db:restore: restored rows point at nothing: .*_report_id_fkey \(\d+\)/);
  const empty = folder(); // an empty folder is fine, and is kept (not replaced) on a refusal
  await refused(backupFile, { BACKUP_KEY: otherKey }, /the key does not open this backup/, empty);
  expect(fs.existsSync(empty)).toBe(true);
}, 60_000);
