import {
  aggregatesFromFacts,
  aggregatesFromTables,
  dcfAggregates,
  randomFacts,
  seededRandom,
} from '../testing/report-fixture';
import { assembleSexTraffickingReport, type SexTraffickingAggregates } from './assemble-report';
import { locations } from './report-rows';
import type { SexTraffickingReport } from './sex-trafficking-report.schema';
import { suppressReport } from './suppression';

const assemble = (aggregates: SexTraffickingAggregates) =>
  assembleSexTraffickingReport({
    period: { from: '2019-01-01', to: '2019-12-31' },
    scope: { countyCode: null, countyName: null },
    generatedAt: new Date(0),
    aggregates,
  });

type Cell = { id: string; value: number | null; original: number };
/** The last cell is the margin: parts − margin = 0 in the true counts. */
type Line = Cell[];

/** Every equation a reader of the published report can subtract with, over all tables at once. */
function publishedLines(full: SexTraffickingReport, out: SexTraffickingReport): Line[] {
  const lines: Line[] = [];
  const cell = (id: string, value: number | null, original: number | null) => ({ id, value, original: original! });
  out.tables.forEach((t, ti) => {
    const f = full.tables[ti]!;
    const totalsId = (l: string) => `${t.measure}:totals:${l}`; // the same cells in every table of a measure
    const rowCells = t.rows.map((r, ri) => locations.map((l) => cell(`${t.number}:${ri}:${l}`, r[l], f.rows[ri]![l])));
    const totals = locations.map((l) => cell(totalsId(l), t.totals[l], f.totals[l]));
    lines.push(...rowCells, totals);
    locations.forEach((_, li) => lines.push([...rowCells.map((r) => r[li]!), totals[li]!]));
  });
  const u = out.summary.uniqueChildren;
  lines.push(locations.map((l) => cell(`children:${l}`, u[l], full.summary.uniqueChildren[l])));
  // Rows of unique children only add up when no child counts in both places (or, in table 10, in
  // two age groups): a reader may still assume they do, so every line that holds is kept.
  return lines.filter((line) => line.slice(0, -1).reduce((s, c) => s + c.original, 0) === line.at(-1)!.original);
}

/** A hidden cell is recoverable by subtraction when it is the only hidden cell of a line that holds. */
function recoverableBySubtraction(lines: Line[]): string[] {
  return lines
    .filter((line) => line.filter((c) => c.value === null).length === 1)
    .map((line) => line.find((c) => c.value === null)!.id);
}

/** Lines that do not hold, used by a reader who assumes they do: subtraction must not give the hidden count. */
function misleadingSubtractions(full: SexTraffickingReport, out: SexTraffickingReport): string[] {
  const found: string[] = [];
  const check = (id: string, shown: (number | null)[], truth: number[]) => {
    const hidden = shown.indexOf(null);
    if (hidden < 0 || shown.filter((v) => v === null).length !== 1) return;
    const [m, b, t] = shown.map((v) => v ?? 0);
    const guess = hidden === 2 ? m! + b! : t! - (hidden === 0 ? b! : m!);
    if (guess === truth[hidden]) found.push(id);
  };
  out.tables.forEach((t, ti) => {
    t.rows.forEach((r, ri) => {
      const f = full.tables[ti]!.rows[ri]!;
      check(`${t.number}:${ri}`, [r.milwaukee, r.balanceOfState, r.total], [f.milwaukee!, f.balanceOfState!, f.total!]);
    });
  });
  const u = out.summary.uniqueChildren;
  const fu = full.summary.uniqueChildren;
  check('children', [u.milwaukee, u.balanceOfState, u.total], [fu.milwaukee!, fu.balanceOfState!, fu.total!]);
  return found;
}

/**
 * Hidden cells that any combination of the equations pins down: x_i is determined exactly when the
 * unit vector e_i lies in the row space of the equations over the hidden cells. Checked here
 * independently of the production code (which eliminates to echelon form): an orthonormal basis of
 * the row space by Gram-Schmidt, and e_i is in it when its projection has length 1.
 */
