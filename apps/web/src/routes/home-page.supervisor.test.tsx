import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { supervisor } from '../features/screening/test-reports';
import { jsonResponse, testUser, useFetchMock } from '../test/fetch-mock';
import { HomePage } from './home-page';

const mockedFetch = useFetchMock();

function renderHomeAs(user: object) {
  mockedFetch().mockImplementation(async (input) =>
    String(input) === '/api/auth/me'
      ? jsonResponse(200, user)
      : jsonResponse(200, [{ code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' }]),
  );
  render(
    <MemoryRouter>
      <HomePage />
    </MemoryRouter>,
  );
}

it('sends a supervisor to the screening queue', async () => {
  renderHomeAs(supervisor);
  expect(await screen.findByRole('link', { name: 'Open the screening queue' })).toHaveAttribute('href', '/queue');
  expect(screen.getByRole('heading', { level: 2, name: 'Your screening queue' })).toBeInTheDocument();
});

it('offers the queue to nobody else', async () => {
  renderHomeAs(testUser);
  await screen.findByRole('heading', { level: 1, name: /Welcome/ });
  expect(screen.queryByRole('link', { name: 'Open the screening queue' })).not.toBeInTheDocument();
});
