import type { AccessReport, ReportContact } from '@cps/domain';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { ReportView } from '../report-view/report-view';
import { accessReport, supervisor } from '../screening/test-reports';

const mockedFetch = useFetchMock();
const NOW = new Date('2018-03-02T16:00:00.000Z'); // Friday 10:00 in Chicago

beforeEach(() => jest.useFakeTimers({ now: NOW, advanceTimers: true }));
afterEach(() => jest.useRealTimers());

const COUNTIES = [{ code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' }];

/** Answers in turn: [method path, status, body]; the counties whenever asked. */
function serverAnswers(...answers: [string, number, unknown][]) {
  const mock = mockedFetch();
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
    String(input) === '/api/reference/counties' ? jsonResponse(200, COUNTIES) : mock(input, init)) as typeof fetch;
  mock.mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const next = answers.shift();
    if (!next || next[0] !== key) throw new Error(`unexpected request ${key}`);
    return jsonResponse(next[1], next[2]);
  });
}

function renderView() {
  render(
    <MemoryRouter>
      <ReportView id="r1" user={supervisor} />
    </MemoryRouter>,
  );
  return userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
}

const base = accessReport();
const [maya, jon] = base.persons as [AccessReport['persons'][number], AccessReport['persons'][number]];
/** Maya (alleged victim), her brother Leo (no allegation), Jon (alleged maltreater), Rosa (parent). */
const persons = [
  maya,
  { ...maya, id: 'p3', personId: 'p3', key: 'c2', firstName: 'Leo' },
  jon,
  { ...jon, id: 'p4', personId: 'p4', key: 'p1', firstName: 'Rosa', lastName: 'Thompson', roles: ['PARENT' as const] },
];
const DUE = '2018-03-03T06:00:00.000Z'; // SAME_DAY: the end of Friday in Chicago
const decision = {
  decision: 'SCREEN_IN' as const,
  screenOutReason: null,
  responseTime: 'SAME_DAY' as const,
  rationale: 'Present danger.',
  duplicateOfReportId: null,
  decidedBy: { id: 's1', name: 'Morgan Lee' },
  decidedAt: '2018-03-02T05:00:00.000Z',
};

function screenedIn(contacts: ReportContact[] = [], computed: Partial<AccessReport['computed']> = {}) {
  return accessReport({
    status: 'SCREENED_IN',
    persons,
    screening: { recommendation: null, decision },
    contacts,
    computed: {
      responseDueAt: DUE,
      responseStatus: 'PENDING',
      responseAttemptStatus: 'PENDING',
      ...computed,
    },
  });
}

const contact = (overrides: Partial<ReportContact>): ReportContact => ({
  id: 'k1',
  personId: 'p1',
  kind: 'CHILD_SEEN',
  outcome: 'COMPLETED',
  at: '2018-03-02T15:30:00.000Z',
  note: null,
  recordedBy: { id: 's1', name: 'Morgan Lee' },
  recordedAt: '2018-03-02T16:00:00.000Z',
  ...overrides,
});

it('shows the response clock in words and offers only the people each kind of contact may name', async () => {
  serverAnswers(['GET /api/access-reports/r1', 200, screenedIn()]);
  const events = renderView();

  const section = await screen.findByRole('region', { name: 'First contacts' });
  expect(within(section).getByTestId('response-clock')).toHaveTextContent(
    'Due:Sat, Mar 3, 2018, 12:00 AM CSTStatus:Pending: due in 14 h',
  );
  expect(section).toHaveTextContent('No contact recorded yet.');
  const clocks = screen.getByRole('table', { name: 'Clocks of this report' });
  expect(within(clocks).getByRole('row', { name: /RESPONSE-TIME/ })).toHaveTextContent('Pending: due in 14 h');

  await events.click(within(section).getByRole('button', { name: 'Record a contact' }));
  expect(within(section).getByRole('radio', { name: 'Child seen' })).toHaveFocus();
  expect(within(section).getByLabelText('Child')).toBeDisabled();
  await events.click(within(section).getByRole('radio', { name: 'Child seen' }));
  const children = within(section).getByLabelText('Child');
  expect(
    within(children)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['- Choose -', 'Maya Thompson', 'Leo Thompson (no allegation)']);
  await events.click(within(section).getByRole('radio', { name: 'Parent or caregiver seen' }));
  const adults = within(section).getByLabelText('Parent or caregiver');
  expect(
    within(adults)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['- Choose -', 'Jon Doe', 'Rosa Thompson']);
});

