import type { ReportSummary } from '@cps/domain';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { ScreeningQueue } from './screening-queue';
import { summary } from './test-reports';

const mockedFetch = useFetchMock();
const NOW = new Date('2018-03-05T15:00:00.000Z'); // Monday 09:00 in Chicago

beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ['queueMicrotask'] }));
afterEach(() => jest.useRealTimers());

const awaitingPath = '/api/access-reports?status=AWAITING_SUPERVISOR&sort=urgency&page=1&pageSize=200';
const screenedInPath = '/api/access-reports?status=SCREENED_IN&page=1&pageSize=200';
const runningPath = '/api/access-reports?openClock=true&sort=urgency&page=1&pageSize=200';

function serverAnswers(answers: Record<string, [number, unknown]>) {
  mockedFetch().mockImplementation(async (input) => {
    const answer = answers[String(input)];
    if (!answer) throw new Error(`unexpected request ${String(input)}`);
    return jsonResponse(answer[0], answer[1]);
  });
}

const page = (items: ReportSummary[]) => [200, { items, total: items.length }] as [number, unknown];
const child = (firstName: string) => [{ id: firstName, firstName, lastName: 'Test' }];

function renderQueue() {
  render(
    <MemoryRouter>
      <ScreeningQueue />
    </MemoryRouter>,
  );
}

function rowOf(name: string): HTMLElement {
  return screen.getByRole('link', { name }).closest('tr')!;
}

it('lists the reports waiting for a decision in the order the server ranks urgency, with live countdowns in words', async () => {
  serverAnswers({
    [awaitingPath]: page([
      summary({
        id: 'r-soon',
        reportNumber: '2018-079-00007',
        children: child('Soon'),
        receivedAt: '2018-03-05T10:00:00.000Z',
        presentDangerThreat: true,
        computed: { lawEnforcementDueAt: '2018-03-05T18:12:00.000Z', responseTimeRequired: 'SAME_DAY' },
      }),
      summary({
        id: 'r-over',
        children: child('Overdue'),
        receivedAt: '2018-03-02T03:00:00.000Z',
        computed: { lawEnforcementStatus: 'OVERDUE', lawEnforcementDueAt: '2018-03-05T14:20:00.000Z' },
      }),
      summary({
        id: 'r-late',
        children: child('Later'),
        receivedAt: '2018-03-05T12:00:00.000Z',
        computed: { lawEnforcementDueAt: '2018-03-06T00:00:00.000Z' },
      }),
      summary({
        id: 'r-none',
        children: child('NoClock'),
        recommendation: { decision: 'SCREEN_OUT', responseTime: null },
        computed: { lawEnforcementStatus: 'NOT_REQUIRED', lawEnforcementDueAt: null, mustScreenIn: false },
      }),
    ]),
    [runningPath]: page([]),
    [screenedInPath]: page([]),
  });
  renderQueue();

  const table = await screen.findByRole('table', { name: /waiting for your decision/i });
  const names = within(table)
    .getAllByRole('link')
    .map((link) => link.textContent);
  // As served (present danger, then the earliest due running clock): never re-sorted here.
  expect(names).toEqual(['Soon Test', 'Overdue Test', 'Later Test', 'NoClock Test']);
  expect(screen.getByRole('heading', { name: 'Waiting for your decision (4)' })).toBeInTheDocument();

  const overdue = rowOf('Overdue Test');
  expect(within(overdue).getByText('Overdue by 40 min')).toHaveClass('text-secondary-dark');
  expect(within(overdue).getByText('Mon, Mar 5, 8:20 AM CST')).toBeInTheDocument();
  expect(within(overdue).getByText('received 3 d ago')).toBeInTheDocument();

  const soon = rowOf('Soon Test');
  expect(within(soon).getByText('Due in 3 h 12 min')).toBeInTheDocument();
  expect(within(soon).getByText('Must screen in')).toBeInTheDocument();
  expect(within(soon).getByText('Present danger')).toBeInTheDocument();
  expect(within(soon).getByText('Same day (present danger)')).toBeInTheDocument();
  expect(within(soon).getByText('received 5 h ago')).toBeInTheDocument();
  expect(within(soon).getByText('Screen in, response within 24 to 48 hours')).toBeInTheDocument();
  expect(within(soon).getByRole('cell', { name: '2018-079-00007' })).toBeInTheDocument();
  expect(within(table).getByRole('columnheader', { name: 'Report number' })).toBeInTheDocument();

  const none = rowOf('NoClock Test');
  expect(within(none).getByText('Not required')).toBeInTheDocument();
  expect(within(none).queryByText('Must screen in')).not.toBeInTheDocument();
  expect(within(none).getByText('Screen out')).toBeInTheDocument();

  expect(requestOf(mockedFetch(), 0).url).toBe(awaitingPath);
  expect(within(table).queryByRole('columnheader', { name: /TRIBE-24H/ })).not.toBeInTheDocument();
});

