import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, keys, launch, screenshot, watchProblems } from './browser';

// An access worker files a sex trafficking report while the caller talks, mostly with the
// keyboard: search links a child already known, a broken rule is met and fixed, a reload in the
// middle loses nothing, and the report is submitted. Each page has no axe-core violations.

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

const status = () => page.getByTestId('save-status');
const savedNow = () =>
  status()
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();

it('signs the worker in with the keyboard and starts a new report from the home page', async () => {
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel(/email/i).fill('worker.milwaukee@demo.wi.gov');
  await page.getByLabel(/password/i).fill('demo-password-2026');
  await page.getByLabel(/password/i).press('Enter');
  await page.getByRole('heading', { name: /Welcome, Alex Rivera/ }).waitFor();
  await keys(page, page.getByRole('link', { name: 'Start a new report' }), 'Enter');
  await page.waitForURL('**/reports/new');
  await page.getByRole('heading', { level: 1, name: 'New access report' }).waitFor();
  expect(await page.title()).toBe('New access report | CPS Access');
  expect(await status().textContent()).toMatch(/Not saved yet/);
  await page.getByRole('main').getByText('Milwaukee County').waitFor();
  await screenshot(page, 'intake-new');
  expect(await axeViolations(page)).toEqual([]);
});

it('takes the reporter; the first keystroke creates the draft and moves to its address', async () => {
  const type = page.getByLabel('Reporter type');
  await type.focus();
  await page.keyboard.type('Education'); // a closed select picks by typing
  expect(await type.inputValue()).toBe('EDUCATION');
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}\/edit$/);
  await page.keyboard.press('Tab'); // anonymous checkbox
  await page.keyboard.press('Tab');
  await page.keyboard.type('School counselor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('414-555-0100');
  await page.keyboard.press('Tab');
  await savedNow();
  // The draft's number, beside the save status, to read to the caller
  expect(await page.getByTestId('report-number').textContent()).toMatch(/^Report \d{4}-\d{3}-\d{5}$/);
});

it('adds the child and links the one already known to the agency with the keyboard', async () => {
  await keys(page, page.getByRole('button', { name: 'Add child' }), 'Enter');
  const first = page.getByLabel('First name');
  await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.type('Jasmine');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Brooks');
  const matches = page.getByRole('listbox', { name: /Already known to the agency/ });
  await matches.getByRole('option', { name: /Jasmine Brooks · born Sep 30, 2009/ }).waitFor();
  await screenshot(page, 'intake-person-search');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('ArrowDown'); // into the list
  await page.keyboard.press('Enter'); // link the highlighted person
  await page.getByText(/Linked to a person already known to the agency/).waitFor();
  expect(await page.getByLabel('Date of birth').inputValue()).toBe('2009-09-30');
  expect(await page.getByLabel('Gender').inputValue()).toBe('FEMALE');
  // Her record's other basics arrive with the next save.
  await expect(page.getByLabel('Primary race').inputValue()).resolves.toBeDefined();
  await page.waitForFunction(
    () =>
      (document.getElementById('field-persons-0-primaryRace') as HTMLSelectElement | null)?.value ===
      'UNABLE_TO_DETERMINE',
  );
});

