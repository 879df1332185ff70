import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, requestOf, testUser, useFetchMock } from '../../test/fetch-mock';
import { emptyValues } from '../intake/intake-form.schema';
import { holdLocalCopies, localCopyKey, writeLocalCopy } from '../intake/local-copy';
import { SignInForm } from './sign-in-form';

const user = testUser;

const mockedFetch = useFetchMock();

async function fillAndSubmit(email: string, password: string) {
  const events = userEvent.setup();
  if (email) await events.type(screen.getByLabelText('Email address'), email);
  if (password) await events.type(screen.getByLabelText('Password'), password);
  await events.click(screen.getByRole('button', { name: 'Sign in' }));
}

it('shows field errors tied to the fields on an empty submit and calls no API', async () => {
  const onSignedIn = jest.fn();
  render(<SignInForm onSignedIn={onSignedIn} />);

  await fillAndSubmit('', '');

  const email = screen.getByLabelText('Email address');
  const password = screen.getByLabelText('Password');
  expect(await screen.findByText(/Enter an email address like/)).toBeInTheDocument();
  expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(email).toHaveAccessibleDescription(/Enter an email address like/);
  expect(password).toHaveAttribute('aria-invalid', 'true');
  expect(password).toHaveAccessibleDescription('Enter your password');
  expect(email).toHaveFocus();
  expect(mockedFetch()).not.toHaveBeenCalled();
  expect(onSignedIn).not.toHaveBeenCalled();
});

it('rejects an address that is not an email before calling the API', async () => {
  render(<SignInForm onSignedIn={jest.fn()} />);

  await fillAndSubmit('dana.worker', 'secret');

  expect(await screen.findByText(/Enter an email address like/)).toBeInTheDocument();
  expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  expect(mockedFetch()).not.toHaveBeenCalled();
});

it("shows the server's message in an alert when sign-in is refused (401)", async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(401, {
      statusCode: 401,
      error: 'Unauthorized',
      message: 'That email and password do not match an account.',
    }),
  );
  const onSignedIn = jest.fn();
  render(<SignInForm onSignedIn={onSignedIn} />);

  await fillAndSubmit('  Worker@County.example ', 'wrong password');

  expect(await screen.findByRole('alert')).toHaveTextContent('That email and password do not match an account.');
  const { url, init } = requestOf(mockedFetch());
  expect(url).toBe('/api/auth/login');
  expect(init.method).toBe('POST');
  expect(JSON.parse(String(init.body))).toEqual({
    email: 'worker@county.example',
    password: 'wrong password',
  });
  expect(onSignedIn).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
});

it("shows the server's message when there were too many attempts (429)", async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(429, {
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many failed sign-ins. Try again in 15 minutes.',
    }),
  );
  render(<SignInForm onSignedIn={jest.fn()} />);

  await fillAndSubmit('worker@county.example', 'wrong password');

  expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-ins. Try again in 15 minutes.');
});

it('disables the button while signing in, then hands over the user', async () => {
  let answer: (response: Response) => void = () => undefined;
  mockedFetch().mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
  const onSignedIn = jest.fn();
  render(<SignInForm onSignedIn={onSignedIn} />);

  await fillAndSubmit('worker@county.example', 'correct horse');

  const button = await screen.findByRole('button', { name: 'Signing in…' });
  expect(button).toBeDisabled();
  answer(jsonResponse(200, { token: 't', user }));
  expect(await screen.findByRole('button', { name: 'Sign in' })).toBeEnabled();
  expect(onSignedIn).toHaveBeenCalledWith(user);
});

it("gives the worker back the copies held in this tab since their session ended, and removes anyone else's", async () => {
  const copy = (userId: string) => ({
    reportId: null,
    userId,
    baseVersion: null,
    changedAt: new Date().toISOString(),
    values: emptyValues('55079'),
  });
  window.localStorage.clear();
  window.sessionStorage.clear();
  writeLocalCopy(localCopyKey(null, user.id), copy(user.id));
  writeLocalCopy(localCopyKey(null, 'someone-else'), copy('someone-else'));
  holdLocalCopies();
  expect(window.localStorage.length).toBe(0);
  mockedFetch().mockResolvedValueOnce(jsonResponse(200, { token: 't', user }));
  const onSignedIn = jest.fn();
  render(<SignInForm onSignedIn={onSignedIn} />);

  await fillAndSubmit('worker@county.example', 'correct horse');

  await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
  expect(window.localStorage.getItem(localCopyKey(null, user.id))).not.toBeNull();
  expect(window.localStorage.getItem(localCopyKey(null, 'someone-else'))).toBeNull();
  expect(window.sessionStorage.length).toBe(0);
});
