import type { DraftInput, PersonMatch } from '@cps/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { fakeIntakeApi, reportFrom } from './testing/fake-intake-api';
import { renderIntake } from './testing/render-intake';

const mockedFetch = useFetchMock();
beforeEach(() => window.localStorage.clear());

const maya: PersonMatch = {
  id: '11111111-1111-4111-8111-111111111111',
  firstName: 'Maya',
  lastName: 'Thompson',
  dateOfBirth: '2010-04-12',
  gender: 'FEMALE',
  score: 0.92,
};
const mark: PersonMatch = {
  id: '22222222-2222-4222-8222-222222222222',
  firstName: 'Mark',
  lastName: 'Thomson',
  dateOfBirth: null,
  gender: 'MALE',
  score: 0.61,
};

type SavedPerson = { personId?: string | null; firstName?: string; hispanicEthnicity?: unknown };

it('searches as the name is typed and links the chosen person with the keyboard', async () => {
  const api = fakeIntakeApi(mockedFetch(), { matches: [maya, mark] });
  // The person's record already holds her ethnicity and race: the API answers with them.
  api.answer(
    'PUT',
    /^\/api\/access-reports\/r1$/,
    (body) => {
      const { version, ...draft } = body as DraftInput & { version: number };
      const persons = (draft.persons ?? []).map((p) =>
        p.personId === maya.id
          ? { ...p, hispanicEthnicity: 'NOT_HISPANIC' as const, primaryRace: 'BLACK_AFRICAN_AMERICAN' as const }
          : p,
      );
      return [200, api.put(reportFrom('r1', version + 1, { ...draft, persons }))];
    },
    false,
  );
  const user = userEvent.setup();
  renderIntake('/reports/new');

  await user.click(await screen.findByRole('button', { name: 'Add child' }));
  await user.type(screen.getByLabelText('Last name'), 'Thomps');

  const list = await screen.findByRole('listbox', { name: /Already known to the agency/ });
  const search = api.sent('GET', /^\/api\/persons\/search$/).at(-1)!;
  expect(search.path).toBe('/api/persons/search?lastName=Thomps');
  expect(
    within(list)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['Maya Thompson · born Apr 12, 2010 · Female', 'Mark Thomson · date of birth not recorded · Male']);
  expect(screen.getByText(/2 possible matches found/)).toBeInTheDocument();

  // Down arrow from the name field reaches the list; arrows move; Enter links.
  await user.keyboard('{ArrowDown}');
  expect(list).toHaveFocus();
  expect(list).toHaveAttribute('aria-activedescendant', within(list).getAllByRole('option')[0]!.id);
  await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');

  expect(screen.getByLabelText('First name')).toHaveValue('Maya');
  expect(screen.getByLabelText('Last name')).toHaveValue('Thompson');
  expect(screen.getByLabelText('Date of birth')).toHaveValue('2010-04-12');
  expect(screen.getByLabelText('Gender')).toHaveValue('FEMALE');
  await waitFor(() => expect(screen.getByText(/Linked to a person already known to the agency/)).toHaveFocus());
  expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

  const linkedSave = () =>
    api.sent('PUT', /r1$/).find((r) => (r.body as { persons: SavedPerson[] }).persons[0]?.personId);
  await waitFor(() => expect(linkedSave()).toBeDefined());
  const person = (linkedSave()!.body as { persons: SavedPerson[] }).persons[0]!;
  expect(person).toMatchObject({ personId: maya.id, firstName: 'Maya' });
  // Not sent as null: the API would clear what her record holds.
  expect(person).not.toHaveProperty('hispanicEthnicity');
  await waitFor(() => expect(screen.getByLabelText('Hispanic ethnicity')).toHaveValue('NOT_HISPANIC'));
  expect(screen.getByLabelText('Primary race')).toHaveValue('BLACK_AFRICAN_AMERICAN');
});

it('links with one click too, and never offers a person already in the report', async () => {
  const api = fakeIntakeApi(mockedFetch(), { matches: [maya, mark] });
  const user = userEvent.setup();
  renderIntake('/reports/new');

  await user.click(await screen.findByRole('button', { name: 'Add child' }));
  await user.type(screen.getByLabelText('Last name'), 'Thom');
  await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: /Maya Thompson/ }));
  await waitFor(() => expect(api.reports.get('r1')?.persons[0]).toMatchObject({ id: maya.id }));

  await user.click(screen.getByRole('button', { name: 'Add child' }));
  const lastNames = screen.getAllByLabelText('Last name');
  await user.type(lastNames[1]!, 'Thom');
  const options = within(await screen.findByRole('listbox')).getAllByRole('option');
  expect(options.map((o) => o.textContent)).toEqual([expect.stringMatching(/^Mark Thomson/)]);
});

it('hides the list on Escape and keeps typing in the name field', async () => {
  fakeIntakeApi(mockedFetch(), { matches: [maya] });
  const user = userEvent.setup();
  renderIntake('/reports/new');
  await user.click(await screen.findByRole('button', { name: 'Add child' }));
  await user.type(screen.getByLabelText('Last name'), 'Thompson');
  await screen.findByRole('listbox');

  await user.keyboard('{ArrowDown}{Escape}');

  expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  expect(screen.getByLabelText('Last name')).toHaveFocus();
});

it('offers the prior reports of a linked person right where the match was chosen, and hides them on unlink', async () => {
  const api = fakeIntakeApi(mockedFetch(), { matches: [maya] });
  api.answer('GET', /^\/api\/persons\/[^/]+\/history$/, () => [
    200,
    [{ countyCode: '55025', receivedAt: '2018-02-13T16:00:00.000Z', status: 'SCREENED_IN', decision: 'SCREEN_IN' }],
  ]);
  const user = userEvent.setup();
  renderIntake('/reports/new');
  await user.click(await screen.findByRole('button', { name: 'Add child' }));
  await user.type(screen.getByLabelText('Last name'), 'Thompson');
  await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: /Maya Thompson/ }));

  const toggle = await screen.findByRole('button', { name: 'Show prior reports of Maya Thompson' });
  expect(api.sent('GET', /\/history$/)).toHaveLength(0);
  await user.click(toggle);
  const region = screen.getByRole('region', { name: 'Prior reports of Maya Thompson' });
  expect(await within(region).findByText(/received Feb 13, 2018/)).toHaveTextContent(
    'county 55025 · received Feb 13, 2018 · Screened in (decision: screen in)',
  );
  expect(region).toHaveTextContent('Contact county 55025 for details.');
  expect(api.sent('GET', /\/history$/).map((r) => r.path)).toEqual([`/api/persons/${maya.id}/history`]);

  await user.click(screen.getByRole('button', { name: 'Not this person: unlink' }));
  expect(screen.queryByRole('button', { name: /prior reports/ })).not.toBeInTheDocument();
});
