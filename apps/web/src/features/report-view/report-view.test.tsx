import { type AccessReport, PERSON_FIRST_TERMS, type User } from '@cps/domain';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { accessReport, supervisor } from '../screening/test-reports';
import { ReportView } from './report-view';

const mockedFetch = useFetchMock();
const NOW = new Date('2018-03-02T16:00:00.000Z'); // Friday 10:00 in Chicago

beforeEach(() => jest.useFakeTimers({ now: NOW, advanceTimers: true }));
afterEach(() => jest.useRealTimers());

const COUNTIES = [
  { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
  { code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' },
];

/**
 * Answers in turn; each entry is [method path, status, body]. The counties (reference data, which the
 * print header names) are answered whenever asked, outside the mock, so calls are counted as before.
 */
function serverAnswers(...answers: [string, number, unknown][]) {
  const queue = answers.filter(([key]) => key !== 'GET /api/reference/counties');
  const mock = mockedFetch();
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
    String(input) === '/api/reference/counties' && (init?.method ?? 'GET') === 'GET'
      ? jsonResponse(200, COUNTIES)
      : mock(input, init)) as typeof fetch;
  mock.mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const next = queue.shift();
    if (!next || next[0] !== key) throw new Error(`unexpected request ${key}`);
    return jsonResponse(next[1], next[2]);
  });
}

function renderView(user: User = supervisor) {
  render(
    <MemoryRouter>
      <ReportView id="r1" user={user} />
    </MemoryRouter>,
  );
  return userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
}

it('shows what was recorded, the clocks in Chicago time, rule checks and language warnings', async () => {
  serverAnswers([
    'GET /api/access-reports/r1',
    200,
    accessReport({
      computed: {
        violations: [
          { rule: 'ST-INDICATOR', message: 'The indicator needs a sex trafficking allegation.', path: 'indicators.0' },
        ],
        // The stigmatising words live in one place, the domain's list; the test borrows one from there.
        languageWarnings: [
          { path: 'narrative', ...PERSON_FIRST_TERMS.find((t) => t.suggestion === 'youth being sex trafficked')! },
        ],
      },
    }),
  ]);
  renderView();

  expect(await screen.findByRole('heading', { level: 1, name: 'Access report: Maya Thompson' })).toBeInTheDocument();
  expect(screen.getByTestId('report-number')).toHaveTextContent('Report number 2018-079-00042');
  expect(document.title).toBe('Report: Maya Thompson | CPS Access');
  const clocks = screen.getByRole('table', { name: 'Clocks of this report' });
  const le = within(clocks).getByRole('row', { name: /LE-12H/ });
  expect(le).toHaveTextContent('Fri, Mar 2, 2018, 9:00 AM CST');
  expect(le).toHaveTextContent('Overdue by 1 h');
  expect(within(clocks).getByRole('row', { name: /TRIBE-24H/ })).toHaveTextContent('Not required');
  expect(within(clocks).getByRole('row', { name: /IA-60D/ })).toHaveTextContent('Tue, May 1, 2018');
  expect(screen.getByRole('region', { name: 'Rule checks' })).toHaveTextContent(
    'ST-INDICATOR: The indicator needs a sex trafficking allegation.',
  );
  expect(screen.getByRole('region', { name: 'Person-first language' })).toHaveTextContent(
    'write “youth being sex trafficked” instead',
  );
  const people = screen.getByRole('table', { name: 'People in this report' });
  expect(within(people).getByRole('row', { name: /Maya Thompson/ })).toHaveTextContent('14 (born Sat, Apr 12, 2003)');
  expect(within(people).getByRole('row', { name: /Jon Doe/ })).toHaveTextContent('Alleged maltreater');
  expect(screen.getByRole('heading', { name: 'Maya Thompson: Sexual abuse, sex trafficking' })).toBeInTheDocument();
  expect(
    screen.getByText(
      'Maya Thompson: Child reports sex in exchange for shelter, food, drugs, alcohol or money (survival sex)',
    ),
  ).toBeInTheDocument();
  expect(screen.getByText(/an adult arranges commercial sexual exploitation/)).toBeInTheDocument();
  expect(screen.getByRole('form', { name: 'Screening decision' })).toBeInTheDocument();
});

