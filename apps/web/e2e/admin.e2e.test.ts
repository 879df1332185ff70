import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findFreePort } from '../../api/src/db/embedded-postgres';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, launch, screenshot, signIn, watchProblems } from './browser';

// The state administrator's journey on the built app with demo data: users, holidays, audit log.

let app: AppProcess;
let browser: Browser;
let page: Page;
let workerContext: BrowserContext;
let setupLink: string;
const problems: string[] = [];

const newWorker = {
  email: 'riley.thompson@dane.wi.gov',
  name: 'Riley Thompson',
  password: 'riley-password-2026',
  trainedOn: '2025-09-15',
};
const year = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', year: 'numeric' }).format(new Date());
const holiday = { date: `${year}-08-12`, name: 'County staff day' };

beforeAll(async () => {
  // Setup links are built from PUBLIC_URL: the address the browser opens the app on here.
  const port = await findFreePort();
  [app, browser] = await Promise.all([
    startAppProcess({ port, env: { PUBLIC_URL: `http://127.0.0.1:${port}` } }),
    launch(),
  ]);
  page = await browser.newPage();
  watchProblems(page, problems);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('signs the demo admin in and lists users with roles, counties and training', async () => {
  await signIn(page, app.url, 'admin@demo.wi.gov');
  await page.goto(`${app.url}/admin/users`);
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  const table = page.getByRole('table', { name: /Users, page 1 of 1/ });
  await table
    .getByRole('row', { name: /Jordan Nelson/ })
    .filter({ hasText: 'Access worker' })
    .filter({ hasText: 'Dane' })
    .waitFor();
  expect(await page.title()).toBe('Users | CPS Access');
  await screenshot(page, 'admin-users');
  expect(await axeViolations(page)).toEqual([]);
});

it('opens the new-user dialog from the keyboard, and Escape gives focus back', async () => {
  const add = page.getByRole('button', { name: 'Add a user' });
  await add.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.waitFor();
  await expect(dialog.getByLabel('Email address').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect(add.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
});

it('shows problems beside the fields: a county is required for an access worker', async () => {
  await page.getByRole('button', { name: 'Add a user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.getByLabel('Email address').fill(newWorker.email);
  await dialog.getByLabel('Name').fill(newWorker.name);
  expect(await dialog.getByLabel(/password/i).count()).toBe(0); // an administrator never sets one
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await dialog.getByText('County is required for an access worker').waitFor();
  await expect(dialog.getByLabel('County').getAttribute('aria-invalid')).resolves.toBe('true');
  // Focus goes to the first field to fix, in the order of the form.
  await expect(dialog.getByLabel('County').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await screenshot(page, 'admin-user-form-errors');
  expect(await axeViolations(page)).toEqual([]);
});

it('creates an access worker for Dane County with a training date and shows them in the list', async () => {
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.getByLabel('County').selectOption({ label: 'Dane' });
  await dialog.getByLabel('Sex trafficking training completed on').fill(newWorker.trainedOn);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await dialog.waitFor({ state: 'detached' });
  // The one-time setup link, shown once, to hand over privately.
  const linkDialog = page.getByRole('dialog', { name: `Setup link for ${newWorker.name}` });
  await linkDialog.getByText(/expires in 72 hours/).waitFor();
  setupLink = await linkDialog.getByLabel('One-time setup link').inputValue();
  expect(setupLink).toBe(`${app.url}/setup#token=${setupLink.split('#token=')[1]}`);
  expect(setupLink).toMatch(/\/setup#token=[\w-]{43}$/);
  await linkDialog.getByRole('button', { name: 'Copy link' }).click();
  await linkDialog.getByText(/The link is copied|press Ctrl\+C/).waitFor();
  await screenshot(page, 'admin-user-setup-link');
  expect(await axeViolations(page)).toEqual([]);
  await linkDialog.getByRole('button', { name: 'Done' }).click();
  await linkDialog.waitFor({ state: 'detached' });
  await page
    .getByRole('status')
    .filter({ hasText: `Created the account of ${newWorker.name} (Access worker, Dane).` })
    .waitFor();
  const row = page.getByRole('row', { name: new RegExp(newWorker.name) });
  await row.filter({ hasText: 'September 15, 2025' }).waitFor();
  expect(await row.textContent()).toMatch(/Access worker.*Dane.*Active/);
  await screenshot(page, 'admin-user-created');
  expect(await axeViolations(page)).toEqual([]);
});

it('edits the training date in a dialog that starts on the first field', async () => {
  await page.getByRole('button', { name: `Edit ${newWorker.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${newWorker.name}` });
  await expect(dialog.getByLabel('Name').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await dialog.getByLabel('Sex trafficking training completed on').fill('2025-10-01');
  await screenshot(page, 'admin-user-edit');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page
    .getByRole('row', { name: new RegExp(newWorker.name) })
    .filter({ hasText: 'October 1, 2025' })
    .waitFor();
});

it('refuses the same email twice with the API message in an alert', async () => {
  await page.getByRole('button', { name: 'Add a user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.getByLabel('Email address').fill(newWorker.email.toUpperCase());
  await dialog.getByLabel('Name').fill('Someone Else');
  await dialog.getByLabel('County').selectOption({ label: 'Dane' });
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'A user with this email already exists' }).waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
});

it('lets the new worker choose a password with the link, signed in at once, and shows them no admin page', async () => {
  workerContext = await browser.newContext();
  const workerPage = await workerContext.newPage();
  await workerPage.goto(setupLink);
  await workerPage.getByLabel('New password', { exact: true }).fill(newWorker.password);
  await workerPage.getByLabel('New password again').fill(newWorker.password);
  await workerPage.getByRole('button', { name: 'Save the password and sign in' }).click();
  await workerPage.getByRole('heading', { name: `Welcome, ${newWorker.name}` }).waitFor();
  await workerPage.getByRole('main').getByText('Dane County').waitFor();
  await workerPage.goto(`${app.url}/admin/users`);
  await workerPage.getByText('This page is for state administrators.').waitFor();
  await screenshot(workerPage, 'admin-refused-worker');
});

it('deactivates after a confirmation, which ends their session at once, and reactivates', async () => {
  const workerMe = () => workerContext.pages()[0]!.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
  expect(await workerMe()).toBe(200);
  await page.getByRole('button', { name: `Deactivate ${newWorker.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Deactivate ${newWorker.name}?` });
  await dialog.getByText(/every session they have open ends now/).waitFor();
  await screenshot(page, 'admin-deactivate-dialog');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(`${newWorker.name} is deactivated: their sessions have ended.`).waitFor();
  expect(await workerMe()).toBe(401);
  await workerContext.close();

  await page.getByRole('button', { name: `Reactivate ${newWorker.name}` }).click();
  await page
    .getByRole('dialog', { name: `Reactivate ${newWorker.name}?` })
    .getByRole('button', { name: 'Reactivate' })
    .click();
  await page.getByText(`${newWorker.name} is active again.`).waitFor();
  await page.getByRole('button', { name: `Deactivate ${newWorker.name}` }).waitFor();
});

it('adds a holiday, removes it after asking, undoes, and removes it again', async () => {
  await page.goto(`${app.url}/admin/holidays`);
  await page.getByRole('heading', { level: 1, name: 'Holidays' }).waitFor();
  await page.getByRole('table', { name: `Holidays in ${year}` }).waitFor();
  await page.getByText(/skips these days/).waitFor();
  await screenshot(page, 'admin-holidays');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Date').fill(holiday.date);
  await page.getByLabel('Name').fill(holiday.name);
  await page.getByRole('button', { name: 'Add holiday' }).click();
  const row = page.getByRole('row', { name: new RegExp(holiday.name) });
  await row.waitFor();

  await page.getByRole('button', { name: `Remove ${holiday.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Remove ${holiday.name}?` });
  await dialog.waitFor();
  await screenshot(page, 'admin-holiday-remove-dialog');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Remove holiday' }).click();
  await row.waitFor({ state: 'detached' });
  const undo = page.getByRole('button', { name: 'Undo' });
  await screenshot(page, 'admin-holiday-removed');
  expect(await axeViolations(page)).toEqual([]);

  await undo.click();
  await page.getByText(`Restored ${holiday.name}`).waitFor();
  await row.waitFor();

  await page.getByRole('button', { name: `Remove ${holiday.name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove holiday' }).click();
  await row.waitFor({ state: 'detached' });
  const left = await page.evaluate((y) => fetch(`/api/calendar/holidays?year=${y}`).then((r) => r.json()), year);
  expect((left as { date: string }[]).some((h) => h.date === holiday.date)).toBe(false);
});

it('finds the user creation in the audit log, filtered by the admin', async () => {
  await page.goto(`${app.url}/admin/audit`);
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  await page.getByRole('table', { name: /Audit events, newest first/ }).waitFor();
  await page.getByLabel('User').selectOption({ label: 'Dana Admin (admin@demo.wi.gov)' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/userId=/);
  const created = page
    .getByRole('row')
    .filter({ hasText: 'Created a user' })
    .filter({ hasText: `User: ${newWorker.name}` });
  await created.waitFor();
  expect(await created.textContent()).toMatch(/Dana Admin.*Created a user.*User: Riley Thompson/);
  await page.getByRole('row').filter({ hasText: 'Removed a holiday' }).first().waitFor();
  await page.getByRole('row').filter({ hasText: 'Changed a user' }).first().waitFor();
  await screenshot(page, 'admin-audit');
  expect(await axeViolations(page)).toEqual([]);
  const unexpected = problems.filter((p) => !/401|409|Unauthorized|Conflict/.test(p));
  expect(unexpected).toEqual([]);
});
