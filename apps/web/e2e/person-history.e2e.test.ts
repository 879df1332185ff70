import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, keys, launch, screenshot, signIn, watchProblems } from './browser';

// History of involvement on the demo data, with the keyboard only: a Dane worker links a child
// Milwaukee already reported (Jasmine Brooks, awaiting a decision there) and reads her prior
// reports, which say only whom to call; a Milwaukee supervisor reads the history on the report page.

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

const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

it("shows a linked child's prior reports at intake, another county's as whom to call", async () => {
  await signIn(page, app.url, 'worker.dane@demo.wi.gov');
  await keys(page, page.getByRole('link', { name: 'Start a new report' }), 'Enter');
  await page.getByRole('heading', { level: 1, name: 'New access report' }).waitFor();
  await keys(page, page.getByRole('button', { name: 'Add child' }), 'Enter');
  await page.keyboard.type('Jasmine');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Brooks');
  await page
    .getByRole('listbox', { name: /Already known to the agency/ })
    .getByRole('option', { name: /Jasmine Brooks/ })
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByText(/Linked to a person already known to the agency/).waitFor();

  // From the note that linking focuses, Tab reaches "unlink", then the prior reports.
  await page.waitForFunction(() => document.activeElement?.textContent?.includes('Linked to a person'));
  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Not this person: unlink');
  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Show prior reports of Jasmine Brooks');
  await page.keyboard.press('Enter');

  const region = page.getByRole('region', { name: 'Prior reports of Jasmine Brooks' });
  await region.getByText('Contact Milwaukee County for details.').waitFor();
  const text = (await region.textContent()) ?? '';
  expect(text).toMatch(/Milwaukee County · received \w{3} \d{1,2}, \d{4} · Awaiting supervisor decision/);
  // Milwaukee's report keeps its number, narrative and people to itself.
  expect(text).not.toMatch(/\d{4}-079-\d{5}|counselor|Dunn|Sexual abuse/);
  expect(await region.getByRole('link').count()).toBe(0);
  await screenshot(page, 'intake-person-history');
  expect(await axeViolations(page)).toEqual([]);

  // Focus stayed on the button, which now hides them.
  expect(await focusedText()).toBe('Hide prior reports of Jasmine Brooks');
  await page.keyboard.press('Enter');
  await region.waitFor({ state: 'hidden' });
  expect(await focusedText()).toBe('Show prior reports of Jasmine Brooks');
});

it("shows each person's history on the report page, the report itself not counted", async () => {
  await page.context().clearCookies();
  await signIn(page, app.url, 'supervisor.milwaukee@demo.wi.gov');
  await page.goto(`${app.url}/queue`);
  await keys(page, page.getByRole('link', { name: 'Jasmine Brooks' }).first(), 'Enter');
  await page.getByRole('heading', { level: 1, name: 'Access report: Jasmine Brooks' }).waitFor();
  const history = page.getByRole('region', { name: 'History of involvement' });
  await keys(page, history.getByRole('button', { name: 'Show prior reports of Jasmine Brooks' }), 'Enter');
  await page
    .getByRole('region', { name: 'Prior reports of Jasmine Brooks' })
    .getByText('No earlier reports.')
    .waitFor();
  await screenshot(page, 'report-person-history');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
