import { Pool } from 'pg';
import type { Prisma } from '../generated/prisma/client';

/**
 * Hand-written SQL for the hot paths, as text and values: `sql\`... ${x} ...\`` gives
 * `{ text: '... $1 ...', values: [x] }`. Values are parameters, never spliced into the text.
 * Parameters reach PostgreSQL untyped, so the text casts each one where its type is not plain.
 */
export type Query = { text: string; values: unknown[] };

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Query {
  return { text: strings.reduce((text, part, i) => (i === 0 ? part : `${text}$${i}${part}`), ''), values };
}

/** Runs `query` as a statement PostgreSQL prepares once per connection (by `name`), outside any transaction. */
export async function run<T>(pool: Pool, name: string, query: Query): Promise<T[]> {
  return (await pool.query<T & object>({ name, text: query.text, values: query.values })).rows as T[];
}

/** Runs `query` inside a Prisma transaction, as one of its statements. */
function runIn<T>(tx: Prisma.TransactionClient, query: Query): Promise<T[]> {
  return tx.$queryRawUnsafe<T[]>(query.text, ...query.values);
}

/** On the pool as a prepared statement, or as one statement of a transaction. */
export function runOn<T>(db: Pool | Prisma.TransactionClient, name: string, query: Query): Promise<T[]> {
  return db instanceof Pool ? run<T>(db, name, query) : runIn<T>(db, query);
}

/** The one row a statement always returns (a `SELECT` of aggregates, say). */
export async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (row === undefined) throw new Error('The statement returned no row');
  return row;
}
