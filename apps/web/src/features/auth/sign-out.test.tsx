import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { IntakePage } from '../../routes/intake-page';
import { useFetchMock } from '../../test/fetch-mock';
import { PageLayout } from '../../ui/page-layout';
import { installDialogPolyfill } from '../admin/testing/admin-test-kit';
import { TimingsContext } from '../intake/intake-context';
import { toFormValues } from '../intake/intake-form.schema';
import { listLocalCopies, localCopyKey, readLocalCopy, releaseLocalCopies, writeLocalCopy } from '../intake/local-copy';
import { completeDraft } from '../intake/testing/drafts';
import { fakeIntakeApi, reportFrom, trainedWorker } from '../intake/testing/fake-intake-api';
import { SessionNav } from './session-nav';

const mockedFetch = useFetchMock();
beforeAll(installDialogPolyfill);
beforeEach(() => {
  releaseLocalCopies(trainedWorker.id); // a test that held copies leaves this tab holding
  window.localStorage.clear();
  window.sessionStorage.clear();
});

function Location() {
  return <p data-testid="location">{useLocation().pathname}</p>;
}

/** The intake page in the app's frame, with the sign-out button of the navigation. Autosave waits a minute. */
function renderApp(path: string) {
  render(
    <TimingsContext.Provider
      value={{ saveDelayMs: 60_000, saveMaxWaitMs: 60_000, retryBaseMs: 60_000, checkDelayMs: 0 }}
    >
      <MemoryRouter initialEntries={[path]}>
        <PageLayout nav={<SessionNav />}>
          <Routes>
            <Route path="/reports/new" element={<IntakePage />} />
            <Route path="/reports/:id/edit" element={<IntakePage />} />
            <Route path="/sign-in" element={<h1>Sign-in stub</h1>} />
          </Routes>
        </PageLayout>
        <Location />
      </MemoryRouter>
    </TimingsContext.Provider>,
  );
}

const location = () => screen.getByTestId('location').textContent;
const storedKeys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i));

/** A copy left in this browser by an earlier tab: typed on `baseVersion` of report `id`. */
function leaveCopy(id: string, baseVersion: number, narrative: string) {
  const values = { ...toFormValues(reportFrom(id, baseVersion, completeDraft())), narrative };
  writeLocalCopy(localCopyKey(id, trainedWorker.id), {
    reportId: id,
    userId: trainedWorker.id,
    baseVersion,
    changedAt: new Date().toISOString(),
    values,
  });
}

it('sends the report on screen and the copies left in this browser, says so while it sends, then signs out leaving no case data', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  api.put(reportFrom('r2', 1, completeDraft({ narrative: 'First call.' })));
  leaveCopy('r2', 1, 'First call. Typed in another tab that closed.');
  // A new report whose create was under way when its tab closed: sent again with its own key.
  const created = { countyCode: '55079', narrative: 'Started offline.' };
  writeLocalCopy(localCopyKey(null, trainedWorker.id), {
    reportId: null,
    userId: trainedWorker.id,
    baseVersion: null,
    changedAt: new Date().toISOString(),
    values: { ...toFormValues(reportFrom('x', 1, completeDraft())), narrative: 'Started offline.' },
    create: { key: 'a'.repeat(32), body: created },
  });
  let answerPut: () => void = () => undefined;
  api.answer(
    'PUT',
    /r1$/,
    (body) => new Promise((resolve) => (answerPut = () => resolve([200, api.put(reportFrom('r1', 2, body as never))]))),
  ); // slow
  const user = userEvent.setup();
  renderApp('/reports/r1/edit');

  await user.type(await screen.findByLabelText('What the caller reports'), ' She is 14.');
  expect(api.sent('PUT', /r1$/)).toHaveLength(0);
  await user.click(screen.getByRole('button', { name: 'Sign out' }));

  expect(await screen.findByRole('button', { name: 'Saving your changes…' })).toBeDisabled();
  expect(screen.getByText('Saving your changes before signing out')).toBeInTheDocument();
  answerPut();

  await waitFor(() => expect(location()).toBe('/sign-in'));
  expect(api.reports.get('r1')?.narrative).toBe(`${completeDraft().narrative} She is 14.`);
  expect(api.sent('PUT', /r1$/)[0]?.body).toMatchObject({ version: 1 });
  expect(api.reports.get('r2')?.narrative).toBe('First call. Typed in another tab that closed.');
  expect(api.sent('PUT', /r2$/)[0]?.body).toMatchObject({ version: 1 });
  const [create] = api.sent('POST', /^\/api\/access-reports$/);
  expect(create?.headers['Idempotency-Key']).toBe('a'.repeat(32));
  expect(create?.body).toEqual(created);
  // The session ends only after everything was sent: no write comes after the logout. (A read
  // whose debounce fires late under load, such as the person search, may follow it and get a 401.)
  const logout = api.requests.findIndex((r) => r.path === '/api/auth/logout');
  const lastWrite = api.requests.findLastIndex((r) => r.method !== 'GET' && r.path !== '/api/auth/logout');
  expect(logout).toBeGreaterThan(0);
  expect(lastWrite).toBeGreaterThan(0);
  expect(lastWrite).toBeLessThan(logout);
  expect(storedKeys(window.localStorage)).toEqual([]);
  expect(storedKeys(window.sessionStorage)).toEqual([]);
});

