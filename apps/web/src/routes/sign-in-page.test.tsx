import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { jsonResponse, testUser, useFetchMock } from '../test/fetch-mock';
import { SignInPage } from './sign-in-page';

const mockedFetch = useFetchMock();

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/" element={<h1>Home stub</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

it('names the page and its heading', () => {
  renderAt('/sign-in');
  expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  expect(document.title).toBe('Sign in | CPS Access');
});

it('goes to the home page after a successful sign-in', async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(200, {
      token: 't',
      user: testUser,
    }),
  );
  renderAt('/sign-in');
  const events = userEvent.setup();

  await events.type(screen.getByLabelText('Email address'), 'worker@county.example');
  await events.type(screen.getByLabelText('Password'), 'correct horse');
  await events.click(screen.getByRole('button', { name: 'Sign in' }));

  expect(await screen.findByRole('heading', { name: 'Home stub' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
});
