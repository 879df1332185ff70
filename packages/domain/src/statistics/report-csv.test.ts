import { dcfAggregates } from '../testing/report-fixture';
import { assembleSexTraffickingReport } from './assemble-report';
import { toCountyReport } from './county-report';
import { csvField, csvLine, sexTraffickingCsv, sexTraffickingCsvFileName } from './report-csv';
import { suppressReport } from './suppression';

describe('csvField: RFC 4180 quoting and no formulas', () => {
  test.each([
    ['Hispanic', 'Hispanic'],
    ['<1 - 5', '<1 - 5'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['a=b', 'a=b'],
    ['', ''],
    [null, ''],
    [0, '0'],
    [422, '422'],
    [42.18009478672986, '42.18009478672986'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('refuses numbers that are not finite', () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  test('a line', () => {
    expect(csvLine(['Table 1', 5, null, '=1'])).toBe("Table 1,5,,'=1");
  });
});

describe('the CSV document', () => {
  const aggregates = dcfAggregates();
  const input = { period: { from: '2017-06-01', to: '2018-08-31' }, generatedAt: new Date(0) };
  const report = assembleSexTraffickingReport({ ...input, scope: { countyCode: null, countyName: null }, aggregates });

  test('a header, one line per table row and a Total line per table, CRLF', () => {
    const csv = sexTraffickingCsv(report);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'From,To,Scope,Table,Title,Row,Milwaukee,Balance of State,Total in Wisconsin,Percent of total,Suppressed',
    );
    expect(lines).toHaveLength(1 + 7 + (2 + 6 + 3 + 9) * 2 + 3 + 9 + 10 + 1);
    // the summary first: its counts by location, then the rates in percent
    expect(lines.slice(1, 8)).toEqual([
      '2017-06-01,2018-08-31,Statewide,Summary,Summary,Allegations,178,244,422,,no',
      `2017-06-01,2018-08-31,Statewide,Summary,Summary,Unique children,${report.summary.uniqueChildren.milwaukee},${report.summary.uniqueChildren.balanceOfState},${report.summary.uniqueChildren.total},,no`,
      '2017-06-01,2018-08-31,Statewide,Summary,Summary,Substantiated allegations,49,50,99,,no',
      `2017-06-01,2018-08-31,Statewide,Summary,Summary,Substantiated unique children,${report.summary.substantiatedUniqueChildren.milwaukee},${report.summary.substantiatedUniqueChildren.balanceOfState},${report.summary.substantiatedUniqueChildren.total},,no`,
      `2017-06-01,2018-08-31,Statewide,Summary,Summary,"Substantiation rate, child sex trafficking allegations (percent)",,,,${(99 / 422) * 100},no`,
      `2017-06-01,2018-08-31,Statewide,Summary,Summary,"Substantiation rate, all allegations (percent)",,,,${report.summary.substantiationRate.allAllegations! * 100},no`,
      `2017-06-01,2018-08-31,Statewide,Summary,Summary,"Substantiation rate, sexual abuse allegations (percent)",,,,${report.summary.substantiationRate.sexualAbuse! * 100},no`,
    ]);
    lines.splice(1, 7);
    expect(lines[1]).toBe(
      `2017-06-01,2018-08-31,Statewide,1,"Wisconsin Child Sex Trafficking Allegations, by Milwaukee and Balance of State, by Hispanic Ethnicity",Hispanic,5,4,9,${(9 / 422) * 100},no`,
    );
    expect(lines[3]).toMatch(/,Total,178,244,422,100,no$/);
    expect(csv).not.toMatch(/prostitut/i);
  });

  test('suppressed: empty cells, "yes", and a public file name', () => {
    const out = suppressReport(report, aggregates.rates);
    const lines = sexTraffickingCsv(out).split('\r\n').slice(7);
    expect(lines[1]).toMatch(new RegExp(`,Hispanic,,,9,${(9 / 422) * 100},yes$`));
    expect(sexTraffickingCsvFileName(out)).toBe('child-sex-trafficking-2017-06-01-to-2018-08-31-public.csv');
  });

  test("a supervisor's county: one count column named after it, the summary and every table in it", () => {
    // Counted for Dane alone: every count in the balance of state and the total, none in Milwaukee.
    const cells = aggregates.cells
      .filter((c) => c.location === 'total')
      .flatMap((c) => [c, { ...c, location: 'balanceOfState' as const }]);
    const scope = { countyCode: '55025', countyName: 'Dane' };
    const dane = toCountyReport(
      assembleSexTraffickingReport({ ...input, scope, aggregates: { ...aggregates, cells } }),
    );
    const lines = sexTraffickingCsv(dane).split('\r\n');
    expect(lines[0]).toBe('From,To,Scope,Table,Title,Row,Dane County,Percent of total,Suppressed');
    expect(lines[1]).toBe('2017-06-01,2018-08-31,Dane County,Summary,Summary,Allegations,422,,no');
    expect(lines[8]).toBe(
      `2017-06-01,2018-08-31,Dane County,1,"Dane County Child Sex Trafficking Allegations, by Hispanic Ethnicity",Hispanic,9,${(9 / 422) * 100},no`,
    );
    expect(lines.every((l) => !/Milwaukee|Balance of State|Wisconsin/.test(l))).toBe(true);
  });

  test.each([
    [{ countyCode: null, countyName: null }, false, 'child-sex-trafficking-2019-01-01-to-2019-12-31.csv'],
    [
      { countyCode: '55025', countyName: 'Dane' },
      false,
      'child-sex-trafficking-2019-01-01-to-2019-12-31-county-55025.csv',
    ],
    [
      { countyCode: '55025', countyName: 'Dane' },
      true,
      'child-sex-trafficking-2019-01-01-to-2019-12-31-county-55025-public.csv',
    ],
  ])('file name for %j, suppressed %p', (scope, suppressed, name) => {
    expect(sexTraffickingCsvFileName({ period: { from: '2019-01-01', to: '2019-12-31' }, scope, suppressed })).toBe(
      name,
    );
  });
});
