import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chicagoDate } from '@cps/domain';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { loadExample } from '../../api/test/load-example';
import type { TestContext } from '../../api/test/test-app';
import { axeViolations, DEMO_PASSWORD, launch, SCREENSHOTS, screenshot, signIn, watchProblems } from './browser';
import { readPdf, squeeze } from './pdf-text';

// The statistics page on the built app: the spec's case set loaded through the API by county
// staff, then read by the state admin (tables, charts, summary, CSV, print) and by a supervisor.

let app: AppProcess;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const PERIOD = 'from=2019-01-01&to=2019-12-31';

async function token(email: string, password = DEMO_PASSWORD): Promise<{ Authorization: string }> {
  const res = await request(app.url).post('/api/auth/login').send({ email, password }).expect(200);
  return { Authorization: `Bearer ${res.body.token}` };
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  const admin = await token('admin@demo.wi.gov');
  const staff = async (countyCode: string) => {
    const make = async (role: string) => {
      const email = `${role.toLowerCase()}.${countyCode}@stats.wi.gov`;
      const exists = await request(app.url).post('/api/auth/login').send({ email, password: 'statistics-password' });
      if (exists.status !== 200) {
        // An admin never sets a password: the person chooses it with the setup token.
        const created = await request(app.url)
          .post('/api/users')
          .set(admin)
          .send({ email, name: `Stats ${role}`, role, countyCode, sexTraffickingTrainingCompletedOn: '2018-01-15' })
          .expect(201);
        await request(app.url)
          .post('/api/auth/setup')
          .send({ token: created.body.setup.token, password: 'statistics-password' })
          .expect(200);
      }
      return token(email, 'statistics-password');
    };
    return { worker: await make('ACCESS_WORKER'), supervisor: await make('SUPERVISOR') };
  };
  await loadExample({ http: () => request(app.url) } as unknown as TestContext, staff);
  page = await browser.newPage({ acceptDownloads: true });
  watchProblems(page, problems);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('shows the admin the ten tables, charts and summary of the period, with no accessibility violations', async () => {
  await signIn(page, app.url, 'admin@demo.wi.gov');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Statistics' }).click();
  await page.waitForURL('**/statistics');
  await page.getByRole('heading', { level: 1, name: 'Child sex trafficking statistics' }).waitFor();
  await page.getByText('June 1, 2017 – August 31, 2018').first().waitFor(); // the DCF period is the default
  await page.getByLabel('First day').fill('2019-01-01');
  await page.getByLabel('Last day').fill('2019-12-31');
  await page.getByRole('button', { name: 'Show statistics' }).click();
  await page.waitForURL(`**/statistics?${PERIOD}`);
  await page
    .getByText('Of the 7 allegations, 3 (42.9%) were in Milwaukee County and 4 (57.1%) were in the balance of state')
    .waitFor();
  expect(await page.title()).toBe('Child sex trafficking statistics | CPS Access');
  const table4 = page.getByRole('table', { name: /Table 4 .*by Child Age at Report/ });
  await table4.getByRole('row', { name: /^13 years old 0 2 2 28\.6%$/ }).waitFor();
  // 28.6 × 2 + 14.3 × 3 = 100.1: the DCF footnote under the table, which describes the table
  await page
    .locator('.statistics-table', { has: table4 })
    .getByText('¹ Does not add exactly to 100% due to rounding.')
    .waitFor();
  const note = await table4.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${note}"]`).textContent()).resolves.toContain(
    'Does not add exactly to 100% due to rounding.',
  );
  expect(await page.getByRole('table', { name: /^Table \d+/ }).count()).toBe(10);
  expect(await page.getByRole('img', { name: /Bar chart of table/ }).count()).toBe(10);
  await page
    .getByRole('table', { name: /Clocks by county/ })
    .getByRole('row', { name: /^All counties/ })
    .waitFor();
  await screenshot(page, 'statistics-admin');
  // close-ups to look at: the top of the page, a table with its chart, the clocks
  await page.screenshot({
    path: path.join(SCREENSHOTS, 'statistics-admin-top.png'),
    clip: { x: 0, y: 0, width: 1280, height: 900 },
  });
  await page
    .locator('.statistics-block', { has: table4 })
    .screenshot({ path: path.join(SCREENSHOTS, 'statistics-table-4.png') });
  await page
    .locator('.statistics-compliance')
    .screenshot({ path: path.join(SCREENSHOTS, 'statistics-compliance.png') });
  expect(await axeViolations(page)).toEqual([]);
});

it('downloads the CSV of the period', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the tables (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('child-sex-trafficking-2019-01-01-to-2019-12-31.csv');
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe(
    'From,To,Scope,Table,Title,Row,Milwaukee,Balance of State,Total in Wisconsin,Percent of total,Suppressed',
  );
  expect(text).toContain(',Hispanic,1,0,1,');
});

