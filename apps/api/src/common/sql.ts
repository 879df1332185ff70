import { Pool } from 'pg';
import type { Prisma } from '../generated/prisma/client';

/**
 * Hand-written SQL for the hot paths, as text and values: `sql\`... ${x} ...\`` gives
 * `{ text: '... $1 ...', values: [x] }`. Values are parameters, never spliced into the text.
 * Parameters reach PostgreSQL untyped, so the text casts each one where its type is not plain.
 */
export type Query = { text: string; values: unknown[] };

/**
 * A piece of SQL with its parameters. Placed in another `sql` template it is spliced in, its
 * parameters renumbered: statements are composed from named pieces (a column list, an audit event).
 */
export class Sql implements Query {
  readonly text: string;
  readonly values: unknown[];

  constructor(
    private readonly parts: readonly string[],
    private readonly params: readonly unknown[],
  ) {
    this.text = parts.reduce((text, part, i) => (i === 0 ? part : `${text}$${i}${part}`), '');
    this.values = [...params];
  }

  /** Splices `values` between `strings`, pieces of SQL flattened into this one. */
  static of(strings: readonly string[], values: readonly unknown[]): Sql {
    const parts = [strings[0] ?? ''];
    const params: unknown[] = [];
    const append = (text: string) => {
      parts[parts.length - 1] += text;
    };
    values.forEach((value, i) => {
      if (value instanceof Sql) {
        value.parts.forEach((part, j) => {
          if (j > 0) {
            params.push(value.params[j - 1]);
            parts.push(part);
          } else append(part);
        });
      } else {
        params.push(value);
        parts.push('');
      }
      append(strings[i + 1] ?? '');
    });
    return new Sql(parts, params);
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return Sql.of(strings, values);
}

/** Text spliced as it is: only for names and lists made in the code (column lists), never for input. */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

/** Pieces joined by `separator`, their parameters kept. */
export function join(pieces: readonly Sql[], separator = ', '): Sql {
  return Sql.of(['', ...pieces.slice(1).map(() => separator), ''], pieces);
}

/** Runs `query` as a statement PostgreSQL prepares once per connection (by `name`), outside any transaction. */
export async function run<T>(pool: Pool, name: string, query: Query): Promise<T[]> {
  return (await pool.query<T & object>({ name, text: query.text, values: query.values })).rows as T[];
}

/**
 * Runs `query` on the pool unprepared: PostgreSQL plans it each time with its values (a custom
 * plan). For a statement whose best plan depends on the values, where the generic plan a prepared
 * statement settles on after five runs can be far slower.
 */
export async function runPlannedEachTime<T>(pool: Pool, query: Query): Promise<T[]> {
  return (await pool.query<T & object>({ text: query.text, values: query.values })).rows as T[];
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
