import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { jsonResponse, requestOf, testUser, useFetchMock } from '../test/fetch-mock';
import { SetupPage } from './setup-page';

const mockedFetch = useFetchMock();

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/" element={<h1>Home stub</h1>} />
        <Route path="/sign-in" element={<h1>Sign-in stub</h1>} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

async function choose(events: ReturnType<typeof userEvent.setup>, password: string, again = password) {
  await events.type(screen.getByLabelText('New password'), password);
  await events.type(screen.getByLabelText('New password again'), again);
  await events.click(screen.getByRole('button', { name: 'Save the password and sign in' }));
}

it('names the page; reads the token from the fragment, sends it with the password, then goes home signed in', async () => {
  mockedFetch().mockResolvedValueOnce(jsonResponse(200, { token: 'session', user: testUser }));
  const events = renderAt('/setup#token=the-one-time-token');
  expect(screen.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeInTheDocument();
  expect(document.title).toBe('Choose your password | CPS Access');

  await choose(events, 'my-own-long-password');

  expect(await screen.findByRole('heading', { name: 'Home stub' })).toBeInTheDocument();
  const { url, init } = requestOf(mockedFetch());
  expect(url).toBe('/api/auth/setup');
  expect(init.method).toBe('POST');
  expect(JSON.parse(String(init.body))).toEqual({ token: 'the-one-time-token', password: 'my-own-long-password' });
});

it('checks length and that both are the same before sending anything, in words beside the fields', async () => {
  const events = renderAt('/setup#token=abc');
  await choose(events, 'too-short', 'too-short');
  expect(await screen.findByLabelText('New password')).toHaveAccessibleDescription(
    /New password must be at least 12 characters/,
  );
  expect(screen.getByLabelText('New password')).toHaveFocus();

  await events.clear(screen.getByLabelText('New password'));
  await events.clear(screen.getByLabelText('New password again'));
  await choose(events, 'long-enough-password', 'long-enough-passwort');
  expect(await screen.findByLabelText('New password again')).toHaveAccessibleDescription(
    /The two new passwords are not the same/,
  );
  expect(mockedFetch()).not.toHaveBeenCalled();
});

it('a used or expired link: a clear message to ask the administrator for a new link, and no form', async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'token: This setup link cannot be used',
      issues: [{ path: 'token', message: 'This setup link cannot be used' }],
    }),
  );
  const events = renderAt('/setup#token=used-token');
  await choose(events, 'my-own-long-password');

  expect(await screen.findByRole('alert')).toHaveTextContent(
    /cannot be used any more.*Ask your administrator for a new link/,
  );
  expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
});

it("puts the server's refusal of the password beside the field", async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'password: must be at most 1024 characters',
      issues: [{ path: 'password', message: 'must be at most 1024 characters' }],
    }),
  );
  const events = renderAt('/setup#token=abc');
  await choose(events, 'my-own-long-password');
  expect(await screen.findByLabelText('New password')).toHaveAccessibleDescription(
    /New password must be at most 1024 characters/,
  );
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

it('says so when the server cannot be reached, and keeps the form', async () => {
  mockedFetch().mockRejectedValueOnce(new TypeError('Failed to fetch'));
  const events = renderAt('/setup#token=abc');
  await choose(events, 'my-own-long-password');
  expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach the server/);
  expect(screen.getByRole('button', { name: 'Save the password and sign in' })).toBeEnabled();
});

it('without a token in the link: says to open the whole link again, and asks nothing', () => {
  renderAt('/setup');
  expect(screen.getByRole('alert')).toHaveTextContent(/needs the whole link your administrator gave you/);
  expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  expect(mockedFetch()).not.toHaveBeenCalled();
});
