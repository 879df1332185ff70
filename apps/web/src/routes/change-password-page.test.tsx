import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { jsonResponse, testUser, useFetchMock } from '../test/fetch-mock';
import { ChangePasswordPage } from './change-password-page';

const mockedFetch = useFetchMock();

type Answer = [number, unknown?];
function answer(change: Answer, me: Answer = [200, testUser]) {
  mockedFetch().mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    if (key === 'GET /api/auth/me') return jsonResponse(...me);
    if (key === 'POST /api/auth/password') return jsonResponse(...change);
    throw new Error(`unexpected request ${key}`);
  });
}
const sent = () =>
  mockedFetch()
    .mock.calls.filter(([, init]) => init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)) as unknown);

function renderPage() {
  render(
    <MemoryRouter initialEntries={['/account/password']}>
      <Routes>
        <Route path="/account/password" element={<ChangePasswordPage />} />
        <Route path="/sign-in" element={<h1>Sign-in stub</h1>} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

async function fill(events: ReturnType<typeof userEvent.setup>, current: string, next: string, again = next) {
  await events.type(await screen.findByLabelText('Current password'), current);
  await events.type(screen.getByLabelText('New password'), next);
  await events.type(screen.getByLabelText('New password again'), again);
  await events.click(screen.getByRole('button', { name: 'Change password' }));
}

it('changes the password, says the other sessions ended, and empties the form', async () => {
  answer([204]);
  const events = renderPage();
  expect(await screen.findByRole('heading', { level: 1, name: 'Change password' })).toBeInTheDocument();
  expect(document.title).toBe('Change password | CPS Access');

  await fill(events, 'the-old-password', 'a-brand-new-password');

  expect(
    await screen.findByText(
      /Your password is changed\. You stay signed in here; your sessions on other computers have ended\./,
    ),
  ).toBeInTheDocument();
  expect(sent()).toEqual([{ currentPassword: 'the-old-password', newPassword: 'a-brand-new-password' }]);
  expect(screen.getByLabelText('Current password')).toHaveValue('');
});

it('a wrong current password is shown beside that field', async () => {
  answer([
    400,
    {
      statusCode: 400,
      error: 'Bad Request',
      message: 'currentPassword: is not right',
      issues: [{ path: 'currentPassword', message: 'is not right' }],
    },
  ]);
  const events = renderPage();
  await fill(events, 'not-the-password', 'a-brand-new-password');
  expect(await screen.findByLabelText('Current password')).toHaveAccessibleDescription('Current password is not right');
  expect(screen.getByLabelText('Current password')).toHaveFocus();
});

it('too many wrong tries (429): the message in an alert', async () => {
  answer([
    429,
    {
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many failed sign-ins for this email; wait 15 minutes or ask an administrator',
    },
  ]);
  const events = renderPage();
  await fill(events, 'not-the-password', 'a-brand-new-password');
  expect(await screen.findByRole('alert')).toHaveTextContent(/wait 15 minutes/);
});

it('checks the new password before sending: 12 characters, typed the same twice, not the current one', async () => {
  answer([204]);
  const events = renderPage();
  await fill(events, 'current-password', 'short', 'short');
  expect(await screen.findByLabelText('New password')).toHaveAccessibleDescription(
    /New password must be at least 12 characters/,
  );
  await events.clear(screen.getByLabelText('New password'));
  await events.clear(screen.getByLabelText('New password again'));
  await events.type(screen.getByLabelText('New password'), 'current-password');
  await events.type(screen.getByLabelText('New password again'), 'current-password');
  await events.click(screen.getByRole('button', { name: 'Change password' }));
  expect(await screen.findByLabelText('New password')).toHaveAccessibleDescription(
    /must be different from your current password/,
  );
  await events.clear(screen.getByLabelText('New password again'));
  await events.type(screen.getByLabelText('New password again'), 'something-else-here');
  await events.click(screen.getByRole('button', { name: 'Change password' }));
  expect(await screen.findByLabelText('New password again')).toHaveAccessibleDescription(
    /The two new passwords are not the same/,
  );
  expect(sent()).toEqual([]);
});

it('sends a signed-out visitor to sign in', async () => {
  answer([204], [401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in first' }]);
  renderPage();
  expect(await screen.findByRole('heading', { name: 'Sign-in stub' })).toBeInTheDocument();
});
