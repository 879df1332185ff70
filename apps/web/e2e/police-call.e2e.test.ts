import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, keys, launch, screenshot, signIn, watchProblems } from './browser';

// Issue 12, item 3: workers call the police while the caller is on the line. The call is recorded
// on the intake page itself, the worker keeps typing and submits. A notification recorded in
// another window never strands the form; only a real edit of the same field in two windows opens
// the side-by-side conflict view, which works with the keyboard alone. No axe-core violations.

let app: AppProcess;
let browser: Browser;
let first: BrowserContext;
let second: BrowserContext;
let tab: Page;
let other: Page;
const problems: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  // The same worker in two browser contexts: two windows, two sessions.
  first = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  second = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  tab = watchProblems(await first.newPage(), problems);
  other = watchProblems(await second.newPage(), problems);
  await signIn(tab, app.url, 'worker.milwaukee@demo.wi.gov');
  await signIn(other, app.url, 'worker.milwaukee@demo.wi.gov');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A draft with everything submit needs, received half an hour ago (LE-12H pending), made through the API. */
async function draft(page: Page, childName: string): Promise<string> {
  const receivedAt = new Date(Date.now() - 30 * 60_000);
  receivedAt.setUTCSeconds(0, 0);
  const body = {
    countyCode: '55079',
    receivedAt: receivedAt.toISOString(),
    reporter: { type: 'EDUCATION', name: 'School counselor', phone: '414-555-0100', anonymous: false },
    narrative: 'The counselor reports that an adult sells the youth for sex.',
    presentDangerThreat: false,
    persons: [
      {
        key: 'c1',
        firstName: childName,
        lastName: 'Policecall',
        dateOfBirth: '2010-04-12',
        gender: 'FEMALE',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'WHITE',
        indianChild: 'NO',
        roles: ['CHILD'],
        currentLocation: { known: true, description: 'At home', address: null, safeNow: 'YES' },
      },
      { key: 'm1', firstName: '', lastName: '', gender: 'MALE', roles: ['ALLEGED_MALTREATER'] },
    ],
    indicators: [],
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
    recommendation: {
      decision: 'SCREEN_IN',
      screenOutReason: null,
      responseTime: 'WITHIN_48_HOURS',
      rationale: 'Alleged child sex trafficking.',
    },
  };
  const answer = await page.evaluate(async (draftBody) => {
    const res = await fetch('/api/access-reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(draftBody),
    });
    return { status: res.status, body: await res.json() };
  }, body);
  expect(answer.status).toBe(201);
  return answer.body.id as string;
}

const narrativeOf = (page: Page) => page.getByLabel('What the caller reports');
const saved = (page: Page) =>
  page
    .getByTestId('save-status')
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();

/** Types at the end of the narrative, as the worker goes on listening. */
async function typeMore(page: Page, words: string): Promise<void> {
  await narrativeOf(page).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(words);
}

async function recordPoliceCall(page: Page, section: Locator): Promise<void> {
  await section.getByLabel('Law enforcement agency').focus();
  await page.keyboard.type('Milwaukee Police Department');
  await section.getByLabel('How they were notified').focus();
  await page.keyboard.type('Phone');
  await keys(page, section.getByRole('button', { name: 'Record notification' }), 'Enter');
  await section.getByRole('cell', { name: 'Milwaukee Police Department' }).waitFor();
}

async function submit(page: Page): Promise<void> {
  await keys(page, page.getByRole('button', { name: 'Submit to supervisor' }), 'Enter');
  await page.getByRole('heading', { level: 1, name: 'Report submitted' }).waitFor();
}