it('adds the TRIBE-24H column when a waiting report has an Indian child', async () => {
  serverAnswers({
    [awaitingPath]: page([
      summary({
        children: child('Tribal'),
        computed: { tribalNotificationStatus: 'PENDING', tribalNotificationDueAt: '2018-03-06T03:00:00.000Z' },
      }),
    ]),
    [runningPath]: page([]),
    [screenedInPath]: page([]),
  });
  renderQueue();
  const table = await screen.findByRole('table', { name: /waiting for your decision/i });
  expect(within(table).getByRole('columnheader', { name: 'TRIBE-24H notice to the tribe' })).toBeInTheDocument();
  expect(within(rowOf('Tribal Test')).getByText('Mon, Mar 5, 9:00 PM CST')).toBeInTheDocument();
  expect(within(rowOf('Tribal Test')).getByText('Due in 12 h')).toBeInTheDocument();
});

it('reads the lists again every five minutes, and keeps them when a refresh fails', async () => {
  let awaitingAnswers = 0;
  mockedFetch().mockImplementation(async (input) => {
    if (String(input) === screenedInPath || String(input) === runningPath)
      return jsonResponse(200, { items: [], total: 0 });
    awaitingAnswers += 1;
    if (awaitingAnswers === 1) return jsonResponse(200, { items: [summary({ children: child('First') })], total: 1 });
    if (awaitingAnswers === 2)
      return jsonResponse(200, {
        items: [summary({ children: child('First') }), summary({ id: 'r2', children: child('Second') })],
        total: 2,
      });
    return jsonResponse(503, { statusCode: 503, error: 'Unavailable', message: 'The database is down.' });
  });
  renderQueue();
  await screen.findByRole('link', { name: 'First Test' });

  await act(async () => jest.advanceTimersByTime(5 * 60_000));
  expect(await screen.findByRole('link', { name: 'Second Test' })).toBeInTheDocument();

  await act(async () => jest.advanceTimersByTime(5 * 60_000));
  expect(await screen.findByText(/The lists could not be refreshed \(The database is down.\)/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Second Test' })).toBeInTheDocument();
});

it('moves the countdowns each minute and announces only a change of status', async () => {
  serverAnswers({
    [awaitingPath]: page([
      summary({ children: child('Maya'), computed: { lawEnforcementDueAt: '2018-03-05T15:01:30.000Z' } }),
    ]),
    [runningPath]: page([]),
    [screenedInPath]: page([]),
  });
  renderQueue();
  await screen.findByRole('link', { name: 'Maya Test' });
  const row = rowOf('Maya Test');
  expect(within(row).getByText('Due in 1 min')).not.toHaveAttribute('aria-live');
  const announcer = screen.getAllByRole('status').find((s) => s.classList.contains('usa-sr-only'))!;
  expect(announcer).toBeEmptyDOMElement();

  act(() => jest.advanceTimersByTime(60_000));
  expect(within(row).getByText('Due in less than 1 min')).toBeInTheDocument();
  expect(announcer).toBeEmptyDOMElement();

  act(() => jest.advanceTimersByTime(60_000));
  expect(within(row).getByText('Overdue by less than 1 min')).toBeInTheDocument();
  expect(announcer).toHaveTextContent('LE-12H referral for Maya Test: overdue.');
});

it('says so when nothing is waiting, and lists screened-in reports with open clocks', async () => {
  serverAnswers({
    [awaitingPath]: page([]),
    [runningPath]: page([]),
    [screenedInPath]: page([
      summary({
        id: 's1',
        status: 'SCREENED_IN',
        children: child('Open'),
        computed: { lawEnforcementStatus: 'OVERDUE', lawEnforcementDueAt: '2018-03-05T12:00:00.000Z' },
      }),
      summary({
        id: 's2',
        status: 'SCREENED_IN',
        children: child('Done'),
        computed: { lawEnforcementStatus: 'ON_TIME' },
      }),
      summary({
        id: 's3',
        reportNumber: '2018-079-00003',
        status: 'SCREENED_IN',
        children: child('Assess'),
        computed: { lawEnforcementStatus: 'LATE', initialAssessmentOverdue: true },
      }),
    ]),
  });
  renderQueue();

  expect(await screen.findByText('Nothing is waiting for your decision.')).toBeInTheDocument();
  const open = await screen.findByRole('table', { name: /clocks still open/i });
  expect(
    within(open)
      .getAllByRole('link')
      .map((l) => l.textContent),
  ).toEqual(['Open Test', 'Assess Test']);
  expect(within(rowOf('Assess Test')).getByText('Overdue: findings missing')).toBeInTheDocument();
  expect(within(rowOf('Assess Test')).getByText('Notified late')).toBeInTheDocument();
  expect(within(rowOf('Assess Test')).getByRole('cell', { name: '2018-079-00003' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Screened in, clocks still open (2)' })).toBeInTheDocument();
});

it('shows a loading status, then the error when the list cannot be read', async () => {
  serverAnswers({
    [awaitingPath]: [503, { statusCode: 503, error: 'Unavailable', message: 'The database is down.' }],
    [runningPath]: page([]),
    [screenedInPath]: page([]),
  });
  renderQueue();
  expect(screen.getAllByRole('status').some((s) => s.textContent === 'Loading reports…')).toBe(true);
  expect(await screen.findByRole('alert')).toHaveTextContent('The reports could not be loaded: The database is down.');
});
