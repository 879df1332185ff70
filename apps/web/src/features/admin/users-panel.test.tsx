import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminUsersPage } from '../../routes/admin-users-page';
import { useFetchMock } from '../../test/fetch-mock';
import {
  admin,
  counties,
  installDialogPolyfill,
  renderAt,
  requests,
  serverAnswers,
  worker,
} from './testing/admin-test-kit';

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
  expect(within(table).getByRole('row', { name: /Dana Admin/ })).toHaveTextContent(
    /State administrator.*Statewide.*Not recorded/,
  );
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

it('edits role, county and training date; the form has no password field', async () => {
  const saved = {
    ...worker,
    role: 'SUPERVISOR' as const,
    countyCode: '55079',
    sexTraffickingTrainingCompletedOn: null,
  };
  answers({ [PATCH]: [200, saved] });
  renderUsers();
  const events = userEvent.setup();

  await events.click(await screen.findByRole('button', { name: 'Edit Jordan Nelson' }));
  const dialog = screen.getByRole('dialog', { name: 'Edit Jordan Nelson' });
  expect(within(dialog).getByLabelText('Name')).toHaveFocus();
  await events.selectOptions(within(dialog).getByLabelText('Role'), 'Supervisor');
  await events.selectOptions(within(dialog).getByLabelText('County'), 'Milwaukee');
  await events.clear(within(dialog).getByLabelText('Sex trafficking training completed on'));
  expect(within(dialog).queryByLabelText(/password/i)).not.toBeInTheDocument();
  await events.click(within(dialog).getByRole('button', { name: 'Save changes' }));

  expect(await screen.findByText('Saved the changes to Jordan Nelson.')).toBeInTheDocument();
  expect(requests(mockedFetch()).find((r) => r.key === PATCH)?.body).toEqual({
    name: 'Jordan Nelson',
    role: 'SUPERVISOR',
    countyCode: '55079',
    sexTraffickingTrainingCompletedOn: null,
  });
});

it('changing your own role ends your session: goes to sign in', async () => {
  answers({ [`PATCH /api/users/${admin.id}`]: [200, { ...admin, role: 'SUPERVISOR', countyCode: '55079' }] });
  renderUsers();
  const events = userEvent.setup();
  await events.click(await screen.findByRole('button', { name: 'Edit Dana Admin' }));
  const dialog = screen.getByRole('dialog', { name: 'Edit Dana Admin' });
  await events.selectOptions(within(dialog).getByLabelText('Role'), 'Supervisor');
  await events.selectOptions(within(dialog).getByLabelText('County'), 'Milwaukee');
  await events.click(within(dialog).getByRole('button', { name: 'Save changes' }));
  expect(await screen.findByRole('heading', { name: 'Sign-in stub' })).toBeInTheDocument();
});

const setup = {
  token: 'one-time-token',
  url: 'http://localhost:3000/setup#token=one-time-token',
  expiresAt: '2026-12-09T18:00:00.000Z',
};

it('after creating a user, shows the one-time setup link once, with Copy link and how to hand it over', async () => {
  const created = {
    ...worker,
    id: '00000000-0000-4000-8000-000000000003',
    name: 'Riley Thompson',
    email: 'riley@dane.wi.gov',
  };
  answers({ 'POST /api/users': [201, { ...created, setup }] });
  renderUsers();
  const events = userEvent.setup();
  // After setup(): user-event installs a clipboard stub of its own.
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  await events.click(await screen.findByRole('button', { name: 'Add a user' }));
  const form = screen.getByRole('dialog', { name: 'Add a user' });
  expect(within(form).queryByLabelText(/password/i)).not.toBeInTheDocument();
  await events.type(within(form).getByLabelText('Email address'), created.email);
  await events.type(within(form).getByLabelText('Name'), created.name);
  await events.selectOptions(within(form).getByLabelText('County'), 'Dane');
  await events.click(within(form).getByRole('button', { name: 'Create user' }));

  const dialog = await screen.findByRole('dialog', { name: 'Setup link for Riley Thompson' });
  expect(dialog).toHaveTextContent('Created the account of Riley Thompson (Access worker, Dane).');
  expect(dialog).toHaveTextContent(/Hand this link to Riley Thompson privately/);
  expect(dialog).toHaveTextContent(/It works once and expires in 72 hours, on Dec 9, 2026, 12:00:00 PM CST/);
  expect(dialog).toHaveTextContent(/It is shown only now/);
  const link = within(dialog).getByLabelText('One-time setup link');
  expect(link).toHaveValue(setup.url);
  expect(link).toHaveAttribute('readonly');
  expect(link).toHaveFocus();
  expect(requests(mockedFetch()).find((r) => r.key === 'POST /api/users')?.body).not.toHaveProperty('password');

  await events.click(within(dialog).getByRole('button', { name: 'Copy link' }));
  expect(writeText).toHaveBeenCalledWith(setup.url);
  expect(await within(dialog).findByText('The link is copied.')).toBeInTheDocument();

  await events.click(within(dialog).getByRole('button', { name: 'Done' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(screen.queryByDisplayValue(setup.url)).not.toBeInTheDocument(); // shown once: gone with the dialog
  expect(screen.getByText('Created the account of Riley Thompson (Access worker, Dane).')).toBeInTheDocument();
});

it('when the clipboard refuses, selects the link and says how to copy it', async () => {
  answers({ [`POST /api/users/${worker.id}/password-reset`]: [200, { setup }] });
  renderUsers();
  const events = userEvent.setup();
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) },
    configurable: true,
  });
  await events.click(await screen.findByRole('button', { name: 'Reset password of Jordan Nelson' }));
  await events.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reset password' }));
  const dialog = await screen.findByRole('dialog', { name: 'Setup link for Jordan Nelson' });
  await events.click(within(dialog).getByRole('button', { name: 'Copy link' }));
  expect(
    await within(dialog).findByText(/could not be copied automatically: the link is selected/),
  ).toBeInTheDocument();
  const link = within(dialog).getByLabelText<HTMLInputElement>('One-time setup link');
  expect([link.selectionStart, link.selectionEnd]).toEqual([0, setup.url.length]);
});

