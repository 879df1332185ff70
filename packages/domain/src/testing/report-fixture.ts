import type { CountCell, SexTraffickingAggregates } from '../statistics/assemble-report';
import { locations, rowsOf, tableDefinitions } from '../statistics/report-rows';

// Builders for statistics tests: aggregates as the SQL would return them, from tables written the
// way the DCF report prints them ({ label: [Milwaukee, Balance of State, Total] }).

export type TableCells = Record<string, readonly [number, number, number]>;

export function aggregatesFromTables(
  tables: Partial<Record<number, TableCells>>,
  uniqueChildren: readonly [number, number, number],
  rates: SexTraffickingAggregates['rates'] = {
    allAllegations: { allegations: 0, substantiated: 0 },
    sexualAbuse: { allegations: 0, substantiated: 0 },
  },
): SexTraffickingAggregates {
  const cells: CountCell[] = [];
  const totals = new Map<string, number[]>();
  for (const definition of tableDefinitions) {
    const table = tables[definition.number] ?? {};
    for (const [label, values] of Object.entries(table)) {
      const row = rowsOf[definition.dimension].find((r) => r.label === label);
      if (!row) throw new Error(`no row "${label}" in table ${definition.number}`);
      locations.forEach((location, i) =>
        cells.push({
          measure: definition.measure,
          dimension: definition.dimension,
          key: row.key,
          location,
          count: values[i]!,
        }),
      );
    }
    const sums = locations.map((_, i) => Object.values(table).reduce((s, v) => s + v[i]!, 0));
    const seen = totals.get(definition.measure);
    if (!seen) {
      totals.set(definition.measure, sums);
      locations.forEach((location, i) =>
        cells.push({ measure: definition.measure, dimension: 'ALL', key: null, location, count: sums[i]! }),
      );
    } else if (Object.keys(table).length && seen.join() !== sums.join()) {
      throw new Error(`table ${definition.number} totals ${sums} differ from ${seen}`);
    }
  }
  locations.forEach((location, i) =>
    cells.push({ measure: 'UNIQUE_CHILDREN', dimension: 'ALL', key: null, location, count: uniqueChildren[i]! }),
  );
  return { cells, rates };
}

const age = (a: number[][]) =>
  Object.fromEntries(
    ['<1 - 5', '6 - 9', '10 - 12', '13', '14', '15', '16', '17', 'Unknown'].map((l, i) => [
      l,
      a[i] as unknown as [number, number, number],
    ]),
  );

/** The tables of the DCF report of December 2018 (June 1, 2017 – August 31, 2018). */
export const dcfTables: Record<number, TableCells> = {
  1: { Hispanic: [5, 4, 9], 'Not Hispanic or Not Documented': [173, 240, 413] },
  2: {
    White: [40, 157, 197],
    'African American': [132, 49, 181],
    'American Indian / Alaskan Native': [3, 17, 20],
    Asian: [1, 12, 13],
    'Unable to Determine / Not Documented': [2, 9, 11],
  },
  3: { Female: [169, 220, 389], Male: [9, 24, 33] },
  4: age([
    [4, 12, 16],
    [0, 7, 7],
    [9, 15, 24],
    [7, 21, 28],
    [35, 33, 68],
    [40, 48, 88],
    [47, 61, 108],
    [36, 45, 81],
    [0, 2, 2],
  ]),
  5: { Hispanic: [2, 1, 3], 'Not Hispanic or Not Documented': [47, 49, 96] },
  6: {
    White: [16, 36, 52],
    'African American': [32, 10, 42],
    'American Indian / Alaskan Native': [0, 2, 2],
    Asian: [1, 1, 2],
    'Unable to Determine / Not Documented': [0, 1, 1],
  },
  7: { Female: [49, 42, 91], Male: [0, 8, 8] },
  8: age([
    [0, 4, 4],
    [0, 4, 4],
    [2, 2, 4],
    [0, 3, 3],
    [10, 3, 13],
    [11, 13, 24],
    [20, 14, 34],
    [6, 7, 13],
    [0, 0, 0],
  ]),
  9: { Female: [40, 38, 78], Male: [0, 8, 8] },
  10: age([
    [0, 4, 4],
    [0, 4, 4],
    [2, 2, 4],
    [0, 3, 3],
    [8, 3, 11],
    [10, 9, 19],
    [14, 14, 28],
    [6, 7, 13],
    [0, 0, 0],
  ]),
};

