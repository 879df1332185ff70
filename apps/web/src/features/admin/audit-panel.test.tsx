import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { AdminAuditPage } from '../../routes/admin-audit-page';
import { admin, renderAt, requests, serverAnswers, worker } from './testing/admin-test-kit';

const mockedFetch = useFetchMock();

const USERS = 'GET /api/users?page=1&pageSize=200';
const created = {
  id: '42',
  at: '2018-03-02T15:04:05.000Z',
  userId: admin.id,
  action: 'user.created',
  entityType: 'User',
  entityId: worker.id,
  ip: '10.0.0.7',
};
const failed = { id: '41', at: '2018-03-02T15:00:00.000Z', userId: null, action: 'auth.login_failed', entityType: 'User', entityId: 'nobody@x.gov', ip: null };

function answers(events: Record<string, [number, unknown]>) {
  serverAnswers(mockedFetch(), {
    'GET /api/auth/me': [200, admin],
    [USERS]: [200, { items: [admin, worker], total: 2 }],
    ...events,
  });
}

const renderAudit = (path = '/admin/audit') => renderAt(path, '/admin/audit', <AdminAuditPage />);

it('shows events in Chicago time with user names and actions in plain words', async () => {
  answers({ 'GET /api/audit-events?page=1&pageSize=50': [200, { items: [created, failed], total: 2 }] });
  renderAudit();

  const table = await screen.findByRole('table', { name: /Audit events, newest first, page 1 of 1/ });
  const row = within(table).getByRole('row', { name: /Mar 2, 2018, 9:04:05 AM CST/ });
  expect(row).toHaveTextContent('Dana Admin');
  expect(row).toHaveTextContent('Created a user');
  expect(await within(row).findByText(/User: Jordan Nelson/)).toBeInTheDocument();
  expect(row).toHaveTextContent(worker.id);
  expect(row).toHaveTextContent('10.0.0.7');
  expect(within(table).getByRole('row', { name: /9:00:00 AM CST/ })).toHaveTextContent(/No user.*Sign-in failed.*nobody@x\.gov.*Not recorded/);
  expect(screen.getByText('2 events in all.')).toBeInTheDocument();
  expect(document.title).toBe('Audit log | CPS Access');
});

it('filters by user, record and period, and says when nothing matches', async () => {
  const filtered = `GET /api/audit-events?page=1&pageSize=50&userId=${admin.id}&entityId=${worker.id}&from=2018-03-01&to=2018-03-31`;
  answers({
    'GET /api/audit-events?page=1&pageSize=50': [200, { items: [created], total: 1 }],
    [filtered]: [200, { items: [], total: 0 }],
  });
  renderAudit();
  const events = userEvent.setup();
  await screen.findByRole('table');
  await screen.findByRole('option', { name: /Dana Admin/ });

  await events.selectOptions(screen.getByLabelText('User'), 'Dana Admin (admin@demo.wi.gov)');
  await events.type(screen.getByLabelText('Record id'), ` ${worker.id} `);
  await events.type(screen.getByLabelText('From'), '2018-03-01');
  await events.type(screen.getByLabelText('To'), '2018-03-31');
  await events.click(screen.getByRole('button', { name: 'Apply filters' }));

  expect(await screen.findByText('No audit events match these filters.')).toBeInTheDocument();
  expect(requests(mockedFetch()).map((r) => r.key)).toContain(filtered);
});

it('refuses a period that ends before it starts, beside the field', async () => {
  answers({ 'GET /api/audit-events?page=1&pageSize=50': [200, { items: [], total: 0 }] });
  renderAudit();
  const events = userEvent.setup();
  expect(await screen.findByText('The audit log is empty.')).toBeInTheDocument();

  await events.type(screen.getByLabelText('From'), '2018-03-31');
  await events.type(screen.getByLabelText('To'), '2018-03-01');
  await events.click(screen.getByRole('button', { name: 'Apply filters' }));

  expect(screen.getByLabelText('To')).toHaveAccessibleDescription(/To must not be before From/);
  expect(requests(mockedFetch()).filter((r) => r.key.startsWith('GET /api/audit-events'))).toHaveLength(1);
});

it('shows a loading state until the events come', async () => {
  answers({});
  const never = new Promise<Response>(() => undefined);
  const answer = mockedFetch().getMockImplementation()!;
  mockedFetch().mockImplementation((input, init) => (String(input).startsWith('/api/audit-events') ? never : answer(input, init)));
  renderAudit();

  expect(await screen.findByText('Loading audit events…')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
});

it('pages through the events', async () => {
  answers({
    'GET /api/audit-events?page=2&pageSize=50': [200, { items: [created], total: 51 }],
    'GET /api/audit-events?page=1&pageSize=50': [200, { items: [failed], total: 51 }],
  });
  renderAudit('/admin/audit?page=2');

  await screen.findByRole('table', { name: /page 2 of 2/ });
  await userEvent.setup().click(screen.getByRole('link', { name: 'Previous page' }));

  expect(await screen.findByRole('table', { name: /page 1 of 2/ })).toBeInTheDocument();
});
