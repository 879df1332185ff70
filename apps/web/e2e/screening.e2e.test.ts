import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, choose, launch, screenshot, signIn, watchProblems } from './browser';

// The supervisor's journey on the demo data: queue → report → decision → law enforcement
// notification → finding, each page free of axe-core violations.

let app: AppProcess;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watchProblems(page, problems);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('signs the supervisor in and shows the queue link and the primary navigation', async () => {
  await signIn(page, app.url, 'supervisor.milwaukee@demo.wi.gov');
  await page.getByRole('heading', { name: /Welcome, Morgan Lee/ }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Primary' });
  await nav.getByRole('link', { name: 'Queue' }).waitFor();
  expect(await nav.getByRole('link').allTextContents()).toEqual([
    'Queue',
    'Reports',
    'New report',
    'Missing from care',
    'Statistics',
  ]);
  await page.getByRole('link', { name: 'Open the screening queue' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

it('opens the queue: one report waits, with its LE-12H countdown, and no accessibility violations', async () => {
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Queue' }).click();
  await page.waitForURL('**/queue');
  await page.getByRole('heading', { level: 1, name: 'Screening queue' }).waitFor();
  expect(await page.title()).toBe('Screening queue | CPS Access');
  const waiting = page.getByRole('table', { name: /waiting for your decision/i });
  await waiting.waitFor();
  const rows = waiting.locator('tbody tr');
  expect(await rows.count()).toBe(1);
  const row = rows.first();
  await row.getByRole('link', { name: 'Jasmine Brooks' }).waitFor();
  expect(await row.textContent()).toMatch(/Must screen in/);
  expect(await row.textContent()).toMatch(/received 3 h ago/);
  expect(await row.textContent()).toMatch(/(Due in|Overdue by) .*min|(Due in|Overdue by) \d+ (h|d)/);
  expect(await row.textContent()).toMatch(/Screen in, response within 24 to 48 hours/);
  expect(await row.textContent()).toMatch(/\d{4}-079-\d{5}/);
  await page
    .getByRole('table', { name: /clocks still open/i })
    .or(page.getByText('No screened-in report has an open clock.'))
    .waitFor();
  await screenshot(page, 'screening-queue');
  expect(await axeViolations(page)).toEqual([]);
});

it('stacks the queue on a phone-sized screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The report is in two lists (a running clock, and waiting for a decision): the decision's list.
  const waiting = page.getByRole('table', { name: /waiting for your decision/i });
  await waiting.getByRole('link', { name: 'Jasmine Brooks' }).waitFor();
  await screenshot(page, 'screening-queue-narrow');
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
});

it('opens the report with the keyboard and shows everything recorded', async () => {
  const link = page
    .getByRole('table', { name: /waiting for your decision/i })
    .getByRole('link', { name: 'Jasmine Brooks' });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Access report: Jasmine Brooks' }).waitFor();
  await page.getByRole('table', { name: 'Clocks of this report' }).waitFor();
  expect(await page.getByRole('table', { name: 'People in this report' }).textContent()).toMatch(/Alleged maltreater/);
  await page
    .getByText(/commercial sexual exploitation/)
    .first()
    .waitFor();
  expect(await page.getByTestId('report-number').textContent()).toMatch(/^Report number \d{4}-079-\d{5}$/);
  await screenshot(page, 'report-awaiting-decision');
  expect(await axeViolations(page)).toEqual([]);
});

it('shows ST-SCREEN-IN live when the supervisor chooses to screen out', async () => {
  const decision = page.getByRole('group', { name: 'Your decision' });
  expect(await page.getByLabel('Screen in').isChecked()).toBe(true);
  await choose(page, 'Screen out');
  await decision.getByRole('alert').filter({ hasText: 'ST-SCREEN-IN:' }).waitFor();
  await screenshot(page, 'decision-must-screen-in');
  expect(await axeViolations(page)).toEqual([]);
});

it('screens the report in', async () => {
  await choose(page, 'Screen in');
  await choose(page, 'Within 24 to 48 hours');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText('Decision recorded: screened in.').waitFor();
  expect(await page.getByRole('form', { name: 'Screening decision' }).count()).toBe(0);
});

it('records the law enforcement notification, and LE-12H is on time or late', async () => {
  const section = page.getByRole('region', { name: 'Law enforcement referral (LE-12H)' });
  await section.getByLabel('Law enforcement agency').fill('Milwaukee Police Department');
  await section.getByLabel('How they were notified').selectOption('PHONE');
  await section.getByLabel('Contact person (optional)').fill('Detective on duty');
  await section.getByRole('button', { name: 'Record notification' }).click();
  await section
    .getByText(/Law enforcement notification recorded\. Law enforcement referral: notified (on time|late)\./)
    .waitFor();
  const le = page.getByRole('table', { name: 'Clocks of this report' }).getByRole('row', { name: /LE-12H/ });
  expect(await le.textContent()).toMatch(/Notified (on time|late)/);
  expect(await section.getByRole('row', { name: /Milwaukee Police Department/ }).textContent()).toMatch(/Phone/);
});

it('records a finding: FINDING-INTERVIEW shows until the interview is recorded', async () => {
  const form = page.getByRole('group', { name: /^Record the finding for Jasmine Brooks/ });
  await choose(form, 'Substantiated');
  await form.getByRole('alert').filter({ hasText: 'FINDING-INTERVIEW:' }).waitFor();
  await screenshot(page, 'finding-interview-rule');
  await choose(form, 'CPS or law enforcement interviewed the alleged maltreater');
  expect(await form.getByRole('alert').textContent()).toBe('');
  await choose(form, 'No');
  await form
    .getByLabel('Rationale')
    .fill('The youth disclosed in a forensic interview; the alleged maltreater was interviewed by police.');
  await form.getByRole('button', { name: 'Save finding' }).click();
  await page.getByText('Finding saved.').waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Finding saved.');
  await page.getByRole('button', { name: 'Change the finding' }).waitFor();
  expect(await page.getByRole('region', { name: 'Allegations and findings' }).textContent()).toMatch(
    /Substantiated\. Alleged maltreater interviewed: yes/,
  );
  await screenshot(page, 'report-screened-in');
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'report-screened-in-narrow');
  expect(await axeViolations(page)).toEqual([]);
});

it('shows the supervisor who opened the report, when asked, with no accessibility violations', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const section = page.getByRole('region', { name: 'Who opened this report' });
  await section.getByRole('button', { name: 'Show who opened this report' }).click();
  const table = section.getByRole('table', { name: 'Who opened this report, newest first' });
  await table.waitFor();
  const rows = table.locator('tbody tr');
  expect(await rows.first().textContent()).toMatch(/Morgan Lee.*Read who opened an access report/);
  expect(await table.textContent()).toMatch(/Morgan Lee.*Recorded a finding/);
  expect(await table.textContent()).toMatch(/Morgan Lee.*Made a screening decision/);
  expect(await table.textContent()).toMatch(/Morgan Lee.*Opened an access report/);
  expect(await rows.first().locator('time').textContent()).toMatch(/(CST|CDT)$/);
  await screenshot(page, 'report-access-log');
  expect(await axeViolations(page)).toEqual([]);
});

it("lets the admin read the report's whole trail on the audit page, filtered by report number and action", async () => {
  const reportId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const reportNumber = (await page.getByTestId('report-number').locator('strong').textContent()) ?? '';
  expect(reportNumber).toMatch(/^\d{4}-079-\d{5}$/);
  const adminPage = watchProblems(await browser.newPage({ viewport: { width: 1280, height: 900 } }), problems);
  await signIn(adminPage, app.url, 'admin@demo.wi.gov');
  await adminPage.goto(`${app.url}/admin/audit`);
  await adminPage.getByRole('table', { name: /Audit events, newest first/ }).waitFor();
  // By the number a caller or the police would read out
  await adminPage.getByLabel('Report').fill(reportNumber);
  await adminPage.getByRole('button', { name: 'Apply filters' }).click();
  await adminPage.waitForURL(new RegExp(`reportId=${reportNumber}`));
  await adminPage
    .getByRole('row')
    .filter({ hasText: 'Recorded a finding' })
    .filter({ hasText: `In access report ${reportNumber}` })
    .waitFor();
  await adminPage.getByRole('row').filter({ hasText: 'Recorded a law enforcement notification' }).waitFor();
  const byNumber = await adminPage.getByText(/\d+ events match these filters\./).textContent();
  await screenshot(adminPage, 'admin-audit-by-report-number');
  expect(await axeViolations(adminPage)).toEqual([]);
  // and by the id, as in the address of the report's page: the same trail
  await adminPage.getByLabel('Report').fill(reportId);
  await adminPage.getByRole('button', { name: 'Apply filters' }).click();
  await adminPage.waitForURL(new RegExp(`reportId=${reportId}`));
  await adminPage
    .getByRole('row')
    .filter({ hasText: 'Recorded a finding' })
    .filter({ hasText: `In access report ${reportNumber}` })
    .waitFor();
  expect(await adminPage.getByText(/\d+ events match these filters\./).textContent()).toBe(byNumber);
  await adminPage.getByLabel('Action').selectOption({ label: 'Made a screening decision' });
  await adminPage.getByRole('button', { name: 'Apply filters' }).click();
  await adminPage.getByText('1 event matches these filters.').waitFor();
  expect(
    await adminPage
      .getByRole('table', { name: /Audit events/ })
      .locator('tbody tr')
      .first()
      .textContent(),
  ).toMatch(/Morgan Lee.*Made a screening decision/);
  await screenshot(adminPage, 'admin-audit-by-report');
  expect(await axeViolations(adminPage)).toEqual([]);
  await adminPage.getByLabel('Report').fill('report 12');
  await adminPage.getByRole('button', { name: 'Apply filters' }).click();
  await adminPage.getByText('Report must be a report id').waitFor();
  expect(await axeViolations(adminPage)).toEqual([]);
  await adminPage.close();
});

it('had no script, style or request errors along the way', () => {
  expect(problems).toEqual([]);
});