it('prints cleanly: no navigation or buttons, tables whole; saved as PDF', async () => {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Show statistics' }).isVisible()).resolves.toBe(false);
  await expect(page.getByRole('navigation', { name: 'Primary' }).isVisible()).resolves.toBe(false);
  await expect(page.getByRole('region', { name: 'Your session' }).isVisible()).resolves.toBe(false);
  await screenshot(page, 'statistics-print');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-statistics-pdf-'));
  const pdf = path.join(dir, 'statistics.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true }); // with the print CSS, as "Save as PDF" does
  await page.emulateMedia({ media: 'screen' });
  expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
  try {
    // the first pages as pictures, to look at (pdftoppm from Debian's poppler-utils, when present)
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, path.join(SCREENSHOTS, 'statistics-pdf')]);
  } catch {
    // not installed: the PDF itself was checked above
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

it('public release: counts from 1 to 4 become *, with the note', async () => {
  await page.getByText('Public release (hide counts from 1 to 4)').click(); // the label: USWDS hides the box itself
  await expect(page.getByLabel('Public release (hide counts from 1 to 4)').isChecked()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Show statistics' }).click();
  await page.waitForURL(`**/statistics?${PERIOD}&public=1`);
  const table1 = page.getByRole('table', { name: /^Table 1 / });
  await table1.getByRole('row', { name: /^Hispanic \* 0 \* –$/ }).waitFor();
  await page
    .locator('.statistics-table', { has: table1 })
    .getByText('* Not shown: a count from 1 to 4, or a number that would reveal one.')
    .waitFor();
  await screenshot(page, 'statistics-public');
  expect(await axeViolations(page)).toEqual([]);
});

it('names a wrong period beside its field', async () => {
  await page.getByLabel('First day').fill('2019-12-31');
  await page.getByLabel('Last day').fill('2019-01-01');
  await page.getByRole('button', { name: 'Show statistics' }).click();
  await page.getByText('Last day: must not be before from').waitFor();
  await expect(page.getByLabel('Last day').getAttribute('aria-invalid')).resolves.toBe('true');
  expect(await axeViolations(page)).toEqual([]);
});

it("gives a supervisor their county's statistics only, and a worker none", async () => {
  const context = await browser.newContext();
  const supervisor = await context.newPage();
  await signIn(supervisor, app.url, 'supervisor.dane@demo.wi.gov');
  await supervisor.goto(`${app.url}/statistics?${PERIOD}`);
  await supervisor
    .getByText('there were 3 screened-in allegations of child sex trafficking in Dane County, involving 1 unique child')
    .waitFor();
  await screenshot(supervisor, 'statistics-supervisor');
  expect(await axeViolations(supervisor)).toEqual([]);
  await context.close();

  const workerContext = await browser.newContext();
  const worker = await workerContext.newPage();
  await signIn(worker, app.url, 'worker.milwaukee@demo.wi.gov');
  await worker.goto(`${app.url}/statistics`);
  await worker
    .getByText('Statistics are for supervisors (their county) and state administrators (the whole state).')
    .waitFor();
  await workerContext.close();
  expect(problems.filter((p) => !/401|Unauthorized/.test(p))).toEqual([]);
});

it('gives the admin the federal NCANDS Child File after checking the year, with the keyboard only', async () => {
  // The case set's findings are recorded as it loads: in this federal fiscal year.
  const [year = 0, month = 0] = chicagoDate(new Date()).split('-').map(Number);
  const fiscalYear = String(month >= 10 ? year + 1 : year);
  await signIn(page, app.url, 'admin@demo.wi.gov');
  await page.goto(`${app.url}/statistics`);
  await page.getByRole('heading', { level: 2, name: 'Federal NCANDS Child File' }).waitFor();
  const yearBox = page.getByRole('textbox', { name: /Federal fiscal year/ });
  await yearBox.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1999');
  await page.keyboard.press('Enter');
  await page.getByText(/No child had a disposition in fiscal year 1999/).waitFor();
  expect(await page.getByRole('link', { name: /Download the NCANDS/ }).count()).toBe(0);

  await yearBox.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(fiscalYear);
  await page.keyboard.press('Enter');
  const download = page.getByRole('link', { name: `Download the NCANDS Child File for ${fiscalYear} (CSV)` });
  await download.waitFor();
  const summary = await page.getByText(new RegExp(`^Fiscal year ${fiscalYear} \\(`)).textContent();
  const records = Number(/: (\d+) records?\./.exec(summary ?? '')?.[1]);
  expect(records).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  await download.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe(`ncands-child-file-wi-fy${fiscalYear}.csv`);
  const lines = fs
    .readFileSync((await file.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]?.startsWith('SubYr,StaTerr,RptID,ChID,RptCnty,RptDt,RptSrc,RptDisp,RpDispDt,ChAge,')).toBe(true);
  expect(lines).toHaveLength(records + 1);
  expect(lines.slice(1).every((l) => l.startsWith(`${fiscalYear},WI,`))).toBe(true);
});

it("prints the annual report in the DCF report's order, with no app chrome, and reads well to axe", async () => {
  await signIn(page, app.url, 'admin@demo.wi.gov');
  await page.goto(`${app.url}/statistics?${PERIOD}`);
  const open = page.getByRole('link', { name: 'Annual report (printable)' });
  await open.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/statistics/annual-report?${PERIOD}`);
  await page.getByRole('heading', { level: 2, name: 'Child sex trafficking substantiations' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-annual-report-pdf-'));
  try {
    const file = path.join(dir, 'annual-report.pdf');
    // An earlier test left the page emulating the screen; a PDF is made with the print CSS, as "Save as PDF" does.
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'Letter', printBackground: true });
    await page.emulateMedia({ media: null });
    const text = squeeze(readPdf(fs.readFileSync(file)).text);
    const order = [
      'Reports of Child Sex Trafficking Allegations',
      'Executive summary',
      'Introduction',
      'Language in this report',
      'Child sex trafficking allegations',
      'Table 1',
      'Table 4',
      'Child sex trafficking substantiations',
      'Table 5',
      'Table 10',
    ].map((words) => text.indexOf(squeeze(words)));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const chrome of ['Sign out', 'Back to the statistics', 'Print or save as PDF']) {
      expect([chrome, text.includes(squeeze(chrome))]).toEqual([chrome, false]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