/** The DCF report's numbers as aggregates; its unique children per location are not published, so they are made up to add to 354. */
export const dcfAggregates = (): SexTraffickingAggregates =>
  aggregatesFromTables(dcfTables, [150, 204, 354], {
    // CY2017 statewide rates of the DCF report: 13.6% and 20.4% (made-up counts with those rates).
    allAllegations: { allegations: 10000, substantiated: 1360 },
    sexualAbuse: { allegations: 1000, substantiated: 204 },
  });

/** One counted allegation, as a test knows it. `order` sorts a child's allegations by time received. */
export type AllegationFact = {
  childId: string;
  location: 'milwaukee' | 'balanceOfState';
  order: number;
  substantiated: boolean;
  ethnicityKey: string;
  raceKey: string;
  genderKey: string;
  ageKey: string;
};

/**
 * docs/statistics.md's counting rules written the slow, obvious way: the oracle that tests hold the SQL and
 * the suppression to. Allegations count once each, with what their own report recorded; children
 * once per column and once in total; a child's age group in tables 9-10 is the one at their
 * earliest substantiated allegation there, their gender the one of their latest counted report there.
 */
export function aggregatesFromFacts(
  facts: readonly AllegationFact[],
  rates?: SexTraffickingAggregates['rates'],
): SexTraffickingAggregates {
  const cells: CountCell[] = [];
  const add = (cell: Omit<CountCell, 'count'>, n = 1) => {
    const found = cells.find(
      (c) =>
        c.measure === cell.measure &&
        c.dimension === cell.dimension &&
        c.key === cell.key &&
        c.location === cell.location,
    );
    if (found) found.count += n;
    else cells.push({ ...cell, count: n });
  };
  const inColumn = (location: 'milwaukee' | 'balanceOfState' | 'total') =>
    facts.filter((f) => location === 'total' || f.location === location);
  for (const location of locations) {
    const column = inColumn(location);
    for (const f of column) {
      const keys = { ETHNICITY: f.ethnicityKey, RACE: f.raceKey, GENDER: f.genderKey, AGE: f.ageKey } as const;
      const measures = f.substantiated ? (['ALLEGATIONS', 'SUBSTANTIATED'] as const) : (['ALLEGATIONS'] as const);
      for (const measure of measures) {
        add({ measure, dimension: 'ALL', key: null, location });
        for (const dimension of ['ETHNICITY', 'RACE', 'GENDER', 'AGE'] as const)
          add({ measure, dimension, key: keys[dimension], location });
      }
    }
    const children = [...new Set(column.map((f) => f.childId))];
    add({ measure: 'UNIQUE_CHILDREN', dimension: 'ALL', key: null, location }, children.length);
    for (const child of children) {
      const substantiated = column
        .filter((f) => f.childId === child && f.substantiated)
        .sort((a, b) => a.order - b.order);
      const first = substantiated[0];
      if (!first) continue;
      const latest = column.filter((f) => f.childId === child).reduce((a, b) => (b.order > a.order ? b : a));
      add({ measure: 'SUBSTANTIATED_UNIQUE_CHILDREN', dimension: 'ALL', key: null, location });
      add({ measure: 'SUBSTANTIATED_UNIQUE_CHILDREN', dimension: 'GENDER', key: latest.genderKey, location });
      add({ measure: 'SUBSTANTIATED_UNIQUE_CHILDREN', dimension: 'AGE', key: first.ageKey, location });
    }
  }
  const st = { allegations: facts.length, substantiated: facts.filter((f) => f.substantiated).length };
  return { cells, rates: rates ?? { allAllegations: st, sexualAbuse: st } };
}

/** A small deterministic random number generator (mulberry32) for repeatable random tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random facts over a few children, some in both places, many small counts. */
export function randomFacts(random: () => number, allegations: number, children: number): AllegationFact[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const people = Array.from({ length: children }, (_, i) => ({
    childId: `child-${i}`,
    ethnicityKey: pick(rowsOf.ETHNICITY).key,
    raceKey: pick(rowsOf.RACE).key,
    genderKey: pick(rowsOf.GENDER).key,
  }));
  return Array.from({ length: allegations }, (_, i) => ({
    ...pick(people),
    location: random() < 0.4 ? ('milwaukee' as const) : ('balanceOfState' as const),
    order: i,
    substantiated: random() < 0.3,
    ageKey: pick(rowsOf.AGE).key,
  }));
}
