import { assembleSexTraffickingReport, suppressReport } from '@cps/domain';
import { dcfAggregates } from '@cps/domain/testing';
import { render, screen, within } from '@testing-library/react';
import { BarChart } from './bar-chart';
import { ReportTable } from './report-table';

const aggregates = dcfAggregates();
const report = assembleSexTraffickingReport({
  period: { from: '2017-06-01', to: '2018-08-31' },
  scope: { countyCode: null, countyName: null },
  generatedAt: new Date(0),
  aggregates,
});
const table = (n: number, r = report) => r.tables.find((t) => t.number === n)!;

it('table 1 as the DCF report prints it: counts, shares to one decimal, the location row, no footnote', () => {
  render(<ReportTable table={table(1)} periodText="June 1, 2017 – August 31, 2018" />);
  const t = screen.getByRole('table', {
    name: /Table 1 Wisconsin Child Sex Trafficking Allegations, by Milwaukee and Balance of State, by Hispanic Ethnicity June 1, 2017/,
  });
  expect(within(t).getByRole('row', { name: 'Hispanic 5 4 9 2.1%' })).toBeInTheDocument();
  expect(within(t).getByRole('row', { name: 'Not Hispanic or Not Documented 173 240 413 97.9%' })).toBeInTheDocument();
  expect(within(t).getByRole('row', { name: 'Total 178 244 422 100%' })).toBeInTheDocument();
  expect(within(t).getByRole('row', { name: 'Total Percentage by Location 42.2% 57.8% 100%' })).toBeInTheDocument();
  expect(screen.queryByText(/due to rounding/)).not.toBeInTheDocument();
});

it('table 4: age rows in years, and the rounding footnote that describes the table', () => {
  render(<ReportTable table={table(4)} periodText="June 1, 2017 – August 31, 2018" />);
  const t = screen.getByRole('table', { name: /^Table 4 / });
  expect(within(t).getByRole('row', { name: '<1 - 5 years old 4 12 16 3.8%' })).toBeInTheDocument();
  expect(within(t).getByRole('row', { name: 'Unknown 0 2 2 0.5%' })).toBeInTheDocument();
  expect(t).toHaveAccessibleDescription('¹ Does not add exactly to 100% due to rounding.');
});

it('public release: * for hidden counts, – for hidden shares, and the note', () => {
  const out = suppressReport(report, aggregates.rates);
  render(<ReportTable table={table(1, out)} periodText="" />);
  expect(screen.getByRole('row', { name: 'Hispanic * * 9 2.1%' })).toBeInTheDocument();
  expect(screen.getByRole('table')).toHaveAccessibleDescription(
    '* Not shown: a count from 1 to 4, or a number that would reveal one.',
  );
});

it('the chart is an image named after its table, the table being its text alternative', () => {
  render(<BarChart table={table(2)} />);
  expect(
    screen.getByRole('img', {
      name: 'Bar chart of table 2, Milwaukee and Balance of State for each row; the numbers are in table 2 above.',
    }),
  ).toBeInTheDocument();
});

it('a child counted in both places: the note says so and describes the table', () => {
  const nine = table(9);
  // Shares of exactly 50% each (no rounding note); 6 + 5 children in the places, 10 in all.
  const [female, male] = nine.rows;
  const twice = {
    ...nine,
    rows: [
      { ...female!, milwaukee: 3, balanceOfState: 3, total: 5 },
      { ...male!, milwaukee: 3, balanceOfState: 2, total: 5 },
    ],
    totals: { ...nine.totals, milwaukee: 6, balanceOfState: 5, total: 10 },
  };
  render(<ReportTable table={twice} periodText="" />);
  expect(screen.getByRole('table')).toHaveAccessibleDescription(
    'A child with substantiated allegations in both Milwaukee and the balance of state counts once in each column and once in the total.',
  );
});
