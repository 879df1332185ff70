import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { completeDraft } from './testing/drafts';
import { fakeIntakeApi, reportFrom } from './testing/fake-intake-api';
import { renderIntake } from './testing/render-intake';

// Issue 13's sections of the intake form: the incident and worker safety, the reporter's
// relationship, a person's details and where a child is now, autosaved like the rest, and the
// county offered from the city.

const mockedFetch = useFetchMock();
beforeEach(() => window.localStorage.clear());

type Sent = {
  incident?: { locationType?: string; address?: Record<string, unknown> | null };
  workerSafetyConcerns?: { present: boolean; description?: string } | null;
  reporter?: { relationshipToChild?: string };
  persons?: { phone?: string; currentLocation?: Record<string, unknown> | null }[];
};

function openDraft() {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  renderIntake('/reports/r1/edit', { saveDelayMs: 0, checkDelayMs: 0 });
  return api;
}
const lastPut = (api: ReturnType<typeof openDraft>) => api.sent('PUT', /r1$/).at(-1)?.body as Sent | undefined;

it('the incident, its address with the county offered from the city, and worker safety autosave', async () => {
  const api = openDraft();
  const user = userEvent.setup();
  const section = await screen.findByRole('region', { name: 'Incident' });
  await user.selectOptions(within(section).getByLabelText('Kind of place'), 'HOTEL_MOTEL');
  await user.click(within(section).getByRole('button', { name: 'Add the address where it happened' }));
  expect(within(section).getByLabelText('Street address')).toHaveFocus();
  await user.keyboard('501 N Plankinton Ave');
  await user.type(within(section).getByLabelText('City'), 'Milwaukee');
  // The county is offered from the city; the worker takes it with one button.
  expect(within(section).getByText(/County: Milwaukee \(from the city\)/)).toBeInTheDocument();
  await user.click(within(section).getByRole('button', { name: 'Use Milwaukee County' }));
  expect(within(section).getByLabelText('County (optional)')).toHaveValue('55079');
  await user.click(within(section).getByRole('radio', { name: 'Yes' }));
  await user.type(await within(section).findByLabelText('Describe the safety concerns'), 'A dog');
  await user.tab();
  await waitFor(() =>
    expect(lastPut(api)).toMatchObject({
      incident: {
        locationType: 'HOTEL_MOTEL',
        address: { line1: '501 N Plankinton Ave', city: 'Milwaukee', state: 'WI', countyCode: '55079' },
      },
      workerSafetyConcerns: { present: true, description: 'A dog' },
    }),
  );
});

it("the reporter's relationship, a person's phone and where the child is now autosave", async () => {
  const api = openDraft();
  const user = userEvent.setup();
  const reporter = await screen.findByRole('region', { name: 'Reporter' });
  await user.type(within(reporter).getByLabelText("Reporter's relationship to the child"), 'Teacher');
  const child = screen.getByRole('group', { name: /^Person 1/ });
  await user.click(within(child).getByRole('button', { name: /^Add address, phone, language, school for person 1/ }));
  expect(within(child).getByLabelText('Phone')).toHaveFocus();
  await user.keyboard('414-555-0123');
  const where = within(child).getByRole('group', { name: 'Where the child is now' });
  await user.click(within(where).getByRole('radio', { name: 'No' }));
  const why = within(where).getByLabelText('Why it is not known, and what is known');
  await user.clear(why);
  await user.type(why, 'Ran away');
  await user.tab();
  await waitFor(() =>
    expect(lastPut(api)).toMatchObject({
      reporter: { relationshipToChild: 'Teacher' },
      persons: [
        { phone: '414-555-0123', currentLocation: { known: false, description: 'Ran away', safeNow: null } },
        { currentLocation: null },
      ],
    }),
  );
});

it('an alleged maltreater has no "where the child is now"', async () => {
  openDraft();
  const maltreater = await screen.findByRole('group', { name: /^Person 2/ });
  expect(within(maltreater).queryByRole('group', { name: 'Where the child is now' })).not.toBeInTheDocument();
  expect(
    within(maltreater).getByRole('button', { name: 'Add address, phone, language for person 2' }),
  ).toBeInTheDocument();
});