function determinedByAlgebra(lines: Line[]): string[] {
  const ids = [...new Set(lines.flatMap((l) => l.filter((c) => c.value === null).map((c) => c.id)))];
  const column = new Map(ids.map((id, i) => [id, i]));
  const basis: number[][] = [];
  for (const line of lines) {
    // each line: the last cell is the margin: parts − margin = 0
    const v = new Array<number>(ids.length).fill(0);
    line.forEach((c, i) => {
      if (c.value === null) v[column.get(c.id)!]! += i === line.length - 1 ? -1 : 1;
    });
    for (let pass = 0; pass < 2; pass++) {
      // twice: one pass of Gram-Schmidt loses orthogonality in floating point
      for (const q of basis) {
        const dot = q.reduce((s, qj, j) => s + qj * v[j]!, 0);
        for (let j = 0; j < v.length; j++) v[j]! -= dot * q[j]!;
      }
    }
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    if (norm > 1e-9) basis.push(v.map((x) => x / norm));
  }
  return ids.filter((_, i) => Math.abs(basis.reduce((s, q) => s + q[i]! * q[i]!, 0) - 1) < 1e-6);
}

function checkProtected(full: SexTraffickingReport, out: SexTraffickingReport) {
  const lines = publishedLines(full, out);
  const cells = lines.flat();
  // primary: no count from 1 to 4 is shown; nothing else changes
  for (const c of cells) {
    if (c.original >= 1 && c.original <= 4) expect({ id: c.id, value: c.value }).toEqual({ id: c.id, value: null });
    if (c.value !== null) expect(c.value).toBe(c.original);
  }
  // the same totals are hidden in every table that prints them, and in the summary
  const byId = new Map<string, number | null>();
  for (const c of cells) {
    if (byId.has(c.id)) expect({ id: c.id, value: c.value }).toEqual({ id: c.id, value: byId.get(c.id) });
    byId.set(c.id, c.value);
  }
  for (const l of locations) {
    expect(out.summary.allegations[l]).toBe(byId.get(`ALLEGATIONS:totals:${l}`));
    expect(out.summary.substantiated[l]).toBe(byId.get(`SUBSTANTIATED:totals:${l}`));
    expect(out.summary.substantiatedUniqueChildren[l]).toBe(byId.get(`SUBSTANTIATED_UNIQUE_CHILDREN:totals:${l}`));
  }
  expect(recoverableBySubtraction(lines)).toEqual([]);
  expect(misleadingSubtractions(full, out)).toEqual([]);
  expect(determinedByAlgebra(lines)).toEqual([]);
  // what derives from a hidden count is hidden, rows say so
  for (const t of out.tables) {
    for (const r of t.rows) {
      expect(r.suppressed).toBe(r.milwaukee === null || r.balanceOfState === null || r.total === null);
      if (r.total === null || t.totals.total === null) expect(r.percentOfTotal).toBeNull();
    }
    if (t.totals.milwaukee === null || t.totals.total === null) expect(t.percentByLocation.milwaukee).toBeNull();
    if (t.totals.balanceOfState === null || t.totals.total === null)
      expect(t.percentByLocation.balanceOfState).toBeNull();
  }
  if (out.summary.allegations.total === null || out.summary.substantiated.total === null)
    expect(out.summary.substantiationRate.sexTrafficking).toBeNull();
}

describe('suppression of the DCF report of 2018', () => {
  const aggregates = dcfAggregates();
  const full = assemble(aggregates);
  const out = suppressReport(full, aggregates.rates);

  test('protects every small number', () => checkProtected(full, out));

  test('table 1: Hispanic 5 / 4 / 9 — the 4 is hidden, with the 5 beside it and the Not Hispanic cells under them', () => {
    const t1 = out.tables[0]!;
    expect(t1.rows.map((r) => [r.milwaukee, r.balanceOfState, r.total, r.suppressed])).toEqual([
      [null, null, 9, true],
      [null, null, 413, true],
    ]);
    expect(t1.totals).toEqual({ milwaukee: 178, balanceOfState: 244, total: 422, suppressed: false });
    expect(t1.rows[1]!.percentOfTotal).toBe((413 / 422) * 100);
    expect(out.summary.substantiationRate.sexTrafficking).toBe(99 / 422);
    expect(out.suppressed).toBe(true);
  });

  test('zeros stay visible', () => {
    const t9 = out.tables[8]!;
    expect(t9.rows.find((r) => r.label === 'Male')!.milwaukee).toBe(0);
  });
});

