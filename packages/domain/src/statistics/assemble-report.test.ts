import { aggregatesFromTables, dcfAggregates } from '../testing/report-fixture';
import { assembleSexTraffickingReport, percentOf, rateOf, type SexTraffickingAggregates } from './assemble-report';
import { sexTraffickingReportSchema } from './sex-trafficking-report.schema';

const base = {
  period: { from: '2017-06-01', to: '2018-08-31' },
  scope: { countyCode: null, countyName: null },
  generatedAt: new Date('2026-01-02T03:04:05.000Z'),
};
const assemble = (aggregates: SexTraffickingAggregates) => assembleSexTraffickingReport({ ...base, aggregates });

describe('the DCF report of 2018, rebuilt from its own counts', () => {
  const report = assemble(dcfAggregates());
  const table = (n: number) => report.tables.find((t) => t.number === n)!;

  test('matches the response schema', () => {
    expect(sexTraffickingReportSchema.parse(report)).toEqual(report);
  });

  test('summary and the rate of 23.5%', () => {
    expect(report.summary.allegations).toEqual({ milwaukee: 178, balanceOfState: 244, total: 422, suppressed: false });
    expect(report.summary.substantiated).toEqual({ milwaukee: 49, balanceOfState: 50, total: 99, suppressed: false });
    expect(report.summary.substantiatedUniqueChildren).toEqual({
      milwaukee: 40,
      balanceOfState: 46,
      total: 86,
      suppressed: false,
    });
    expect(report.summary.uniqueChildren.total).toBe(354);
    expect(report.summary.substantiationRate.sexTrafficking).toBe(99 / 422);
    expect(report.summary.substantiationRate.allAllegations).toBe(0.136);
    expect(report.summary.substantiationRate.sexualAbuse).toBe(0.204);
  });

  test.each([
    // table, row, percentOfTotal as the DCF report prints it (one decimal)
    [1, 'Hispanic', 2.1],
    [1, 'Not Hispanic or Not Documented', 97.9],
    [2, 'White', 46.7],
    [2, 'Native Hawaiian / Other Pacific Islander', 0],
    [4, '16', 25.6],
    [4, 'Unknown', 0.5],
    [8, 'Unknown', 0],
    [9, 'Male', 9.3],
    [10, '16', 32.6],
  ])('table %i, %s: %f%%', (n, label, shown) => {
    const row = table(n).rows.find((r) => r.label === label)!;
    expect(Math.round(row.percentOfTotal! * 10) / 10).toBe(shown);
  });

  test('percent by location: 42.2 / 57.8 and 46.5 / 53.5, at full precision', () => {
    expect(table(1).percentByLocation).toEqual({ milwaukee: (178 / 422) * 100, balanceOfState: (244 / 422) * 100 });
    expect(table(9).percentByLocation).toEqual({ milwaukee: (40 / 86) * 100, balanceOfState: (46 / 86) * 100 });
  });

  test('every table lists all its rows in order, zeros included', () => {
    expect(report.tables.map((t) => t.rows.length)).toEqual([2, 6, 3, 9, 2, 6, 3, 9, 3, 9]);
    expect(table(3).rows[2]).toEqual({
      key: 'UNKNOWN',
      label: 'Unknown',
      milwaukee: 0,
      balanceOfState: 0,
      total: 0,
      percentOfTotal: 0,
      suppressed: false,
    });
  });
});

describe('edge cases', () => {
  test('an empty period: all rows zero, shares 0, rates null', () => {
    const report = assemble(aggregatesFromTables({}, [0, 0, 0]));
    expect(report.tables).toHaveLength(10);
    for (const t of report.tables) {
      expect(t.totals).toEqual({ milwaukee: 0, balanceOfState: 0, total: 0, suppressed: false });
      expect(t.rows.every((r) => r.total === 0 && r.percentOfTotal === 0)).toBe(true);
      expect(t.percentByLocation).toEqual({ milwaukee: 0, balanceOfState: 0 });
    }
    expect(report.summary.substantiationRate).toEqual({
      sexTrafficking: null,
      allAllegations: null,
      sexualAbuse: null,
    });
  });

  test('unique children: a child in both places counts in both columns and once in the total', () => {
    const report = assemble(
      aggregatesFromTables({ 9: { Female: [1, 1, 1] }, 10: { '15': [1, 0, 1], '16': [0, 1, 0] } }, [1, 1, 1]),
    );
    const t9 = report.tables[8]!;
    expect(t9.totals).toMatchObject({ milwaukee: 1, balanceOfState: 1, total: 1 });
    expect(t9.percentByLocation).toEqual({ milwaukee: 100, balanceOfState: 100 });
  });

  test('a row the tables do not have is a bug, not a silent loss', () => {
    const aggregates = aggregatesFromTables({}, [0, 0, 0]);
    expect(() =>
      assemble({
        ...aggregates,
        cells: [
          ...aggregates.cells,
          { measure: 'ALLEGATIONS', dimension: 'RACE', key: 'MARTIAN', location: 'total', count: 1 },
        ],
      }),
    ).toThrow(/no table has/);
  });

  test('rows that do not add to the total are a bug, never published', () => {
    const aggregates = aggregatesFromTables({ 1: { Hispanic: [1, 0, 1] } }, [1, 0, 1]);
    const broken = aggregates.cells.map((c) =>
      c.measure === 'ALLEGATIONS' && c.dimension === 'ETHNICITY' && c.location === 'milwaukee' ? { ...c, count: 2 } : c,
    );
    expect(() => assemble({ ...aggregates, cells: broken })).toThrow(/Table 1: the milwaukee rows add to 2, not 1/);
  });

  test.each([
    [1, 7, (1 / 7) * 100],
    [0, 0, 0],
    [3, 3, 100],
  ])('percentOf(%i, %i)', (part, whole, expected) => expect(percentOf(part, whole)).toBe(expected));

  test.each([
    [{ allegations: 8, substantiated: 5 }, 0.625],
    [{ allegations: 7, substantiated: 4 }, 0.5714285714285714],
    [{ allegations: 0, substantiated: 0 }, null],
  ])('rateOf(%j)', (counts, expected) => expect(rateOf(counts)).toBe(expected));
});