it('checks the contact, records it at the Chicago time entered, and shows "Seen on time"', async () => {
  const seen = contact({ id: 'k2', outcome: 'COMPLETED', note: 'At school' });
  serverAnswers(
    ['GET /api/access-reports/r1', 200, screenedIn()],
    [
      'POST /api/access-reports/r1/contacts',
      201,
      screenedIn([seen], { responseStatus: 'ON_TIME', responseAttemptStatus: 'ON_TIME' }),
    ],
  );
  const events = renderView();
  const section = await screen.findByRole('region', { name: 'First contacts' });
  await events.click(within(section).getByRole('button', { name: 'Record a contact' }));
  await events.click(within(section).getByRole('radio', { name: 'Child seen' }));
  await events.selectOptions(within(section).getByLabelText('Child'), 'p1');
  await events.click(within(section).getByRole('radio', { name: 'Completed' }));
  await events.clear(within(section).getByLabelText('Time of the contact'));
  await events.type(within(section).getByLabelText('Time of the contact'), '09:30');
  await events.type(within(section).getByLabelText('Note (optional)'), 'At school');
  await events.click(within(section).getByRole('button', { name: 'Check the contact' }));

  const check = await within(section).findByRole('region', { name: 'Check the contact before you record it' });
  expect(within(check).getByRole('heading')).toHaveFocus();
  expect(check).toHaveTextContent('Who was seen: Child seen, Maya Thompson');
  expect(check).toHaveTextContent('Outcome: Completed');
  expect(check).toHaveTextContent('When: Fri, Mar 2, 2018, 9:30 AM CST');
  expect(check).toHaveTextContent('A contact cannot be changed or removed once it is recorded.');
  expect(mockedFetch()).toHaveBeenCalledTimes(1);
  await act(() => events.click(within(check).getByRole('button', { name: 'Record contact' })));

  expect(await within(section).findByText('Contact recorded. Response: seen on time.')).toBeInTheDocument();
  expect(within(section).getByTestId('response-clock')).toHaveTextContent('Status:Seen on time');
  expect(within(section).getByRole('row', { name: /Maya Thompson/ })).toHaveTextContent(
    'Child seenCompletedAt schoolMorgan Lee',
  );
  expect(within(section).getByRole('heading', { name: 'Response time (RESPONSE-TIME)' })).toHaveFocus();
  const { url, init } = requestOf(mockedFetch(), 1);
  expect(url).toBe('/api/access-reports/r1/contacts');
  expect(JSON.parse(String(init.body))).toEqual({
    kind: 'CHILD_SEEN',
    personId: 'p1',
    outcome: 'COMPLETED',
    at: '2018-03-02T15:30:00.000Z',
    note: 'At school',
  });
  expect(init.headers).toMatchObject({ 'Idempotency-Key': expect.stringMatching(/^[0-9a-f]{32}$/) });
});

