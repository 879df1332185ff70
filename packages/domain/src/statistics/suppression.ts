import type { RateCounts } from './assemble-report';
import { determinedUnknowns } from './determined-cells';
import { type Location, locations, type Measure } from './report-rows';
import type { ReportTable, SexTraffickingReport, SummaryCounts } from './sex-trafficking-report.schema';

/*
 * Small-number suppression for public release (docs/statistics.md, "Small numbers").
 *
 * 1. Primary: every count from 1 to 4 is hidden. Zeros are shown: a zero names nobody.
 * 2. Complementary: the published numbers satisfy equations that a reader could subtract with.
 *    Each table is a grid whose rows are [Milwaukee, Balance of State, Total] and whose columns
 *    add up to the table's totals row. A "line" is one such equation: a row of a table, a column
 *    of a table with its total, the totals row, and the summary's unique-children row. For
 *    allegations Total = M + B exactly. For unique children it is not an equation (a child in
 *    both places counts once in Total; in table 10 their statewide age group can even differ from
 *    the one in a column), but it usually holds, so it is protected like one whenever a cell
 *    above zero is left to hide; when none is, subtracting gives 0, never the hidden count. The totals row is shared: tables 1-4 print the same allegation totals
 *    (the summary's `allegations`), tables 5-8 the substantiated totals, tables 9-10 the unique
 *    children totals; they are one set of cells, hidden together everywhere they appear.
 *    Rule: no line may hold exactly one hidden cell, since it would equal the line's total minus
 *    the others. While some line does, hide one more cell of it: the smallest count above zero
 *    (a hidden zero protects nothing once a reader guesses it), preferring a body cell to the
 *    line's total at equal counts, then the first in print order. Hidden cells only ever get
 *    added, so this ends. Every hidden cell is above zero, so a line with one hidden cell always
 *    has another count above zero to hide (its total, or a part of it).
 *    Then, beyond single lines: the equations together (every line whose counts add up, across
 *    all tables at once) are solved by elimination, and while some hidden cell is pinned to one
 *    value, one more count is hidden in a line through it and both steps run again. Within one
 *    table this never triggers (with three columns a cell is pinned only by a pattern that needs
 *    four); the totals shared by several tables and unique-children rows can trigger it.
 * 3. Whatever derives from a hidden count is hidden with it: a row's percentOfTotal, a column's
 *    percentByLocation, and a substantiation rate whose numerator or denominator is hidden (the
 *    two rates over all allegations are hidden when either of their counts is from 1 to 4).
 */

export const SUPPRESS_MIN = 1;
export const SUPPRESS_MAX = 4;

const isSmall = (n: number) => n >= SUPPRESS_MIN && n <= SUPPRESS_MAX;

type CellId = string;
/** `exact`: the cells always satisfy parts = margin (false for rows that count unique children). */
type Line = { cells: CellId[]; margin: CellId; exact: boolean };

/** The cells and equations of a report, as plain ids for the algorithm above. */
export type SuppressionGrid = { values: Map<CellId, number>; lines: Line[] };

const totalsId = (measure: Measure, location: Location) => `totals:${measure}:${location}`;
const rowId = (table: number, row: number, location: Location) => `t${table}:r${row}:${location}`;
const uniqueChildrenId = (location: Location) => `children:${location}`;

function requireCount(n: number | null, what: string): number {
  if (n === null) throw new Error(`${what} is already suppressed`);
  return n;
}

/** The grid of a report that has not been suppressed yet. */
export function suppressionGrid(report: SexTraffickingReport): SuppressionGrid {
  const values = new Map<CellId, number>();
  const lines: Line[] = [];
  const rowLine = (id: (l: Location) => CellId, exact: boolean) =>
    lines.push({ cells: locations.map(id), margin: id('total'), exact });
  for (const table of report.tables) {
    const exact = table.measure !== 'SUBSTANTIATED_UNIQUE_CHILDREN';
    table.rows.forEach((row, r) => {
      for (const l of locations) values.set(rowId(table.number, r, l), requireCount(row[l], `table ${table.number}`));
      rowLine((l) => rowId(table.number, r, l), exact);
    });
    for (const l of locations)
      values.set(totalsId(table.measure, l), requireCount(table.totals[l], `table ${table.number}`));
    rowLine((l) => totalsId(table.measure, l), exact);
    for (const l of locations) {
      const margin = totalsId(table.measure, l);
      lines.push({ cells: [...table.rows.map((_, r) => rowId(table.number, r, l)), margin], margin, exact: true });
    }
  }
  for (const l of locations)
    values.set(uniqueChildrenId(l), requireCount(report.summary.uniqueChildren[l], 'unique children'));
  rowLine(uniqueChildrenId, false);
  return { values, lines };
}

/** Every cell id of a line is a key of the grid's values: the grid is built that way. */
function countIn(values: Map<CellId, number>, cell: CellId): number {
  const value = values.get(cell);
  if (value === undefined) throw new Error(`Suppression: the grid has no cell ${cell}`);
  return value;
}

const holds = (line: Line, values: Map<CellId, number>) =>
  line.exact ||
  line.cells.reduce((sum, c) => sum + (c === line.margin ? 0 : countIn(values, c)), 0) === values.get(line.margin);

/** The smallest count above zero of a line that is not hidden yet, a body cell before the margin. */
function complement(line: Line, values: Map<CellId, number>, hidden: Set<CellId>): CellId | undefined {
  const candidates = line.cells.filter((c) => !hidden.has(c) && countIn(values, c) > 0);
  return candidates.sort(
    (a, b) => countIn(values, a) - countIn(values, b) || Number(a === line.margin) - Number(b === line.margin),
  )[0];
}

