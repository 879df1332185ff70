import type { Browser, Locator, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, keys, launch, screenshot, signIn, watchProblems } from './browser';

// Issue 14: a child missing from care, from "missing" to the new report, with the keyboard alone.
// A worker records the child (search first: no match, so a new child), the police and NCMEC
// reports and the child located; the supervisor sees the episode on the queue page and records the
// return screening with an indicator, which opens a new draft with the child and the indicator
// (RETURN-SCREEN). No axe-core violation on any page on the way.

let app: AppProcess;
let browser: Browser;
let worker: Page;
let supervisor: Page;
const problems: string[] = [];
const LAST_NAME = `Journeymissing${Date.now() % 100000}`;
let episodeUrl = '';

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  worker = watchProblems(await browser.newPage({ viewport: { width: 1280, height: 900 } }), problems);
  supervisor = watchProblems(await browser.newPage({ viewport: { width: 1280, height: 900 } }), problems);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await target.focus();
  await page.keyboard.type(text);
}

it('a worker records a missing child: search first, then the form; the episode starts both clocks', async () => {
  await signIn(worker, app.url, 'worker.milwaukee@demo.wi.gov');
  await keys(
    worker,
    worker.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Missing from care' }),
    'Enter',
  );
  await worker.getByRole('heading', { level: 1, name: 'Missing from care' }).waitFor();
  await worker.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
  expect(await axeViolations(worker)).toEqual([]);

  await keys(worker, worker.getByRole('link', { name: 'Record a missing child' }), 'Enter');
  await typeInto(worker, worker.getByLabel('Last name'), LAST_NAME);
  await worker.keyboard.press('Enter');
  await worker.getByRole('heading', { name: 'No one known to the agency matches' }).waitFor();
  expect(await axeViolations(worker)).toEqual([]);
  await keys(worker, worker.getByRole('button', { name: 'Record a new child' }), 'Enter');

  await worker.getByRole('heading', { name: '2. Record the missing child' }).waitFor();
  await expect(worker.getByLabel('Last name').inputValue()).resolves.toBe(LAST_NAME);
  await typeInto(worker, worker.getByLabel('First name'), 'Dee');
  await typeInto(worker, worker.getByLabel('Where the child was last seen (optional)'), 'Group home on the south side');
  expect(await axeViolations(worker)).toEqual([]);
  await keys(worker, worker.getByRole('button', { name: 'Record missing child' }), 'Enter');

  await worker.getByRole('heading', { level: 1, name: `Missing from care: Dee ${LAST_NAME}` }).waitFor();
  episodeUrl = worker.url();
  expect(episodeUrl).toMatch(/\/missing\/[0-9a-f-]{36}$/);
  const clocks = worker.getByRole('table', { name: /Reporting clocks/ });
  await expect(clocks.getByText(/Pending: due in 7 h|Pending: due in 8 h/).count()).resolves.toBe(1);
  expect(await axeViolations(worker)).toEqual([]);
});

it('the worker records the police report, the NCMEC report and the child located', async () => {
  const police = worker.getByRole('form', { name: 'Report to the police (for NCIC)' });
  await typeInto(worker, police.getByLabel('Police agency'), 'Milwaukee Police Department');
  await typeInto(worker, police.getByLabel('NCIC number (optional)'), 'M123456789');
  await worker.keyboard.press('Enter');
  await worker.getByText(/Reported to the police: .*Milwaukee Police Department.*NCIC M123456789/).waitFor();

  const ncmec = worker.getByRole('form', { name: 'Report to NCMEC' });
  await typeInto(worker, ncmec.getByLabel('NCMEC case number (optional)'), '1311223');
  await worker.keyboard.press('Enter');
  await worker.getByText(/Reported to NCMEC: .*case 1311223/).waitFor();
  await expect(
    worker
      .getByRole('table', { name: /Reporting clocks/ })
      .getByText('Reported on time')
      .count(),
  ).resolves.toBe(2);

  await keys(worker, worker.getByRole('button', { name: 'Record child located' }), 'Enter');
  await worker.getByText('Located: return screening needed').waitFor();
  expect(await axeViolations(worker)).toEqual([]);
});

it('the supervisor sees the episode on the queue page and records the return screening; it opens the new report', async () => {
  await signIn(supervisor, app.url, 'supervisor.milwaukee@demo.wi.gov');
  await keys(
    supervisor,
    supervisor.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Queue' }),
    'Enter',
  );
  const section = supervisor.getByRole('region', { name: 'Children missing from care' });
  const link = section.getByRole('link', { name: `Dee ${LAST_NAME}` });
  await link.waitFor();
  expect(await axeViolations(supervisor)).toEqual([]);
  await keys(supervisor, link, 'Enter');

  const form = supervisor.getByRole('form', { name: 'Return screening for sex trafficking' });
  await form.waitFor();
  await keys(
    supervisor,
    form.getByLabel('Child reports sex in exchange for shelter, food, drugs, alcohol or money (survival sex)'),
    'Space',
  );
  await typeInto(supervisor, form.getByLabel('Notes (optional)'), 'Talked with the youth at the shelter.');
  await keys(supervisor, form.getByRole('button', { name: 'Record return screening' }), 'Enter');
  const confirm = form.getByRole('group', { name: /with 1 indicator\?/ });
  await confirm.waitFor();
  expect(await axeViolations(supervisor)).toEqual([]);
  await keys(supervisor, confirm.getByRole('button', { name: 'Yes, record the screening' }), 'Enter');

  const report = supervisor.getByRole('link', { name: /^Open report \d{4}-079-\d{5}$/ });
  await report.waitFor();
  await supervisor.getByText('Closed: screened').waitFor();
  expect(await axeViolations(supervisor)).toEqual([]);
  await screenshot(supervisor, 'missing-episode-closed');

  await keys(supervisor, report, 'Enter');
  await supervisor.getByRole('heading', { level: 1, name: `Access report: Dee ${LAST_NAME}` }).waitFor();
  await supervisor.getByText(`Dee ${LAST_NAME}: Child reports sex in exchange for shelter`).waitFor();
  await supervisor
    .getByText(/Opened from the return screening of the missing-from-care episode/)
    .first()
    .waitFor();
  expect(await axeViolations(supervisor)).toEqual([]);
  expect(problems).toEqual([]);
});
