import type { ReportSummary } from '@cps/domain';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, useFetchMock } from '../../test/fetch-mock';
import { ScreeningQueue } from './screening-queue';
import { summary } from './test-reports';

// The queue's first list: every report of the county with a running clock, drafts included, in the
// order the API serves (sort=urgency), with a search box and a status filter.

const mockedFetch = useFetchMock();
const NOW = new Date('2018-03-05T15:00:00.000Z'); // Monday 09:00 in Chicago

beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ['queueMicrotask'] }));
afterEach(() => jest.useRealTimers());

const paging = 'page=1&pageSize=200';
const runningPath = (filters = '') => `/api/access-reports?${filters}openClock=true&sort=urgency&${paging}`;
const empty = { items: [], total: 0 };

function serverAnswers(running: Record<string, unknown>) {
  mockedFetch().mockImplementation(async (input) => {
    const url = String(input);
    if (url.includes('status=AWAITING_SUPERVISOR&sort=urgency&page') || url.includes('status=SCREENED_IN&page'))
      return jsonResponse(200, empty);
    const answer = running[url];
    if (!answer) throw new Error(`unexpected request ${url}`);
    return jsonResponse(200, answer);
  });
}

const page = (items: ReportSummary[]) => ({ items, total: items.length });
const child = (firstName: string) => [{ id: firstName, firstName, lastName: 'Test' }];
const requested = () => mockedFetch().mock.calls.map(([input]) => String(input));

function renderQueue() {
  render(
    <MemoryRouter>
      <ScreeningQueue />
    </MemoryRouter>,
  );
}

const draftNoReceipt = summary({
  id: 'd1',
  reportNumber: '2018-079-00011',
  status: 'DRAFT',
  receivedAt: null,
  submittedAt: null,
  createdBy: { id: 'u2', name: 'Untrained Worker' },
  children: child('Draft'),
  computed: { lawEnforcementStatus: 'PENDING', lawEnforcementDueAt: null },
});
const overdueDraft = summary({
  id: 'd2',
  reportNumber: '2018-079-00012',
  status: 'DRAFT',
  presentDangerThreat: true,
  children: child('Danger'),
  computed: { lawEnforcementStatus: 'OVERDUE', lawEnforcementDueAt: '2018-03-05T14:20:00.000Z' },
});
const tribal = summary({
  id: 's1',
  reportNumber: '2018-079-00013',
  status: 'SCREENED_IN',
  children: child('Tribal'),
  computed: {
    lawEnforcementStatus: 'ON_TIME',
    tribalNotificationStatus: 'PENDING',
    tribalNotificationDueAt: '2018-03-06T03:00:00.000Z',
  },
});

