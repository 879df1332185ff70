import { Client, type ClientBase } from 'pg';

// The app connects as a role that does not own the tables: it reads and writes what the API needs,
// and only appends to the audit trail. The owner (who runs the migrations) grants exactly that in
// this one step, after every migration run, so a table that a later migration adds is covered
// without a GRANT in each migration, and a right given by hand beyond these is taken back.

/** The rights of the app's role, for the tables of the schema the migrations wrote into. */
export async function grantAppRights(client: ClientBase, appRole: string): Promise<void> {
  const { rows } = await client.query<{ schema: string; usage: boolean }>(
    "SELECT current_schema() AS schema, has_schema_privilege($1, current_schema(), 'USAGE') AS usage",
    [appRole],
  );
  const [current] = rows;
  if (!current) throw new Error('no current schema');
  const schema = client.escapeIdentifier(current.schema);
  const app = client.escapeIdentifier(appRole);
  // USAGE is PUBLIC's in a new database; granting it needs the schema's owner, so only when missing.
  if (!current.usage) await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${app}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app}`);
  await client.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${schema} FROM ${app}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app}`);
  // The audit trail: read and append, nothing else (its triggers refuse the rest even to the owner).
  await client.query(`REVOKE UPDATE, DELETE ON ${schema}."audit_events" FROM ${app}`);
  // The migration history is the owner's business.
  await client.query(`REVOKE ALL ON ${schema}."_prisma_migrations" FROM ${app}`);
}

/** The role a connection string logs in as (the URL may leave the user to the server's default). */
export async function roleOf(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string }>('SELECT current_user AS role');
    const [row] = rows;
    if (!row) throw new Error('no current_user');
    return row.role;
  } finally {
    await client.end();
  }
}

/**
 * Whether the role of `url` could erase the audit trail: a superuser, or a member of the role that
 * owns audit_events (an owner can drop its triggers, then delete). True when the app runs the
 * migrations itself over DATABASE_URL, without a separate MIGRATION_DATABASE_URL.
 */
export async function canEraseAuditTrail(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ can: boolean }>(
      `SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER') AS can
         FROM pg_roles r, pg_class c
        WHERE r.rolname = current_user AND c.oid = to_regclass('audit_events')`,
    );
    return rows[0]?.can ?? false;
  } finally {
    await client.end();
  }
}
