import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { ChildSearch, type ChosenChild } from './child-search';
import { EpisodeView } from './episode-view';
import { NewEpisodeForm } from './new-episode-form';
import { OpenEpisodes } from './open-episodes';
import { episode } from './test-episodes';

const mockedFetch = useFetchMock();
// Sunday 2018-03-11 04:30 Chicago (CDT): the police report is due at 05:00, NCMEC at 21:00.
const NOW = new Date('2018-03-11T09:30:00.000Z');
// Only the clock is frozen: the forms' validation and the fetches run on real timers.
const REAL = [
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'clearImmediate',
  'queueMicrotask',
  'nextTick',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'hrtime',
  'performance',
] as const;
beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: [...REAL] }));
afterEach(() => jest.useRealTimers());

const inRouter = (ui: React.ReactNode) => render(<MemoryRouter>{ui}</MemoryRouter>);
const bodyOf = (call = 0) => JSON.parse(String(requestOf(mockedFetch(), call).init.body));

describe('OpenEpisodes', () => {
  it('lists the open episodes in the order served, each clock in words', async () => {
    mockedFetch().mockResolvedValue(
      jsonResponse(200, {
        items: [
          episode({
            id: 'a',
            person: { id: 'p', firstName: 'Ana', lastName: 'Overdue', dateOfBirth: null },
            computed: { ...episode().computed, policeStatus: 'OVERDUE', policeDueAt: '2018-03-11T08:00:00.000Z' },
          }),
          episode({
            id: 'b',
            status: 'LOCATED_AWAITING_SCREEN',
            person: { id: 'q', firstName: 'Bo', lastName: 'Located', dateOfBirth: null },
            computed: { ...episode().computed, policeStatus: 'ON_TIME', ncmecStatus: 'ON_TIME' },
          }),
        ],
        total: 2,
      }),
    );
    inRouter(<OpenEpisodes caption="Open episodes" emptyText="None." />);
    const table = await screen.findByRole('table', { name: 'Open episodes' });
    expect(requestOf(mockedFetch()).url).toBe('/api/missing-episodes?open=true&pageSize=200');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Ana Overdue', 'Bo Located']);
    expect(within(rows[0]!).getByText('Overdue by 1 h 30 min')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Pending: due in 16 h 30 min')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Located: return screening needed')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', '/missing/a');
  });

  it('says so in words when no child is missing, and when the list cannot be read', async () => {
    mockedFetch().mockResolvedValueOnce(jsonResponse(200, { items: [], total: 0 }));
    const { unmount } = inRouter(
      <OpenEpisodes caption="Open episodes" emptyText="No child of your county is missing from care." />,
    );
    expect(await screen.findByText('No child of your county is missing from care.')).toBeInTheDocument();
    unmount();
    mockedFetch().mockResolvedValueOnce(jsonResponse(503, { statusCode: 503, message: 'The database is down.' }));
    inRouter(<OpenEpisodes caption="Open episodes" emptyText="None." />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The missing children could not be loaded: The database is down.',
    );
  });
});

