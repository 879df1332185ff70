import { locations, type SexTraffickingReport } from '@cps/domain';
import { loadExample } from '../../test/load-example';
import { createTestApp, type TestContext } from '../../test/test-app';
import { type Auth, adminOf, staffOf } from './testing/staff';

// The CSV export and the public-release (suppressed) version, over the spec's case set.

let ctx: TestContext;
let admin: Auth;
const staff = staffOf(() => ctx);
const period = 'from=2019-01-01&to=2019-12-31';

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await adminOf(ctx);
  await loadExample(ctx, staff);
}, 60_000);
afterAll(() => ctx.close());

/** RFC 4180, enough for what we write: quoted fields with "" inside, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || record.length) throw new Error('the CSV does not end with CRLF');
  return records;
}

const csvOf = async (auth: Auth, query: string) => {
  const res = await ctx
    .http()
    .get(`/api/reports/sex-trafficking.csv?${query}`)
    .set(auth)
    .buffer(true)
    .parse((r, cb) => {
      let data = '';
      r.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      r.on('end', () => cb(null, data));
    })
    .expect(200);
  return { headers: res.headers, records: parseCsv(res.body as string) };
};

describe('CSV', () => {
  test('text/csv, a file name with the period, one record per table row, the same numbers as the JSON', async () => {
    const json = (await ctx.http().get(`/api/reports/sex-trafficking?${period}`).set(admin).expect(200))
      .body as SexTraffickingReport;
    const { headers, records } = await csvOf(admin, period);
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(headers['content-disposition']).toBe(
      'attachment; filename="child-sex-trafficking-2019-01-01-to-2019-12-31.csv"',
    );
    expect(headers['cache-control']).toBe('no-store');
    const [header, ...all] = records;
    const summary = all.filter((r) => r[3] === 'Summary');
    const rows = all.filter((r) => r[3] !== 'Summary');
    expect(summary.slice(0, 4).map((r) => r.slice(5, 9))).toEqual([
      [
        'Allegations',
        ...['milwaukee', 'balanceOfState', 'total'].map((l) => String(json.summary.allegations[l as 'total'])),
      ],
      [
        'Unique children',
        ...['milwaukee', 'balanceOfState', 'total'].map((l) => String(json.summary.uniqueChildren[l as 'total'])),
      ],
      [
        'Substantiated allegations',
        ...['milwaukee', 'balanceOfState', 'total'].map((l) => String(json.summary.substantiated[l as 'total'])),
      ],
      [
        'Substantiated unique children',
        ...['milwaukee', 'balanceOfState', 'total'].map((l) =>
          String(json.summary.substantiatedUniqueChildren[l as 'total']),
        ),
      ],
    ]);
    expect(summary.slice(4).map((r) => r[9])).toEqual(
      (['sexTrafficking', 'allAllegations', 'sexualAbuse'] as const).map((k) =>
        json.summary.substantiationRate[k] === null ? '' : String(json.summary.substantiationRate[k]! * 100),
      ),
    );
    expect(header).toEqual([
      'From',
      'To',
      'Scope',
      'Table',
      'Title',
      'Row',
      'Milwaukee',
      'Balance of State',
      'Total in Wisconsin',
      'Percent of total',
      'Suppressed',
    ]);
    const expectedRows = json.tables.flatMap((t) => [
      ...t.rows.map((r) => [
        '2019-01-01',
        '2019-12-31',
        'Statewide',
        String(t.number),
        t.title,
        r.label,
        String(r.milwaukee),
        String(r.balanceOfState),
        String(r.total),
        String(r.percentOfTotal),
        'no',
      ]),
      [
        '2019-01-01',
        '2019-12-31',
        'Statewide',
        String(t.number),
        t.title,
        'Total',
        String(t.totals.milwaukee),
        String(t.totals.balanceOfState),
        String(t.totals.total),
        t.totals.total ? '100' : '0',
        'no',
      ],
    ]);
    expect(rows).toEqual(expectedRows);
    expect(rows).toHaveLength(52 + 10);
    // nothing a spreadsheet would run as a formula
    expect(records.flat().filter((f) => /^[=+\-@\t\r]/.test(f))).toEqual([]);
  });

  test("a supervisor's CSV: their county, in the name and in every record", async () => {
    const { headers, records } = await csvOf((await staff('55025')).supervisor, period);
    expect(headers['content-disposition']).toBe(
      'attachment; filename="child-sex-trafficking-2019-01-01-to-2019-12-31-county-55025.csv"',
    );
    expect(new Set(records.slice(1).map((r) => r[2]))).toEqual(new Set(['Dane County']));
    // one count column, the county: never Milwaukee, balance of state or Wisconsin
    expect(records[0]).toEqual([
      'From',
      'To',
      'Scope',
      'Table',
      'Title',
      'Row',
      'Dane County',
      'Percent of total',
      'Suppressed',
    ]);
    expect(records.every((r) => r.length === 9)).toBe(true);
    expect(records.flat().join(' ')).not.toMatch(/Milwaukee|Balance of State|Wisconsin/);
    expect(records.find((r) => r[3] === '1' && r[5] === 'Total')!.slice(6, 7)).toEqual(['3']);
    // the summary rows: allegations, unique children, substantiated ones, and the rates
    expect(records.filter((r) => r[3] === 'Summary').map((r) => [r[5], r[6], r[7]])).toEqual([
      ['Allegations', '3', ''],
      ['Unique children', '1', ''],
      ['Substantiated allegations', '2', ''],
      ['Substantiated unique children', '1', ''],
      ['Substantiation rate, child sex trafficking allegations (percent)', '', String((2 / 3) * 100)],
      ['Substantiation rate, all allegations (percent)', '', String((2 / 3) * 100)],
      ['Substantiation rate, sexual abuse allegations (percent)', '', '50'],
    ]);
  });

  test('?suppress=true: empty cells for hidden counts, marked, and a "-public" file name', async () => {
    const { headers, records } = await csvOf(admin, `${period}&suppress=true`);
    expect(headers['content-disposition']).toBe(
      'attachment; filename="child-sex-trafficking-2019-01-01-to-2019-12-31-public.csv"',
    );
    // (the rate lines have no counts: a rate is a percent)
    for (const r of records.slice(1).filter((x) => !x[5]!.startsWith('Substantiation rate'))) {
      const counts = r.slice(6, 9);
      expect(counts.every((c) => c === '' || !(Number(c) >= 1 && Number(c) <= 4))).toBe(true);
      expect(r[10]).toBe(counts.includes('') ? 'yes' : 'no');
    }
  });
});

describe('?suppress=true (JSON)', () => {
  let report: SexTraffickingReport;
  beforeAll(async () => {
    report = (await ctx.http().get(`/api/reports/sex-trafficking?${period}&suppress=true`).set(admin).expect(200)).body;
  });

  test('every count from 1 to 4 is null, its row says so, and what derives from it is null', () => {
    expect(report.suppressed).toBe(true);
    for (const t of report.tables) {
      for (const r of [...t.rows, t.totals]) {
        for (const l of locations) expect(r[l] === null || r[l] === 0 || r[l]! > 4).toBe(true);
        expect(r.suppressed).toBe(locations.some((l) => r[l] === null));
      }
      for (const r of t.rows) if (r.total === null || t.totals.total === null) expect(r.percentOfTotal).toBeNull();
    }
    // 4 of 7 substantiated (hidden counts) and 3 of 6: hidden; 5 of 8 all allegations: shown
    expect(report.summary.substantiationRate).toEqual({
      sexTrafficking: null,
      allAllegations: 0.625,
      sexualAbuse: null,
    });
  });

  test('no line of any table has exactly one hidden cell (none can be recovered by subtraction)', () => {
    for (const t of report.tables) {
      const lines = [...t.rows, t.totals].map((r) => locations.map((l) => r[l]));
      for (const [i] of locations.entries())
        lines.push([...t.rows.map((r) => r[locations[i]!]), t.totals[locations[i]!]]);
      for (const line of lines) expect(line.filter((v) => v === null).length).not.toBe(1);
    }
  });

  test('zeros stay: the Native Hawaiian / Other Pacific Islander row is all zeros', () => {
    expect(report.tables[1]!.rows[4]).toMatchObject({
      label: 'Native Hawaiian / Other Pacific Islander',
      milwaukee: 0,
      balanceOfState: 0,
      total: 0,
      suppressed: false,
    });
  });
});
