import { join, raw, type Sql, sql } from '../common/sql';
import { toDateOnly } from '../users/user.mapper';
import type { SqlType } from './access-report.columns';

// SQL pieces made from a column list (access-report.columns.ts), so no statement restates one.
// Rows travel as JSON keyed by field name: one parameter, whatever the number of rows.

export type ColumnList = Readonly<Record<string, SqlType>>;

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `first_name, last_name, …` */
export function names(columns: ColumnList): Sql {
  return raw(Object.keys(columns).map(snake).join(', '));
}

/** `'firstName', rp.first_name, …`: the row as the arguments of json_build_object, keyed by field. */
export function jsonFields(alias: string, columns: ColumnList): string {
  return Object.keys(columns)
    .map((field) => `'${field}', ${alias}.${snake(field)}`)
    .join(', ');
}

/** `"firstName" text, …`: the record a JSON object is read as (arrays and enums included). */
function recordOf(columns: ColumnList): string {
  return Object.entries(columns)
    .map(([field, type]) => `"${field}" ${type}`)
    .join(', ');
}

/** `x."firstName", …`, with `computed` giving some columns an SQL expression instead. */
function fieldsOf(alias: string, columns: ColumnList, computed: Record<string, Sql> = {}): Sql {
  return join(Object.keys(columns).map((field) => computed[field] ?? raw(`${alias}."${field}"`)));
}

/** The rows, keyed by field, as one jsonb parameter. */
export function jsonRows(columns: ColumnList, rows: readonly object[]): Sql {
  return sql`${JSON.stringify(rows.map((row) => jsonRow(columns, row)))}::jsonb`;
}

type InsertOptions = { from?: string; computed?: Record<string, Sql> };

/**
 * INSERT INTO `table` the `rows`, sent as one JSON parameter. `from` names CTEs that the
 * expressions of `computed` read (and makes the insert one per row of theirs).
 */
export function insertRows(
  table: string,
  columns: ColumnList,
  rows: readonly object[],
  options: InsertOptions = {},
): Sql {
  const from = options.from ? raw(`${options.from}, `) : raw('');
  return sql`INSERT INTO ${raw(table)} (${names(columns)})
    SELECT ${fieldsOf('x', columns, options.computed)}
    FROM ${from}jsonb_to_recordset(${jsonRows(columns, rows)}) AS x(${raw(recordOf(columns))})`;
}

/** `ON CONFLICT (key) DO UPDATE SET …`: an insert that replaces the row already there with its `columns`. */
export function onConflictReplace(columns: ColumnList, key: string): Sql {
  const set = Object.keys(columns)
    .filter((field) => field !== key)
    .map((field) => `${snake(field)} = EXCLUDED.${snake(field)}`);
  return raw(`ON CONFLICT (${snake(key)}) DO UPDATE SET ${set.join(', ')}`);
}

/**
 * UPDATE `table` from `rows` (sent as JSON), matched on their `key` field: each row's `columns`
 * (the key included, unchanged), and `also` on every row updated.
 */
export function updateRows(table: string, columns: ColumnList, rows: readonly object[], key: string, also?: Sql): Sql {
  const set = Object.keys(columns).filter((field) => field !== key);
  const target = raw(set.map(snake).join(', '));
  const values = join(set.map((field) => raw(`x."${field}"`)));
  return sql`UPDATE ${raw(table)} t SET (${target}) = (${values})${also ? sql`, ${also}` : raw('')}
    FROM jsonb_to_recordset(${jsonRows(columns, rows)}) AS x(${raw(recordOf(columns))})
    WHERE t.${raw(snake(key))} = x."${raw(key)}"`;
}

/** A list of ids as a subquery: `id IN (${idList(ids)})`. */
export function idList(ids: readonly string[]): Sql {
  return sql`SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid`;
}

/**
 * JSON text read back: the `dates` fields (timestamps, or YYYY-MM-DD as UTC midnight) as Date, as
 * Prisma reads them. Parsed plainly, then walked: a reviver function makes JSON.parse several times
 * slower (it was the list's largest cost in the API process).
 */
export function reviveJson<T>(text: string, dates: ReadonlySet<string>): T {
  return reviveDates(JSON.parse(text), dates) as T;
}

function reviveDates(value: unknown, dates: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') reviveDates(item, dates);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const field in record) {
      const v = record[field];
      if (typeof v === 'string') {
        if (dates.has(field)) record[field] = new Date(v);
      } else if (v !== null && typeof v === 'object') reviveDates(v, dates);
    }
  }
  return value;
}

/** UPDATE the `columns` of the row `where` picks to the values of `values` (sent as JSON), and `also`. */
export function updateRow(table: string, columns: ColumnList, values: object, also: Sql, where: Sql): Sql {
  const json = sql`${JSON.stringify(jsonRow(columns, values))}::jsonb`;
  return sql`UPDATE ${raw(table)} SET (${names(columns)}) = (
      SELECT ${fieldsOf('x', columns)} FROM jsonb_to_record(${json}) AS x(${raw(recordOf(columns))})
    ), ${also}
    WHERE ${where}`;
}

/** The values of `row` that `columns` names, for JSON: `date` columns as YYYY-MM-DD, absent ones as null. */
export function jsonRow(columns: ColumnList, row: object): Record<string, unknown> {
  const values = row as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(columns).map(([field, type]) => {
      const value = values[field] ?? null;
      return [field, type === 'date' && value instanceof Date ? toDateOnly(value) : value];
    }),
  );
}

/** The fields of these lists whose values are timestamps or dates. */
export function dateFields(...lists: ColumnList[]): Set<string> {
  return new Set(
    lists.flatMap((columns) =>
      Object.entries(columns)
        .filter(([, type]) => type === 'date' || type === 'timestamptz')
        .map(([field]) => field),
    ),
  );
}
