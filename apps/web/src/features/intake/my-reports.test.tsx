import type { ReportSummary } from '@cps/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { MyReports } from './my-reports';
import { trainedWorker } from './testing/fake-intake-api';

const mockedFetch = useFetchMock();

const hour = 3_600_000;
const clocks = {
  lawEnforcementDueAt: null,
  lawEnforcementStatus: 'NOT_REQUIRED',
  tribalNotificationDueAt: null,
  tribalNotificationStatus: 'NOT_REQUIRED',
  initialAssessmentDueOn: null,
  initialAssessmentOverdue: false,
  responseDueAt: null,
  responseStatus: 'NOT_REQUIRED',
  responseAttemptStatus: 'NOT_REQUIRED',
  responseTimeRequired: null,
  mustScreenIn: false,
} as const;

function summary(overrides: Partial<ReportSummary>): ReportSummary {
  return {
    id: 'r1',
    reportNumber: '2018-079-00001',
    countyCode: '55079',
    status: 'DRAFT',
    version: 1,
    receivedAt: '2018-03-02T15:04:00.000Z',
    createdAt: null,
    updatedAt: null,
    submittedAt: null,
    createdBy: { id: trainedWorker.id, name: trainedWorker.name },
    reporterType: 'EDUCATION',
    children: [{ id: 'p1', firstName: 'Maya', lastName: 'Thompson' }],
    allegationCount: 1,
    presentDangerThreat: false,
    recommendation: null,
    decision: null,
    assignedTo: { id: trainedWorker.id, name: trainedWorker.name },
    initialAssessmentWorker: null,
    duplicateOf: null,
    ...overrides,
    computed: { ...clocks, ...overrides.computed },
  };
}

const renderList = () =>
  render(
    <MemoryRouter>
      <MyReports user={trainedWorker} />
    </MemoryRouter>,
  );

it('shows a loading status, then each report with its status, what it waits for and its LE-12H clock', async () => {
  const dueSoon = new Date(Date.now() + 3 * hour + 20 * 60_000 + 30_000).toISOString();
  const overdue = new Date(Date.now() - 2 * hour).toISOString();
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(200, {
      total: 4,
      items: [
        summary({
          id: 'd1',
          status: 'DRAFT',
          receivedAt: null,
          children: [],
          computed: { ...clocks, lawEnforcementStatus: 'PENDING' },
        }),
        summary({
          id: 'a1',
          reportNumber: '2018-079-00002',
          status: 'AWAITING_SUPERVISOR',
          computed: { ...clocks, lawEnforcementStatus: 'PENDING', lawEnforcementDueAt: dueSoon },
        }),
        summary({
          id: 's1',
          status: 'SCREENED_IN',
          createdBy: { id: 'u9', name: 'Jordan Nelson' },
          computed: {
            ...clocks,
            lawEnforcementStatus: 'OVERDUE',
            lawEnforcementDueAt: overdue,
            initialAssessmentDueOn: '2018-05-01',
          },
        }),
        summary({ id: 'o1', status: 'SCREENED_OUT', computed: { ...clocks, lawEnforcementStatus: 'ON_TIME' } }),
      ],
    }),
  );
  renderList();
  expect(screen.getByRole('status')).toHaveTextContent('Loading the reports…');

  const rows = (await screen.findAllByRole('row')).slice(1);
  expect(requestOf(mockedFetch()).url).toBe('/api/access-reports?page=1&pageSize=25&assignedTo=me');
  const [draft, awaiting, screenedIn, screenedOut] = rows.map((row) => within(row));

  expect(draft!.getByText('Draft — finish and submit')).toBeInTheDocument();
  expect(draft!.getByText('No child recorded yet')).toBeInTheDocument();
  expect(draft!.getByText('Required: due time shown once the time received is entered')).toBeInTheDocument();
  expect(draft!.getByRole('link', { name: /Continue the draft/ })).toHaveAttribute('href', '/reports/d1/edit');

  expect(awaiting!.getByText('Submitted')).toBeInTheDocument();
  expect(awaiting!.getByRole('cell', { name: '2018-079-00002' })).toBeInTheDocument();
  expect(draft!.getByRole('cell', { name: '2018-079-00001' })).toBeInTheDocument();
  expect(awaiting!.getByText('Waiting for the supervisor')).toBeInTheDocument();
  expect(awaiting!.getByText(/^Due .* \(in 3 h 20 min\)$/)).toBeInTheDocument();
  expect(awaiting!.getByRole('link', { name: /Open the report/ })).toHaveAttribute('href', '/reports/a1');

  expect(screenedIn!.getByText('Screened in — findings due by May 1, 2018')).toBeInTheDocument();
  expect(screenedIn!.getByText(/^Overdue: was due .* \(2 h ago\)$/)).toBeInTheDocument();
  expect(screenedIn!.getByText('Jordan Nelson')).toBeInTheDocument();

  expect(screenedOut!.getByText('Screened out — nothing more to do')).toBeInTheDocument();
  expect(screenedOut!.getByText('Referred on time')).toBeInTheDocument();
  // Taken by you, and assigned to you.
  expect(screenedOut!.getAllByText('You')).toHaveLength(2);
});

