// Which unknowns of a system of linear equations are pinned to a single value: used to check that
// no hidden cell of a suppressed report can be worked out from the published totals.

/** One equation Σ coefficient·x = constant, over named unknowns (the constant does not matter here). */
export type Equation = ReadonlyMap<string, number>;

const EPSILON = 1e-9;

/** An entry the matrix has by construction (every row has one coefficient per unknown). */
function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`determinedUnknowns: no entry ${i} among ${items.length}`);
  return item;
}

/**
 * The unknowns that every solution gives the same value. Gauss-Jordan elimination with partial
 * pivoting to reduced row echelon form: a free unknown is not determined; a pivot unknown is
 * determined exactly when its row has no free unknown left in it. Coefficients here are small
 * integers, so floating point with a tolerance is exact enough. The unknowns are distinct names.
 */
export function determinedUnknowns(unknowns: readonly string[], equations: readonly Equation[]): string[] {
  const rows = equations
    .map((e) => unknowns.map((u) => e.get(u) ?? 0))
    .filter((row) => row.some((c) => Math.abs(c) > EPSILON));
  const pivotOfRow: number[] = [];
  for (let c = 0; c < unknowns.length && pivotOfRow.length < rows.length; c++) {
    const r = pivotOfRow.length;
    let best = r;
    for (let i = r + 1; i < rows.length; i++)
      if (Math.abs(at(at(rows, i), c)) > Math.abs(at(at(rows, best), c))) best = i;
    const chosen = at(rows, best);
    const p = at(chosen, c);
    if (Math.abs(p) <= EPSILON) continue;
    const pivot = chosen.map((v) => v / p);
    rows[best] = at(rows, r);
    rows[r] = pivot;
    for (const [i, row] of rows.entries()) {
      const k = at(row, c);
      if (i === r || Math.abs(k) <= EPSILON) continue;
      rows[i] = row.map((v, j) => v - k * at(pivot, j));
    }
    pivotOfRow.push(c);
  }
  const pivots = new Set(pivotOfRow);
  return pivotOfRow
    .filter((c, row) => at(rows, row).every((v, j) => j === c || pivots.has(j) || Math.abs(v) <= EPSILON))
    .sort((a, b) => a - b)
    .map((c) => at(unknowns, c));
}
