import type { Client } from 'pg';

// The embedded cluster's three roles. The superuser only does the chores below; the owner owns the
// app's database and its tables and runs the migrations; the app connects as the third, which
// cannot truncate anything nor change or delete an audit event (db/app-role-grants.ts).
export const SUPERUSER = 'postgres';
export const OWNER_ROLE = 'cps_owner';
export const APP_ROLE = 'cps_app';

export type ClusterPasswords = Record<typeof SUPERUSER | typeof OWNER_ROLE | typeof APP_ROLE, string>;

/** The superuser's password of clusters made before passwords were generated (npm start's old default). */
const FORMER_SUPERUSER_PASSWORD = 'postgres';

const INVALID_PASSWORD = '28P01';

/**
 * Signs in as the superuser with the kept password. A cluster from before has the former one: it
 * is replaced at once. Trying the kept one first also finishes an upgrade that stopped half-way.
 */
async function connectAsSuperuser(connect: (password: string) => Client, password: string): Promise<Client> {
  const client = connect(password);
  try {
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_PASSWORD) throw error;
  }
  const former = connect(FORMER_SUPERUSER_PASSWORD);
  try {
    await former.connect();
  } catch {
    throw new Error(
      `the embedded PostgreSQL refused the kept password of ${SUPERUSER} (database-passwords.json in DATA_DIR)`,
    );
  }
  await former.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${former.escapeLiteral(password)}`);
  return former;
}

/**
 * Makes the cluster what the app expects, at every start (each step does nothing when done): the
 * superuser's password, the owner and app roles with theirs, the database owned by the owner, and
 * every table, sequence, type and function in it owned by the owner too (a database made before
 * belongs to the superuser: this moves it, data and all).
 */
export async function ensureClusterRoles(
  connect: (password: string, database?: string) => Client,
  passwords: ClusterPasswords,
  database: string,
): Promise<void> {
  const admin = await connectAsSuperuser((password) => connect(password), passwords[SUPERUSER]);
  try {
    for (const role of [OWNER_ROLE, APP_ROLE] as const) {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (exists.rowCount === 0) await admin.query(`CREATE ROLE ${role} LOGIN`);
      await admin.query(
        `ALTER ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${admin.escapeLiteral(passwords[role])}`,
      );
    }
    const name = admin.escapeIdentifier(database);
    const found = await admin.query<{ owner: string }>(
      'SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1',
      [database],
    );
    const [existing] = found.rows;
    if (!existing) await admin.query(`CREATE DATABASE ${name} OWNER ${OWNER_ROLE}`);
    else if (existing.owner !== OWNER_ROLE) await admin.query(`ALTER DATABASE ${name} OWNER TO ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  const inDatabase = connect(passwords[SUPERUSER], database);
  await inDatabase.connect();
  try {
    await inDatabase.query(TAKE_OVER_OBJECTS);
  } finally {
    await inDatabase.end();
  }
}

// Objects of the app's schema not yet the owner's. Not those of an extension (pg_trgm's stay its
// installer's), nor sequences and indexes that follow their table.
const TAKE_OVER_OBJECTS = `DO $$
DECLARE
  o record;
BEGIN
  FOR o IN
    SELECT format('ALTER TABLE %s OWNER TO ${OWNER_ROLE}', c.oid::regclass) AS stmt
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
       AND c.relowner <> '${OWNER_ROLE}'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
    UNION ALL
    SELECT format('ALTER TYPE %s OWNER TO ${OWNER_ROLE}', t.oid::regtype)
      FROM pg_type t
     WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r', 'm') AND t.typowner <> '${OWNER_ROLE}'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
    UNION ALL
    SELECT format('ALTER ROUTINE %s OWNER TO ${OWNER_ROLE}', p.oid::regprocedure)
      FROM pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '${OWNER_ROLE}'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE o.stmt;
  END LOOP;
END $$`;