it('says someone else decided after a 409, reloads, and shows their decision instead of the form', async () => {
  const decidedElsewhere: AccessReport = accessReport({
    status: 'SCREENED_IN',
    version: 4,
    screening: {
      recommendation: accessReport().screening.recommendation,
      decision: {
        decision: 'SCREEN_IN',
        responseTime: 'SAME_DAY',
        screenOutReason: null,
        rationale: 'Decided by a colleague.',
        duplicateOfReportId: null,
        decidedBy: { id: 's2', name: 'Casey Johnson' },
        decidedAt: '2018-03-02T15:30:00.000Z',
      },
    },
  });
  serverAnswers(
    ['GET /api/access-reports/r1', 200, accessReport()],
    [
      'POST /api/access-reports/r1/screening-decision',
      409,
      { statusCode: 409, error: 'Conflict', message: 'The report has already been decided; decisions are final' },
    ],
    ['GET /api/access-reports/r1', 200, decidedElsewhere],
  );
  const events = renderView();

  await events.click(await screen.findByRole('button', { name: 'Record decision' }));

  const notice = await screen.findByText(/Someone else decided this report while you were reviewing it/);
  expect(notice).toHaveTextContent('Casey Johnson chose "Screen in". Your decision was not recorded.');
  expect(notice.closest('[tabindex="-1"]')).toHaveFocus();
  expect(screen.queryByRole('form', { name: 'Screening decision' })).not.toBeInTheDocument();
  expect(screen.getByText('Decided by a colleague.')).toBeInTheDocument();
  expect(screen.getByText('Screened in', { selector: '.usa-tag' })).toBeInTheDocument();
});

it('records a law enforcement notification at the Chicago time entered and shows the clock it closes', async () => {
  const screenedIn = accessReport({
    status: 'SCREENED_IN',
    version: 4,
    computed: { lawEnforcementDueAt: '2018-03-02T17:00:00.000Z' },
  });
  const notified = accessReport({
    status: 'SCREENED_IN',
    version: 5,
    lawEnforcementNotifications: [
      {
        id: 'n1',
        notifiedAt: '2018-03-02T15:45:00.000Z',
        agency: 'Milwaukee Police Department',
        method: 'PHONE',
        contactName: 'Det. Ruiz',
        recordedBy: { id: 's1', name: 'Morgan Lee' },
        recordedAt: '2018-03-02T16:00:00.000Z',
      },
    ],
    computed: { lawEnforcementDueAt: '2018-03-02T17:00:00.000Z', lawEnforcementStatus: 'ON_TIME' },
  });
  serverAnswers(
    ['GET /api/access-reports/r1', 200, screenedIn],
    ['POST /api/access-reports/r1/law-enforcement-notifications', 201, notified],
  );
  const events = renderView();

  const section = await screen.findByRole('region', { name: 'Law enforcement referral (LE-12H)' });
  expect(section).toHaveTextContent('Due:Fri, Mar 2, 2018, 11:00 AM CSTStatus:Pending: due in 1 h');
  expect(within(section).getByLabelText('Date notified')).toHaveValue('2018-03-02');
  expect(within(section).getByLabelText('Time notified')).toHaveValue('10:00');
  await events.clear(within(section).getByLabelText('Time notified'));
  await events.type(within(section).getByLabelText('Time notified'), '09:45');
  await events.type(within(section).getByLabelText('Law enforcement agency'), 'Milwaukee Police Department');
  await events.selectOptions(within(section).getByLabelText('How they were notified'), 'PHONE');
  await events.type(within(section).getByLabelText('Contact person (optional)'), 'Det. Ruiz');
  // The form closes as its submission settles: let React apply that within act.
  await act(() => events.click(within(section).getByRole('button', { name: 'Record notification' })));

  const recorded = await within(section).findByText(
    'Law enforcement notification recorded. Law enforcement referral: notified on time.',
  );
  expect(recorded.closest('[role="status"]')).toBeInTheDocument();
  expect(within(section).getByText('Notified on time')).toBeInTheDocument();
  expect(within(section).getByRole('row', { name: /Milwaukee Police Department/ })).toHaveTextContent('Det. Ruiz');
  expect(within(section).getByRole('heading', { name: 'Law enforcement referral (LE-12H)' })).toHaveFocus();
  const { url, init } = requestOf(mockedFetch(), 1);
  expect(url).toBe('/api/access-reports/r1/law-enforcement-notifications');
  expect(JSON.parse(String(init.body))).toEqual({
    notifiedAt: '2018-03-02T15:45:00.000Z',
    agency: 'Milwaukee Police Department',
    method: 'PHONE',
    contactName: 'Det. Ruiz',
  });
  expect(init.headers).toMatchObject({ 'Idempotency-Key': expect.stringMatching(/^[0-9a-f]{32}$/) });
});