it('lists by child what cannot be sent (a version conflict, an unreachable server) and lets the worker stay signed in with nothing overwritten', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft({ persons: [], allegations: [] })));
  api.put(reportFrom('r2', 2, completeDraft({ narrative: 'Saved elsewhere meanwhile.' })));
  leaveCopy('r2', 1, 'Typed on version 1.');
  api.answer('PUT', /r1$/, () => undefined, false); // offline for r1
  const user = userEvent.setup();
  renderApp('/reports/r1/edit');

  await user.type(await screen.findByLabelText('What the caller reports'), ' More.');
  await user.click(screen.getByRole('button', { name: 'Sign out' }));

  const dialog = await screen.findByRole('dialog', { name: 'Some changes have not been saved' });
  const items = within(within(dialog).getByRole('list', { name: 'Reports not saved' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(items).toEqual([
    expect.stringMatching(
      /^a report received Fri, Mar 2, 2018, 9:04 AM CST: We could not reach the server\. Check your connection and try again\.$/,
    ),
    expect.stringMatching(
      /^Maya Thompson: Someone else saved it since these changes were typed: open it to choose which version to keep\. Open this report$/,
    ),
  ]);
  expect(within(dialog).getByRole('link', { name: 'Open this report' })).toHaveAttribute('href', '/reports/r2/edit');
  expect(within(dialog).getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
  // The stale copy was offered on version 1 and refused: version 2 is untouched.
  expect(api.reports.get('r2')?.narrative).toBe('Saved elsewhere meanwhile.');
  expect(api.reports.get('r2')?.version).toBe(2);

  await user.click(within(dialog).getByRole('button', { name: 'Stay signed in' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(location()).toBe('/reports/r1/edit');
  expect(api.sent('POST', /^\/api\/auth\/logout$/)).toHaveLength(0);
  expect(readLocalCopy(localCopyKey('r2', trainedWorker.id))?.values.narrative).toBe('Typed on version 1.');
  expect(readLocalCopy(localCopyKey('r1', trainedWorker.id))?.values.narrative).toMatch(/ More\.$/);
  expect(screen.getByRole('button', { name: 'Sign out' })).toBeEnabled();
});

it('"Sign out and discard unsaved changes" asks first, then signs out and clears the storage', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r2', 2, completeDraft({ narrative: 'Saved elsewhere meanwhile.' })));
  leaveCopy('r2', 1, 'Typed on version 1.');
  window.sessionStorage.setItem('cps-access:something-else', 'about a case');
  const user = userEvent.setup();
  renderApp('/reports/new');

  await user.click(await screen.findByRole('button', { name: 'Sign out' }));
  const dialog = await screen.findByRole('dialog', { name: 'Some changes have not been saved' });
  await user.click(within(dialog).getByRole('button', { name: 'Sign out and discard unsaved changes' }));

  const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes and sign out?' });
  expect(within(confirm).getByText('Maya Thompson')).toBeInTheDocument();
  expect(within(confirm).getByRole('button', { name: 'Go back' })).toHaveFocus();
  expect(api.sent('POST', /^\/api\/auth\/logout$/)).toHaveLength(0);
  await user.click(within(confirm).getByRole('button', { name: 'Go back' }));
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Some changes have not been saved' })).getByRole('button', {
      name: 'Sign out and discard unsaved changes',
    }),
  );
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Discard unsaved changes and sign out?' })).getByRole('button', {
      name: 'Discard changes and sign out',
    }),
  );

  await waitFor(() => expect(location()).toBe('/sign-in'));
  expect(api.sent('POST', /^\/api\/auth\/logout$/)).toHaveLength(1);
  expect(api.reports.get('r2')?.narrative).toBe('Saved elsewhere meanwhile.');
  expect(storedKeys(window.localStorage)).toEqual([]);
  expect(storedKeys(window.sessionStorage)).toEqual([]);
});

