import type { AccessReport } from '@cps/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { completeDraft } from './testing/drafts';
import { fakeIntakeApi, reportFrom, trainedWorker } from './testing/fake-intake-api';
import { renderIntake, saveStatus } from './testing/render-intake';

// Issue 12, item 3: a change that bumps the version outside the draft body (the police call
// recorded in another tab or on the report page) never strands the form.

const mockedFetch = useFetchMock();
beforeEach(() => window.localStorage.clear());

const policeCall = {
  id: 'n1',
  notifiedAt: '2018-03-02T16:00:00.000Z',
  agency: 'Milwaukee Police Department',
  method: 'PHONE',
  contactName: null,
  recordedBy: { id: trainedWorker.id, name: trainedWorker.name },
  recordedAt: '2018-03-02T16:01:00.000Z',
} as const;

function openDraft() {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  renderIntake('/reports/r1/edit');
  return api;
}

/** Another tab records the police call: version 2, the same draft. */
function policeCalledElsewhere(api: ReturnType<typeof fakeIntakeApi>) {
  const current = api.reports.get('r1') as AccessReport;
  api.put({ ...current, version: current.version + 1, lawEnforcementNotifications: [policeCall] });
}

const conflictView = () => screen.queryByRole('region', { name: /saved this report|another window/ });

it('the next autosave after a notification in another tab re-sends on the new version, then submit succeeds', async () => {
  const api = openDraft();
  const user = userEvent.setup();
  const narrative = await screen.findByLabelText('What the caller reports');
  policeCalledElsewhere(api);

  await user.type(narrative, ' More.');
  await waitFor(() => expect(api.reports.get('r1')?.narrative).toMatch(/More\.$/));
  expect(api.sent('PUT', /r1$/).map((r) => (r.body as { version: number }).version)).toEqual([1, 2]);
  expect(api.reports.get('r1')?.version).toBe(3);
  expect(conflictView()).not.toBeInTheDocument();
  await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved/));
  // The notification read again is now part of this page's clocks and list.
  expect(screen.getByText('Milwaukee Police Department')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Submit to supervisor' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Report submitted' })).toBeInTheDocument();
  expect(api.sent('POST', /\/submit$/).map((r) => (r.body as { version: number }).version)).toEqual([3]);
});

it('the issue as reported: nothing typed since, submit after the call recorded elsewhere still succeeds', async () => {
  const api = openDraft();
  const user = userEvent.setup();
  await screen.findByLabelText('What the caller reports');
  policeCalledElsewhere(api);

  await user.click(screen.getByRole('button', { name: 'Submit to supervisor' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Report submitted' })).toBeInTheDocument();
  expect(api.sent('POST', /\/submit$/).map((r) => (r.body as { version: number }).version)).toEqual([1, 2]);
  expect(api.sent('PUT', /r1$/)).toHaveLength(0);
});

it('a real edit elsewhere stops the submit, says "Not saved" and opens the conflict view', async () => {
  const api = openDraft();
  const user = userEvent.setup();
  await screen.findByLabelText('What the caller reports');
  api.put({
    ...reportFrom('r1', 2, completeDraft({ narrative: 'Rewritten elsewhere.' })),
    updatedBy: { id: 'u-other', name: 'Blake Worker' },
  });

  await user.click(screen.getByRole('button', { name: 'Submit to supervisor' }));
  const view = await screen.findByRole('region', { name: 'Blake Worker saved this report while you were working' });
  expect(within(view).getByRole('row', { name: /Narrative/ })).toHaveTextContent('Rewritten elsewhere.');
  expect(saveStatus()).toHaveTextContent('Not saved — the report changed elsewhere');
  expect(saveStatus()).not.toHaveTextContent(/^Saved/);
  expect(screen.getByText(/so it was not submitted/)).toBeInTheDocument();
  expect(api.sent('POST', /\/submit$/)).toHaveLength(1);
  expect(api.reports.get('r1')?.status).toBe('DRAFT');
});

it('records the police call during intake, lists it, and the next autosave sends the version it gave', async () => {
  const api = openDraft();
  const user = userEvent.setup();
  const section = await screen.findByRole('region', { name: 'Police and tribe notified' });
  expect(screen.getByRole('link', { name: 'Police and tribe' })).toHaveAttribute('href', '#section-notifications');
  // The report was received in 2018: LE-12H is overdue, so the form is open already.
  await user.type(within(section).getByLabelText('Law enforcement agency'), 'Milwaukee Police Department');
  await user.selectOptions(within(section).getByLabelText('How they were notified'), 'PHONE');
  await user.click(within(section).getByRole('button', { name: 'Record notification' }));

  expect(await within(section).findByRole('cell', { name: 'Milwaukee Police Department' })).toBeInTheDocument();
  const [call] = api.sent('POST', /law-enforcement-notifications$/);
  expect(call!.body).toMatchObject({ agency: 'Milwaukee Police Department', method: 'PHONE' });
  expect(api.reports.get('r1')?.version).toBe(2);

  await user.type(screen.getByLabelText('What the caller reports'), ' Police told.');
  await waitFor(() => expect(api.reports.get('r1')?.narrative).toMatch(/Police told\.$/));
  expect(api.sent('PUT', /r1$/).map((r) => (r.body as { version: number }).version)).toEqual([2]);
  expect(conflictView()).not.toBeInTheDocument();
});

it("shows the tribe's part once a child is recorded as an Indian child, the child's tribe prefilled", async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit');
  const section = await screen.findByRole('region', { name: 'Police and tribe notified' });
  expect(within(section).queryByRole('heading', { name: /Notice to the tribe/ })).not.toBeInTheDocument();

  await user.click(screen.getByLabelText('Yes', { selector: '#field-persons-0-indianChild' }));
  await user.type(screen.getByLabelText('Tribe', { selector: '#field-persons-0-tribe' }), 'Oneida Nation');
  const tribal = await within(section).findByRole('region', { name: 'Notice to the tribe (TRIBE-24H)' });
  await waitFor(() => expect(within(tribal).getByLabelText('Tribe notified')).toHaveValue('Oneida Nation'));
});