it('refuses a notification time in the future before calling the API', async () => {
  serverAnswers(['GET /api/access-reports/r1', 200, accessReport()]);
  const events = renderView();
  const section = await screen.findByRole('region', { name: 'Law enforcement referral (LE-12H)' });
  await events.clear(within(section).getByLabelText('Time notified'));
  await events.type(within(section).getByLabelText('Time notified'), '11:30');
  await events.type(within(section).getByLabelText('Law enforcement agency'), 'Milwaukee Police Department');
  await events.selectOptions(within(section).getByLabelText('How they were notified'), 'EMAIL');
  await events.click(within(section).getByRole('button', { name: 'Record notification' }));

  expect(await within(section).findByText('The time notified must not be in the future.')).toBeInTheDocument();
  expect(within(section).getByLabelText('Time notified')).toHaveFocus();
  expect(mockedFetch()).toHaveBeenCalledTimes(1);
});

it('links a draft to its editor and offers no decision', async () => {
  serverAnswers([
    'GET /api/access-reports/r1',
    200,
    accessReport({ status: 'DRAFT', screening: { recommendation: null, decision: null } }),
  ]);
  renderView();
  expect(await screen.findByRole('link', { name: 'Continue editing the draft' })).toHaveAttribute(
    'href',
    '/reports/r1/edit',
  );
  expect(screen.queryByRole('form', { name: 'Screening decision' })).not.toBeInTheDocument();
  expect(screen.getByText('The report has not been submitted yet.')).toBeInTheDocument();
});

it('says a report of another county or a wrong address is not found', async () => {
  serverAnswers([
    'GET /api/access-reports/r1',
    404,
    { statusCode: 404, error: 'Not Found', message: 'Access report not found' },
  ]);
  renderView();
  expect(await screen.findByRole('heading', { level: 1, name: 'Report not found' })).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('Access report not found');
});

it('announces once, politely, when the LE-12H clock turns overdue while the report is open', async () => {
  serverAnswers([
    'GET /api/access-reports/r1',
    200,
    accessReport({ computed: { lawEnforcementDueAt: '2018-03-02T16:00:30.000Z' } }),
  ]);
  renderView();
  const clocks = await screen.findByRole('table', { name: 'Clocks of this report' });
  const announcer = screen.getAllByRole('status').find((s) => s.classList.contains('usa-sr-only'))!;
  expect(within(clocks).getByRole('row', { name: /LE-12H/ })).toHaveTextContent('Pending: due in less than 1 min');
  expect(announcer).toBeEmptyDOMElement();

  act(() => jest.advanceTimersByTime(60_000));

  expect(within(clocks).getByRole('row', { name: /LE-12H/ })).toHaveTextContent('Overdue by less than 1 min');
  expect(announcer).toHaveTextContent('LE-12H referral to law enforcement: overdue.');
});

it('after a 409 from a change that was not a decision, reloads and lets the supervisor decide on the new version', async () => {
  serverAnswers(
    ['GET /api/access-reports/r1', 200, accessReport()],
    [
      'POST /api/access-reports/r1/screening-decision',
      409,
      { statusCode: 409, error: 'Conflict', message: 'The report changed since you read it: version 4 is current.' },
    ],
    ['GET /api/access-reports/r1', 200, accessReport({ version: 4 })],
    ['POST /api/access-reports/r1/screening-decision', 200, accessReport({ status: 'SCREENED_IN', version: 5 })],
  );
  const events = renderView();

  await events.click(await screen.findByRole('button', { name: 'Record decision' }));
  expect(
    await screen.findByText(/The report changed while you were reviewing it, so your decision was not recorded/),
  ).toBeInTheDocument();

  await events.click(screen.getByRole('button', { name: 'Record decision' }));
  expect(await screen.findByText('Decision recorded: screened in.')).toBeInTheDocument();
  expect(JSON.parse(String(requestOf(mockedFetch(), 3).init.body))).toMatchObject({ version: 4 });
});

