import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, DEMO_PASSWORD, keys, launch, screenshot, signIn, watchProblems } from './browser';

// Duplicate reports, with the keyboard only: report 1 about a child is submitted and screened in;
// a second call about her: the worker links the same child, sees report 1 among her open and
// screened-in reports, marks the new report a duplicate of it and submits; the supervisor screens
// it out as a duplicate of report 1, whose page then lists it with what the second caller said.

let app: AppProcess;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let first: { id: string; reportNumber: string };
let secondUrl = '';
let secondNumber = '';

const SECOND_NARRATIVE = 'A neighbor says the same man drove Maya to the motel again last night.';

async function api<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const tokenOf = async (email: string) =>
  (await api<{ token: string }>('POST', '/api/auth/login', null, { email, password: DEMO_PASSWORD })).token;

type Report = { id: string; reportNumber: string; version: number };

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watchProblems(page, problems);

  // Report 1, through the API as the worker and supervisor of the demo county: submitted, screened in.
  const [worker, supervisor] = await Promise.all([
    tokenOf('worker.milwaukee@demo.wi.gov'),
    tokenOf('supervisor.milwaukee@demo.wi.gov'),
  ]);
  const draft = await api<Report>('POST', '/api/access-reports', worker, {
    countyCode: '55079',
    receivedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    reporter: { type: 'EDUCATION', name: 'School counselor', phone: '414-555-0100', anonymous: false },
    narrative: 'The counselor says Maya told her an adult sells her for sex at a motel.',
    presentDangerThreat: false,
    persons: [
      {
        key: 'c1',
        firstName: 'Maya',
        lastName: 'Duplicatia',
        dateOfBirth: '2011-05-01',
        gender: 'FEMALE',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'BLACK_AFRICAN_AMERICAN',
        indianChild: 'NO',
        roles: ['CHILD'],
        currentLocation: { known: true, description: 'At home', address: null, safeNow: 'YES' },
      },
      { key: 'm1', roles: ['ALLEGED_MALTREATER'], gender: 'MALE' },
    ],
    allegations: [
      {
        key: 'a1',
        childKey: 'c1',
        maltreaterKeys: ['m1'],
        maltreatmentType: 'SEXUAL_ABUSE',
        descriptors: ['SEX_TRAFFICKING'],
        maltreaterRelationship: 'NON_CAREGIVER',
      },
    ],
    recommendation: { decision: 'SCREEN_IN', responseTime: 'SAME_DAY', rationale: 'Alleged child sex trafficking.' },
  });
  const submitted = await api<Report>('POST', `/api/access-reports/${draft.id}/submit`, worker, {
    version: draft.version,
  });
  first = await api<Report>('POST', `/api/access-reports/${draft.id}/screening-decision`, supervisor, {
    version: submitted.version,
    decision: 'SCREEN_IN',
    responseTime: 'SAME_DAY',
    rationale: 'Alleged child sex trafficking.',
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

it('a second call: the worker links the same child and sees report 1 among her open reports', async () => {
  await signIn(page, app.url, 'worker.milwaukee@demo.wi.gov');
  await keys(page, page.getByRole('link', { name: 'Start a new report' }), 'Enter');
  await page.getByRole('heading', { level: 1, name: 'New access report' }).waitFor();
  await page.getByLabel('Reporter type').focus();
  await page.keyboard.type('Friend');
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}\/edit$/);

  await keys(page, page.getByRole('button', { name: 'Add child' }), 'Enter');
  await page.keyboard.type('Maya');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Duplicatia');
  await page
    .getByRole('listbox', { name: /Already known to the agency/ })
    .getByRole('option', { name: /Maya Duplicatia/ })
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByText(/Linked to a person already known to the agency/).waitFor();

  // From the note that linking focuses: unlink, her prior reports, then her open and screened-in reports.
  await page.waitForFunction(() => document.activeElement?.textContent?.includes('Linked to a person'));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Show open and screened-in reports of Maya Duplicatia');
  await page.keyboard.press('Enter');
  const region = page.getByRole('region', { name: 'Open and screened-in reports of Maya Duplicatia' });
  await region.getByText(`Report ${first.reportNumber}`).waitFor();
  expect(await region.textContent()).toMatch(/received \w{3} \d{1,2}, \d{4} · Screened in/);
  await screenshot(page, 'intake-open-reports');
  expect(await axeViolations(page)).toEqual([]);
});

