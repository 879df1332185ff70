import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { PageLayout } from '../../ui/page-layout';
import { supervisor } from '../screening/test-reports';
import { jsonResponse, useFetchMock } from '../../test/fetch-mock';
import { SessionNav } from './session-nav';

const mockedFetch = useFetchMock();

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <PageLayout nav={<SessionNav />}>
        <h1>Page</h1>
      </PageLayout>
    </MemoryRouter>,
  );
}

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
  mockedFetch().mockResolvedValue(jsonResponse(401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' }));
  renderAt('/');
  await screen.findByRole('heading', { name: 'Page' });
  expect(mockedFetch()).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
});
