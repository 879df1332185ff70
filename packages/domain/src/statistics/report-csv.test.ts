import { dcfAggregates } from '../testing/report-fixture';
import { assembleSexTraffickingReport } from './assemble-report';
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
  const report = assembleSexTraffickingReport({
    period: { from: '2017-06-01', to: '2018-08-31' },
    scope: { countyCode: null, countyName: null },
    generatedAt: new Date(0),
    aggregates,
  });

  test('a header, one line per table row and a Total line per table, CRLF', () => {
    const csv = sexTraffickingCsv(report);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'From,To,Scope,Table,Title,Row,Milwaukee,Balance of State,Total in Wisconsin,Percent of total,Suppressed',
    );
    expect(lines).toHaveLength(1 + (2 + 6 + 3 + 9) * 2 + 3 + 9 + 10 + 1);
    expect(lines[1]).toBe(
      `2017-06-01,2018-08-31,Statewide,1,"Wisconsin Child Sex Trafficking Allegations, by Milwaukee and Balance of State, by Hispanic Ethnicity",Hispanic,5,4,9,${(9 / 422) * 100},no`,
    );
    expect(lines[3]).toMatch(/,Total,178,244,422,100,no$/);
    expect(csv).not.toMatch(/prostitut/i);
  });

  test('suppressed: empty cells, "yes", and a public file name', () => {
    const out = suppressReport(report, aggregates.rates);
    const lines = sexTraffickingCsv(out).split('\r\n');
    expect(lines[1]).toMatch(new RegExp(`,Hispanic,,,9,${(9 / 422) * 100},yes$`));
    expect(sexTraffickingCsvFileName(out)).toBe('child-sex-trafficking-2017-06-01-to-2018-08-31-public.csv');
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
