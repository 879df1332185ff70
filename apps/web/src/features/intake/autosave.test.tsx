import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { toFormValues } from './intake-form.schema';
import { localCopyKey, readLocalCopy, releaseLocalCopies, writeLocalCopy } from './local-copy';
import { completeDraft } from './testing/drafts';
import { fakeIntakeApi, reportFrom, trainedWorker } from './testing/fake-intake-api';
import { location, renderIntake, saveStatus } from './testing/render-intake';

const mockedFetch = useFetchMock();
beforeEach(() => {
  releaseLocalCopies(trainedWorker.id); // a test that saw a 401 leaves this tab holding copies
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const narrativeBox = () => screen.findByLabelText('What the caller reports');
type Body = { version?: number; narrative?: string; reporter?: { name?: string } };

it('creates the draft on the first change, moves to its address without losing focus, then saves with the version last read', async () => {
  const api = fakeIntakeApi(mockedFetch());
  const user = userEvent.setup();
  renderIntake('/reports/new');

  const narrative = await narrativeBox();
  expect(saveStatus()).toHaveTextContent('Not saved yet');
  expect(screen.queryByTestId('report-number')).not.toBeInTheDocument();
  await user.type(narrative, 'Caller says');

  await waitFor(() => expect(location()).toBe('/reports/r1/edit'));
  // The number the draft got, beside the save status, for the worker to read to the caller.
  expect(await screen.findByTestId('report-number')).toHaveTextContent('Report 2026-079-00001');
  const [create, ...more] = api.sent('POST', /^\/api\/access-reports$/);
  expect(more).toHaveLength(0);
  expect(create!.headers['Idempotency-Key']).toMatch(/^[0-9a-f]{32}$/);
  expect(create!.body).toMatchObject({ countyCode: '55079', narrative: 'C' });
  // The same element, still focused: creating the draft did not remount the form.
  expect(screen.getByLabelText('What the caller reports')).toBe(narrative);
  expect(narrative).toHaveFocus();

  await user.type(narrative, ' more');
  await waitFor(() => expect(api.reports.get('r1')?.narrative).toBe('Caller says more'));
  const puts = api.sent('PUT', /^\/api\/access-reports\/r1$/).map((r) => r.body as Body);
  // Each save sends the version the previous answer gave.
  expect(puts.map((b) => b.version)).toEqual(puts.map((_, i) => i + 1));
  await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved \d+ s ago/));
  expect(readLocalCopy(localCopyKey('r1', trainedWorker.id))).toBeNull();
});

it('saves at once when a field loses focus', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit', { saveDelayMs: 60_000, checkDelayMs: 0 });

  await user.clear(await screen.findByLabelText('Reporter name'));
  expect(screen.getByTestId('report-number')).toHaveTextContent('Report 2026-079-00001');
  await user.type(screen.getByLabelText('Reporter name'), 'Ms. Lee');
  expect(api.sent('PUT', /r1$/)).toHaveLength(0);
  await user.tab();
  await waitFor(() => expect(api.sent('PUT', /r1$/)).toHaveLength(1));
  expect(api.sent('PUT', /r1$/)[0]!.body).toMatchObject({ version: 1, reporter: { name: 'Ms. Lee' } });
});