it('offers to start a report when there is none', async () => {
  mockedFetch().mockResolvedValueOnce(jsonResponse(200, { items: [], total: 0 }));
  renderList();
  expect(await screen.findByRole('heading', { name: 'No reports yet' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Start a new report' })).toHaveAttribute('href', '/reports/new');
});

it('says what went wrong and tries again on request', async () => {
  mockedFetch()
    .mockResolvedValueOnce(
      jsonResponse(503, {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'The database is not reachable; try again in a moment',
      }),
    )
    .mockResolvedValueOnce(jsonResponse(200, { items: [summary({})], total: 1 }));
  renderList();
  expect(await screen.findByRole('alert')).toHaveTextContent('The database is not reachable; try again in a moment');
  await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByText('Maya Thompson')).toBeInTheDocument();
});

it('pages through a long list', async () => {
  mockedFetch()
    .mockResolvedValueOnce(jsonResponse(200, { items: [summary({ id: 'x1' })], total: 30 }))
    .mockResolvedValueOnce(jsonResponse(200, { items: [summary({ id: 'x2' })], total: 30 }));
  renderList();
  expect(await screen.findByText(/page 1 of 2/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Newer reports' })).toBeDisabled();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Older reports' }));
  expect(await screen.findByText(/page 2 of 2/)).toBeInTheDocument();
  expect(requestOf(mockedFetch(), 1).url).toBe('/api/access-reports?page=2&pageSize=25&assignedTo=me');
});

it('searches by report number or name and filters by status from the first page, with the keyboard', async () => {
  mockedFetch()
    .mockResolvedValueOnce(jsonResponse(200, { items: [summary({ id: 'x1' })], total: 30 }))
    .mockResolvedValueOnce(jsonResponse(200, { items: [summary({ id: 'x2' })], total: 30 }))
    .mockResolvedValueOnce(jsonResponse(200, { items: [summary({ id: 'x3' })], total: 1 }))
    .mockResolvedValueOnce(jsonResponse(200, { items: [], total: 0 }));
  renderList();
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Older reports' }));
  expect(await screen.findByText(/page 2 of 2/)).toBeInTheDocument();

  const search = screen.getByRole('search', { name: 'Search the reports' });
  await user.type(within(search).getByRole('searchbox', { name: 'Report number or name' }), 'Thompson');
  await user.selectOptions(within(search).getByRole('combobox', { name: 'Status' }), 'Draft');
  await user.type(within(search).getByRole('searchbox'), '{Enter}');
  expect(await screen.findByText(/^1 report assigned to you/)).toBeInTheDocument();
  expect(requestOf(mockedFetch(), 2).url).toBe(
    '/api/access-reports?page=1&pageSize=25&status=DRAFT&q=Thompson&assignedTo=me',
  );

  await user.clear(within(search).getByRole('searchbox'));
  await user.type(within(search).getByRole('searchbox'), 'nobody{Enter}');
  expect(await screen.findByText('No report matches the search.')).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'No reports yet' })).not.toBeInTheDocument();
  expect(requestOf(mockedFetch(), 3).url).toBe(
    '/api/access-reports?page=1&pageSize=25&status=DRAFT&q=nobody&assignedTo=me',
  );
});

it('shows the reports assigned to me by default; unticking "Assigned to me" lists the whole county', async () => {
  mockedFetch()
    .mockResolvedValueOnce(jsonResponse(200, { items: [summary({ id: 'm1' })], total: 1 }))
    .mockResolvedValueOnce(
      jsonResponse(200, {
        items: [
          summary({ id: 'm1' }),
          summary({ id: 'o1', reportNumber: '2018-079-00002', assignedTo: { id: 'u9', name: 'Sam Lee' } }),
          summary({ id: 't1', reportNumber: '2018-079-00003', assignedTo: null }),
        ],
        total: 3,
      }),
    );
  renderList();
  expect(await screen.findByText(/^1 report assigned to you/)).toBeInTheDocument();
  await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Assigned to me' }));
  expect(await screen.findByText(/^3 reports of your county/)).toBeInTheDocument();
  expect(requestOf(mockedFetch(), 1).url).toBe('/api/access-reports?page=1&pageSize=25');
  expect(screen.getByText('Sam Lee')).toBeInTheDocument();
  expect(screen.getByText('Nobody — transferred in')).toBeInTheDocument();
});
