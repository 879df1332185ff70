import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { completeDraft } from './testing/drafts';
import { fakeIntakeApi, reportFrom, trainedWorker } from './testing/fake-intake-api';
import { renderIntake, saveStatus } from './testing/render-intake';

const mockedFetch = useFetchMock();
beforeEach(() => window.localStorage.clear());

const maya = completeDraft().persons![0]!;
type Body = { version: number; narrative: string; reporter: { name: string }; persons: { dateOfBirth: string }[] };

it('shows both versions of each changed field side by side and saves the choice made per field, keyboard only', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit', { saveDelayMs: 60_000, checkDelayMs: 0 });
  const narrative = await screen.findByLabelText('What the caller reports');
  await user.clear(screen.getByLabelText('Reporter name'));
  await user.type(screen.getByLabelText('Reporter name'), 'Ms. Lee');
  await user.click(narrative); // leaving a field saves
  await waitFor(() => expect(api.reports.get('r1')?.reporter.name).toBe('Ms. Lee'));

  // The same worker, in another window, had that copy: the narrative and Maya's date of birth.
  const saved = api.reports.get('r1')!;
  api.put({
    ...reportFrom(
      'r1',
      saved.version + 1,
      completeDraft({
        reporter: { ...completeDraft().reporter!, name: 'Ms. Lee' },
        narrative: 'Saved elsewhere.',
        persons: [{ ...maya, dateOfBirth: '2004-06-01' }, completeDraft().persons![1]!],
      }),
    ),
    updatedBy: { id: trainedWorker.id, name: trainedWorker.name },
  });
  await user.type(narrative, ' Mine.');
  await user.tab();

  const view = await screen.findByRole('region', { name: 'This report was saved in another window' });
  await waitFor(() => expect(within(view).getByRole('heading', { level: 2 })).toHaveFocus());
  expect(saveStatus()).toHaveTextContent('Not saved — the report changed elsewhere');
  const row = (name: RegExp) => within(view).getByRole('row', { name });
  expect(within(view).queryByRole('row', { name: /^Reporter name/ })).not.toBeInTheDocument(); // the same on both
  const dob = row(/^Maya Thompson — date of birth/);
  expect(dob).toHaveTextContent(/2004-06-01.*2004-04-12/);
  expect(within(dob).getByLabelText('Keep saved')).toBeChecked(); // only the other window changed it
  const story = row(/^Narrative/);
  expect(story).toHaveTextContent(/Saved elsewhere\..*Mine\./);
  expect(within(story).getByLabelText('Keep mine')).not.toBeChecked(); // both changed it: the worker decides
  expect(within(story).getByLabelText('Keep saved')).not.toBeChecked();
  // No raw field name anywhere in the view.
  expect(view).not.toHaveTextContent(/persons\.|dateOfBirth|reporter\.name/);

  // Keyboard only: to "Apply my choices" and press Enter; it asks for the narrative's choice.
  const apply = within(view).getByRole('button', { name: 'Apply my choices' });
  apply.focus();
  await user.keyboard('{Enter}');
  expect(within(view).getByRole('alert')).toHaveTextContent('Choose which to keep for: Narrative.');
  expect(within(story).getByLabelText('Keep mine')).toHaveFocus();
  await user.keyboard(' '); // Space chooses the focused one: Keep mine
  expect(within(story).getByLabelText('Keep mine')).toBeChecked();
  apply.focus();
  await user.keyboard('{Enter}');

  await waitFor(() => expect(api.reports.get('r1')?.version).toBe(saved.version + 2));
  const sent = api.sent('PUT', /r1$/).at(-1)!.body as Body;
  expect(sent.version).toBe(saved.version + 1);
  expect(sent.narrative).toBe(`${completeDraft().narrative} Mine.`);
  expect(sent.reporter.name).toBe('Ms. Lee');
  expect(sent.persons[0]!.dateOfBirth).toBe('2004-06-01');
  expect(screen.queryByRole('region', { name: /another window/ })).not.toBeInTheDocument();
  expect(screen.getByLabelText('What the caller reports')).toHaveValue(`${completeDraft().narrative} Mine.`);
  await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved/));
});

it('names the other person when someone else saved it', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit');
  const narrative = await screen.findByLabelText('What the caller reports');
  api.put({
    ...reportFrom('r1', 2, completeDraft({ narrative: 'Theirs.' })),
    updatedBy: { id: 'u-blake', name: 'Blake Worker' },
  });
  await user.type(narrative, ' Mine.');
  expect(
    await screen.findByRole('region', { name: 'Blake Worker saved this report while you were working' }),
  ).toBeInTheDocument();
});
