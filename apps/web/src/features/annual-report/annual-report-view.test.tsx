import { assembleSexTraffickingReport, toCountyReport } from '@cps/domain';
import { dcfAggregates } from '@cps/domain/testing';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { jsonResponse, testUser, useFetchMock } from '../../test/fetch-mock';
import { AnnualReportView } from './annual-report-view';

const mockedFetch = useFetchMock();
const report = assembleSexTraffickingReport({
  period: { from: '2017-06-01', to: '2018-08-31' },
  scope: { countyCode: null, countyName: null },
  generatedAt: new Date('2018-12-03T15:00:00Z'),
  aggregates: dcfAggregates(),
});

// Counted for Dane alone: every count in the balance of state and the total, none in Milwaukee.
const statewide = dcfAggregates();
const dane = toCountyReport(
  assembleSexTraffickingReport({
    period: { from: '2017-06-01', to: '2018-08-31' },
    scope: { countyCode: '55025', countyName: 'Dane' },
    generatedAt: new Date('2018-12-03T15:00:00Z'),
    aggregates: {
      ...statewide,
      cells: statewide.cells
        .filter((c) => c.location === 'total')
        .flatMap((c) => [c, { ...c, location: 'balanceOfState' as const }]),
    },
  }),
);

function serve(role: 'ADMIN' | 'ACCESS_WORKER' | 'SUPERVISOR') {
  mockedFetch().mockImplementation(async (input) => {
    const path = String(input);
    if (path === '/api/auth/me')
      return jsonResponse(200, {
        ...testUser,
        role,
        countyCode: { ADMIN: null, SUPERVISOR: '55025', ACCESS_WORKER: '55079' }[role],
      });
    if (path === '/api/reports/sex-trafficking?from=2017-06-01&to=2018-08-31')
      return jsonResponse(200, role === 'SUPERVISOR' ? dane : report);
    throw new Error(`unexpected request ${path}`);
  });
}

const renderAt = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/statistics/annual-report" element={<AnnualReportView />} />
      </Routes>
    </MemoryRouter>,
  );

it("follows the DCF report's order: summary, introduction, language, allegations (tables 1-4), substantiations (5-10)", async () => {
  serve('ADMIN');
  renderAt('/statistics/annual-report?from=2017-06-01&to=2018-08-31');
  await screen.findByRole('heading', {
    level: 1,
    name: 'Reports of Child Sex Trafficking Allegations & Substantiations to Child Protective Services',
  });
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
    'Contents',
    'Executive summary',
    'Introduction',
    'Language in this report',
    'Child sex trafficking allegations',
    'Child sex trafficking substantiations',
  ]);
  const tables = screen
    .getAllByRole('table')
    .map((t) => /^Table (\d+)/.exec(t.querySelector('caption')?.textContent ?? '')?.[1]);
  expect(tables).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  // Each table has its chart, named after it.
  expect(screen.getAllByRole('img', { name: /^Bar chart of table \d+/ })).toHaveLength(10);
  expect(
    screen.getByText(/there were 422 screened-in allegations of child sex trafficking across Wisconsin/),
  ).toBeInTheDocument();
  expect(screen.getByText('Wisconsin, June 1, 2017 – August 31, 2018')).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/prostitute|hooker|whore/i);
  expect(screen.getByRole('link', { name: 'Back to the statistics' })).toHaveAttribute(
    'href',
    '/statistics?from=2017-06-01&to=2018-08-31',
  );
});

it('a wrong period in the address falls back to the DCF period', async () => {
  serve('ADMIN');
  renderAt('/statistics/annual-report?from=2018-09-01&to=2018-01-01');
  expect(await screen.findByText('Wisconsin, June 1, 2017 – August 31, 2018')).toBeInTheDocument();
});

it('tells an access worker who may read it', async () => {
  serve('ACCESS_WORKER');
  renderAt('/statistics/annual-report');
  expect(await screen.findByText(/for supervisors \(their county\) and state administrators/)).toBeInTheDocument();
});

it("a supervisor's annual report is their county's: one column per table, no statewide regions", async () => {
  serve('SUPERVISOR');
  renderAt('/statistics/annual-report?from=2017-06-01&to=2018-08-31');
  expect(await screen.findByText('Dane County, June 1, 2017 – August 31, 2018')).toBeInTheDocument();
  const tables = screen.getAllByRole('table');
  expect(tables).toHaveLength(10);
  for (const table of tables) {
    expect(within(table).queryByText('Balance of State')).not.toBeInTheDocument();
    expect(within(table).queryByText('Milwaukee')).not.toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader', { name: 'Dane County' }).length).toBeGreaterThan(0);
  }
  expect(screen.getAllByRole('img', { name: /^Bar chart of table \d+/ })).toHaveLength(10);
  expect(screen.getByText(/in Dane County, by the child’s ethnicity/)).toBeInTheDocument();
  expect(screen.queryByText(/by Milwaukee County and the balance of state/)).not.toBeInTheDocument();
});
