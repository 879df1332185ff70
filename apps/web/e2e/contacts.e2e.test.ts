import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import {
  axeViolations,
  callApi,
  choose,
  DEMO_PASSWORD,
  type Json,
  keys,
  launch,
  screenshot,
  signIn,
  watchProblems,
} from './browser';

// Issue 14: RESPONSE-TIME and the first contacts. The supervisor screens a report in with a
// same-day response and assigns the initial assessment worker; the response clock runs in the
// queue. The worker records an attempted, then a completed visit with the child, with the keyboard
// only, and the report shows "Seen on time". axe-core 0 violations on each new state.

let app: AppProcess;
let browser: Browser;
let supervisor: Page;
let worker: Page;
const problems: string[] = [];
let reportId = '';
let reportNumber = '';

const api = (method: string, path: string, body?: Json, token?: string) => callApi(app.url, method, path, body, token);

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { tag: el?.tagName, label: el?.labels?.[0]?.textContent ?? el?.textContent ?? '', checked: el?.checked };
  });

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  const page = async () => watchProblems(await browser.newPage({ viewport: { width: 1280, height: 900 } }), problems);
  [supervisor, worker] = [await page(), await page()];
  // The worker took the call a minute ago and recommends a same-day response.
  const token = (
    await api('POST', '/api/auth/login', { email: 'worker.milwaukee@demo.wi.gov', password: DEMO_PASSWORD })
  ).token as string;
  const draft = await api(
    'POST',
    '/api/access-reports',
    {
      countyCode: '55079',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      reporter: { type: 'EDUCATION', name: 'School counselor', anonymous: false },
      narrative: 'The counselor says Rosa told her an adult arranges commercial sexual exploitation tonight.',
      presentDangerThreat: true,
      persons: [
        {
          key: 'c1',
          firstName: 'Rosa',
          lastName: 'Contacttest',
          dateOfBirth: '2010-04-02',
          gender: 'FEMALE',
          hispanicEthnicity: 'HISPANIC',
          primaryRace: 'WHITE',
          indianChild: 'NO',
          roles: ['CHILD'],
          currentLocation: { known: true, description: 'At school', address: null, safeNow: 'NO' },
        },
        { key: 'm1', roles: ['ALLEGED_MALTREATER'], gender: 'MALE' },
        { key: 'p1', roles: ['PARENT'], firstName: 'Ana', lastName: 'Contacttest', gender: 'FEMALE' },
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
      recommendation: { decision: 'SCREEN_IN', responseTime: 'SAME_DAY', rationale: 'Present danger tonight.' },
    },
    token,
  );
  reportId = draft.id as string;
  reportNumber = draft.reportNumber as string;
  await api('POST', `/api/access-reports/${reportId}/submit`, { version: draft.version as number }, token);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('the supervisor screens in with a same-day response and assigns the initial assessment worker', async () => {
  await signIn(supervisor, app.url, 'supervisor.milwaukee@demo.wi.gov');
  await supervisor.goto(`${app.url}/reports/${reportId}`);
  await supervisor.getByRole('heading', { level: 1, name: 'Access report: Rosa Contacttest' }).waitFor();
  await choose(supervisor, 'Screen in');
  await choose(supervisor, 'Same day');
  await supervisor.getByRole('button', { name: 'Record decision' }).click();
  await supervisor.getByText('Decision recorded: screened in.').waitFor();
  const section = supervisor.getByRole('region', { name: 'First contacts' });
  await section
    .getByTestId('response-clock')
    .getByText(/Pending: due in/)
    .waitFor();

  await keys(supervisor, supervisor.getByRole('button', { name: 'Assign initial assessment worker' }), 'Enter');
  const dialog = supervisor.getByRole('dialog', { name: 'Assign the initial assessment worker' });
  await dialog.getByRole('combobox', { name: 'Colleague' }).waitFor();
  await supervisor.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
  await supervisor.keyboard.type('Alex');
  await keys(supervisor, dialog.getByRole('button', { name: 'Assign', exact: true }), 'Enter');
  await supervisor
    .getByText(/Alex Rivera is now the initial assessment worker/)
    .first()
    .waitFor();
  expect(await axeViolations(supervisor)).toEqual([]);
});

it("the queue's running clocks show the response clock beside LE-12H", async () => {
  await supervisor.goto(`${app.url}/queue`);
  const running = supervisor.getByRole('table', { name: /running clock/i });
  const row = running.locator('tbody tr').filter({ hasText: reportNumber });
  await row.waitFor();
  expect(await row.textContent()).toMatch(/LE-12H referral to law enforcement/);
  expect(await row.textContent()).toMatch(/RESPONSE-TIME first contact with the child.*Pending: due in/);
  await screenshot(supervisor, 'queue-response-clock');
  expect(await axeViolations(supervisor)).toEqual([]);
});

it('the worker records an attempted visit with the keyboard only; the response is still pending', async () => {
  await signIn(worker, app.url, 'worker.milwaukee@demo.wi.gov');
  await worker.goto(`${app.url}/reports/${reportId}`);
  const section = worker.getByRole('region', { name: 'First contacts' });
  await section.getByText('No contact recorded yet.').waitFor();

  await keys(worker, section.getByRole('button', { name: 'Record a contact' }), 'Enter');
  await worker.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
  expect((await focused(worker)).label).toBe('Child seen');
  await worker.keyboard.press('Space');
  await worker.keyboard.press('Tab');
  expect(await focused(worker)).toMatchObject({ tag: 'SELECT' });
  await worker.keyboard.type('Rosa'); // a closed select picks by typing
  expect(await section.getByLabel('Child').locator('option:checked').textContent()).toBe('Rosa Contacttest');
  await worker.keyboard.press('Tab');
  expect(await focused(worker)).toMatchObject({ label: 'Completed' });
  await worker.keyboard.press('ArrowDown'); // the next radio of the group, chosen
  expect(await focused(worker)).toMatchObject({ label: 'Attempted', checked: true });
  await screenshot(worker, 'contact-form');
  expect(await axeViolations(worker)).toEqual([]);

  await keys(worker, section.getByRole('button', { name: 'Check the contact' }), 'Enter');
  const check = section.getByRole('region', { name: 'Check the contact before you record it' });
  await check.waitFor();
  expect(await check.textContent()).toMatch(/Child seen, Rosa Contacttest.*Outcome: Attempted/);
  expect(await axeViolations(worker)).toEqual([]);
  await keys(worker, check.getByRole('button', { name: 'Record contact' }), 'Enter');
  await section.getByText('Contact recorded. Response: pending.').waitFor();
  expect((await focused(worker)).label).toBe('Response time (RESPONSE-TIME)');
  expect(await section.getByRole('row', { name: /Rosa Contacttest/ }).textContent()).toMatch(
    /Child seenAttempted.*Alex Rivera/,
  );
});

it('then the completed visit: the report shows "Seen on time"', async () => {
  const section = worker.getByRole('region', { name: 'First contacts' });
  await keys(worker, section.getByRole('button', { name: 'Record a contact' }), 'Enter');
  await worker.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
  await worker.keyboard.press('Space');
  await worker.keyboard.press('Tab');
  await worker.keyboard.type('Rosa');
  await worker.keyboard.press('Tab');
  await worker.keyboard.press('Space'); // Completed
  expect(await focused(worker)).toMatchObject({ label: 'Completed', checked: true });
  await keys(worker, section.getByRole('button', { name: 'Check the contact' }), 'Enter');
  const check = section.getByRole('region', { name: 'Check the contact before you record it' });
  await keys(worker, check.getByRole('button', { name: 'Record contact' }), 'Enter');
  await section.getByText('Contact recorded. Response: seen on time.').waitFor();
  expect(await section.getByTestId('response-clock').textContent()).toMatch(/Status:Seen on time/);
  const clocks = worker.getByRole('table', { name: 'Clocks of this report' });
  expect(await clocks.getByRole('row', { name: /RESPONSE-TIME/ }).textContent()).toMatch(/Seen on time/);
  expect(await section.getByRole('row', { name: /Rosa Contacttest/ }).count()).toBe(2);
  await screenshot(worker, 'contacts-seen-on-time');
  expect(await axeViolations(worker)).toEqual([]);
  expect(problems).toEqual([]);
});
