import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { jsonResponse, requestOf, testUser, useFetchMock } from '../../test/fetch-mock';
import { SignedIn, type SignedInProps } from './signed-in';

const mockedFetch = useFetchMock();

const supervisor = { ...testUser, id: 'u2', name: 'Sam Supervisor', role: 'SUPERVISOR' };

function renderGuard(props: SignedInProps) {
  render(
    <MemoryRouter initialEntries={['/page']}>
      <Routes>
        <Route path="/sign-in" element={<h1>Sign-in stub</h1>} />
        <Route path="/page" element={<SignedIn {...props} />} />
      </Routes>
    </MemoryRouter>,
  );
}

const greet = (user: { name: string; role: string }) => <h1>{`Hello ${user.name}, ${user.role}`}</h1>;

it('asks the server who is signed in', async () => {
  mockedFetch().mockResolvedValue(jsonResponse(200, testUser));
  renderGuard({ children: greet });
  await screen.findByRole('heading', { name: 'Hello Dana Worker, ACCESS_WORKER' });
  expect(requestOf(mockedFetch()).url).toBe('/api/auth/me');
});

it('sends a signed-out visitor to the sign-in page, without rendering the page', async () => {
  mockedFetch().mockResolvedValue(jsonResponse(401, { statusCode: 401, message: 'Sign in first.' }));
  const children = jest.fn(greet);
  renderGuard({ children });
  expect(await screen.findByRole('heading', { name: 'Sign-in stub' })).toBeInTheDocument();
  expect(children).not.toHaveBeenCalled();
});

it('shows that it is loading while the session is not known yet', () => {
  mockedFetch().mockReturnValue(new Promise(() => undefined));
  const children = jest.fn(greet);
  renderGuard({ children });
  expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  expect(children).not.toHaveBeenCalled();
});

it('shows the error when the session cannot be read, and stays on the page', async () => {
  mockedFetch().mockResolvedValue(jsonResponse(500, { statusCode: 500, message: 'The server is down.' }));
  const children = jest.fn(greet);
  renderGuard({ children });
  expect(await screen.findByRole('alert')).toHaveTextContent('The server is down.');
  expect(screen.queryByRole('heading', { name: 'Sign-in stub' })).not.toBeInTheDocument();
  expect(children).not.toHaveBeenCalled();
});

it('shows a signed-in person of another role the refusal, not the page', async () => {
  mockedFetch().mockResolvedValue(jsonResponse(200, testUser));
  const children = jest.fn(greet);
  renderGuard({ roles: ['SUPERVISOR', 'ADMIN'], refusal: <p>For supervisors only.</p>, children });
  expect(await screen.findByText('For supervisors only.')).toBeInTheDocument();
  expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  expect(children).not.toHaveBeenCalled();
});

it('renders the page with the signed-in user when the role is one of those let in', async () => {
  mockedFetch().mockResolvedValue(jsonResponse(200, supervisor));
  renderGuard({ roles: ['SUPERVISOR'], refusal: <p>For supervisors only.</p>, children: greet });
  expect(await screen.findByRole('heading', { name: 'Hello Sam Supervisor, SUPERVISOR' })).toBeInTheDocument();
  expect(screen.queryByText('For supervisors only.')).not.toBeInTheDocument();
});

it('lets every role in when no roles are given', async () => {
  mockedFetch().mockResolvedValue(jsonResponse(200, { ...testUser, role: 'ADMIN', countyCode: null }));
  renderGuard({ children: greet });
  expect(await screen.findByRole('heading', { name: 'Hello Dana Worker, ADMIN' })).toBeInTheDocument();
});