describe('Record a missing child: search first, then the form', () => {
  it('searches the registry, links the child chosen, and sends the episode with an Idempotency-Key', async () => {
    const events = userEvent.setup();
    let chosen: ChosenChild | null = null;
    mockedFetch().mockResolvedValueOnce(
      jsonResponse(200, [
        { id: 'p9', firstName: 'Nadia', lastName: 'Test', dateOfBirth: '2003-09-14', gender: 'FEMALE', score: 0.9 },
      ]),
    );
    inRouter(<ChildSearch onChosen={(c) => (chosen = c)} />);
    await events.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByLabelText('Last name')).toHaveAccessibleDescription('Enter the child’s last name to search.');
    expect(mockedFetch()).not.toHaveBeenCalled();
    await events.type(screen.getByLabelText('Last name'), 'Test');
    await events.type(screen.getByLabelText('First name (optional)'), 'Nadia');
    await events.click(screen.getByRole('button', { name: 'Search' }));
    expect(requestOf(mockedFetch()).url).toBe('/api/persons/search?lastName=Test&firstName=Nadia');
    await events.click(await screen.findByRole('button', { name: 'Choose Nadia Test, born Sep 14, 2003' }));
    expect(chosen).toEqual({ kind: 'found', match: expect.objectContaining({ id: 'p9' }) });

    mockedFetch().mockResolvedValueOnce(jsonResponse(201, episode({ id: 'new' })));
    const onRecorded = jest.fn();
    render(
      <MemoryRouter>
        <NewEpisodeForm child={chosen!} countyCode="55079" onRecorded={onRecorded} onChangeChild={jest.fn()} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Nadia Test')).toBeInTheDocument();
    await events.click(screen.getByRole('button', { name: 'Record missing child' }));
    const { init } = requestOf(mockedFetch(), 1);
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['Idempotency-Key']).toMatch(/^[0-9a-f]{32}$/);
    // Learned "now" by default: 04:30 Chicago, as typed to the minute.
    expect(bodyOf(1)).toEqual({
      personId: 'p9',
      countyCode: '55079',
      learnedAt: '2018-03-11T09:30:00.000Z',
      lastSeenAt: null,
      lastSeenLocation: null,
      circumstances: null,
    });
    expect(onRecorded).toHaveBeenCalledWith(expect.objectContaining({ id: 'new' }));
  });

  it('a new child: the names typed in the search; a last-seen time after the learned one is refused beside its field, in words', async () => {
    const events = userEvent.setup();
    const child: ChosenChild = { kind: 'new', firstName: 'Rae', lastName: 'Newchild', dateOfBirth: '' };
    inRouter(<NewEpisodeForm child={child} countyCode="55079" onRecorded={jest.fn()} onChangeChild={jest.fn()} />);
    expect(screen.getByLabelText('First name')).toHaveValue('Rae');
    const lastSeen = screen.getByRole('group', { name: 'When the child was last seen (optional)' });
    await events.type(within(lastSeen).getByLabelText('Date'), '2018-03-11');
    await events.type(within(lastSeen).getByLabelText('Time'), '05:00');
    await events.click(screen.getByRole('button', { name: 'Record missing child' }));
    expect(mockedFetch()).not.toHaveBeenCalled();
    expect(within(lastSeen).getByLabelText('Time')).toHaveAccessibleDescription(
      'The time the child was last seen must not be after the agency learned the child was missing.',
    );
    expect(within(lastSeen).getByLabelText('Time')).toHaveFocus();

    await events.clear(within(lastSeen).getByLabelText('Time'));
    await events.type(within(lastSeen).getByLabelText('Time'), '03:00');
    mockedFetch().mockResolvedValueOnce(
      jsonResponse(400, {
        statusCode: 400,
        message: 'x',
        issues: [{ path: 'person.lastName', message: 'must not be empty' }],
      }),
    );
    await events.click(screen.getByRole('button', { name: 'Record missing child' }));
    expect(bodyOf()).toMatchObject({
      person: { firstName: 'Rae', lastName: 'Newchild', dateOfBirth: null },
      lastSeenAt: '2018-03-11T08:00:00.000Z',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The missing child was not saved: see the marked fields.',
    );
    expect(screen.getByLabelText('Last name')).toHaveAccessibleDescription('The last name must not be empty.');
  });
});