it('when the session has already ended, keeps the unsent copies in this tab only, for the same worker to sign in again', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const signedOut = () =>
    [401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' }] as [number, unknown];
  const user = userEvent.setup();
  renderApp('/reports/r1/edit');
  await user.type(await screen.findByLabelText('What the caller reports'), ' Typed as the session ended.');
  api.answer('PUT', /r1$/, signedOut, false);
  api.answer('GET', /^\/api\/auth\/me$/, signedOut, false);
  api.answer('POST', /^\/api\/auth\/logout$/, signedOut, false);

  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  const first = await screen.findByRole('dialog', { name: 'Your session has ended: some changes were not saved' });
  // Escape changes nothing: the worker stays on the report, the typing kept.
  fireEvent(first, new Event('cancel', { cancelable: true }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(location()).toBe('/reports/r1/edit');
  expect(api.sent('POST', /^\/api\/auth\/logout$/)).toHaveLength(0);

  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  const dialog = await screen.findByRole('dialog', { name: 'Your session has ended: some changes were not saved' });
  expect(
    within(within(dialog).getByRole('list', { name: 'Reports not saved' })).getByRole('listitem'),
  ).toHaveTextContent(/^Maya Thompson: Your session has ended\.$/);
  await user.click(within(dialog).getByRole('button', { name: 'Sign in again to save them' }));

  await waitFor(() => expect(location()).toBe('/sign-in'));
  expect(storedKeys(window.localStorage)).toEqual([]);
  expect(storedKeys(window.sessionStorage)).toEqual([localCopyKey('r1', trainedWorker.id)]);
  // The same worker signs in again in this tab: the copy is theirs to resume and save.
  releaseLocalCopies(trainedWorker.id);
  expect(
    JSON.parse(window.localStorage.getItem(localCopyKey('r1', trainedWorker.id)) ?? '{}').values.narrative,
  ).toMatch(/Typed as the session ended\.$/);
  expect(storedKeys(window.sessionStorage)).toEqual([]);
});

it('a different worker signing in removes the copies held for the one whose session ended', () => {
  leaveCopy('r2', 1, 'Typed by the worker before.');
  releaseLocalCopies('someone-else');
  expect(listLocalCopies()).toEqual([]);
});

it('names a report not created yet as "a new report" with when it was started', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.answer('POST', /^\/api\/access-reports$/, () => undefined, false); // offline
  const user = userEvent.setup();
  renderApp('/reports/new');
  await user.type(await screen.findByLabelText('What the caller reports'), 'Typed before the draft exists.');

  await user.click(screen.getByRole('button', { name: 'Sign out' }));

  const dialog = await screen.findByRole('dialog', { name: 'Some changes have not been saved' });
  expect(
    within(within(dialog).getByRole('list', { name: 'Reports not saved' })).getByRole('listitem'),
  ).toHaveTextContent(
    /^a new report started \w{3}, \w{3} \d+, \d{4}, \d+:\d{2} [AP]M C[SD]T: We could not reach the server\. Check your connection and try again\.$/,
  );
  expect(api.sent('POST', /^\/api\/auth\/logout$/)).toHaveLength(0);
});

it('carries forward a copy whose own save landed as its tab closed (no false conflict), never a stale one', async () => {
  const api = fakeIntakeApi(mockedFetch());
  const sent = toFormValues(reportFrom('r3', 2, completeDraft({ narrative: 'Sent as the tab closed.' })));
  api.put(reportFrom('r3', 2, completeDraft({ narrative: 'Sent as the tab closed.' })));
  writeLocalCopy(localCopyKey('r3', trainedWorker.id), {
    reportId: 'r3',
    userId: trainedWorker.id,
    baseVersion: 1,
    changedAt: new Date().toISOString(),
    values: { ...sent, narrative: 'Sent as the tab closed. And typed after.' },
    sending: { fromVersion: 1, values: sent },
  });
  const user = userEvent.setup();
  renderApp('/reports/new');

  await user.click(await screen.findByRole('button', { name: 'Sign out' }));

  await waitFor(() => expect(location()).toBe('/sign-in'));
  expect(api.sent('PUT', /r3$/).map((r) => (r.body as { version: number }).version)).toEqual([1, 2]); // 409 on 1, then on top of its own save
  expect(api.reports.get('r3')?.narrative).toBe('Sent as the tab closed. And typed after.');
  expect(storedKeys(window.localStorage)).toEqual([]);
});

it('after "discard", empties the storage even when the sign-out itself cannot reach the server, and says so', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  api.answer('PUT', /r1$/, () => undefined, false); // offline
  api.answer('POST', /^\/api\/auth\/logout$/, () => undefined); // the sign-out does not get through either
  const user = userEvent.setup();
  renderApp('/reports/r1/edit');
  await user.type(await screen.findByLabelText('What the caller reports'), ' Offline.');

  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Some changes have not been saved' })).getByRole('button', {
      name: 'Sign out and discard unsaved changes',
    }),
  );
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Discard unsaved changes and sign out?' })).getByRole('button', {
      name: 'Discard changes and sign out',
    }),
  );

  expect(await screen.findByRole('alert')).toHaveTextContent(
    /We could not reach the server\..* You are still signed in; nothing unsaved is left on this computer\. Try signing out again\./,
  );
  expect(storedKeys(window.localStorage)).toEqual([]);
  expect(storedKeys(window.sessionStorage)).toEqual([]);
  // The discarded typing is not written again, nor sent.
  await user.type(screen.getByLabelText('What the caller reports'), ' More.');
  expect(storedKeys(window.localStorage)).toEqual([]);

  // Once the server answers, signing out again goes straight through.
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await waitFor(() => expect(location()).toBe('/sign-in'));
  expect(api.reports.get('r1')?.narrative).toBe(completeDraft().narrative);
});