it('adds an unknown alleged maltreater and the sex trafficking allegation, and shows the LE-12H due time', async () => {
  await keys(page, page.getByRole('button', { name: 'Add alleged maltreater' }), 'Enter');
  const maltreaterGender = page.locator('#field-persons-1-gender');
  await maltreaterGender.focus();
  await page.keyboard.type('Male');

  await keys(page, page.getByRole('button', { name: 'Add allegation' }), 'Enter');
  expect(await page.getByRole('combobox', { name: 'Child', exact: true }).inputValue()).not.toBe(''); // the only child, chosen already
  await keys(page, page.getByLabel('Maltreatment type'));
  await page.keyboard.type('Sexual');
  await keys(page, page.getByLabel(/Sex trafficking is alleged/), 'Space');
  await keys(page, page.getByRole('group', { name: 'Alleged maltreaters' }).getByRole('checkbox').first(), 'Space');
  await page.getByLabel("Alleged maltreater's relationship to the child").focus();
  await page.keyboard.type('Not');
  expect(await page.getByLabel("Alleged maltreater's relationship to the child").inputValue()).toBe('NON_CAREGIVER');
  await page.getByText(/Law enforcement referral due by .* C[SD]T \(LE-12H: 12 business hours/).waitFor();
});

it("records the adult's phone as a trafficker identifier with the keyboard, and looks it up across reports", async () => {
  await keys(page, page.getByRole('button', { name: 'Add an identifier' }), 'Enter');
  const section = page.getByRole('region', { name: 'Trafficker and buyer identifiers' });
  expect(await section.getByLabel('Kind', { exact: true }).inputValue()).toBe('PHONE');
  await section.getByLabel('Value', { exact: true }).focus();
  await page.keyboard.type('(414) 555-0142');
  // The demo's history names this number in Milwaukee reports (links) and in other counties (counts only).
  const matches = section.getByRole('list', { name: 'Other reports naming this' });
  await matches
    .getByRole('link', { name: /^Report \d{4}-079-\d{5}$/ })
    .first()
    .waitFor();
  await matches
    .getByText(/reports? in .* County, .*: contact that agency/)
    .first()
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

it('records where the child is now and the incident, with the county offered from the city, by keyboard', async () => {
  await keys(page, page.getByRole('group', { name: 'Is it known where the child is now?' }).getByLabel('Yes'), 'Space');
  await keys(page, page.getByRole('group', { name: 'Is the child safe now?' }).getByLabel('Yes, safe now'), 'Space');
  await page.getByLabel('Where the child is', { exact: true }).focus();
  await page.keyboard.type('At school, with the counselor');

  await page.getByLabel('Kind of place').focus();
  await page.keyboard.type('Hotel');
  expect(await page.getByLabel('Kind of place').inputValue()).toBe('HOTEL_MOTEL');
  await keys(page, page.getByRole('button', { name: 'Add the address where it happened' }), 'Enter');
  await page.keyboard.type('501 N Plankinton Ave');
  const incident = page.getByRole('region', { name: 'Incident' });
  await incident.getByLabel('City').focus();
  await page.keyboard.type('Milwaukee');
  await incident.getByText('County: Milwaukee (from the city)').waitFor();
  await keys(page, incident.getByRole('button', { name: 'Use Milwaukee County' }), 'Enter');
  expect(await incident.getByLabel('County (optional)').inputValue()).toBe('55079');
  expect(await axeViolations(page)).toEqual([]);
});

it('records safety and the narrative, with a person-first hint that does not block', async () => {
  await keys(page, page.getByRole('group', { name: 'Is there a present danger threat?' }).getByLabel('No'), 'Space');
  await keys(
    page,
    page
      .getByRole('group', { name: /Trafficking indicators for Jasmine Brooks/ })
      .getByLabel('Child self-reports being trafficked'),
    'Space',
  );
  await page.getByLabel('What the caller reports').focus();
  await page.keyboard.type(
    'The counselor says Jasmine told her an adult sells her for sex. A classmate called her a teen prostitute.',
  );
  await page.getByText('“teen prostitute” — consider “youth being sex trafficked”').waitFor();
  await screenshot(page, 'intake-narrative-hint');
});

it('reloads mid-way without losing a word', async () => {
  await page.keyboard.type(' She is afraid to go home tonight.');
  await page.reload(); // at once: the last words may not have reached the server
  const narrative = page.getByLabel('What the caller reports');
  await narrative.waitFor();
  expect(await narrative.inputValue()).toBe(
    'The counselor says Jasmine told her an adult sells her for sex. A classmate called her a teen prostitute. She is afraid to go home tonight.',
  );
  expect(await page.getByLabel('Reporter name').inputValue()).toBe('School counselor');
  expect(await page.getByLabel('First name').first().inputValue()).toBe('Jasmine');
  expect(await page.getByLabel('Maltreatment type').inputValue()).toBe('SEXUAL_ABUSE');
  expect(await page.getByLabel(/Sex trafficking is alleged/).isChecked()).toBe(true);
  expect(await page.getByLabel('Child self-reports being trafficked').isChecked()).toBe(true);
  await savedNow();
  expect(await axeViolations(page)).toEqual([]);
});

it('meets a broken rule when recommending screen out (ST-SCREEN-IN), and fixes it', async () => {
  const decision = page.getByRole('group', { name: 'Your screening recommendation' });
  await keys(page, decision.getByLabel('Screen in'), 'ArrowRight'); // arrows move through radios: Screen out
  expect(await decision.getByLabel('Screen out').isChecked()).toBe(true);
  const rule = decision.getByText(/ST-SCREEN-IN/);
  await rule.waitFor();
  await page.getByLabel('Rationale').focus();
  await page.keyboard.type('The youth describes being sold for sex by an adult.');
  await keys(page, page.getByRole('button', { name: 'Submit to supervisor' }), 'Enter');

  const summary = page.getByRole('alert').filter({ hasText: /before submitting/ });
  await summary.getByRole('link', { name: /Recommendation: ST-SCREEN-IN/ }).waitFor();
  await screenshot(page, 'intake-rule-violation');
  expect(await axeViolations(page)).toEqual([]);

  await keys(page, summary.getByRole('link', { name: /Recommendation: ST-SCREEN-IN/ }), 'Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-recommendation-decision');
  await page.keyboard.press('Space'); // Screen in
  await rule.waitFor({ state: 'detached' });
  await page.getByLabel('Response time').focus();
  await page.keyboard.type('Same');
  expect(await page.getByLabel('Response time').inputValue()).toBe('SAME_DAY');
});

it('submits the report and confirms what comes next', async () => {
  await keys(page, page.getByRole('button', { name: 'Submit to supervisor' }), 'Enter');
  await page.getByRole('heading', { name: 'Report submitted' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Report submitted');
  const view = page.getByRole('link', { name: 'View the submitted report' });
  expect(await view.getAttribute('href')).toMatch(/^\/reports\/[0-9a-f-]{36}$/);
  await page.getByText(/Law enforcement referral due by/).waitFor();
  await screenshot(page, 'intake-submitted');
  expect(await axeViolations(page)).toEqual([]);
});

it('lists the report in My reports as waiting for the supervisor, with its LE-12H clock', async () => {
  await keys(page, page.getByRole('link', { name: 'My reports' }).last(), 'Enter');
  await page.waitForURL('**/reports');
  const table = page.getByRole('table');
  await table.waitFor();
  const row = table.locator('tbody tr').filter({ hasText: 'Jasmine Brooks' }).filter({ hasText: 'You' }).first();
  await row.getByText('Waiting for the supervisor').waitFor();
  expect(await row.textContent()).toMatch(/Due .* \(in \d+ h/);
  await table
    .locator('tbody tr')
    .filter({ hasText: 'Draft — finish and submit' })
    .first()
    .getByRole('link', { name: /Continue the draft/ })
    .waitFor();
  await screenshot(page, 'my-reports');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