describe('The episode page', () => {
  it('shows both clocks, records the police report with the version on screen, and the next steps remain', async () => {
    const events = userEvent.setup();
    mockedFetch()
      .mockResolvedValueOnce(jsonResponse(200, episode()))
      .mockResolvedValueOnce(
        jsonResponse(
          200,
          episode({
            version: 2,
            policeReportedAt: '2018-03-11T09:30:00.000Z',
            policeAgency: 'Milwaukee PD',
            computed: { ...episode().computed, policeStatus: 'ON_TIME' },
          }),
        ),
      );
    inRouter(<EpisodeView id="e1" />);
    expect(await screen.findByRole('heading', { name: 'Missing from care: Nadia Test' })).toBeInTheDocument();
    const clocks = screen.getByRole('table', { name: /Reporting clocks/ });
    expect(within(clocks).getByText('Pending: due in 30 min')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Return screening for sex trafficking' })).not.toBeInTheDocument();

    const police = screen.getByRole('form', { name: 'Report to the police (for NCIC)' });
    await events.click(within(police).getByRole('button', { name: 'Record police report' }));
    expect(within(police).getByLabelText('Police agency')).toHaveAccessibleDescription('Enter the police agency.');
    await events.type(within(police).getByLabelText('Police agency'), 'Milwaukee PD');
    await events.click(within(police).getByRole('button', { name: 'Record police report' }));
    const { url, init } = requestOf(mockedFetch(), 1);
    expect([url, init.method]).toEqual(['/api/missing-episodes/e1', 'PATCH']);
    expect(bodyOf(1)).toEqual({
      version: 1,
      policeReportedAt: '2018-03-11T09:30:00.000Z',
      policeAgency: 'Milwaukee PD',
      policeCaseNumber: null,
      ncicNumber: null,
    });
    expect(await screen.findByText(/Reported to the police: .*Milwaukee PD/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Report to the police (for NCIC)' })).not.toBeInTheDocument();
    expect(within(clocks).getByText('Reported on time')).toBeInTheDocument();
    expect(within(clocks).queryByText('Notified on time')).not.toBeInTheDocument();
    expect(screen.getByText(/^Status:/)).toHaveFocus();
  });

  it('a 409 says so in words and reloads the episode', async () => {
    const events = userEvent.setup();
    mockedFetch()
      .mockResolvedValueOnce(jsonResponse(200, episode()))
      .mockResolvedValueOnce(
        jsonResponse(409, { statusCode: 409, message: 'The episode has changed since you read it' }),
      )
      .mockResolvedValueOnce(
        jsonResponse(
          200,
          episode({ version: 2, locatedAt: '2018-03-11T09:00:00.000Z', status: 'LOCATED_AWAITING_SCREEN' }),
        ),
      );
    inRouter(<EpisodeView id="e1" />);
    const located = await screen.findByRole('form', { name: 'The child is located' });
    await events.click(within(located).getByRole('button', { name: 'Record child located' }));
    expect(await screen.findByRole('heading', { name: 'Return screening for sex trafficking' })).toBeInTheDocument();
    expect(requestOf(mockedFetch(), 2).url).toBe('/api/missing-episodes/e1');
  });

  it('the return screening asks for a confirmation, names the indicators in words and links the report it opened', async () => {
    const events = userEvent.setup();
    const located = episode({
      version: 4,
      status: 'LOCATED_AWAITING_SCREEN',
      locatedAt: '2018-03-11T08:00:00.000Z',
      policeReportedAt: '2018-03-11T03:00:00.000Z',
      policeAgency: 'PD',
      ncmecReportedAt: '2018-03-11T04:00:00.000Z',
    });
    const closed = {
      ...located,
      version: 5,
      status: 'CLOSED' as const,
      newReportId: 'r42',
      newReportNumber: '2018-079-00042',
      returnScreening: {
        screenedAt: '2018-03-11T09:30:00.000Z',
        indicators: ['LAW_ENFORCEMENT_CONFIRMED' as const],
        notes: null,
        screenedBy: { id: 'u1', name: 'Dana Worker' },
      },
    };
    mockedFetch().mockResolvedValueOnce(jsonResponse(200, located)).mockResolvedValueOnce(jsonResponse(200, closed));
    inRouter(<EpisodeView id="e1" />);
    const form = await screen.findByRole('form', { name: 'Return screening for sex trafficking' });
    const indicators = within(form).getByRole('group', { name: 'Trafficking indicators found' });
    expect(
      within(indicators)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual([
      'Child self-reports being trafficked',
      'Child reports sex in exchange for shelter, food, drugs, alcohol or money (survival sex)',
      'Law enforcement confirmed trafficking',
    ]);
    await events.click(within(indicators).getByLabelText('Law enforcement confirmed trafficking'));
    await events.click(within(form).getByRole('button', { name: 'Record return screening' }));
    expect(mockedFetch()).toHaveBeenCalledTimes(1);
    const confirm = within(form).getByRole('group', {
      name: /with 1 indicator\? The episode closes and a new draft access report is opened/,
    });
    await waitFor(() => expect(confirm).toHaveFocus());
    await events.click(within(confirm).getByRole('button', { name: 'Yes, record the screening' }));
    expect(bodyOf(1)).toEqual({
      version: 4,
      returnScreening: {
        screenedAt: '2018-03-11T09:30:00.000Z',
        indicators: ['LAW_ENFORCEMENT_CONFIRMED'],
        notes: null,
      },
    });
    const link = await screen.findByRole('link', { name: 'Open report 2018-079-00042' });
    expect(link).toHaveAttribute('href', '/reports/r42');
    expect(screen.getByText(/indicators found: Law enforcement confirmed trafficking/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await act(async () => {});
  });
});