it('marks the new report a duplicate of report 1: the recommendation says so', async () => {
  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe(`This call is about the same events: mark as duplicate of ${first.reportNumber}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'duplicate-choice-note');
  expect(await focusedText()).toMatch(new RegExp(`^Duplicate of ${first.reportNumber}`));
  expect(await page.getByLabel('Screen out').isChecked()).toBe(true);
  expect(await page.getByLabel('Reason for screening out').inputValue()).toBe('DUPLICATE_REPORT');
  expect(await page.getByLabel('Rationale').inputValue()).toMatch(first.reportNumber);
  await page.getByRole('button', { name: 'Not a duplicate: undo' }).waitFor();
  await screenshot(page, 'intake-marked-duplicate');
  expect(await axeViolations(page)).toEqual([]);
});

it('completes the call and submits it', async () => {
  await keys(page, page.getByRole('button', { name: 'Add allegation' }), 'Enter');
  await page.getByLabel('Maltreatment type').focus();
  await page.keyboard.type('Sexual');
  await keys(page, page.getByLabel(/Sex trafficking is alleged/), 'Space');
  await keys(page, page.getByRole('group', { name: 'Is there a present danger threat?' }).getByLabel('No'), 'Space');
  await page.getByLabel('What the caller reports').focus();
  await page.keyboard.type(SECOND_NARRATIVE);
  // Her record's basics (race, ethnicity, Indian child) arrive with a save after linking.
  await page.waitForFunction(
    () =>
      (document.getElementById('field-persons-0-primaryRace') as HTMLSelectElement | null)?.value ===
      'BLACK_AFRICAN_AMERICAN',
  );
  await keys(page, page.getByRole('group', { name: 'Is it known where the child is now?' }).getByLabel('Yes'), 'Space');
  await keys(page, page.getByRole('group', { name: 'Is the child safe now?' }).getByLabel('Yes, safe now'), 'Space');
  await keys(page, page.getByRole('button', { name: 'Submit to supervisor' }), 'Enter');
  await page.getByRole('heading', { name: 'Report submitted' }).waitFor();
  secondNumber = ((await page.getByText(/Report number \d{4}-079-\d{5}/).textContent()) ?? '').replace(
    /.*Report number (\d{4}-079-\d{5}).*/s,
    '$1',
  );
  const view = page.getByRole('link', { name: 'View the submitted report' });
  secondUrl = `${app.url}${await view.getAttribute('href')}`;
  expect(secondNumber).toMatch(/^\d{4}-079-\d{5}$/);
  expect(secondNumber).not.toBe(first.reportNumber);
});

it('the supervisor screens it out as a duplicate of report 1, the original chosen already', async () => {
  await page.context().clearCookies();
  await signIn(page, app.url, 'supervisor.milwaukee@demo.wi.gov');
  await page.goto(secondUrl);
  await page.getByRole('heading', { level: 1, name: 'Access report: Maya Duplicatia' }).waitFor();
  expect(await page.getByTestId('duplicate-of').textContent()).toMatch(
    new RegExp(`^Duplicate of report ${first.reportNumber}`),
  );
  expect(await page.getByLabel('Screen out').isChecked()).toBe(true);
  expect(await page.getByLabel('Reason for screening out').inputValue()).toBe('DUPLICATE_REPORT');
  const original = page.getByRole('group', { name: 'Original report' });
  const chosen = original.getByLabel(new RegExp(`Report ${first.reportNumber} .*recommended by the worker`));
  await chosen.waitFor();
  expect(await chosen.isChecked()).toBe(true);
  await original.getByText(`This report will be screened out as a duplicate of ${first.reportNumber}`).waitFor();
  expect(await page.getByRole('group', { name: 'Your decision' }).getByRole('alert').textContent()).toBe('');
  await screenshot(page, 'decision-duplicate');
  expect(await axeViolations(page)).toEqual([]);

  await keys(page, page.getByRole('button', { name: 'Record decision' }), 'Enter');
  await page.getByText('Decision recorded: screened out.').waitFor();
});

it("report 1's page lists the duplicate with what the second caller said", async () => {
  await keys(
    page,
    page.getByTestId('duplicate-of').getByRole('link', { name: `report ${first.reportNumber}` }),
    'Enter',
  );
  await page.waitForURL(`**/reports/${first.id}`);
  const section = page.getByRole('region', { name: 'Duplicate reports' });
  await section.waitFor();
  const item = section.getByRole('listitem');
  await item.getByRole('link', { name: `Report ${secondNumber}` }).waitFor();
  expect(await item.textContent()).toMatch(/received \w{3} \d{1,2}, \d{4} · Screened out/);
  await item.getByRole('heading', { name: 'What the second caller said' }).waitFor();
  expect(await item.textContent()).toContain(SECOND_NARRATIVE);
  await screenshot(page, 'report-duplicates');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
