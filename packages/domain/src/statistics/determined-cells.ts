// Which unknowns of a system of linear equations are pinned to a single value: used to check that
// no hidden cell of a suppressed report can be worked out from the published totals.

/** One equation Σ coefficient·x = constant, over named unknowns (the constant does not matter here). */
export type Equation = ReadonlyMap<string, number>;

const EPSILON = 1e-9;

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
      for (const [u, c] of e) if (index.has(u)) row[index.get(u)!]! += c;
      return row;
    })
    .filter((row) => row.some((c) => Math.abs(c) > EPSILON));
  const pivotOfRow: number[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!)) best = i;
    if (Math.abs(rows[best]![c]!) <= EPSILON) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]!;
    const p = pivot[c]!;
    for (let j = 0; j < pivot.length; j++) pivot[j]! /= p;
    for (let i = 0; i < rows.length; i++) {
      const k = rows[i]![c]!;
      if (i === r || Math.abs(k) <= EPSILON) continue;
      for (let j = 0; j < pivot.length; j++) rows[i]![j]! -= k * pivot[j]!;
    }
    pivotOfRow.push(c);
    r++;
  }
  const pivots = new Set(pivotOfRow);
  return pivotOfRow
    .filter((c, row) => rows[row]!.every((v, j) => j === c || pivots.has(j) || Math.abs(v) <= EPSILON))
    .sort((a, b) => a - b)
    .map((c) => unknowns[c]!);
}
