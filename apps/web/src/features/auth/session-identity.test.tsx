import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { jsonResponse, useFetchMock } from '../../test/fetch-mock';
import { PageLayout } from '../../ui/page-layout';
import { supervisor } from '../screening/test-reports';
import { SessionNav } from './session-nav';

const mockedFetch = useFetchMock();

function signedInAs(user: object) {
  mockedFetch().mockImplementation(async (input) => {
    const path = new URL(String(input), 'http://localhost').pathname;
    if (path === '/api/auth/me') return jsonResponse(200, user);
    if (path === '/api/reference/counties')
      return jsonResponse(200, [
        { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
        { code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' },
      ]);
    throw new Error(`unexpected request ${path}`);
  });
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <PageLayout nav={<SessionNav />}>
        <Routes>
          <Route path="*" element={<h1>Page</h1>} />
        </Routes>
      </PageLayout>
    </MemoryRouter>,
  );
}

it.each(['/queue', '/reports/new', '/reports/r1', '/statistics'])(
  'on %s the header names the person, their role and their county, with Sign out',
  async (path) => {
    signedInAs(supervisor);
    renderAt(path);
    const session = await screen.findByRole('region', { name: 'Your session' });
    expect(await within(session).findByText(/Milwaukee County/)).toBeInTheDocument();
    expect(within(session).getByTestId('session-identity')).toHaveTextContent(
      'Signed in as Morgan Lee · , Supervisor · , Milwaukee County',
    );
    expect(within(session).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  },
);

it('a state administrator has no county: "State of Wisconsin"', async () => {
  signedInAs({ ...supervisor, name: 'Robin Admin', role: 'ADMIN', countyCode: null });
  renderAt('/admin/users');
  const session = await screen.findByRole('region', { name: 'Your session' });
  expect(within(session).getByTestId('session-identity')).toHaveTextContent(
    /Robin Admin.*State administrator.*State of Wisconsin/,
  );
});
