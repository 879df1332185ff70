import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import {
  axeViolations,
  callApi,
  DEMO_PASSWORD,
  type Json,
  keys,
  launch,
  screenshot,
  signIn,
  watchProblems,
} from './browser';

// Issue 12, item 2: hand a report on, discard a draft, transfer a report. An untrained worker is
// told by TRAINING to hand a sex trafficking draft on and hands it to a trained colleague, who finds
// it in My reports and submits it; the first worker sees the hand-over there. A worker discards an
// empty draft made by mistake; a supervisor transfers a draft to another county. Keyboard only,
// axe-core 0 violations on each new dialog.

let app: AppProcess;
let browser: Browser;
let newhire: Page;
let colleague: Page;
let supervisor: Page;
const problems: string[] = [];
let reportId = '';
let reportNumber = '';

const api = (method: string, path: string, body?: Json, token?: string) => callApi(app.url, method, path, body, token);

const NEWHIRE = `una.newhire.${process.pid}@demo.wi.gov`;

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  const page = async () => watchProblems(await browser.newPage({ viewport: { width: 1280, height: 900 } }), problems);
  [newhire, colleague, supervisor] = [await page(), await page(), await page()];

  // A worker without a recorded sex trafficking training, created by the state administrator.
  const admin = (await api('POST', '/api/auth/login', { email: 'admin@demo.wi.gov', password: DEMO_PASSWORD }))
    .token as string;
  const created = await api(
    'POST',
    '/api/users',
    { email: NEWHIRE, name: 'Una Newhire', role: 'ACCESS_WORKER', countyCode: '55079' },
    admin,
  );
  const setup = created.setup as { token: string };
  const token = (await api('POST', '/api/auth/setup', { token: setup.token, password: DEMO_PASSWORD })).token as string;
  // Her sex trafficking draft, complete but for the screening (she may not recommend it).
  const draft = await api(
    'POST',
    '/api/access-reports',
    {
      countyCode: '55079',
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      reporter: { type: 'EDUCATION', name: 'School counselor', anonymous: false },
      narrative: 'The counselor says Rosa told her an adult arranges commercial sexual exploitation.',
      presentDangerThreat: false,
      persons: [
        {
          key: 'c1',
          firstName: 'Rosa',
          lastName: 'Handontest',
          dateOfBirth: '2010-04-02',
          gender: 'FEMALE',
          hispanicEthnicity: 'HISPANIC',
          primaryRace: 'WHITE',
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
      recommendation: {
        decision: 'SCREEN_IN',
        responseTime: 'WITHIN_48_HOURS',
        rationale: 'An adult sells the youth for sex.',
      },
    },
    token,
  );
  reportId = draft.id as string;
  reportNumber = draft.reportNumber as string;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('tells the untrained worker by TRAINING to pass the draft on', async () => {
  await signIn(newhire, app.url, NEWHIRE);
  await newhire.goto(`${app.url}/reports/${reportId}/edit`);
  await newhire.getByRole('heading', { level: 1, name: 'Access report (draft)' }).waitFor();
  await newhire
    .getByText(/pass the report to a trained colleague/)
    .first()
    .waitFor();
});

it('hands it on to a trained colleague with the keyboard; the dialog has no accessibility violations', async () => {
  await keys(newhire, newhire.getByRole('button', { name: 'Hand on to a colleague' }), 'Enter');
  const dialog = newhire.getByRole('dialog', { name: 'Hand on to a colleague' });
  const select = dialog.getByRole('combobox', { name: 'Colleague' });
  await select.waitFor();
  await newhire.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
  expect(await select.locator('option').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Alex Rivera, access worker — trained /)]),
  );
  await newhire.keyboard.type('Alex'); // a closed select picks by typing
  expect(await select.locator('option:checked').textContent()).toMatch(/^Alex Rivera/);
  await screenshot(newhire, 'hand-on-dialog');
  expect(await axeViolations(newhire)).toEqual([]);
  await newhire.keyboard.press('Tab'); // the hand-on button
  await newhire.keyboard.press('Enter');
  await newhire.getByRole('heading', { name: 'Draft handed on' }).waitFor();
  expect(await newhire.evaluate(() => document.activeElement?.textContent)).toBe('Draft handed on');
  await newhire.getByText(/handed on to Alex Rivera/).waitFor();
  expect(await axeViolations(newhire)).toEqual([]);
});

it('the colleague finds it in My reports (assigned to them) and submits it', async () => {
  await signIn(colleague, app.url, 'worker.milwaukee@demo.wi.gov');
  await colleague.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Reports' }).click();
  await colleague.waitForURL('**/reports');
  const notices = colleague.getByRole('region', { name: /Reports handed to you/ });
  await notices.getByText(new RegExp(`Una Newhire handed report ${reportNumber} to you`)).waitFor();
  const row = colleague.getByRole('table').locator('tbody tr').filter({ hasText: reportNumber });
  await row.waitFor();
  expect(await row.textContent()).toMatch(/Una Newhire/); // taken by
  expect(await row.getByRole('cell', { name: 'You' }).count()).toBe(1); // assigned to
  await screenshot(colleague, 'my-reports-handed-on');
  expect(await axeViolations(colleague)).toEqual([]);
  await keys(colleague, row.getByRole('link', { name: /Continue the draft/ }), 'Enter');
  await colleague.waitForURL(`**/reports/${reportId}/edit`);
  await keys(colleague, colleague.getByRole('button', { name: 'Submit to supervisor' }), 'Enter');
  await colleague.getByRole('heading', { name: 'Report submitted' }).waitFor();
});

