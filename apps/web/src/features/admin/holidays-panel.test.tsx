import { todayInChicago } from '@cps/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminHolidaysPage } from '../../routes/admin-holidays-page';
import { useFetchMock } from '../../test/fetch-mock';
import { admin, installDialogPolyfill, renderAt, requests, serverAnswers } from './testing/admin-test-kit';
import { UNDO_SECONDS } from './undo-notice';

const mockedFetch = useFetchMock();
beforeAll(installDialogPolyfill);
afterEach(() => jest.useRealTimers());

const july4 = { date: '2018-07-04', name: 'Independence Day' };
const newYear = { date: '2018-01-01', name: "New Year's Day" };
const LIST_2018 = 'GET /api/calendar/holidays?year=2018';
const DELETE_JULY4 = 'DELETE /api/calendar/holidays/2018-07-04';

function answers(extra: Record<string, [number, unknown?] | [number, unknown?][]> = {}) {
  serverAnswers(mockedFetch(), {
    'GET /api/auth/me': [200, admin],
    [LIST_2018]: [200, [newYear, july4]],
    ...extra,
  });
}

const renderHolidays = (path = '/admin/holidays?year=2018') => renderAt(path, '/admin/holidays', <AdminHolidaysPage />);

async function removeJuly4(events: ReturnType<typeof userEvent.setup>) {
  await events.click(await screen.findByRole('button', { name: 'Remove Independence Day' }));
  const dialog = screen.getByRole('dialog', { name: 'Remove Independence Day?' });
  expect(dialog).toHaveTextContent('Wednesday, July 4, 2018 will count again toward the 12-hour law enforcement clock');
  await events.click(within(dialog).getByRole('button', { name: 'Remove holiday' }));
  return screen.findByRole('button', { name: 'Undo' });
}

it("lists the year's holidays and says the 12-hour clock skips them", async () => {
  answers();
  renderHolidays();

  const table = await screen.findByRole('table', { name: 'Holidays in 2018' });
  expect(
    within(table).getByRole('row', { name: 'Wednesday, July 4, 2018 Independence Day Remove Independence Day' }),
  ).toBeInTheDocument();
  expect(within(table).getByRole('rowheader', { name: 'Monday, January 1, 2018' })).toBeInTheDocument();
  expect(screen.getByText(/12-hour clock for notifying law enforcement skips these days/)).toBeInTheDocument();
  expect(screen.getByLabelText('Year')).toHaveValue('2018');
  expect(document.title).toBe('Holidays | CPS Access');
});

it('shows the current Chicago year by default', async () => {
  const year = todayInChicago(new Date()).slice(0, 4);
  answers({ [`GET /api/calendar/holidays?year=${year}`]: [200, []] });
  renderHolidays('/admin/holidays');

  expect(await screen.findByText(`There are no holidays in ${year} yet.`)).toBeInTheDocument();
  expect(screen.getByLabelText('Year')).toHaveValue(year);
});

it('removes a holiday after asking, then puts it back with Undo', async () => {
  answers({
    [DELETE_JULY4]: [204],
    'POST /api/calendar/holidays': [201, july4],
    [LIST_2018]: [
      [200, [newYear, july4]],
      [200, [newYear]],
      [200, [newYear, july4]],
    ],
  });
  renderHolidays();
  const events = userEvent.setup();

  const undo = await removeJuly4(events);

  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(
    screen.getByText(/Removed Independence Day \(Wednesday, July 4, 2018\)/).closest('[tabindex="-1"]'),
  ).toHaveFocus();
  await waitFor(() => expect(screen.queryByRole('row', { name: /Independence Day/ })).not.toBeInTheDocument());

  await events.click(undo);

  const restored = await screen.findByText('Restored Independence Day (Wednesday, July 4, 2018).');
  expect(restored.closest('[tabindex="-1"]')).toHaveFocus();
  expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  expect(await screen.findByRole('row', { name: /Independence Day/ })).toBeInTheDocument();
  const sent = requests(mockedFetch()).map((r) => r.key);
  expect(sent).toContain(DELETE_JULY4);
  expect(requests(mockedFetch()).find((r) => r.key === 'POST /api/calendar/holidays')?.body).toEqual(july4);
});

it('offers Undo for a few seconds once focus has left it, then no more', async () => {
  jest.useFakeTimers();
  answers({
    [DELETE_JULY4]: [204],
    [LIST_2018]: [
      [200, [newYear, july4]],
      [200, [newYear]],
    ],
  });
  renderHolidays();
  const events = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  await removeJuly4(events);

  act(() => jest.advanceTimersByTime(60_000));
  expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument(); // paused while focused

  await events.click(screen.getByLabelText('Year'));
  act(() => jest.advanceTimersByTime((UNDO_SECONDS - 1) * 1000));
  expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  act(() => jest.advanceTimersByTime(1000));
  expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  expect(requests(mockedFetch()).some((r) => r.key.startsWith('POST'))).toBe(false);
});

it("shows the API's 409 when the date is already a holiday", async () => {
  answers({
    'POST /api/calendar/holidays': [
      409,
      { statusCode: 409, error: 'Conflict', message: '2018-07-04 is already a holiday' },
    ],
  });
  renderHolidays();
  const events = userEvent.setup();
  await screen.findByRole('table');

  await events.type(screen.getByLabelText('Date'), '2018-07-04');
  await events.type(screen.getByLabelText('Name'), 'Fourth of July');
  await events.click(screen.getByRole('button', { name: 'Add holiday' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('2018-07-04 is already a holiday');
});

it('adds a holiday and shows its year', async () => {
  const juneteenth = { date: '2019-06-19', name: 'Juneteenth' };
  answers({
    'POST /api/calendar/holidays': [201, juneteenth],
    'GET /api/calendar/holidays?year=2019': [200, [juneteenth]],
  });
  renderHolidays();
  const events = userEvent.setup();
  await screen.findByRole('table');

  await events.click(screen.getByRole('button', { name: 'Add holiday' }));
  expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/Name must not be empty/);
  await events.type(screen.getByLabelText('Date'), juneteenth.date);
  await events.type(screen.getByLabelText('Name'), juneteenth.name);
  await events.click(screen.getByRole('button', { name: 'Add holiday' }));

  expect(await screen.findByRole('table', { name: 'Holidays in 2019' })).toBeInTheDocument();
  expect(screen.getByText('Added Juneteenth (Wednesday, June 19, 2019).')).toBeInTheDocument();
  expect(screen.getByLabelText('Name')).toHaveValue('');
});
