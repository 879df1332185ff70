import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, launch, screenshot, signIn, watchProblems } from './browser';

// One-time setup links: an administrator creates an account (or resets a password) and never
// knows the password; the person opens the link in their own browser, chooses it and is signed in.

let app: AppProcess;
let browser: Browser;
let admin: Page;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

const person = {
  email: 'avery.lopez@brown.wi.gov',
  name: 'Avery Lopez',
  first: 'avery-first-choice-2026',
  second: 'avery-second-choice-2026',
  third: 'avery-third-choice-2026',
};
let link: string;

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  admin = watchProblems(await browser.newPage(), problems);
  await signIn(admin, app.url, 'admin@demo.wi.gov');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A browser of the person's own: nothing shared with the administrator's. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return watchProblems(await context.newPage(), problems);
}

async function linkFromDialog(name: string): Promise<string> {
  const dialog = admin.getByRole('dialog', { name: `Setup link for ${name}` });
  await dialog.getByText(/expires in 72 hours/).waitFor();
  const url = await dialog.getByLabel('One-time setup link').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'detached' });
  return url;
}

async function choosePassword(page: Page, password: string, again = password) {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(again);
  await page.getByRole('button', { name: 'Save the password and sign in' }).click();
}

it('the admin creates a user and gets a one-time link, never a password', async () => {
  await admin.goto(`${app.url}/admin/users`);
  await admin.getByRole('button', { name: 'Add a user' }).click();
  const form = admin.getByRole('dialog', { name: 'Add a user' });
  await form.getByLabel('Email address').fill(person.email);
  await form.getByLabel('Name').fill(person.name);
  await form.getByLabel('County').selectOption({ label: 'Brown' });
  await form.getByRole('button', { name: 'Create user' }).click();
  link = await linkFromDialog(person.name);
  expect(link).toMatch(/^http:\/\/localhost:\d+\/setup#token=[\w-]{43}$/);
});

it('the person opens the link in a fresh browser: errors in words first, then the password is set and they are signed in', async () => {
  const page = await freshPage();
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
  expect(await page.title()).toBe('Choose your password | CPS Access');
  await screenshot(page, 'setup');
  expect(await axeViolations(page)).toEqual([]);

  await choosePassword(page, 'short', 'shorter');
  await page.getByText('New password must be at least 12 characters').waitFor();
  await page.getByText(/The two new passwords are not the same/).waitFor();
  await screenshot(page, 'setup-errors');
  expect(await axeViolations(page)).toEqual([]);

  await choosePassword(page, person.first);
  await page.getByRole('heading', { name: `Welcome, ${person.name}` }).waitFor();
  expect(page.url()).not.toContain('token'); // the used link is replaced in the history
  await page.getByRole('navigation', { name: 'Primary' }).waitFor();
  expect(await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status))).toBe(200);
});

it('the same link a second time: a clear message to ask for a new one', async () => {
  const page = await freshPage();
  await page.goto(link);
  await choosePassword(page, 'someone-else-trying');
  await page
    .getByRole('alert')
    .filter({ hasText: /Ask your administrator for a new link/ })
    .waitFor();
  expect(await page.getByLabel('New password', { exact: true }).count()).toBe(0);
  await screenshot(page, 'setup-link-used');
  expect(await axeViolations(page)).toEqual([]);
});

it('a reset signs the person out at once and voids the password; the new link sets a new one', async () => {
  const signedInPage = contexts[0]!.pages()[0]!;
  await admin.goto(`${app.url}/admin/users`);
  await admin.getByRole('button', { name: `Reset password of ${person.name}` }).click();
  const confirm = admin.getByRole('dialog', { name: `Reset the password of ${person.name}?` });
  await confirm.getByText(/signed out at once/).waitFor();
  await screenshot(admin, 'admin-reset-dialog');
  expect(await axeViolations(admin)).toEqual([]);
  await confirm.getByRole('button', { name: 'Reset password' }).click();
  const resetLink = await linkFromDialog(person.name);
  expect(resetLink).not.toBe(link);

  expect(await signedInPage.evaluate(() => fetch('/api/auth/me').then((r) => r.status))).toBe(401);
  const status = await signedInPage.evaluate(
    (body) =>
      fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then(
        (r) => r.status,
      ),
    JSON.stringify({ email: person.email, password: person.first }),
  );
  expect(status).toBe(401);

  const page = await freshPage();
  await page.goto(resetLink);
  await choosePassword(page, person.second);
  await page.getByRole('heading', { name: `Welcome, ${person.name}` }).waitFor();
});

it('the person changes their own password from the header link', async () => {
  const page = contexts[2]!.pages()[0]!;
  await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Change password' }).click();
  await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
  await page.getByLabel('Current password').fill('not-my-password-at-all');
  await page.getByLabel('New password', { exact: true }).fill(person.third);
  await page.getByLabel('New password again').fill(person.third);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('Current password is not right').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Current password').fill(person.second);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText(/Your password is changed/).waitFor();
  await screenshot(page, 'change-password');
  expect(await axeViolations(page)).toEqual([]);

  const other = await freshPage();
  await signIn(other, app.url, person.email, person.third);
  const unexpected = problems.filter((p) => !/400|401|Unauthorized|Bad Request/.test(p));
  expect(unexpected).toEqual([]);
});