describe('who opened this report (supervisors)', () => {
  const log = [
    { at: '2018-03-02T15:59:00.000Z', userId: 's1', userName: 'Morgan Lee', action: 'report.read' },
    { at: '2018-03-02T15:30:00.000Z', userId: 'w9', userName: 'Riley Other', action: 'access.denied' },
    { at: '2018-03-02T15:04:05.000Z', userId: 'w1', userName: 'Jordan Nelson', action: 'report.created' },
  ];

  it('loads when asked, then shows when in Chicago time, who, and what in words', async () => {
    serverAnswers(
      ['GET /api/access-reports/r1', 200, accessReport()],
      ['GET /api/access-reports/r1/access-log', 200, log],
    );
    const events = renderView();
    const section = await screen.findByRole('region', { name: 'Who opened this report' });
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    expect(mockedFetch()).toHaveBeenCalledTimes(1);

    await events.click(within(section).getByRole('button', { name: 'Show who opened this report' }));

    const table = await within(section).findByRole('table', { name: 'Who opened this report, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Mar 2, 2018.*9:59 AM CST.*Morgan Lee.*Opened an access report/),
      expect.stringMatching(/9:30 AM CST.*Riley Other.*Was refused access/),
      expect.stringMatching(/9:04 AM CST.*Jordan Nelson.*Started an access report/),
    ]);
    expect(within(section).getByText('3 entries.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Refresh the list' })).toHaveFocus();
  });

  it('says so when nobody is listed, shows an error with a way to try again, and a loading state', async () => {
    let answer: (response: Response) => void = () => undefined;
    serverAnswers(
      ['GET /api/access-reports/r1', 200, accessReport()],
      [
        'GET /api/access-reports/r1/access-log',
        503,
        {
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'The database is not reachable; try again in a moment',
        },
      ],
    );
    const events = renderView();
    const section = await screen.findByRole('region', { name: 'Who opened this report' });
    await events.click(within(section).getByRole('button', { name: 'Show who opened this report' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'The list could not be loaded: The database is not reachable; try again in a moment',
    );

    mockedFetch().mockImplementationOnce(() => new Promise<Response>((resolve) => (answer = resolve)));
    await events.click(within(section).getByRole('button', { name: 'Try again' }));
    expect(within(section).getByText('Loading who opened this report…')).toBeInTheDocument();
    const button = within(section).getByRole('button', { name: 'Show who opened this report' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    await events.click(button); // no second request while the first runs
    expect(mockedFetch()).toHaveBeenCalledTimes(3);
    await act(async () => answer(jsonResponse(200, [])));
    expect(await within(section).findByText('Nobody has opened this report yet.')).toBeInTheDocument();
  });

  it('is not shown to an access worker', async () => {
    serverAnswers(['GET /api/access-reports/r1', 200, accessReport()]);
    renderView({ ...supervisor, id: 'w1', role: 'ACCESS_WORKER' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Access report: Maya Thompson' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Who opened this report' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show who opened this report' })).not.toBeInTheDocument();
  });
});

it("offers each person's prior reports, read only when opened, this report left out", async () => {
  serverAnswers(
    ['GET /api/access-reports/r1', 200, accessReport()],
    [
      'GET /api/persons/p1/history',
      200,
      [
        {
          countyCode: '55079',
          receivedAt: '2018-03-02T15:00:00.000Z',
          status: 'AWAITING_SUPERVISOR',
          decision: null,
          reportId: 'r1',
          reportNumber: '2018-079-00042',
          roles: ['CHILD'],
          allegations: [],
        },
        { countyCode: '55025', receivedAt: '2017-11-20T18:00:00.000Z', status: 'SCREENED_OUT', decision: 'SCREEN_OUT' },
      ],
    ],
    ['GET /api/reference/counties', 200, [{ code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' }]],
  );
  const user = renderView();
  const history = await screen.findByRole('region', { name: 'History of involvement' });
  expect(
    within(history)
      .getAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(['Show prior reports of Maya Thompson', 'Show prior reports of Jon Doe']);
  await user.click(within(history).getByRole('button', { name: 'Show prior reports of Maya Thompson' }));
  const maya = await screen.findByRole('region', { name: 'Prior reports of Maya Thompson' });
  expect(await within(maya).findAllByRole('listitem')).toHaveLength(1);
  expect(maya).toHaveTextContent('Dane County · received Nov 20, 2017 · Screened out (decision: screen out)');
  expect(maya).toHaveTextContent('Contact Dane County for details.');
  expect(maya).not.toHaveTextContent('2018-079-00042');
});