it('asks before a password reset, says it signs the person out at once, then shows the new link', async () => {
  const RESET = `POST /api/users/${worker.id}/password-reset`;
  answers({ [RESET]: [200, { setup }] });
  renderUsers();
  const events = userEvent.setup();

  await events.click(await screen.findByRole('button', { name: 'Reset password of Jordan Nelson' }));
  const confirm = screen.getByRole('dialog', { name: 'Reset the password of Jordan Nelson?' });
  expect(confirm).toHaveTextContent(
    /signed out at once: every session they have open ends now, and their current password stops working/,
  );
  expect(confirm).toHaveTextContent(/You never see or set it/);
  expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  expect(requests(mockedFetch()).some((r) => r.key === RESET)).toBe(false);

  await events.click(within(confirm).getByRole('button', { name: 'Reset password' }));

  const dialog = await screen.findByRole('dialog', { name: 'Setup link for Jordan Nelson' });
  expect(dialog).toHaveTextContent('Reset the password of Jordan Nelson: their sessions have ended.');
  expect(within(dialog).getByLabelText('One-time setup link')).toHaveValue(setup.url);
  expect(requests(mockedFetch()).filter((r) => r.key === RESET)).toHaveLength(1);
});

it('a cancelled reset changes nothing', async () => {
  answers();
  renderUsers();
  const events = userEvent.setup();
  const button = await screen.findByRole('button', { name: 'Reset password of Jordan Nelson' });
  await events.click(button);
  await events.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(button).toHaveFocus();
  expect(requests(mockedFetch()).some((r) => r.key.startsWith('POST'))).toBe(false);
});

it('resetting your own password shows the link, then goes to sign in (your session has ended)', async () => {
  answers({ [`POST /api/users/${admin.id}/password-reset`]: [200, { setup }] });
  renderUsers();
  const events = userEvent.setup();
  await events.click(await screen.findByRole('button', { name: 'Reset password of Dana Admin' }));
  const confirm = screen.getByRole('dialog', { name: 'Reset the password of Dana Admin?' });
  expect(confirm).toHaveTextContent('This is your own account: you will be signed out.');
  await events.click(within(confirm).getByRole('button', { name: 'Reset password' }));
  const dialog = await screen.findByRole('dialog', { name: 'Setup link for Dana Admin' });
  await events.click(within(dialog).getByRole('button', { name: 'Done' }));
  expect(await screen.findByRole('heading', { name: 'Sign-in stub' })).toBeInTheDocument();
});

it("shows the API's refusal of a reset in the dialog", async () => {
  answers({
    [`POST /api/users/${worker.id}/password-reset`]: [
      404,
      { statusCode: 404, error: 'Not Found', message: 'User not found' },
    ],
  });
  renderUsers();
  const events = userEvent.setup();
  await events.click(await screen.findByRole('button', { name: 'Reset password of Jordan Nelson' }));
  const confirm = screen.getByRole('dialog', { name: 'Reset the password of Jordan Nelson?' });
  await events.click(within(confirm).getByRole('button', { name: 'Reset password' }));
  expect(await within(confirm).findByRole('alert')).toHaveTextContent('User not found');
  expect(within(confirm).getByRole('button', { name: 'Reset password' })).toBeEnabled();
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
  serverAnswers(mockedFetch(), {
    'GET /api/auth/me': [401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' }],
  });
  renderUsers();
  expect(await screen.findByRole('heading', { name: 'Sign-in stub' })).toBeInTheDocument();
});
