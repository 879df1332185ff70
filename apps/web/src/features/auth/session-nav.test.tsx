import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { jsonResponse, testUser, useFetchMock } from '../../test/fetch-mock';
import { PageLayout } from '../../ui/page-layout';
import { emptyValues } from '../intake/intake-form.schema';
import { localCopyKey, readLocalCopy, writeLocalCopy } from '../intake/local-copy';
import { supervisor } from '../screening/test-reports';
import { SessionNav } from './session-nav';

const mockedFetch = useFetchMock();

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <PageLayout nav={<SessionNav />}>
        <Routes>
          <Route path="/sign-in" element={<h1>Sign-in stub</h1>} />
          <Route path="*" element={<h1>Page</h1>} />
        </Routes>
      </PageLayout>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

it("shows the signed-in person's primary navigation", async () => {
  mockedFetch().mockResolvedValue(jsonResponse(200, supervisor));
  renderAt('/queue');
  expect(await screen.findByRole('navigation', { name: 'Primary' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Queue' })).toHaveAttribute('aria-current', 'page');
});

it('links to Change password from every page of a signed-in person', async () => {
  mockedFetch().mockResolvedValue(jsonResponse(200, supervisor));
  renderAt('/queue');
  const account = await screen.findByRole('navigation', { name: 'Your account' });
  expect(account).toContainElement(screen.getByRole('link', { name: 'Change password' }));
  expect(screen.getByRole('link', { name: 'Change password' })).toHaveAttribute('href', '/account/password');
});

it('shows no navigation, and asks nothing, on the setup page (the person is not signed in yet)', () => {
  renderAt('/setup');
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  expect(mockedFetch()).not.toHaveBeenCalled();
});

it('shows no navigation, and asks nothing, on the sign-in page', () => {
  renderAt('/sign-in');
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  expect(mockedFetch()).not.toHaveBeenCalled();
});

it('shows no navigation to someone who is not signed in', async () => {
  mockedFetch().mockResolvedValue(
    jsonResponse(401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' }),
  );
  renderAt('/');
  await screen.findByRole('heading', { name: 'Page' });
  expect(mockedFetch()).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
});

it('offers sign-out on every page, and with nothing unsaved signs out and goes to the sign-in page', async () => {
  mockedFetch().mockImplementation(async (input) =>
    String(input) === '/api/auth/logout' ? jsonResponse(204) : jsonResponse(200, testUser),
  );
  renderAt('/reports');
  expect(await screen.findByRole('region', { name: 'Your session' })).toHaveTextContent('Signed in as Dana Worker');

  await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));

  expect(await screen.findByRole('heading', { name: 'Sign-in stub' })).toBeInTheDocument();
  // The header also reads the county names; the logout is the one write.
  expect(mockedFetch().mock.calls.map(([url]) => String(url))).toContain('/api/auth/logout');
});

it("removes another worker's copies left in this browser: their session is over once someone signs in", async () => {
  const copy = (userId: string) => ({
    reportId: null,
    userId,
    baseVersion: null,
    changedAt: new Date().toISOString(),
    values: emptyValues('55079'),
  });
  writeLocalCopy(localCopyKey(null, 'someone-else'), copy('someone-else'));
  writeLocalCopy(localCopyKey(null, testUser.id), copy(testUser.id));
  mockedFetch().mockResolvedValue(jsonResponse(200, testUser));
  renderAt('/reports');
  await screen.findByRole('navigation', { name: 'Primary' });

  await waitFor(() => expect(readLocalCopy(localCopyKey(null, 'someone-else'))).toBeNull());
  expect(readLocalCopy(localCopyKey(null, testUser.id))).not.toBeNull();
});
