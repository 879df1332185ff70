import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { jsonResponse, testUser, useFetchMock } from '../test/fetch-mock';
import { HomePage } from './home-page';

const worker = { ...testUser, sexTraffickingTrainingCompletedOn: '2018-01-15' };
const counties = [
  { code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' },
  { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
];
const unauthorized = { statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' };

const mockedFetch = useFetchMock();

/** Answers by method and path, like the API would; anything unexpected fails loudly. */
function serverAnswers(answers: Record<string, [number, unknown?]>) {
  mockedFetch().mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const answer = answers[key];
    if (!answer) throw new Error(`unexpected request ${key}`);
    return jsonResponse(answer[0], answer[1]);
  });
}

function renderHome() {
  render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/sign-in" element={<h1>Sign-in stub</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

it('shows a loading status until the session is known', () => {
  mockedFetch().mockReturnValue(new Promise(() => undefined));
  renderHome();
  expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  expect(document.title).toBe('Home | CPS Access');
});

it('greets the person with their role and county in plain words, and offers to start a report', async () => {
  serverAnswers({
    'GET /api/auth/me': [200, worker],
    'GET /api/reference/counties': [200, counties],
  });
  renderHome();

  expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Dana Worker' })).toBeInTheDocument();
  expect(screen.getByText('Access worker')).toBeInTheDocument();
  expect(screen.getByText('Milwaukee County')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Start a new report' })).toHaveAttribute('href', '/reports/new');
  expect(screen.getByRole('link', { name: 'My reports' })).toHaveAttribute('href', '/reports');
  expect(screen.queryByRole('heading', { name: 'Nothing here yet' })).not.toBeInTheDocument();
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});

it('says statewide for a state administrator without a county', async () => {
  serverAnswers({
    'GET /api/auth/me': [200, { ...worker, role: 'ADMIN', countyCode: null }],
    'GET /api/reference/counties': [200, counties],
  });
  renderHome();

  expect(await screen.findByText('State administrator')).toBeInTheDocument();
  expect(screen.getByText('Statewide (no county assigned)')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'What you can do here' })).toBeInTheDocument();
  for (const [name, href] of [
    ['Statistics', '/statistics'],
    ['Users', '/admin/users'],
    ['Holidays', '/admin/holidays'],
    ['Audit log', '/admin/audit'],
  ]) {
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
  }
  expect(screen.queryByText(/coming/)).not.toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Start a new report' })).not.toBeInTheDocument();
});

it('sends a person who is not signed in to the sign-in page', async () => {
  serverAnswers({ 'GET /api/auth/me': [401, unauthorized] });
  renderHome();

  expect(await screen.findByRole('heading', { name: 'Sign-in stub' })).toBeInTheDocument();
  expect(mockedFetch()).toHaveBeenCalledTimes(1);
});

it('shows the error instead of redirecting when the server fails', async () => {
  serverAnswers({
    'GET /api/auth/me': [503, { statusCode: 503, error: 'Unavailable', message: 'Down for now.' }],
  });
  renderHome();

  expect(await screen.findByRole('alert')).toHaveTextContent('Down for now.');
  expect(screen.queryByRole('heading', { name: 'Sign-in stub' })).not.toBeInTheDocument();
});
