import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, DEMO_PASSWORD, launch, screenshot, signIn, watchProblems } from './browser';
import { readPdf, squeeze } from './pdf-text';

// Issue 13: the report page prints as a complete Access report for the law-enforcement referral.
// A report with everything (an Indian child, allegation and finding, both notifications, a decision)
// is made through the API; the page in print media shows the print header and every section, and
// none of the app's chrome or controls; then Chromium saves it as a PDF whose text is checked.

let app: AppProcess;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let report: Report;

const CHILD = { firstName: 'Lena', lastName: 'Printwell' };
const NARRATIVE_LAST_WORDS = 'behind the laundromat on Fond du Lac Avenue every Friday night.';
const NARRATIVE = [
  'The school counselor reports that Lena, 14, told her an adult man sells her for sex to other adults.',
  'Lena said the man collects the money, keeps her phone, and drives her to a motel near the highway. '.repeat(6),
  'She has missed eleven days of school this semester and has new clothes and nails she cannot pay for.',
  `The last thing she said before the bell was that the man's gray van waits for her ${NARRATIVE_LAST_WORDS}`,
].join('\n\n');

type Report = {
  id: string;
  reportNumber: string;
  version: number;
  allegations: { id: string }[];
  persons: { key: string; personId: string }[];
};

async function api<T>(method: string, url: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${app.url}${url}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(method === 'POST' ? { 'Idempotency-Key': crypto.randomUUID().replaceAll('-', '') } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const tokenOf = async (email: string) =>
  (await api<{ token: string }>('POST', '/api/auth/login', null, { email, password: DEMO_PASSWORD })).token;

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  page = watchProblems(await browser.newPage({ viewport: { width: 1280, height: 900 } }), problems);

  const [worker, supervisor] = await Promise.all([
    tokenOf('worker.milwaukee@demo.wi.gov'),
    tokenOf('supervisor.milwaukee@demo.wi.gov'),
  ]);
  const receivedAt = new Date(Date.now() - 2 * 3600_000);
  receivedAt.setUTCSeconds(0, 0);
  const draft = await api<Report>('POST', '/api/access-reports', worker, {
    countyCode: '55079',
    receivedAt: receivedAt.toISOString(),
    reporter: { type: 'EDUCATION', name: 'Pat Counselor', phone: '414-555-0100', anonymous: false },
    narrative: NARRATIVE,
    presentDangerThreat: false,
    persons: [
      {
        key: 'c1',
        ...CHILD,
        dateOfBirth: '2011-09-03',
        gender: 'FEMALE',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'AMERICAN_INDIAN_ALASKA_NATIVE',
        indianChild: 'YES',
        tribe: 'Menominee Indian Tribe of Wisconsin',
        roles: ['CHILD'],
        currentLocation: { known: true, description: 'With the school counselor', address: null, safeNow: 'YES' },
      },
      { key: 'm1', firstName: 'Rex', lastName: 'Vanman', gender: 'MALE', roles: ['ALLEGED_MALTREATER'] },
    ],
    indicators: [{ childKey: 'c1', code: 'CHILD_SELF_REPORTS_TRAFFICKING' }],
    identifiers: [{ key: 'i1', personKey: 'm1', kind: 'VEHICLE_PLATE', value: 'ABC-1234', platform: null }],
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
  const notifiedAt = new Date(receivedAt.getTime() + 30 * 60_000).toISOString();
  await api('POST', `/api/access-reports/${draft.id}/law-enforcement-notifications`, worker, {
    notifiedAt,
    agency: 'Milwaukee Police Department',
    method: 'PHONE',
    contactName: 'Det. Ruiz',
  });
  const notified = await api<Report>('POST', `/api/access-reports/${draft.id}/tribal-notifications`, worker, {
    notifiedAt,
    tribe: 'Menominee Indian Tribe of Wisconsin',
    method: 'PHONE',
  });
  const submitted = await api<Report>('POST', `/api/access-reports/${draft.id}/submit`, worker, {
    version: notified.version,
  });
  report = await api<Report>('POST', `/api/access-reports/${draft.id}/screening-decision`, supervisor, {
    version: submitted.version,
    decision: 'SCREEN_IN',
    responseTime: 'SAME_DAY',
    rationale: 'The child describes being sold for sex: screened in for a same-day response.',
  });
  await api('PUT', `/api/allegations/${report.allegations[0]!.id}/finding`, supervisor, {
    finding: 'SUBSTANTIATED',
    maltreaterInterviewed: true,
    parentalInvolvement: 'NO',
    rationale: 'The child and two witnesses describe the sales.',
  });
  // Issue 14: the first contact with the child prints with the report.
  await api('POST', `/api/access-reports/${report.id}/contacts`, worker, {
    personId: report.persons.find((p) => p.key === 'c1')!.personId,
    kind: 'CHILD_SEEN',
    outcome: 'COMPLETED',
    at: notifiedAt,
    note: 'Seen at the school with the counselor',
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const header = () => page.getByTestId('report-print-header');

it('on screen: a "Print report" button, and the print header kept for paper', async () => {
  await signIn(page, app.url, 'supervisor.milwaukee@demo.wi.gov');
  await page.goto(`${app.url}/reports/${report.id}`);
  await page.getByRole('heading', { level: 1, name: `Access report: ${CHILD.firstName} ${CHILD.lastName}` }).waitFor();
  await page.getByRole('button', { name: 'Print report' }).waitFor();
  expect(await header().isVisible()).toBe(false);
});

it('in print media: the header and every section show, the app chrome and controls do not, no axe violations', async () => {
  await page.emulateMedia({ media: 'print' });
  await header().waitFor();
  await header().getByText('Milwaukee County').waitFor();
  const facts = await header().locator('dt').allTextContents();
  expect(facts).toEqual([
    'Report number',
    'County',
    'Received (Chicago time)',
    'Taken by',
    'Initial assessment worker',
    'Supervisor who decided',
    'Status',
    'Printed',
  ]);
  expect(await header().textContent()).toContain('Child Protective Services — Access Report');
  expect(await header().textContent()).toContain(report.reportNumber);
  expect(await header().textContent()).toMatch(/Supervisor who decided\s*Morgan Lee/);
  expect(await header().textContent()).toMatch(/Status\s*Screened in/);

  for (const section of [
    'Who has this report',
    'Clocks',
    'What was reported',
    'People',
    'Allegations and findings',
    "Worker's recommendation",
    'Screening decision',
    'First contacts',
    'Notifications',
  ]) {
    expect([section, await page.getByRole('heading', { level: 2, name: section, exact: true }).isVisible()]).toEqual([
      section,
      true,
    ]);
  }
  const people = page.getByRole('table', { name: 'People in this report' });
  expect(await people.getByRole('row', { name: /Lena Printwell/ }).textContent()).toMatch(
    /Child.*born.*2011.*Female.*Menominee Indian Tribe of Wisconsin/,
  );
  await page.getByText('Milwaukee Police Department').waitFor();
  expect(await page.getByText(NARRATIVE_LAST_WORDS).isVisible()).toBe(true);
  expect(await page.getByText('Substantiated', { exact: true }).isVisible()).toBe(true);

  // No app header, navigation, session bar, footer, skip link, button, form or access log on paper.
  const beside = ['.usa-skipnav', '.usa-header', 'nav', 'section[aria-label="Your session"]', '.usa-footer'];
  for (const chrome of [...beside, 'main button', 'main form']) {
    const shown = await page.locator(chrome).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    expect([chrome, shown]).toEqual([chrome, 0]);
  }
  expect(await page.getByRole('heading', { name: 'Who opened this report' }).isVisible()).toBe(false);
  expect(await page.getByRole('heading', { name: 'History of involvement' }).isVisible()).toBe(false);

  // Black on white, and a person or allegation never split across pages.
  const narrative = page.getByText(NARRATIVE_LAST_WORDS);
  expect(await narrative.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(0, 0, 0)');
  expect(await narrative.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(
    await people
      .locator('tbody tr')
      .first()
      .evaluate((e) => getComputedStyle(e).breakInside),
  ).toBe('avoid');
  expect(
    await page
      .locator('.report-print-block')
      .first()
      .evaluate((e) => getComputedStyle(e).breakInside),
  ).toBe('avoid');

  await screenshot(page, 'report-print');
  expect(await axeViolations(page)).toEqual([]);
});

it('saves as a PDF from Chromium that says the number, the child and the narrative to its last words', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-print-'));
  try {
    const file = path.join(dir, 'report.pdf');
    // Chromium fires beforeprint for page.pdf() as for a person's print: the page records it.
    const recorded = page.waitForResponse((r) => r.url().endsWith(`/api/access-reports/${report.id}/printed`));
    await page.pdf({ path: file, format: 'Letter', printBackground: false });
    expect((await recorded).status()).toBe(204);
    expect(fs.existsSync(file)).toBe(true);
    const pdf = readPdf(fs.readFileSync(file));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    const text = squeeze(pdf.text);
    for (const words of [
      'Child Protective Services',
      'Access Report',
      report.reportNumber,
      'Milwaukee County',
      `${CHILD.firstName} ${CHILD.lastName}`,
      'Menominee Indian Tribe of Wisconsin',
      'Milwaukee Police Department',
      'Morgan Lee',
      NARRATIVE_LAST_WORDS,
      // Parts of the report added with issue 13 print too: where the child is now, an identifier.
      'With the school counselor',
      'ABC-1234',
      // Issue 14: the first contacts and the response clock.
      'Seen at the school with the counselor',
      'RESPONSE-TIME',
    ]) {
      expect([words, text.includes(squeeze(words))]).toEqual([words, true]);
    }
    for (const chrome of [
      'Print report',
      'Skip to main content',
      'Sign out',
      'Record notification',
      'Record a contact',
    ]) {
      expect([chrome, text.includes(squeeze(chrome))]).toEqual([chrome, false]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it("each print is on the report's trail: the supervisor's access log says who printed it", async () => {
  const printedBy = () =>
    page.evaluate(async (id) => {
      const log: { action: string; userName: string }[] = await fetch(`/api/access-reports/${id}/access-log`).then(
        (r) => r.json(),
      );
      return log.filter((e) => e.action === 'report.printed').map((e) => e.userName);
    }, report.id);
  // The PDF saved above is on it.
  expect(await printedBy()).toEqual(['Morgan Lee']);
  // What the browser does before printing, from "Print report" or its own Print.
  const answered = page.waitForResponse((r) => r.url().endsWith(`/api/access-reports/${report.id}/printed`));
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect((await answered).status()).toBe(204);
  expect(await printedBy()).toEqual(['Morgan Lee', 'Morgan Lee']);
});

it('no console errors', () => {
  expect(problems).toEqual([]);
});
