import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { releaseLocalCopies } from '../intake/local-copy';
import { completeDraft } from '../intake/testing/drafts';
import { fakeIntakeApi, reportFrom, trainedWorker } from '../intake/testing/fake-intake-api';
import { renderIntake } from '../intake/testing/render-intake';

const mockedFetch = useFetchMock();
beforeEach(() => {
  releaseLocalCopies(trainedWorker.id);
  window.localStorage.clear();
  window.sessionStorage.clear();
});

type Api = ReturnType<typeof fakeIntakeApi>;
const lastPut = (api: Api) => (api.sent('PUT', /r1$/).at(-1)?.body ?? {}) as Sent;
type Sent = { identifiers?: unknown[]; relationships?: unknown[]; allegations?: { maltreaterRelationship?: string }[] };

it('an identifier typed is saved, then its matches show: own county as links, other counties as counts', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  api.answer(
    'GET',
    /^\/api\/access-reports\/r1\/identifier-matches$/,
    () => [
      200,
      [
        {
          identifierKey: 'i1',
          kind: 'PHONE',
          normalized: '4145550199',
          reports: [
            { id: 'r7', reportNumber: '2018-079-00007', receivedAt: '2018-02-10T16:00:00.000Z', status: 'SCREENED_IN' },
          ],
          otherCounties: [{ countyCode: '55025', month: '2018-02', reports: 2 }],
        },
      ],
    ],
    false,
  );
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit');
  const section = await screen.findByRole('region', { name: 'Trafficker and buyer identifiers' });
  expect(within(section).getByText('No identifiers recorded yet.')).toBeInTheDocument();
  await user.click(within(section).getByRole('button', { name: 'Add an identifier' }));
  await waitFor(() => expect(within(section).getByLabelText('Kind')).toHaveFocus());
  await user.type(within(section).getByLabelText('Value'), '(414) 555-0199');
  await waitFor(() =>
    expect(lastPut(api).identifiers).toEqual([
      { key: 'i1', personKey: null, kind: 'PHONE', value: '(414) 555-0199', platform: null },
    ]),
  );
  expect(await within(section).findByRole('link', { name: 'Report 2018-079-00007' })).toHaveAttribute(
    'href',
    '/reports/r7',
  );
  expect(
    within(section).getByText('2 reports in county 55025, February 2018: contact that agency'),
  ).toBeInTheDocument();

  // A handle asks for its platform.
  await user.selectOptions(within(section).getByLabelText('Kind'), 'SOCIAL_HANDLE');
  expect(within(section).getByLabelText('Platform')).toBeInTheDocument();
});

it('a relationship recorded is saved, and a recorded parent suggests primary caregiver on the allegation', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit');
  const section = await screen.findByRole('region', { name: 'Household relationships' });
  await user.click(within(section).getByRole('button', { name: 'Add a relationship' }));
  // Unfinished: nothing of it is sent yet.
  await user.selectOptions(within(section).getByLabelText('Person'), 'm1');
  await user.selectOptions(within(section).getByLabelText('Relationship'), 'PARENT_OF');
  await user.selectOptions(within(section).getByLabelText('To person'), 'c1');
  await waitFor(() => expect(lastPut(api).relationships).toEqual([{ fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' }]));
  const suggestion = await screen.findByRole('button', { name: 'Set primary caregiver' });
  await user.click(suggestion);
  await waitFor(() => expect(lastPut(api).allegations?.[0]?.maltreaterRelationship).toBe('PRIMARY_CAREGIVER'));
  expect(screen.queryByRole('button', { name: 'Set primary caregiver' })).not.toBeInTheDocument();
});
