import type { DraftInput, PersonMatch } from '@cps/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { fakeIntakeApi, reportFrom } from '../intake/testing/fake-intake-api';
import { renderIntake } from '../intake/testing/render-intake';

// Intake: a linked child's open and screened-in reports, and marking the call a duplicate of one
// (rule DUPLICATE-OF): the recommendation says so, autosaves it, and can be undone.

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
const ORIGINAL = '33333333-3333-4333-8333-333333333333';
const own = (reportId: string, reportNumber: string, status: string, roles = ['CHILD']) => ({
  countyCode: '55079',
  receivedAt: '2026-03-02T16:00:00.000Z',
  status,
  decision: status === 'AWAITING_SUPERVISOR' ? null : status === 'SCREENED_IN' ? 'SCREEN_IN' : 'SCREEN_OUT',
  reportId,
  reportNumber,
  roles,
  allegations: [],
});

async function linkMaya(history: unknown[]) {
  const api = fakeIntakeApi(mockedFetch(), { matches: [maya] });
  api.answer('GET', /^\/api\/persons\/[^/]+\/history$/, () => [200, history]);
  const user = userEvent.setup();
  renderIntake('/reports/new');
  await user.click(await screen.findByRole('button', { name: 'Add child' }));
  await user.type(screen.getByLabelText('Last name'), 'Thompson');
  await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: /Maya Thompson/ }));
  return { api, user };
}

const lastSavedRecommendation = (api: ReturnType<typeof fakeIntakeApi>) =>
  (api.sent('PUT', /\/api\/access-reports\/[^/]+$/).at(-1)?.body as DraftInput | undefined)?.recommendation;

it("lists the child's open and screened-in reports only when asked, and marks the call a duplicate of one", async () => {
  const { api, user } = await linkMaya([
    own(ORIGINAL, '2026-079-00042', 'SCREENED_IN'),
    own('44444444-4444-4444-8444-444444444444', '2026-079-00043', 'SCREENED_OUT'),
    own('55555555-5555-4555-8555-555555555555', '2026-079-00044', 'SCREENED_IN', ['PARENT']),
    { countyCode: '55025', receivedAt: '2026-02-13T16:00:00.000Z', status: 'SCREENED_IN', decision: 'SCREEN_IN' },
  ]);
  const toggle = await screen.findByRole('button', { name: 'Show open and screened-in reports of Maya Thompson' });
  expect(api.sent('GET', /\/history$/)).toHaveLength(0);
  await user.click(toggle);

  const region = screen.getByRole('region', { name: 'Open and screened-in reports of Maya Thompson' });
  const mark = await within(region).findByRole('button', {
    name: 'This call is about the same events: mark as duplicate of 2026-079-00042',
  });
  // Screened out, about her as a parent, or another county's: not offered.
  expect(within(region).getAllByRole('listitem')).toHaveLength(1);
  expect(region).toHaveTextContent('Report 2026-079-00042 · received Mar 2, 2026 · Screened in');
  await user.click(mark);

  const note = await screen.findByText(/Duplicate of 2026-079-00042/);
  await waitFor(() => expect(note.closest('p')).toHaveFocus());
  expect(screen.getByRole('group', { name: 'Your screening recommendation' })).toBeInTheDocument();
  expect(screen.getByLabelText('Screen out')).toBeChecked();
  expect(screen.getByLabelText('Reason for screening out')).toHaveValue('DUPLICATE_REPORT');
  expect(screen.getByLabelText('Rationale')).toHaveValue(
    'This call is about the same child and the same events as report 2026-079-00042.',
  );
  expect(within(region).getByText('This call is marked as a duplicate of this report.')).toBeInTheDocument();
  await waitFor(() =>
    expect(lastSavedRecommendation(api)).toMatchObject({
      decision: 'SCREEN_OUT',
      screenOutReason: 'DUPLICATE_REPORT',
      duplicateOfReportId: ORIGINAL,
    }),
  );

  await user.click(screen.getByRole('button', { name: 'Not a duplicate: undo' }));
  expect(screen.queryByText(/Duplicate of 2026-079-00042/)).not.toBeInTheDocument();
  expect(screen.getByLabelText('Screen out')).not.toBeChecked();
  await waitFor(() =>
    expect(lastSavedRecommendation(api)).toMatchObject({ decision: null, duplicateOfReportId: null }),
  );
});

it('says when the child has no open report, and where to choose an original when the reason is picked by hand', async () => {
  const { user } = await linkMaya([own(ORIGINAL, '2026-079-00042', 'SCREENED_OUT')]);
  await user.click(await screen.findByRole('button', { name: 'Show open and screened-in reports of Maya Thompson' }));
  expect(
    await screen.findByText('No report of this county about this child is awaiting a decision or screened in.'),
  ).toBeInTheDocument();

  await user.click(screen.getByLabelText('Screen out'));
  await user.selectOptions(screen.getByLabelText('Reason for screening out'), 'DUPLICATE_REPORT');
  expect(screen.getByText(/A duplicate names its original/)).toBeInTheDocument();
});

it('a draft opened again says which report it duplicates, by number', async () => {
  const api = fakeIntakeApi(mockedFetch());
  const draft = reportFrom('r1', 1, { countyCode: '55079', persons: [], allegations: [], indicators: [] });
  api.put({
    ...draft,
    recommendation: {
      decision: 'SCREEN_OUT',
      screenOutReason: 'DUPLICATE_REPORT',
      responseTime: null,
      rationale: 'The same events.',
      duplicateOfReportId: '66666666-6666-4666-8666-666666666666',
      duplicateOfReportNumber: '2026-079-00077',
    },
  });
  renderIntake('/reports/r1/edit');
  expect(await screen.findByText(/Duplicate of 2026-079-00077/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Not a duplicate: undo' })).toBeInTheDocument();
});
