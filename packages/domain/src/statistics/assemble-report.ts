import {
  type Dimension,
  type Location,
  locations,
  type Measure,
  rowsOf,
  type TableDefinition,
  tableDefinitions,
} from './report-rows';
import type {
  LocationCounts,
  ReportScope,
  ReportTable,
  SexTraffickingReport,
  SummaryCounts,
} from './sex-trafficking-report.schema';
import type { Period } from './statistics-query.schema';

// Turns the counts PostgreSQL aggregated into the report of docs/statistics.md: every table with all its
// rows in order (zeros included), totals, shares and rates. Pure arithmetic, no I/O.

/** One number of the SQL aggregation. `dimension: 'ALL'` (key null) is a measure's total. */
export type CountCell = {
  measure: Measure | 'UNIQUE_CHILDREN';
  dimension: Dimension | 'ALL';
  key: string | null;
  location: Location;
  count: number;
};

export type RateCounts = { allegations: number; substantiated: number };

export type SexTraffickingAggregates = {
  cells: readonly CountCell[];
  /** All allegations, and all SEXUAL_ABUSE allegations, of screened-in reports received in the period. */
  rates: { allAllegations: RateCounts; sexualAbuse: RateCounts };
};

export type AssembleInput = {
  period: Period;
  scope: ReportScope;
  generatedAt: Date;
  aggregates: SexTraffickingAggregates;
};

type Counts = { milwaukee: number; balanceOfState: number; total: number };
const zero = (): Counts => ({ milwaukee: 0, balanceOfState: 0, total: 0 });

/** A share in percent at full precision; 0 when there is nothing to share. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : (part / whole) * 100;
}

/** A rate as a fraction at full precision; null when nothing was counted. */
export function rateOf(counts: RateCounts): number | null {
  return counts.allegations === 0 ? null : counts.substantiated / counts.allegations;
}

class CellIndex {
  private readonly byKey = new Map<string, Counts>();

  constructor(cells: readonly CountCell[]) {
    for (const cell of cells) {
      if (!Number.isInteger(cell.count) || cell.count < 0) throw new Error(`Not a count: ${JSON.stringify(cell)}`);
      const id = this.id(cell.measure, cell.dimension, cell.key);
      const counts = this.byKey.get(id) ?? zero();
      counts[cell.location] += cell.count;
      this.byKey.set(id, counts);
    }
    for (const cell of cells) {
      if (cell.dimension !== 'ALL' && !rowsOf[cell.dimension].some((r) => r.key === cell.key)) {
        throw new Error(`The aggregation returned a row that no table has: ${cell.dimension} ${cell.key}`);
      }
    }
  }

  get(measure: CountCell['measure'], dimension: CountCell['dimension'], key: string | null): Counts {
    return { ...(this.byKey.get(this.id(measure, dimension, key)) ?? zero()) };
  }

  private id(measure: string, dimension: string, key: string | null): string {
    return `${measure}|${dimension}|${key ?? ''}`;
  }
}

const summaryCounts = (c: Counts): SummaryCounts => ({ ...c, suppressed: false });

function buildTable(index: CellIndex, definition: TableDefinition): ReportTable {
  const { number } = definition;
  const totals = index.get(definition.measure, 'ALL', null);
  const rows = rowsOf[definition.dimension].map(({ key, label }) => {
    const counts = index.get(definition.measure, definition.dimension, key);
    return { key, label, ...counts, percentOfTotal: percentOf(counts.total, totals.total), suppressed: false };
  });
  // Each column's rows split that column's count (an allegation, or a child's group in that
  // column): a mismatch is a bug in the aggregation, and a wrong number must never be published.
  for (const location of locations) {
    const sum = rows.reduce((s, r) => s + r[location], 0);
    if (sum !== totals[location])
      throw new Error(`Table ${number}: the ${location} rows add to ${sum}, not ${totals[location]}`);
  }
  return {
    ...definition,
    rows,
    totals: summaryCounts(totals),
    percentByLocation: {
      milwaukee: percentOf(totals.milwaukee, totals.total),
      balanceOfState: percentOf(totals.balanceOfState, totals.total),
    },
  };
}

/** The full report (not suppressed): summary, rates and tables 1-10. */
export function assembleSexTraffickingReport({
  period,
  scope,
  generatedAt,
  aggregates,
}: AssembleInput): SexTraffickingReport {
  const index = new CellIndex(aggregates.cells);
  const allegations = index.get('ALLEGATIONS', 'ALL', null);
  const substantiated = index.get('SUBSTANTIATED', 'ALL', null);
  return {
    period: { from: period.from, to: period.to },
    scope,
    suppressed: false,
    generatedAt: generatedAt.toISOString(),
    summary: {
      allegations: summaryCounts(allegations),
      uniqueChildren: summaryCounts(index.get('UNIQUE_CHILDREN', 'ALL', null)),
      substantiated: summaryCounts(substantiated),
      substantiatedUniqueChildren: summaryCounts(index.get('SUBSTANTIATED_UNIQUE_CHILDREN', 'ALL', null)),
      substantiationRate: {
        sexTrafficking: rateOf({ allegations: allegations.total, substantiated: substantiated.total }),
        allAllegations: rateOf(aggregates.rates.allAllegations),
        sexualAbuse: rateOf(aggregates.rates.sexualAbuse),
      },
    },
    tables: tableDefinitions.map((t) => buildTable(index, t)),
  };
}

/** The three counts of a row or total, for code that walks them. */
export function countsOf(c: LocationCounts): (number | null)[] {
  return [c.milwaukee, c.balanceOfState, c.total];
}