it('lists every running clock in the order served: number, child, taken by, assigned to, status and clocks in words', async () => {
  serverAnswers({ [runningPath()]: page([overdueDraft, tribal, draftNoReceipt]) });
  renderQueue();

  const table = await screen.findByRole('table', { name: 'Reports with a running clock, most urgent first' });
  expect(
    within(table)
      .getAllByRole('link')
      .map((l) => l.textContent),
  ).toEqual(['Danger Test', 'Tribal Test', 'Draft Test']);
  expect(screen.getByRole('heading', { name: 'Clocks running in your county (3)' })).toBeInTheDocument();
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Report number', 'Children', 'Taken by', 'Assigned to', 'Status', 'Clocks']);

  const danger = within(table).getByRole('link', { name: 'Danger Test' }).closest('tr') as HTMLElement;
  expect(within(danger).getByRole('cell', { name: '2018-079-00012' })).toBeInTheDocument();
  expect(within(danger).getByText('Draft')).toBeInTheDocument();
  // Taken by and assigned to the same worker.
  expect(within(danger).getAllByRole('cell', { name: 'Alex Rivera' })).toHaveLength(2);
  expect(within(danger).getByText('Present danger')).toBeInTheDocument();
  expect(within(danger).getByText('LE-12H referral to law enforcement')).toBeInTheDocument();
  expect(within(danger).getByText('Mon, Mar 5, 8:20 AM CST')).toBeInTheDocument();
  expect(within(danger).getByText('Overdue by 40 min')).toHaveClass('text-secondary-dark');
  expect(within(danger).queryByText('TRIBE-24H notice to the tribe')).not.toBeInTheDocument();

  const tribalRow = within(table).getByRole('link', { name: 'Tribal Test' }).closest('tr') as HTMLElement;
  expect(within(tribalRow).getByText('Screened in')).toBeInTheDocument();
  expect(within(tribalRow).getByText('TRIBE-24H notice to the tribe')).toBeInTheDocument();
  expect(within(tribalRow).getByText('Pending: due in 12 h')).toBeInTheDocument();
  expect(within(tribalRow).getByText('Notified on time')).toBeInTheDocument();

  const draft = within(table).getByRole('link', { name: 'Draft Test' }).closest('tr') as HTMLElement;
  expect(within(draft).getByText('Untrained Worker')).toBeInTheDocument();
  expect(
    within(draft).getByText('Pending: due 12 business hours after receipt; the received time is not entered yet'),
  ).toBeInTheDocument();
  expect(within(draft).getByRole('link', { name: 'Draft Test' })).toHaveAttribute('href', '/reports/d1');
});

it('searches by number or name and filters by status on submit, says when nothing matches, and shows all again', async () => {
  serverAnswers({
    [runningPath()]: page([overdueDraft, draftNoReceipt]),
    [runningPath('status=DRAFT&q=Draft+Test&')]: page([draftNoReceipt]),
    [runningPath('q=nobody&')]: page([]),
  });
  renderQueue();
  await screen.findByRole('link', { name: 'Danger Test' });
  const search = screen.getByRole('search', { name: 'Search the running clocks' });

  fireEvent.change(within(search).getByRole('searchbox', { name: 'Report number or name' }), {
    target: { value: '  Draft Test ' },
  });
  fireEvent.change(within(search).getByRole('combobox', { name: 'Status' }), { target: { value: 'DRAFT' } });
  expect(requested()).not.toContain(runningPath('status=DRAFT&q=Draft+Test&'));
  await act(async () => fireEvent.submit(search));
  expect(requested()).toContain(runningPath('status=DRAFT&q=Draft+Test&'));
  expect(await screen.findByRole('heading', { name: 'Clocks running in your county (1)' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Danger Test' })).not.toBeInTheDocument();

  fireEvent.change(within(search).getByRole('searchbox'), { target: { value: 'nobody' } });
  fireEvent.change(within(search).getByRole('combobox', { name: 'Status' }), { target: { value: '' } });
  await act(async () => fireEvent.submit(search));
  expect(await screen.findByText('No report with a running clock matches the search.')).toBeInTheDocument();

  await act(async () => fireEvent.click(within(search).getByRole('button', { name: 'Show all' })));
  expect(await screen.findByRole('link', { name: 'Danger Test' })).toBeInTheDocument();
  expect(within(search).getByRole('searchbox')).toHaveValue('');
  expect(within(search).queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();
});

it('says when no clock runs', async () => {
  serverAnswers({ [runningPath()]: empty });
  renderQueue();
  expect(await screen.findByText('No clock is running in your county.')).toBeInTheDocument();
});

it('shows the error of the running clocks list on its own', async () => {
  mockedFetch().mockImplementation(async (input) =>
    String(input) === runningPath()
      ? jsonResponse(503, { statusCode: 503, error: 'Unavailable', message: 'The database is down.' })
      : jsonResponse(200, empty),
  );
  renderQueue();
  expect(await screen.findByRole('alert')).toHaveTextContent('The reports could not be loaded: The database is down.');
  expect(await screen.findByText('Nothing is waiting for your decision.')).toBeInTheDocument();
});