test('the checks catch what primary suppression alone leaves open', () => {
  const aggregates = dcfAggregates();
  const full = assemble(aggregates);
  const primaryOnly: SexTraffickingReport = {
    ...full,
    tables: full.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => ({
        ...r,
        ...Object.fromEntries(locations.map((l) => [l, r[l]! >= 1 && r[l]! <= 4 ? null : r[l]])),
      })),
    })),
  };
  const lines = publishedLines(full, primaryOnly);
  expect(recoverableBySubtraction(lines)).toContain('1:0:balanceOfState'); // Hispanic, Balance of State: 9 - 5
  expect(determinedByAlgebra(lines)).toContain('1:0:balanceOfState');
});

describe('worked cases', () => {
  test('one child, one allegation: everything small is hidden, the zeros remain', () => {
    const aggregates = aggregatesFromTables(
      { 1: { Hispanic: [1, 0, 1] }, 2: { White: [1, 0, 1] }, 3: { Female: [1, 0, 1] }, 4: { '15': [1, 0, 1] } },
      [1, 0, 1],
    );
    const full = assemble(aggregates);
    const out = suppressReport(full, aggregates.rates);
    checkProtected(full, out);
    expect(out.summary.allegations).toEqual({ milwaukee: null, balanceOfState: 0, total: null, suppressed: true });
    expect(out.tables[0]!.rows[1]).toMatchObject({
      milwaukee: 0,
      balanceOfState: 0,
      total: 0,
      suppressed: false,
      percentOfTotal: null,
    });
    expect(out.summary.substantiationRate.sexTrafficking).toBeNull();
  });

  test('nothing small: nothing hidden', () => {
    const aggregates = aggregatesFromTables(
      {
        1: { Hispanic: [10, 20, 30], 'Not Hispanic or Not Documented': [5, 0, 5] },
        2: { White: [15, 20, 35] },
        3: { Female: [15, 0, 15], Male: [0, 20, 20] },
        4: { '15': [15, 20, 35] },
      },
      [15, 20, 35],
    );
    const full = assemble(aggregates);
    expect(suppressReport(full, aggregates.rates)).toEqual({ ...full, suppressed: true });
  });

  test('rates over all allegations are hidden when either count is from 1 to 4', () => {
    const aggregates = aggregatesFromTables({}, [0, 0, 0], {
      allAllegations: { allegations: 100, substantiated: 3 },
      sexualAbuse: { allegations: 50, substantiated: 10 },
    });
    const out = suppressReport(assemble(aggregates), aggregates.rates);
    expect(out.summary.substantiationRate).toEqual({ sexTrafficking: null, allAllegations: null, sexualAbuse: 0.2 });
  });

  test('suppressing twice changes nothing', () => {
    const aggregates = dcfAggregates();
    const once = suppressReport(assemble(aggregates), aggregates.rates);
    expect(suppressReport(once, aggregates.rates)).toBe(once);
  });
});

describe('random case sets: no hidden cell can be recomputed, by subtraction or any combination of totals', () => {
  test.each(Array.from({ length: 60 }, (_, i) => [i + 1]))('seed %i', (seed) => {
    const random = seededRandom(seed);
    const allegations = 1 + Math.floor(random() * (seed % 3 === 0 ? 150 : 40));
    const aggregates = aggregatesFromFacts(randomFacts(random, allegations, 1 + Math.floor(random() * allegations)));
    const full = assemble(aggregates);
    checkProtected(full, suppressReport(full, aggregates.rates));
  });
});