it('names a report submitted meanwhile, and a server error, without sending over them', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r4', 2, completeDraft({ narrative: 'As submitted.' }), 'AWAITING_SUPERVISOR'));
  leaveCopy('r4', 1, 'Typed before it was submitted.');
  api.put(reportFrom('r5', 1, completeDraft({ persons: [], allegations: [], narrative: 'Second report.' })));
  writeLocalCopy(localCopyKey('r5', trainedWorker.id), {
    reportId: 'r5',
    userId: trainedWorker.id,
    baseVersion: 1,
    changedAt: new Date().toISOString(),
    values: {
      ...toFormValues(reportFrom('r5', 1, completeDraft({ persons: [], allegations: [] }))),
      narrative: 'Second report, more.',
    },
  });
  api.answer('PUT', /r5$/, () => [
    503,
    { statusCode: 503, error: 'Service Unavailable', message: 'The database is not reachable.' },
  ]);
  const user = userEvent.setup();
  renderApp('/reports/new');

  await user.click(await screen.findByRole('button', { name: 'Sign out' }));

  const dialog = await screen.findByRole('dialog', { name: 'Some changes have not been saved' });
  const items = within(within(dialog).getByRole('list', { name: 'Reports not saved' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(items).toEqual(
    expect.arrayContaining([
      'Maya Thompson: It was submitted meanwhile, so these changes can no longer be saved to it. Open this report',
      expect.stringMatching(/^a report received .*: The database is not reachable\. Open this report$/),
    ]),
  );
  expect(api.reports.get('r4')).toMatchObject({ narrative: 'As submitted.', version: 2 });
  expect(api.reports.get('r5')?.narrative).toBe('Second report.');
});
