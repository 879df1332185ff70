import { join, raw, sql } from './sql';

describe('sql', () => {
  it('numbers values as parameters, never splicing them into the text', () => {
    const name = "x'; DROP TABLE users; --";
    expect(sql`SELECT ${1}::int, ${name}::text`).toMatchObject({ text: 'SELECT $1::int, $2::text', values: [1, name] });
  });

  it('splices a piece with its parameters renumbered after the ones before it', () => {
    const piece = sql`a = ${'A'} AND b = ${'B'}`;
    const query = sql`SELECT ${0} WHERE ${piece} AND c = ${'C'} OR ${piece}`;
    expect(query.text).toBe('SELECT $1 WHERE a = $2 AND b = $3 AND c = $4 OR a = $5 AND b = $6');
    expect(query.values).toEqual([0, 'A', 'B', 'C', 'A', 'B']);
  });

  it('splices raw text and joined pieces', () => {
    const columns = raw('id, name');
    const values = join([sql`${1}`, sql`lower(${'N'})`, raw('now()')]);
    expect(sql`INSERT INTO t (${columns}) VALUES (${values})`).toMatchObject({
      text: 'INSERT INTO t (id, name) VALUES ($1, lower($2), now())',
      values: [1, 'N'],
    });
    expect(join([]).text).toBe('');
    expect(sql`${raw('x')}`.text).toBe('x');
  });
});