it('says in words what is missing, refuses a future time before calling the API, and goes back from the check', async () => {
  serverAnswers(['GET /api/access-reports/r1', 200, screenedIn()]);
  const events = renderView();
  const section = await screen.findByRole('region', { name: 'First contacts' });
  await events.click(within(section).getByRole('button', { name: 'Record a contact' }));
  await events.click(within(section).getByRole('button', { name: 'Check the contact' }));
  expect(await within(section).findByText('Choose who was seen.')).toBeInTheDocument();
  expect(within(section).getByText('Choose who was seen, then the person.')).toBeInTheDocument();
  expect(within(section).getByText('Choose whether the contact was completed or attempted.')).toBeInTheDocument();

  await events.click(within(section).getByRole('radio', { name: 'Parent or caregiver seen' }));
  await events.selectOptions(within(section).getByLabelText('Parent or caregiver'), 'p4');
  await events.click(within(section).getByRole('radio', { name: 'Attempted' }));
  await events.clear(within(section).getByLabelText('Time of the contact'));
  await events.type(within(section).getByLabelText('Time of the contact'), '11:30');
  await events.click(within(section).getByRole('button', { name: 'Check the contact' }));
  expect(await within(section).findByText('The time of the contact must not be in the future.')).toBeInTheDocument();
  expect(within(section).getByLabelText('Time of the contact')).toHaveFocus();

  await events.clear(within(section).getByLabelText('Time of the contact'));
  await events.type(within(section).getByLabelText('Time of the contact'), '09:00');
  await events.click(within(section).getByRole('button', { name: 'Check the contact' }));
  await events.click(await within(section).findByRole('button', { name: 'Go back and change it' }));
  expect(within(section).getByLabelText('Parent or caregiver')).toHaveValue('p4');
  expect(mockedFetch()).toHaveBeenCalledTimes(1);
});

it("puts the API's refusal beside its field in words", async () => {
  serverAnswers(
    ['GET /api/access-reports/r1', 200, screenedIn()],
    [
      'POST /api/access-reports/r1/contacts',
      400,
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Person must be a child of this report when a child was seen',
        issues: [{ path: 'personId', message: 'must be a child of this report when a child was seen' }],
      },
    ],
  );
  const events = renderView();
  const section = await screen.findByRole('region', { name: 'First contacts' });
  await events.click(within(section).getByRole('button', { name: 'Record a contact' }));
  await events.click(within(section).getByRole('radio', { name: 'Child seen' }));
  await events.selectOptions(within(section).getByLabelText('Child'), 'p3');
  await events.click(within(section).getByRole('radio', { name: 'Completed' }));
  await events.click(within(section).getByRole('button', { name: 'Check the contact' }));
  const record = await within(section).findByRole('button', { name: 'Record contact' });
  await act(() => events.click(record));

  expect(
    await within(section).findByText('The person must be a child of this report when a child was seen.'),
  ).toBeInTheDocument();
  expect(within(section).getByText('The contact was not recorded: see the marked fields.')).toBeInTheDocument();
  expect(within(section).getByLabelText('Child')).toHaveFocus();
});

it('lists attempts beside the response, and a child with no allegation as not counting', async () => {
  serverAnswers([
    'GET /api/access-reports/r1',
    200,
    screenedIn(
      [
        contact({ id: 'k1', outcome: 'ATTEMPTED', at: '2018-03-02T15:00:00.000Z' }),
        contact({ id: 'k2', personId: 'p3', at: '2018-03-02T15:10:00.000Z' }),
        contact({ id: 'k3', personId: 'p4', kind: 'CAREGIVER_SEEN', at: '2018-03-02T15:20:00.000Z' }),
      ],
      { responseStatus: 'OVERDUE', responseAttemptStatus: 'ON_TIME', responseDueAt: '2018-03-02T15:30:00.000Z' },
    ),
  ]);
  renderView();
  const section = await screen.findByRole('region', { name: 'First contacts' });
  expect(within(section).getByTestId('response-clock')).toHaveTextContent(
    'Status:Overdue by 30 minSeen or attempted:Attempted on time',
  );
  const rows = within(section).getAllByRole('row').slice(1);
  expect(rows.map((r) => r.textContent)).toEqual([
    expect.stringContaining('Maya ThompsonChild seenAttempted'),
    expect.stringContaining('Leo ThompsonNo allegation: does not count for the responseChild seenCompleted'),
    expect.stringContaining('Rosa ThompsonParent or caregiver seenCompleted'),
  ]);
});

it('has no first contacts before a screen-in; the clock waits for it', async () => {
  serverAnswers(['GET /api/access-reports/r1', 200, accessReport()]);
  renderView();
  const clocks = await screen.findByRole('table', { name: 'Clocks of this report' });
  expect(within(clocks).getByRole('row', { name: /RESPONSE-TIME/ })).toHaveTextContent(
    'Starts when the report is screened in',
  );
  expect(screen.queryByRole('region', { name: 'First contacts' })).not.toBeInTheDocument();
});