it('on a 409 lists what changed and re-saves "all mine" on the new version, never silently', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  // The save comes when the field loses focus (not from a timer that a slow machine may fire
  // mid-typing, when the view's focus move would take the rest of the keystrokes).
  renderIntake('/reports/r1/edit', { saveDelayMs: 60_000 });
  const name = await screen.findByLabelText('Reporter name');

  // Someone else saves the draft (version 2) while this worker types.
  api.put(reportFrom('r1', 2, completeDraft({ narrative: 'Changed in another tab.' })));
  await user.clear(name);
  await user.type(name, 'Ms. Lee');
  await user.tab();

  const panel = await screen.findByRole('region', { name: /Someone else saved this report/ });
  expect(within(panel).getByText('Narrative')).toBeInTheDocument();
  expect(within(panel).getByText('Reporter name')).toBeInTheDocument();
  expect(saveStatus()).toHaveTextContent('Not saved — the report changed elsewhere');
  const putsBefore = api.sent('PUT', /r1$/).length;
  await user.type(name, '!'); // typing goes on; nothing is sent until the worker chooses
  await act(() => new Promise((r) => setTimeout(r, 100)));
  expect(api.sent('PUT', /r1$/)).toHaveLength(putsBefore);
  expect(readLocalCopy(localCopyKey('r1', trainedWorker.id))?.values.reporter?.name).toBe('Ms. Lee!');

  await user.click(within(panel).getByRole('button', { name: 'Keep all mine' }));
  await waitFor(() => expect(api.reports.get('r1')?.version).toBe(3));
  expect(api.sent('PUT', /r1$/).at(-1)!.body).toMatchObject({
    version: 2,
    reporter: { name: 'Ms. Lee!' },
    narrative: completeDraft().narrative,
  });
  expect(screen.queryByRole('region', { name: /Someone else saved/ })).not.toBeInTheDocument();
});

it('on a 409 "Keep all saved" puts the saved copy in the form and sends nothing', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit');
  const name = await screen.findByLabelText('Reporter name');
  api.put(reportFrom('r1', 2, completeDraft({ narrative: 'Changed in another tab.' })));
  await user.type(name, ' (aunt)');

  const panel = await screen.findByRole('region', { name: /Someone else saved this report/ });
  const puts = api.sent('PUT', /r1$/).length;
  await user.click(within(panel).getByRole('button', { name: 'Keep all saved' }));

  expect(screen.getByLabelText('What the caller reports')).toHaveValue('Changed in another tab.');
  expect(screen.getByLabelText('Reporter name')).toHaveValue('School counselor');
  await act(() => new Promise((r) => setTimeout(r, 100)));
  expect(api.sent('PUT', /r1$/)).toHaveLength(puts);
  expect(saveStatus()).toHaveTextContent(/^Saved/);
  expect(readLocalCopy(localCopyKey('r1', trainedWorker.id))).toBeNull();
});

it('retries with backoff when the network fails, and says so', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  api.answer('PUT', /r1$/, () => undefined);
  api.answer('PUT', /r1$/, () => [
    503,
    { statusCode: 503, error: 'Service Unavailable', message: 'The database is not reachable' },
  ]);
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit', { saveDelayMs: 20, retryBaseMs: 150, retryMaxMs: 1000, checkDelayMs: 0 });

  await user.type(await narrativeBox(), ' Second call.');
  await waitFor(() => expect(saveStatus()).toHaveTextContent('Not saved — retrying'));
  // The state is in a polite live region; "in 3 s" ticking beside it is not announced.
  expect(within(saveStatus()).getByRole('status')).toHaveTextContent(/^Not saved — retrying$/);
  await waitFor(() => expect(api.reports.get('r1')?.version).toBe(2), { timeout: 3000 });
  expect(api.sent('PUT', /r1$/)).toHaveLength(3);
  await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved/));
  expect(api.reports.get('r1')?.narrative).toBe(`${completeDraft().narrative} Second call.`);
});

it('a reload restores the unsaved copy from this computer, says so, and saves it', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  const first = renderIntake('/reports/r1/edit', { saveDelayMs: 60_000, checkDelayMs: 0 });
  await user.type(await narrativeBox(), ' She is 14.');
  expect(api.sent('PUT', /r1$/)).toHaveLength(0);
  first.unmount(); // the tab closes before the autosave

  renderIntake('/reports/r1/edit');
  expect(await narrativeBox()).toHaveValue(`${completeDraft().narrative} She is 14.`);
  expect(screen.getByText(/We restored your changes from .*: they had not reached the server\./)).toBeInTheDocument();
  await waitFor(() => expect(api.reports.get('r1')?.narrative).toBe(`${completeDraft().narrative} She is 14.`));
  expect(api.sent('PUT', /r1$/)[0]!.body).toMatchObject({ version: 1 });
  await waitFor(() => expect(readLocalCopy(localCopyKey('r1', trainedWorker.id))).toBeNull());
  expect(screen.getByText(/They are saved now\./)).toBeInTheDocument();
});

