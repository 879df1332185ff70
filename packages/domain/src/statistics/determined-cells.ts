// Which unknowns of a system of linear equations are pinned to a single value: used to check that
// no hidden cell of a suppressed report can be worked out from the published totals.

/** One equation Σ coefficient·x = constant, over named unknowns (the constant does not matter here). */
export type Equation = ReadonlyMap<string, number>;

const EPSILON = 1e-9;

/** The matrix is dense: every row has one coefficient per unknown, so `j` is always there. */
function coefficient(row: readonly number[], j: number): number {
  const value = row[j];
  if (value === undefined) throw new Error(`determinedUnknowns: a row has no coefficient ${j}`);
  return value;
}

/** Rows are looked up by an index below their count. */
function rowAt(rows: readonly number[][], i: number): number[] {
  const row = rows[i];
  if (row === undefined) throw new Error(`determinedUnknowns: no row ${i}`);
  return row;
}

/**
 * The unknowns that every solution gives the same value. Gauss-Jordan elimination with partial
 * pivoting to reduced row echelon form: a free unknown is not determined; a pivot unknown is
 * determined exactly when its row has no free unknown left in it. Coefficients here are small
 * integers, so floating point with a tolerance is exact enough.
 */
export function determinedUnknowns(unknowns: readonly string[], equations: readonly Equation[]): string[] {
  const index = new Map(unknowns.map((u, i) => [u, i]));
  const rows = equations
    .map((e) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const [u, c] of e) {
        const j = index.get(u);
        if (j !== undefined) row[j] = coefficient(row, j) + c;
      }
      return row;
    })
    .filter((row) => row.some((c) => Math.abs(c) > EPSILON));
  const pivotOfRow: number[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++)
      if (Math.abs(coefficient(rowAt(rows, i), c)) > Math.abs(coefficient(rowAt(rows, best), c))) best = i;
    const pivot = rowAt(rows, best);
    const p = coefficient(pivot, c);
    if (Math.abs(p) <= EPSILON) continue;
    rows[best] = rowAt(rows, r);
    rows[r] = pivot;
    for (let j = 0; j < pivot.length; j++) pivot[j] = coefficient(pivot, j) / p;
    for (let i = 0; i < rows.length; i++) {
      const row = rowAt(rows, i);
      const k = coefficient(row, c);
      if (i === r || Math.abs(k) <= EPSILON) continue;
      for (let j = 0; j < row.length; j++) row[j] = coefficient(row, j) - k * coefficient(pivot, j);
    }
    pivotOfRow.push(c);
    r++;
  }
  const pivots = new Set(pivotOfRow);
  return pivotOfRow
    .filter((c, row) => rowAt(rows, row).every((v, j) => j === c || pivots.has(j) || Math.abs(v) <= EPSILON))
    .sort((a, b) => a - b)
    .map((c) => {
      const name = unknowns[c];
      if (name === undefined) throw new Error(`determinedUnknowns: no unknown ${c}`);
      return name;
    });
}