it('records the police call in the intake page, keeps typing and submits', async () => {
  const id = await draft(tab, 'Rosa');
  await tab.goto(`${app.url}/reports/${id}/edit`);
  await narrativeOf(tab).waitFor();
  // In the section navigation, and the section itself with the clock's status.
  await keys(
    tab,
    tab.getByRole('navigation', { name: 'Sections of the report' }).getByRole('link', { name: 'Police and tribe' }),
    'Enter',
  );
  const section = tab.getByRole('region', { name: 'Police and tribe notified' });
  expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Police and tribe notified');
  await section
    .getByText(/Pending: due in/)
    .first()
    .waitFor();
  await screenshot(tab, 'intake-police-call');
  expect(await axeViolations(tab)).toEqual([]);

  await recordPoliceCall(tab, section);
  await section
    .getByText(/Law enforcement notification recorded\. Law enforcement referral: notified on time\./)
    .waitFor();
  // No tribal part: no child is recorded as an Indian child.
  expect(await section.getByRole('heading', { name: /Notice to the tribe/ }).count()).toBe(0);

  const put = tab.waitForResponse((r) => r.request().method() === 'PUT' && r.status() === 200);
  await typeMore(tab, ' The police were called while the caller waited.');
  await put;
  await saved(tab);
  expect(await axeViolations(tab)).toEqual([]);
  await submit(tab);

  // The header, on a phone too: who is signed in, as what, where, and Sign out.
  await tab.setViewportSize({ width: 390, height: 844 });
  const identity = tab.getByTestId('session-identity');
  expect(await identity.isVisible()).toBe(true);
  expect(await identity.textContent()).toMatch(/Alex Rivera.*Access worker.*Milwaukee County/);
  expect(await tab.getByRole('button', { name: 'Sign out', exact: true }).isVisible()).toBe(true);
  await screenshot(tab, 'header-mobile');
  await tab.setViewportSize({ width: 1280, height: 900 });
});

it('a police call recorded in another window: the next autosave and the submit here still succeed, no conflict', async () => {
  const id = await draft(tab, 'Mina');
  await tab.goto(`${app.url}/reports/${id}/edit`);
  await narrativeOf(tab).waitFor();

  // The same worker records the call on the report page in the other window.
  await other.goto(`${app.url}/reports/${id}`);
  const onReportPage = other.getByRole('region', { name: 'Law enforcement referral (LE-12H)' });
  await recordPoliceCall(other, onReportPage);

  const conflicts: number[] = [];
  tab.on('response', (r) => r.request().method() === 'PUT' && r.status() === 409 && conflicts.push(409));
  const put = tab.waitForResponse((r) => r.request().method() === 'PUT' && r.status() === 200);
  await typeMore(tab, ' She is safe at school today.');
  const answer = await (await put).json();
  expect(answer.narrative).toMatch(/She is safe at school today\.$/);
  expect(answer.lawEnforcementNotifications).toHaveLength(1);
  expect(conflicts).toEqual([409]); // refused once on the old version, then sent again on the new one
  await saved(tab);
  expect(await tab.getByRole('region', { name: /saved this report|another window/ }).count()).toBe(0);
  await submit(tab);
});

it('the same field edited in two windows: the side-by-side view, keyboard only', async () => {
  const id = await draft(tab, 'Lena');
  await Promise.all([tab.goto(`${app.url}/reports/${id}/edit`), other.goto(`${app.url}/reports/${id}/edit`)]);
  await Promise.all([narrativeOf(tab).waitFor(), narrativeOf(other).waitFor()]);

  await typeMore(other, ' Written in the other window.');
  await other.keyboard.press('Tab'); // leaving the field saves
  await saved(other);

  await typeMore(tab, ' Written here.');
  await tab.keyboard.press('Tab');
  const view = tab.getByRole('region', { name: 'This report was saved in another window' });
  await view.waitFor();
  await tab.waitForFunction(() => document.activeElement?.id === 'conflict-heading');
  const row = view.getByRole('row', { name: /^Narrative/ });
  expect(await row.textContent()).toMatch(/Written in the other window\..*Written here\./);
  expect(await tab.getByTestId('save-status').textContent()).toMatch(/Not saved — the report changed elsewhere/);
  await screenshot(tab, 'intake-conflict-view');
  expect(await axeViolations(tab)).toEqual([]);

  // Tab to the narrative's "Keep mine", choose it, then tab to "Apply my choices".
  await tab.keyboard.press('Tab');
  expect(await tab.evaluate(() => document.activeElement?.id)).toBe('conflict-narrative-mine');
  await tab.keyboard.press('Space');
  const put = tab.waitForResponse((r) => r.request().method() === 'PUT' && r.status() === 200);
  await tab.keyboard.press('Tab');
  expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Apply my choices');
  await tab.keyboard.press('Enter');
  expect((await (await put).json()).narrative).toMatch(/Written here\.$/);
  await view.waitFor({ state: 'detached' });
  await saved(tab);
  await submit(tab);
  // The browser logs each refused save (409) as a failed resource; nothing else may be broken.
  expect(problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
});
