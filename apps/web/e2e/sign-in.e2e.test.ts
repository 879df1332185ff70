import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, launch, screenshot, watchProblems } from './browser';

let app: AppProcess;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  page = await browser.newPage();
  // The strict CSP must not break the app: any refused script, style or request shows up here.
  watchProblems(page, problems);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('sends a signed-out visitor to the sign-in page, which has no accessibility violations', async () => {
  await page.goto(app.url);
  await page.waitForURL('**/sign-in');
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.title()).toMatch(/Sign in/);
  await screenshot(page, 'sign-in');
  expect(await axeViolations(page)).toEqual([]);
});

it('shows field errors beside the fields without calling the server', async () => {
  await page.getByRole('button', { name: /sign in/i }).click();
  const email = page.getByLabel(/email/i);
  await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
  expect(await axeViolations(page)).toEqual([]);
});

it("shows the server's message for a wrong password", async () => {
  await page.getByLabel(/email/i).fill('worker.milwaukee@demo.wi.gov');
  await page.getByLabel(/password/i).fill('not-the-password');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByRole('alert').filter({ hasText: 'The email or password is not right' }).waitFor();
  await screenshot(page, 'sign-in-error');
});

it('signs a worker in with the keyboard alone and greets them with their county', async () => {
  await page.getByLabel(/password/i).fill('demo-password-2026');
  await page.getByLabel(/password/i).press('Enter');
  await page.getByRole('heading', { name: /Welcome, Alex Rivera/ }).waitFor();
  await page.getByRole('main').getByText('Milwaukee County').waitFor();
  await screenshot(page, 'home');
  expect(await axeViolations(page)).toEqual([]);
  await page.reload(); // the session is the httpOnly cookie: a reload keeps it
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
});

it('signs out, and the session is gone', async () => {
  await page.getByRole('button', { name: /sign out/i }).click();
  await page.waitForURL('**/sign-in');
  const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
  expect(me).toBe(401);
  const unexpected = problems.filter((p) => !/401|Unauthorized/.test(p));
  expect(unexpected).toEqual([]);
});

it('renders the API documentation page (Swagger UI) under its own CSP', async () => {
  const docs = await browser.newPage();
  const errors: string[] = [];
  docs.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await docs.goto(`${app.url}/api/docs`);
  await docs.getByText('/api/auth/login').first().waitFor();
  await screenshot(docs, 'api-docs');
  expect(errors).toEqual([]);
  await docs.close();
});
