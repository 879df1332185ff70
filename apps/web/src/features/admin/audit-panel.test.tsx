import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminAuditPage } from '../../routes/admin-audit-page';
import { useFetchMock } from '../../test/fetch-mock';
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
  reportId: null,
  reportNumber: null,
  ip: '10.0.0.7',
};
const failed = {
  id: '41',
  at: '2018-03-02T15:00:00.000Z',
  userId: null,
  action: 'auth.login_failed',
  entityType: 'User',
  entityId: 'nobody@x.gov',
  reportId: null,
  reportNumber: null,
  ip: null,
};

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
  expect(within(table).getByRole('row', { name: /9:00:00 AM CST/ })).toHaveTextContent(
    /No user.*Sign-in failed.*nobody@x\.gov.*Not recorded/,
  );
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
  mockedFetch().mockImplementation((input, init) =>
    String(input).startsWith('/api/audit-events') ? never : answer(input, init),
  );
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

describe('by action and report', () => {
  const REPORT = '0b7c6f2e-5d7a-4c1e-9f3b-2a6d8e4c1f00';
  const denied = {
    id: '50',
    at: '2018-03-02T16:00:00.000Z',
    userId: worker.id,
    action: 'access.denied',
    entityType: 'AccessReport',
    entityId: REPORT,
    reportId: REPORT,
    ip: '10.0.0.9',
  };
  const finding = {
    id: '49',
    at: '2018-03-02T15:50:00.000Z',
    userId: admin.id,
    action: 'allegation.finding_recorded',
    entityType: 'Allegation',
    entityId: 'a1',
    reportId: REPORT,
    ip: null,
  };

  it('offers the known actions in words, filters by one and by a report, and shows the report of each event', async () => {
    const filtered = `GET /api/audit-events?page=1&pageSize=50&action=access.denied&reportId=${REPORT}`;
    answers({
      'GET /api/audit-events?page=1&pageSize=50': [200, { items: [finding], total: 1 }],
      [filtered]: [200, { items: [denied], total: 1 }],
    });
    renderAudit();
    const events = userEvent.setup();
    const first = await screen.findByRole('table');
    expect(within(first).getByRole('row', { name: /Recorded a finding/ })).toHaveTextContent(
      `In access report ${REPORT}`,
    );

    const action = screen.getByLabelText('Action');
    expect(within(action).getByRole('option', { name: 'All actions' })).toBeInTheDocument();
    expect(within(action).getByRole('option', { name: 'Opened an access report' })).toHaveValue('report.read');
    expect(within(action).getByRole('option', { name: 'Requested statistics' })).toHaveValue('statistics.requested');
    await events.selectOptions(action, 'Was refused access');
    await events.type(screen.getByLabelText('Report'), REPORT);
    await events.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('1 event matches these filters.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /page 1 of 1/ });
    expect(within(table).getByRole('row', { name: /Was refused access/ })).toHaveTextContent(REPORT);
    expect(requests(mockedFetch()).map((r) => r.key)).toContain(filtered);
  });

  it("filters by a report number and shows each event's report by its number", async () => {
    const NUMBER = '2018-079-00042';
    const byNumber = `GET /api/audit-events?page=1&pageSize=50&reportId=${NUMBER}`;
    const opened = { ...denied, id: '51', action: 'report.read', reportNumber: NUMBER };
    answers({
      'GET /api/audit-events?page=1&pageSize=50': [200, { items: [], total: 0 }],
      [byNumber]: [200, { items: [opened, { ...finding, reportNumber: NUMBER }], total: 2 }],
    });
    renderAudit();
    const events = userEvent.setup();
    await screen.findByText('The audit log is empty.');

    expect(screen.getByLabelText('Report')).toHaveAccessibleDescription(/report number, such as 2026-079-00042/);
    await events.type(screen.getByLabelText('Report'), ` ${NUMBER} `);
    await events.click(screen.getByRole('button', { name: 'Apply filters' }));

    const table = await screen.findByRole('table', { name: /page 1 of 1/ });
    expect(within(table).getByRole('row', { name: /Opened an access report/ })).toHaveTextContent(
      `Access report ${NUMBER}${REPORT}`,
    );
    expect(within(table).getByRole('row', { name: /Recorded a finding/ })).toHaveTextContent(
      `In access report ${NUMBER}`,
    );
    expect(within(table).getByRole('row', { name: /Recorded a finding/ })).not.toHaveTextContent(REPORT);
    expect(requests(mockedFetch()).map((r) => r.key)).toContain(byNumber);
  });

  it('refuses a report that is not a report id beside the field, before calling the API', async () => {
    answers({ 'GET /api/audit-events?page=1&pageSize=50': [200, { items: [], total: 0 }] });
    renderAudit();
    const events = userEvent.setup();
    await screen.findByText('The audit log is empty.');

    await events.type(screen.getByLabelText('Report'), 'report 12');
    await events.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(screen.getByLabelText('Report')).toHaveAccessibleDescription(
      /Report must be a report id or a report number such as 2026-079-00042/,
    );
    expect(requests(mockedFetch()).filter((r) => r.key.startsWith('GET /api/audit-events'))).toHaveLength(1);
  });

  it('shows the 400 of a hand-edited address beside the field it names', async () => {
    answers({
      'GET /api/audit-events?page=1&pageSize=50&action=Nope': [
        400,
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'action: must be an action such as report.read',
          issues: [{ path: 'action', message: 'must be an action such as report.read' }],
        },
      ],
    });
    renderAudit('/admin/audit?action=Nope');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(await screen.findByText('Action must be an action such as report.read')).toBeInTheDocument();
  });
});