it('restores a copy typed before the draft could be created', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.answer('POST', /^\/api\/access-reports$/, () => undefined, false); // offline
  const user = userEvent.setup();
  const first = renderIntake('/reports/new', { saveDelayMs: 20, retryBaseMs: 60_000, checkDelayMs: 0 });
  await user.type(await narrativeBox(), 'Offline words');
  await waitFor(() => expect(saveStatus()).toHaveTextContent('Not saved — retrying'));
  first.unmount();

  await act(async () => {
    fakeIntakeApi(mockedFetch()); // back online
  });
  renderIntake('/reports/new');
  expect(await narrativeBox()).toHaveValue('Offline words');
  expect(screen.getByText(/We restored a report you started at/)).toBeInTheDocument();
  await waitFor(() => expect(location()).toBe('/reports/r1/edit'));
});

it("sends a restored copy's create again with its own key and body, then what was typed after it (a create that landed makes no second draft)", async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.answer('POST', /^\/api\/access-reports$/, () => undefined, false); // offline
  const user = userEvent.setup();
  const first = renderIntake('/reports/new', { saveDelayMs: 20, retryBaseMs: 60_000, checkDelayMs: 0 });
  await user.type(await narrativeBox(), 'First');
  await waitFor(() => expect(api.sent('POST', /^\/api\/access-reports$/)).toHaveLength(1));
  await user.type(await narrativeBox(), ' and more');
  await waitFor(() =>
    expect(readLocalCopy(localCopyKey(null, trainedWorker.id))?.values.narrative).toBe('First and more'),
  );
  const [lost] = api.sent('POST', /^\/api\/access-reports$/);
  first.unmount();

  let online = api;
  await act(async () => {
    online = fakeIntakeApi(mockedFetch()); // back online
  });
  renderIntake('/reports/new', { saveDelayMs: 20, checkDelayMs: 0 });
  await waitFor(() => expect(location()).toBe('/reports/r1/edit'));
  const creates = online.sent('POST', /^\/api\/access-reports$/);
  expect(creates).toHaveLength(1);
  expect(creates[0]?.headers['Idempotency-Key']).toBe(lost?.headers['Idempotency-Key']);
  expect(creates[0]?.body).toEqual(lost?.body);
  await waitFor(() => expect(online.reports.get('r1')?.narrative).toBe('First and more'));
});

it('knows its own save landed when the tab closed during it: no false conflict', async () => {
  const api = fakeIntakeApi(mockedFetch());
  const sent = toFormValues(reportFrom('r1', 2, completeDraft({ narrative: 'Sent before the reload.' })));
  api.put(reportFrom('r1', 2, completeDraft({ narrative: 'Sent before the reload.' })));
  writeLocalCopy(localCopyKey('r1', trainedWorker.id), {
    reportId: 'r1',
    userId: trainedWorker.id,
    baseVersion: 1,
    changedAt: new Date().toISOString(),
    values: { ...sent, narrative: 'Sent before the reload. And typed after.' },
    sending: { fromVersion: 1, values: sent },
  });
  renderIntake('/reports/r1/edit');

  expect(await narrativeBox()).toHaveValue('Sent before the reload. And typed after.');
  await waitFor(() => expect(api.reports.get('r1')?.narrative).toBe('Sent before the reload. And typed after.'));
  expect(api.sent('PUT', /r1$/)[0]!.body).toMatchObject({ version: 2 });
  expect(screen.queryByRole('region', { name: /Someone else saved/ })).not.toBeInTheDocument();
});

it('saves during typing without a pause, at least every saveMaxWaitMs', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup({ delay: 20 });
  renderIntake('/reports/r1/edit', { saveDelayMs: 200, saveMaxWaitMs: 300, checkDelayMs: 0 });
  await user.type(await narrativeBox(), ' and she keeps talking without a pause at all');
  // ~45 keys 20 ms apart never leave a 200 ms pause, yet the max wait saved on the way.
  expect(api.sent('PUT', /r1$/).length).toBeGreaterThan(0);
});