it('the first worker sees in My reports where the report went', async () => {
  await newhire.getByRole('link', { name: 'My reports' }).last().focus();
  await newhire.keyboard.press('Enter');
  await newhire.waitForURL('**/reports');
  await newhire.getByText(new RegExp(`You handed report ${reportNumber} to Alex Rivera`)).waitFor();
  // It is no longer hers: her list of reports assigned to her is empty.
  await newhire.getByRole('heading', { name: 'No reports yet' }).waitFor();
  expect(await axeViolations(newhire)).toEqual([]);
});

it('a worker discards an empty draft made by mistake, and it leaves My reports', async () => {
  await colleague.goto(`${app.url}/reports/new`);
  await colleague.getByLabel('Reporter type').focus();
  await colleague.keyboard.type('Education'); // the first keystroke creates the draft
  await colleague.waitForURL(/\/reports\/[0-9a-f-]{36}\/edit$/);
  const mistake = colleague.url().match(/reports\/([0-9a-f-]{36})\/edit/)?.[1];
  await colleague
    .getByTestId('save-status')
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  await keys(colleague, colleague.getByRole('button', { name: 'Discard draft' }), 'Enter');
  const dialog = colleague.getByRole('dialog', { name: 'Discard this draft?' });
  await dialog.waitFor();
  await colleague.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await colleague.keyboard.type('Opened by mistake');
  await screenshot(colleague, 'discard-dialog');
  expect(await axeViolations(colleague)).toEqual([]);
  await keys(colleague, dialog.getByRole('button', { name: 'Discard draft' }), 'Enter');
  await colleague.getByRole('heading', { name: 'Draft discarded' }).waitFor();
  await colleague.goto(`${app.url}/reports`);
  await colleague.getByRole('table').waitFor();
  expect(await colleague.locator(`a[href="/reports/${mistake}/edit"]`).count()).toBe(0);
  // Opened again, it is read-only.
  await colleague.goto(`${app.url}/reports/${mistake}/edit`);
  await colleague.getByText('This draft was discarded and is read-only.').waitFor();
});

it('a supervisor transfers a draft to another county with the keyboard; then it is gone from the county', async () => {
  await signIn(supervisor, app.url, 'supervisor.milwaukee@demo.wi.gov');
  const token = (
    await api('POST', '/api/auth/login', { email: 'supervisor.milwaukee@demo.wi.gov', password: DEMO_PASSWORD })
  ).token as string;
  const drafts = (await api('GET', '/api/access-reports?status=DRAFT&q=Thompson', undefined, token)) as {
    items?: { id: string; reportNumber: string }[];
  };
  const draft = drafts.items?.[0];
  if (!draft) throw new Error('the demo draft of Milwaukee is missing');
  await supervisor.goto(`${app.url}/reports/${draft.id}`);
  await keys(supervisor, supervisor.getByRole('button', { name: 'Transfer to another county' }), 'Enter');
  const dialog = supervisor.getByRole('dialog', { name: 'Transfer to another county' });
  const county = dialog.getByRole('combobox', { name: 'County' });
  await county.waitFor();
  await supervisor.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
  await supervisor.keyboard.type('Dane');
  expect(await county.inputValue()).toBe('55025');
  await supervisor.keyboard.press('Tab');
  await supervisor.keyboard.type('The child lives with her mother in Madison.');
  await screenshot(supervisor, 'transfer-dialog');
  expect(await axeViolations(supervisor)).toEqual([]);
  await keys(supervisor, dialog.getByRole('button', { name: 'Transfer', exact: true }), 'Enter');
  await supervisor
    .getByText(/transferred to Dane County/)
    .first()
    .waitFor();
  await supervisor.getByText(/Transferred from Milwaukee County to Dane County by Morgan Lee/).waitFor();
  await supervisor.getByTestId('assigned-to').getByText('Nobody — transferred in').waitFor();
  expect(await axeViolations(supervisor)).toEqual([]);
  await supervisor.reload();
  await supervisor.getByRole('heading', { name: 'Report not found' }).waitFor();
  // Dane's supervisor has it, with its number unchanged.
  const dane = (await api('POST', '/api/auth/login', { email: 'supervisor.dane@demo.wi.gov', password: DEMO_PASSWORD }))
    .token as string;
  const moved = await api('GET', `/api/access-reports/${draft.id}`, undefined, dane);
  expect(moved.reportNumber).toBe(draft.reportNumber);
  // The report page's own 404 is expected; nothing else may have gone wrong.
  expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
});
