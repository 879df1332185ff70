import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { AdminUsersPage } from '../../routes/admin-users-page';
import { admin, counties, installDialogPolyfill, renderAt, requests, serverAnswers, worker } from './testing/admin-test-kit';

const mockedFetch = useFetchMock();
beforeAll(installDialogPolyfill);

const LIST = 'GET /api/users?page=1&pageSize=50';
const PATCH = `PATCH /api/users/${worker.id}`;

function answers(extra: Record<string, [number, unknown?] | [number, unknown?][]> = {}) {
  serverAnswers(mockedFetch(), {
    'GET /api/auth/me': [200, admin],
    'GET /api/reference/counties': [200, counties],
    [LIST]: [200, { items: [admin, worker], total: 2 }],
    ...extra,
  });
}

const renderUsers = () => renderAt('/admin/users', '/admin/users', <AdminUsersPage />);

it('lists users with role, county and training in plain words, in a captioned table', async () => {
  answers();
  renderUsers();

  const table = await screen.findByRole('table', { name: /Users, page 1 of 1/ });
  const row = within(table).getByRole('row', { name: /Jordan Nelson/ });
  expect(row).toHaveTextContent('Access worker');
  expect(row).toHaveTextContent('Dane');
  expect(row).toHaveTextContent('January 15, 2018');
  expect(within(table).getByRole('row', { name: /Dana Admin/ })).toHaveTextContent(/State administrator.*Statewide.*Not recorded/);
  expect(within(table).getByRole('columnheader', { name: 'Training completed' })).toHaveAttribute('scope', 'col');
  expect(document.title).toBe('Users | CPS Access');
});

it('filters the rows of the page', async () => {
  answers();
  renderUsers();
  await screen.findByRole('table');

  await userEvent.setup().type(screen.getByLabelText(/Filter this page/), 'dane');

  expect(screen.getByText('1 of 2 users on this page match.')).toBeInTheDocument();
  expect(screen.queryByRole('row', { name: /Dana Admin/ })).not.toBeInTheDocument();
});

it('asks before deactivating, says sessions end at once, then deactivates', async () => {
  answers({
    [PATCH]: [200, { ...worker, active: false }],
    [LIST]: [
      [200, { items: [admin, worker], total: 2 }],
      [200, { items: [admin, { ...worker, active: false }], total: 2 }],
    ],
  });
  renderUsers();
  const events = userEvent.setup();
  const button = await screen.findByRole('button', { name: 'Deactivate Jordan Nelson' });

  await events.click(button);

  const dialog = screen.getByRole('dialog', { name: 'Deactivate Jordan Nelson?' });
  expect(dialog).toHaveTextContent(/signed out at once: every session they have open ends now/);
  expect(dialog).toHaveTextContent('The last active state administrator cannot be deactivated.');
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  expect(requests(mockedFetch()).some((r) => r.key === PATCH)).toBe(false);

  await events.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

  expect(await screen.findByText('Jordan Nelson is deactivated: their sessions have ended.')).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(requests(mockedFetch()).find((r) => r.key === PATCH)?.body).toEqual({ active: false });
  expect(await screen.findByRole('button', { name: 'Reactivate Jordan Nelson' })).toHaveFocus();
});

it('changes nothing on Cancel and gives focus back to the button', async () => {
  answers();
  renderUsers();
  const events = userEvent.setup();
  const button = await screen.findByRole('button', { name: 'Deactivate Jordan Nelson' });

  await events.click(button);
  await events.click(screen.getByRole('button', { name: 'Cancel' }));

  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(button).toHaveFocus();
  expect(requests(mockedFetch()).some((r) => r.key.startsWith('PATCH'))).toBe(false);
});

it("shows the API's 409 for the last active administrator in the dialog", async () => {
  const message = 'This is the last active admin: make another user an admin first';
  answers({ [`PATCH /api/users/${admin.id}`]: [409, { statusCode: 409, error: 'Conflict', message }] });
  renderUsers();
  const events = userEvent.setup();

  await events.click(await screen.findByRole('button', { name: 'Deactivate Dana Admin' }));
  const dialog = screen.getByRole('dialog', { name: 'Deactivate Dana Admin?' });
  expect(dialog).toHaveTextContent('This is your own account: you will be signed out.');
  await events.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

  expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
  expect(within(dialog).getByRole('button', { name: 'Deactivate' })).toBeEnabled();
});

it('edits role, county, training date and password', async () => {
  const saved = { ...worker, role: 'SUPERVISOR' as const, countyCode: '55079', sexTraffickingTrainingCompletedOn: null };
  answers({ [PATCH]: [200, saved] });
  renderUsers();
  const events = userEvent.setup();

  await events.click(await screen.findByRole('button', { name: 'Edit Jordan Nelson' }));
  const dialog = screen.getByRole('dialog', { name: 'Edit Jordan Nelson' });
  expect(within(dialog).getByLabelText('Name')).toHaveFocus();
  await events.selectOptions(within(dialog).getByLabelText('Role'), 'Supervisor');
  await events.selectOptions(within(dialog).getByLabelText('County'), 'Milwaukee');
  await events.clear(within(dialog).getByLabelText('Sex trafficking training completed on'));
  await events.type(within(dialog).getByLabelText('New password (optional)'), 'another-long-password');
  await events.click(within(dialog).getByRole('button', { name: 'Save changes' }));

  expect(await screen.findByText('Saved the changes to Jordan Nelson.')).toBeInTheDocument();
  expect(requests(mockedFetch()).find((r) => r.key === PATCH)?.body).toEqual({
    name: 'Jordan Nelson',
    role: 'SUPERVISOR',
    countyCode: '55079',
    sexTraffickingTrainingCompletedOn: null,
    password: 'another-long-password',
  });
});

it('closes a dialog with Escape', async () => {
  answers();
  renderUsers();
  const events = userEvent.setup();
  await events.click(await screen.findByRole('button', { name: 'Add a user' }));
  const dialog = screen.getByRole('dialog', { name: 'Add a user' });

  // What the browser does on Escape (jsdom does not).
  act(() => {
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
  });

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('button', { name: 'Add a user' })).toHaveFocus();
});

it('tells other roles the page is for state administrators, without loading users', async () => {
  serverAnswers(mockedFetch(), { 'GET /api/auth/me': [200, worker] });
  renderUsers();

  expect(await screen.findByText('This page is for state administrators.')).toBeInTheDocument();
  expect(requests(mockedFetch()).map((r) => r.key)).toEqual(['GET /api/auth/me']);
});

it('sends a signed-out visitor to sign in', async () => {
  serverAnswers(mockedFetch(), { 'GET /api/auth/me': [401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' }] });
  renderUsers();
  expect(await screen.findByRole('heading', { name: 'Sign-in stub' })).toBeInTheDocument();
});