const signedOut = () =>
  [401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' }] as [number, unknown];

it('after a 401 keeps the copy in this tab only, and saves it once the same worker is signed in again', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit', { saveDelayMs: 20, retryBaseMs: 100, retryMaxMs: 100, checkDelayMs: 0 });
  const narrative = await narrativeBox();
  let session: 'ended' | 'again' = 'ended';
  api.answer('PUT', /r1$/, signedOut);
  api.answer('GET', /^\/api\/auth\/me$/, () => (session === 'ended' ? signedOut() : [200, trainedWorker]), false);

  await user.type(narrative, ' Typed as the session ended.');
  await waitFor(() => expect(saveStatus()).toHaveTextContent('you are signed out'));
  const key = localCopyKey('r1', trainedWorker.id);
  expect(window.localStorage.getItem(key)).toBeNull();
  expect(JSON.parse(window.sessionStorage.getItem(key) ?? '{}').values.narrative).toMatch(
    /Typed as the session ended\.$/,
  );
  await user.type(narrative, ' More.'); // typing goes on, into this tab's copy only
  expect(window.localStorage.getItem(key)).toBeNull();

  // The page's own question, then the retry's: while signed out, only "who is signed in?" is asked.
  await waitFor(() => expect(api.sent('GET', /^\/api\/auth\/me$/).length).toBeGreaterThanOrEqual(2));
  expect(api.sent('PUT', /r1$/)).toHaveLength(1);

  // The worker signs in again (in another tab): the next try checks who it is, then saves.
  session = 'again';
  await waitFor(
    () =>
      expect(api.reports.get('r1')?.narrative).toBe(`${completeDraft().narrative} Typed as the session ended. More.`),
    { timeout: 3000 },
  );
  await waitFor(() => expect(readLocalCopy(key)).toBeNull());
});

it('after a 401 sends nothing once someone else is signed in, and removes the copy from this computer', async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  writeLocalCopy(localCopyKey('r9', trainedWorker.id), {
    reportId: 'r9',
    userId: trainedWorker.id,
    baseVersion: 1,
    changedAt: new Date().toISOString(),
    values: toFormValues(reportFrom('r9', 1, completeDraft())),
  });
  const user = userEvent.setup();
  renderIntake('/reports/r1/edit', { saveDelayMs: 20, retryBaseMs: 50, retryMaxMs: 50, checkDelayMs: 0 });
  const narrative = await narrativeBox();
  api.answer('PUT', /r1$/, signedOut);
  api.answer('GET', /^\/api\/auth\/me$/, () => [200, { ...trainedWorker, id: 'u2', name: 'Other Worker' }], false);

  await user.type(narrative, ' Not for the next person.');
  await waitFor(() => expect(saveStatus()).toHaveTextContent('someone else is signed in on this computer'));
  await act(() => new Promise((r) => setTimeout(r, 150)));
  expect(api.sent('PUT', /r1$/)).toHaveLength(1);
  expect(api.reports.get('r1')?.narrative).toBe(completeDraft().narrative);
  expect(readLocalCopy(localCopyKey('r1', trainedWorker.id))).toBeNull();
  expect(readLocalCopy(localCopyKey('r9', trainedWorker.id))).toBeNull();
});

it("keeps the create's Idempotency-Key in the copy from the first keystroke, so a later sender makes no second draft", async () => {
  const api = fakeIntakeApi(mockedFetch());
  api.answer('POST', /^\/api\/access-reports$/, () => undefined, false); // offline
  const user = userEvent.setup();
  renderIntake('/reports/new', { saveDelayMs: 20, retryBaseMs: 60_000, checkDelayMs: 0 });
  await user.type(await narrativeBox(), 'O');
  await waitFor(() => expect(api.sent('POST', /^\/api\/access-reports$/)).toHaveLength(1));

  const [attempt] = api.sent('POST', /^\/api\/access-reports$/);
  expect(readLocalCopy(localCopyKey(null, trainedWorker.id))?.create).toEqual({
    key: attempt?.headers['Idempotency-Key'],
    body: attempt?.body,
  });
});