/** Step 2's rule: until no line holds exactly one hidden cell. */
function protectLines({ values, lines }: SuppressionGrid, hidden: Set<CellId>): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.cells.filter((c) => hidden.has(c)).length !== 1) continue;
      const pick = complement(line, values, hidden);
      if (pick === undefined) {
        if (line.exact) throw new Error(`Suppression: no cell can protect line ${line.cells.join(',')}`);
        continue;
      }
      hidden.add(pick);
      changed = true;
    }
  }
}

/** Hidden cells that the equations a reader can trust (the lines that hold) pin to one value. */
export function determinedHiddenCells({ values, lines }: SuppressionGrid, hidden: Set<CellId>): CellId[] {
  const equations = lines
    .filter((line) => holds(line, values) && line.cells.some((c) => hidden.has(c)))
    .map((line) => new Map(line.cells.filter((c) => hidden.has(c)).map((c) => [c, c === line.margin ? -1 : 1])));
  return determinedUnknowns([...hidden], equations);
}

/** Primary and complementary suppression over a grid: the set of hidden cells. */
export function hiddenCells(grid: SuppressionGrid): Set<CellId> {
  const { values } = grid;
  const hidden = new Set([...values].filter(([, v]) => isSmall(v)).map(([id]) => id));
  for (;;) {
    protectLines(grid, hidden);
    // Rarely, equations together pin a cell that each line alone does not (shared totals of
    // several tables, or unique-children rows that happen to add up): hide one more count, and
    // check again. First choice: the smallest count in a line through a pinned cell; else the
    // smallest count anywhere whose hiding frees some pinned cell; else the smallest count left.
    const determined = determinedHiddenCells(grid, hidden);
    if (determined.length === 0) return hidden;
    const pick = nextToHide(grid, hidden, determined);
    if (pick === undefined)
      throw new Error(`Suppression: ${determined[0]} can be worked out and nothing is left to hide`);
    hidden.add(pick);
  }
}

function nextToHide(grid: SuppressionGrid, hidden: Set<CellId>, determined: CellId[]): CellId | undefined {
  const { values, lines } = grid;
  const near = determined
    .flatMap((cell) => lines.filter((l) => l.cells.includes(cell) && holds(l, values)))
    .map((line) => complement(line, values, hidden))
    .find((c) => c !== undefined);
  if (near !== undefined) return near;
  const shown = [...values.keys()]
    .filter((c) => !hidden.has(c) && countIn(values, c) > 0)
    .sort((a, b) => countIn(values, a) - countIn(values, b));
  const frees = (c: CellId) =>
    determinedHiddenCells(grid, new Set([...hidden, c])).filter((d) => determined.includes(d)).length <
    determined.length;
  return shown.find(frees) ?? shown[0];
}

function hideCounts<
  T extends { milwaukee: number | null; balanceOfState: number | null; total: number | null; suppressed: boolean },
>(counts: T, id: (l: Location) => CellId, hidden: Set<CellId>): T {
  const out = { ...counts };
  for (const l of locations) if (hidden.has(id(l))) out[l] = null;
  out.suppressed = locations.some((l) => out[l] === null);
  return out;
}

const shareOrNull = (share: number | null, ...counts: (number | null)[]) =>
  counts.some((c) => c === null) ? null : share;

function suppressTable(table: ReportTable, hidden: Set<CellId>): ReportTable {
  const totals = hideCounts(table.totals, (l) => totalsId(table.measure, l), hidden);
  return {
    ...table,
    rows: table.rows.map((row, r) => {
      const out = hideCounts(row, (l) => rowId(table.number, r, l), hidden);
      return { ...out, percentOfTotal: shareOrNull(row.percentOfTotal, out.total, totals.total) };
    }),
    totals,
    percentByLocation: {
      milwaukee: shareOrNull(table.percentByLocation.milwaukee, totals.milwaukee, totals.total),
      balanceOfState: shareOrNull(table.percentByLocation.balanceOfState, totals.balanceOfState, totals.total),
    },
  };
}

const rateOrNull = (rate: number | null, counts: RateCounts) =>
  isSmall(counts.allegations) || isSmall(counts.substantiated) ? null : rate;

/** The public-release version of a report: same shape, small numbers and what reveals them null. */
export function suppressReport(
  report: SexTraffickingReport,
  rateCounts: { allAllegations: RateCounts; sexualAbuse: RateCounts },
): SexTraffickingReport {
  if (report.suppressed) return report;
  const hidden = hiddenCells(suppressionGrid(report));
  const summaryOf = (counts: SummaryCounts, measure: Measure) =>
    hideCounts(counts, (l) => totalsId(measure, l), hidden);
  const allegations = summaryOf(report.summary.allegations, 'ALLEGATIONS');
  const substantiated = summaryOf(report.summary.substantiated, 'SUBSTANTIATED');
  const rate = report.summary.substantiationRate;
  return {
    ...report,
    suppressed: true,
    summary: {
      allegations,
      uniqueChildren: hideCounts(report.summary.uniqueChildren, uniqueChildrenId, hidden),
      substantiated,
      substantiatedUniqueChildren: summaryOf(
        report.summary.substantiatedUniqueChildren,
        'SUBSTANTIATED_UNIQUE_CHILDREN',
      ),
      substantiationRate: {
        sexTrafficking: shareOrNull(rate.sexTrafficking, allegations.total, substantiated.total),
        allAllegations: rateOrNull(rate.allAllegations, rateCounts.allAllegations),
        sexualAbuse: rateOrNull(rate.sexualAbuse, rateCounts.sexualAbuse),
      },
    },
    tables: report.tables.map((t) => suppressTable(t, hidden)),
  };
}
