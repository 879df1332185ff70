import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { completeDraft } from './testing/drafts';
import { fakeIntakeApi, reportFrom } from './testing/fake-intake-api';
import { renderIntake } from './testing/render-intake';

const mockedFetch = useFetchMock();
beforeEach(() => window.localStorage.clear());

function openDraft(overrides: Parameters<typeof completeDraft>[0] = {}) {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft(overrides)));
  renderIntake('/reports/r1/edit');
  return api;
}

it('shows a broken rule beside its field as the worker types, tied with aria-describedby, and removes it when fixed', async () => {
  openDraft();
  const user = userEvent.setup();
  const type = await screen.findByLabelText('Maltreatment type');
  const relationship = screen.getByLabelText("Alleged maltreater's relationship to the child");
  expect(relationship).not.toHaveAttribute('aria-invalid');

  await user.selectOptions(type, 'NEGLECT');

  await waitFor(() => expect(relationship).toHaveAttribute('aria-invalid', 'true'));
  expect(relationship).toHaveAccessibleDescription(
    /ST-NEGLECT Neglect with sex trafficking is recorded only against the primary caregiver/,
  );
  const nav = screen.getByRole('navigation', { name: 'Sections of the report' });
  expect(within(nav).getByRole('link', { name: /Allegations 1 to fix/ })).toBeInTheDocument();

  await user.selectOptions(relationship, 'PRIMARY_CAREGIVER');
  await waitFor(() => expect(relationship).not.toHaveAttribute('aria-invalid'));
  expect(screen.queryByText(/ST-NEGLECT/)).not.toBeInTheDocument();
});

it('flags a screen-out recommendation on a sex trafficking report (ST-SCREEN-IN) before any submit', async () => {
  openDraft();
  const user = userEvent.setup();
  await user.click(await screen.findByLabelText('Screen out'));

  const screenIn = screen.getByLabelText('Screen in');
  await waitFor(() =>
    expect(screenIn).toHaveAccessibleDescription(
      /ST-SCREEN-IN A report with a sex trafficking allegation must be screened in/,
    ),
  );
  expect(screen.getByText(/it must be screened in, whatever the relationship \(ST-SCREEN-IN\)/)).toBeInTheDocument();

  await user.click(screenIn);
  await waitFor(() => expect(screenIn).not.toHaveAccessibleDescription(/ST-SCREEN-IN/));
});

it('clears and disables the name and phone of an anonymous reporter, and saves them empty', async () => {
  const api = openDraft();
  const user = userEvent.setup();
  const name = await screen.findByLabelText('Reporter name');
  const phone = screen.getByLabelText('Reporter phone');
  expect(name).toHaveValue('School counselor');

  await user.click(screen.getByLabelText('The reporter did not give a name (anonymous)'));

  expect(name).toHaveValue('');
  expect(phone).toHaveValue('');
  expect(name).toBeDisabled();
  expect(phone).toBeDisabled();
  await waitFor(() => expect(api.reports.get('r1')?.reporter).toMatchObject({ anonymous: true }));
  const saved = api.reports.get('r1')!.reporter!;
  expect(saved.name ?? '').toBe('');
  expect(saved.phone ?? '').toBe('');

  await user.click(screen.getByLabelText('The reporter did not give a name (anonymous)'));
  expect(name).toBeEnabled();
});

it('suggests person-first words under the narrative without blocking anything', async () => {
  // The test quotes a warning term on purpose: the app must answer it with a suggestion.
  const api = openDraft();
  const user = userEvent.setup();
  const narrative = await screen.findByLabelText('What the caller reports');

  await user.type(narrative, ' The caller called her a teen prostitute.');

  const hint = await screen.findByText('“teen prostitute” — consider “youth being sex trafficked”');
  expect(narrative).toHaveAccessibleDescription(expect.stringContaining('youth being sex trafficked'));
  expect(narrative).not.toHaveAttribute('aria-invalid');
  expect(hint).toBeVisible();
  await waitFor(() => expect(api.reports.get('r1')?.narrative).toMatch(/teen prostitute\.$/));
});

it('shows when law enforcement must be told (LE-12H) in Chicago time once sexual abuse is alleged', async () => {
  // Received Friday 2018-03-02 at 14:00 Chicago: 10 business hours left that day, 2 more on Monday.
  openDraft({ receivedAt: '2018-03-02T20:00:00.000Z', allegations: [] });
  const user = userEvent.setup();
  await screen.findByLabelText('What the caller reports');
  expect(screen.queryByText(/Law enforcement referral (was )?due/)).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Add allegation' }));
  await user.selectOptions(screen.getByLabelText('Maltreatment type'), 'SEXUAL_ABUSE');

  const notices = await screen.findAllByText(/Law enforcement referral (was )?due/);
  expect(notices[0]!.closest('p')).toHaveTextContent('Mon, Mar 5, 2018, 2:00 AM CST');
});

it('keeps the received time in Chicago time, whatever the computer says', async () => {
  const api = openDraft({ receivedAt: '2018-07-02T15:04:00.000Z' });
  const user = userEvent.setup();
  const time = await screen.findByLabelText('Time');
  expect(screen.getByLabelText('Date')).toHaveValue('2018-07-02');
  expect(time).toHaveValue('10:04'); // CDT, UTC-5

  await user.clear(time);
  await user.type(time, '09:30');
  await waitFor(() => expect(api.reports.get('r1')?.receivedAt).toBe('2018-07-02T14:30:00.000Z'));
});

it('adds a child, then an allegation that picks that child, and undoes a removal', async () => {
  const api = fakeIntakeApi(mockedFetch());
  renderIntake('/reports/new');
  const user = userEvent.setup();

  await user.click(await screen.findByRole('button', { name: 'Add child' }));
  await waitFor(() => expect(screen.getByLabelText('First name')).toHaveFocus());
  await user.keyboard('Ana');
  await user.click(screen.getByRole('button', { name: 'Add allegation' }));
  // The only child is chosen at once; her name shows once typing settles.
  expect(screen.getByRole('combobox', { name: 'Child' })).toHaveValue('c1');
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Child' })).toHaveDisplayValue('Ana (person 1)'));

  await user.click(screen.getByRole('button', { name: 'Remove person 1' }));
  expect(screen.queryByLabelText('First name')).not.toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Child' })).toHaveValue('');
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(screen.getByLabelText('First name')).toHaveValue('Ana');
  expect(screen.getByRole('combobox', { name: 'Child' })).toHaveDisplayValue('Ana (person 1)');
  await waitFor(() => expect(api.reports.get('r1')?.allegations?.[0]).toMatchObject({ childKey: 'c1' }));
});
