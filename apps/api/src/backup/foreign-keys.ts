import type { Client } from 'pg';

type ForeignKey = { name: string; child: string; parent: string; child_columns: string[]; parent_columns: string[] };

/**
 * Rows whose foreign key points at nothing, per constraint. A restore loads rows with the triggers
 * (foreign keys among them) set aside, so this holds the loaded whole to what they would have
 * checked: a snapshot of one transaction always passes.
 */
export async function brokenForeignKeys(client: Client): Promise<{ name: string; rows: number }[]> {
  const { rows: keys } = await client.query<ForeignKey>(`
    SELECT conname AS name, conrelid::regclass::text AS child, confrelid::regclass::text AS parent,
           (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(conkey) WITH ORDINALITY k(n, i)
              JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = k.n) AS child_columns,
           (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(confkey) WITH ORDINALITY k(n, i)
              JOIN pg_attribute a ON a.attrelid = confrelid AND a.attnum = k.n) AS parent_columns
      FROM pg_constraint
     WHERE contype = 'f' AND connamespace = 'public'::regnamespace
     ORDER BY conname`);
  const broken: { name: string; rows: number }[] = [];
  for (const key of keys) {
    const q = (name: string) => client.escapeIdentifier(name);
    // MATCH SIMPLE, PostgreSQL's default: a key with a null column refers to nothing and is valid.
    const present = key.child_columns.map((c) => `c.${q(c)} IS NOT NULL`).join(' AND ');
    const same = key.child_columns.map((c, i) => `p.${q(key.parent_columns[i] ?? '')} = c.${q(c)}`).join(' AND ');
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${key.child} c WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${same})`,
    );
    const n = rows[0]?.n ?? 0;
    if (n > 0) broken.push({ name: key.name, rows: n });
  }
  return broken;
}
