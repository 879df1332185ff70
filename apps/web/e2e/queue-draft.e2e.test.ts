import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, keys, launch, screenshot, signIn, watchProblems } from './browser';

// Issue 12, item 1: LE-12H runs from receipt, so a sex trafficking draft must be in sight of the
// supervisor before anyone submits it. A worker starts one (never submitted); the supervisor finds
// it in the queue's running clocks, searches for it with the keyboard, and opens it. No axe-core
// violations on the way.

let app: AppProcess;
let browser: Browser;
let worker: Page;
let supervisor: Page;
const problems: string[] = [];
let reportNumber = '';

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  // Two pages, two browser contexts: two people signed in at once.
  worker = watchProblems(await browser.newPage({ viewport: { width: 1280, height: 900 } }), problems);
  supervisor = watchProblems(await browser.newPage({ viewport: { width: 1280, height: 900 } }), problems);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('a worker starts a sex trafficking draft and leaves it unsubmitted', async () => {
  await signIn(worker, app.url, 'worker.milwaukee@demo.wi.gov');
  await worker.getByRole('heading', { name: /Welcome, Alex Rivera/ }).waitFor();
  await worker.goto(`${app.url}/reports/new`);
  await worker.getByLabel('Reporter type').focus();
  await worker.keyboard.type('Education');
  await worker.waitForURL(/\/reports\/[0-9a-f-]{36}\/edit$/);
  await keys(worker, worker.getByRole('button', { name: 'Add child' }), 'Enter');
  await worker.getByLabel('First name').fill('Nadia');
  await worker.getByLabel('Last name').fill('Queuetest');
  await keys(worker, worker.getByRole('button', { name: 'Add alleged maltreater' }), 'Enter');
  await worker.locator('#field-persons-1-gender').focus();
  await worker.keyboard.type('Male');
  await keys(worker, worker.getByRole('button', { name: 'Add allegation' }), 'Enter');
  await worker.getByLabel('Maltreatment type').focus();
  await worker.keyboard.type('Sexual');
  await keys(worker, worker.getByLabel(/Sex trafficking is alleged/), 'Space');
  await keys(worker, worker.getByRole('group', { name: 'Alleged maltreaters' }).getByRole('checkbox').first(), 'Space');
  await worker.getByLabel("Alleged maltreater's relationship to the child").focus();
  // The autosave that carries the last change, so the server has the whole draft.
  const lastSave = worker.waitForResponse(
    (r) =>
      r.request().method() === 'PUT' &&
      r.status() === 200 &&
      /NON_CAREGIVER/.test(r.request().postData() ?? '') &&
      /SEX_TRAFFICKING/.test(r.request().postData() ?? ''),
  );
  await worker.keyboard.type('Not');
  const saved = await (await lastSave).json();
  expect(saved.allegations[0]).toMatchObject({
    maltreaterRelationship: 'NON_CAREGIVER',
    descriptors: ['SEX_TRAFFICKING'],
  });
  expect(saved.status).toBe('DRAFT');
  await worker
    .getByText(/Law enforcement referral due by/)
    .first()
    .waitFor();
  await worker
    .getByTestId('save-status')
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  reportNumber = ((await worker.getByTestId('report-number').textContent()) ?? '').replace(/^Report /, '');
  expect(reportNumber).toMatch(/^\d{4}-079-\d{5}$/);
});

it("shows the draft among the county's running clocks before submit, with no accessibility violations", async () => {
  await signIn(supervisor, app.url, 'supervisor.milwaukee@demo.wi.gov');
  await supervisor.getByRole('heading', { name: /Welcome, Morgan Lee/ }).waitFor();
  await supervisor.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Queue' }).click();
  await supervisor.getByRole('heading', { level: 1, name: 'Screening queue' }).waitFor();
  const running = supervisor.getByRole('table', { name: 'Reports with a running clock, most urgent first' });
  const row = running.locator('tbody tr').filter({ has: supervisor.getByRole('link', { name: 'Nadia Queuetest' }) });
  await row.waitFor();
  const text = (await row.textContent()) ?? '';
  expect(text).toContain(reportNumber);
  expect(text).toMatch(/Draft/);
  expect(text).toMatch(/Alex Rivera/);
  expect(text).toMatch(/Must screen in/);
  expect(text).toMatch(/LE-12H referral to law enforcement/);
  expect(text).toMatch(/Pending: due in|Overdue by/);
  // Not waiting for a decision: it has not been submitted.
  const waiting = supervisor.getByRole('table', { name: /waiting for your decision/i });
  await waiting.waitFor();
  expect(await waiting.getByRole('link', { name: 'Nadia Queuetest' }).count()).toBe(0);
  await screenshot(supervisor, 'queue-running-clocks');
  expect(await axeViolations(supervisor)).toEqual([]);
});

it('finds it by its report number with the keyboard, and opens it', async () => {
  const search = supervisor.getByRole('search', { name: 'Search the running clocks' });
  await search.getByRole('searchbox', { name: 'Report number or name' }).focus();
  await supervisor.keyboard.type(reportNumber);
  await supervisor.keyboard.press('Enter');
  const running = supervisor.getByRole('table', { name: 'Reports with a running clock, most urgent first' });
  await supervisor.getByRole('heading', { name: 'Clocks running in your county (1)' }).waitFor();
  expect(await running.locator('tbody tr').count()).toBe(1);
  expect(await axeViolations(supervisor)).toEqual([]);
  await keys(supervisor, running.getByRole('link', { name: 'Nadia Queuetest' }), 'Enter');
  await supervisor.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  await supervisor.getByTestId('report-number').getByText(reportNumber).waitFor(); // the print header holds it too, hidden on screen
  expect(problems).toEqual([]);
});
