import type { Browser, Locator, Page } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, DEMO_PASSWORD, keys, launch, screenshot, watchProblems } from './browser';

// Issue 13: a school counselor, a mandated reporter, calls about a 15-year-old youth. The worker
// enters the whole report with the keyboard only (no mouse, nothing filled in by the test): the
// reporter, the youth with where she is now, her mother with her language and an interpreter, the
// man who sells her for sex, who is whose parent, the incident with its address, the man's phone,
// which an earlier report already names (the match is shown), and submits. No axe-core violations.

let app: AppProcess;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let earlier: { id: string; reportNumber: string };

const PHONE = '(262) 555-0187';

async function api<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

type Report = { id: string; reportNumber: string; version: number };

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watchProblems(page, problems);

  // An earlier report, submitted through the API, that names the same phone as a trafficker's.
  const { token } = await api<{ token: string }>('POST', '/api/auth/login', null, {
    email: 'worker.milwaukee@demo.wi.gov',
    password: DEMO_PASSWORD,
  });
  const draft = await api<Report>('POST', '/api/access-reports', token, {
    countyCode: '55079',
    receivedAt: new Date(Date.now() - 30 * 24 * 3600_000).toISOString(),
    reporter: { type: 'MEDICAL', name: 'Emergency room nurse', phone: '414-555-0170', anonymous: false },
    narrative: 'A nurse says a girl was brought in by a man who answered for her and paid in cash.',
    presentDangerThreat: false,
    persons: [
      {
        key: 'c1',
        firstName: 'Dana',
        lastName: 'Earliercall',
        dateOfBirth: '2010-08-02',
        gender: 'FEMALE',
        hispanicEthnicity: 'NOT_HISPANIC',
        primaryRace: 'WHITE',
        indianChild: 'NO',
        roles: ['CHILD'],
        currentLocation: { known: true, description: 'At the hospital', address: null, safeNow: 'YES' },
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
    identifiers: [{ key: 'i1', personKey: 'm1', kind: 'PHONE', value: '262.555.0187', platform: null }],
    recommendation: { decision: 'SCREEN_IN', responseTime: 'SAME_DAY', rationale: 'Alleged child sex trafficking.' },
  });
  earlier = await api<Report>('POST', `/api/access-reports/${draft.id}/submit`, token, { version: draft.version });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Moves the focus to a control and types, as the worker does. */
async function typeIn(target: Locator, text: string): Promise<void> {
  await target.focus();
  await page.keyboard.type(text);
}

/** Waits until the app has moved the focus to the field `id` (as it does after an "Add" button). */
const focusOn = (id: string) => page.waitForFunction((want) => document.activeElement?.id === want, id);

const card = (n: number) => page.getByRole('group', { name: new RegExp(`^Person ${n}: `) });
const saved = () =>
  page
    .getByTestId('save-status')
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();

it('signs in and starts the report with the keyboard; the counselor is a mandated reporter', async () => {
  await page.goto(`${app.url}/sign-in`);
  await typeIn(page.getByLabel(/email/i), 'worker.milwaukee@demo.wi.gov');
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Welcome, Alex Rivera/ }).waitFor();
  await keys(page, page.getByRole('link', { name: 'Start a new report' }), 'Enter');
  await page.getByRole('heading', { level: 1, name: 'New access report' }).waitFor();

  await typeIn(page.getByLabel('Reporter type'), 'Education');
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}\/edit$/);
  await typeIn(page.getByLabel('Reporter name'), 'Ms. Lena Ortiz');
  await page.keyboard.press('Tab');
  await page.keyboard.type('414-555-0133');
  await typeIn(page.getByLabel("Reporter's relationship to the child"), 'School counselor');
  await keys(
    page,
    page.getByRole('group', { name: 'Is the reporter a mandated reporter?' }).getByLabel('Yes', { exact: true }),
    'Space',
  );
  expect(await page.getByLabel('Reporter type').inputValue()).toBe('EDUCATION');
  expect(
    await page
      .getByRole('group', { name: 'Is the reporter a mandated reporter?' })
      .getByLabel('Yes', { exact: true })
      .isChecked(),
  ).toBe(true);
  await saved();
});

it('adds the 15-year-old youth, where she is now, and her mother with her language and an interpreter', async () => {
  await keys(page, page.getByRole('button', { name: 'Add child' }), 'Enter');
  const youth = card(1);
  await focusOn('field-persons-0-firstName');
  await page.keyboard.type('Marisol'); // the first name has the focus
  await page.keyboard.press('Tab');
  await page.keyboard.type('Quintanilla');
  await keys(page, youth.getByLabel('Date of birth'));
  await page.keyboard.type('05172011');
  expect(await youth.getByLabel('Date of birth').inputValue()).toBe('2011-05-17');
  await typeIn(youth.getByLabel('Gender'), 'Female');
  await typeIn(youth.getByLabel('Hispanic ethnicity'), 'Hispanic');
  await typeIn(youth.getByLabel('Primary race'), 'White');
  await keys(
    page,
    youth.getByRole('group', { name: 'Indian child (ICWA)' }).getByLabel('No', { exact: true }),
    'Space',
  );
  await keys(
    page,
    youth.getByRole('group', { name: 'Is it known where the child is now?' }).getByLabel('Yes', { exact: true }),
    'Space',
  );
  await typeIn(youth.getByLabel('Where the child is', { exact: true }), "In the counselor's office at school");
  await keys(page, youth.getByRole('group', { name: 'Is the child safe now?' }).getByLabel('Yes, safe now'), 'Space');

  await keys(page, page.getByRole('button', { name: 'Add parent' }), 'Enter');
  const mother = card(2);
  await focusOn('field-persons-1-firstName');
  await page.keyboard.type('Elena');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Quintanilla');
  await typeIn(mother.getByLabel('Gender'), 'Female');
  await keys(page, mother.getByRole('button', { name: 'Add address, phone, language for person 2' }), 'Enter');
  await focusOn('field-persons-1-phone');
  await page.keyboard.type('414-555-0190');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Spanish');
  await keys(page, mother.getByLabel('An interpreter is needed'), 'Space');
  await keys(page, mother.getByRole('button', { name: 'Add an address for person 2' }), 'Enter');
  await focusOn('field-persons-1-address-line1');
  await page.keyboard.type('2215 S 13th St');
  await typeIn(mother.getByLabel('City', { exact: true }), 'Milwaukee');
  expect(await mother.getByLabel('Primary language').inputValue()).toBe('Spanish');
  expect(await mother.getByLabel('An interpreter is needed').isChecked()).toBe(true);
  await saved();
  await screenshot(page, 'counselor-call-people');
  expect(await axeViolations(page)).toEqual([]);
});

it('adds the man who sells her, the allegation, and who is whose parent', async () => {
  await keys(page, page.getByRole('button', { name: 'Add alleged maltreater' }), 'Enter');
  const man = card(3);
  await focusOn('field-persons-2-firstName');
  await page.keyboard.type('Rico');
  await typeIn(man.getByLabel('Gender'), 'Male');

  await keys(page, page.getByRole('button', { name: 'Add allegation' }), 'Enter');
  expect(await page.getByRole('combobox', { name: 'Child', exact: true }).inputValue()).not.toBe('');
  await typeIn(page.getByLabel('Maltreatment type'), 'Sexual');
  await keys(page, page.getByLabel(/Sex trafficking is alleged/), 'Space');
  await keys(
    page,
    page.getByRole('group', { name: 'Alleged maltreaters' }).getByRole('checkbox', { name: /Rico/ }),
    'Space',
  );
  await typeIn(page.getByLabel("Alleged maltreater's relationship to the child"), 'Not');

  await keys(page, page.getByRole('button', { name: 'Add a relationship' }), 'Enter');
  const household = page.getByRole('region', { name: 'Household relationships' });
  const relationship = household.getByRole('group', { name: 'Relationship 1' });
  await focusOn('field-relationships-0-fromKey');
  await page.keyboard.type('Parent'); // the mother
  await typeIn(relationship.getByLabel('Relationship', { exact: true }), 'is a parent');
  await typeIn(relationship.getByLabel('To person'), 'Child');
  expect(await relationship.getByLabel('Person', { exact: true }).locator('option:checked').textContent()).toBe(
    'Parent: Elena Quintanilla',
  );
  expect(await relationship.getByLabel('Relationship', { exact: true }).inputValue()).toBe('PARENT_OF');
  expect(await relationship.getByLabel('To person').locator('option:checked').textContent()).toBe(
    'Child: Marisol Quintanilla',
  );
  await saved();
  expect(await axeViolations(page)).toEqual([]);
});

it("records the man's phone and sees the earlier report that names it", async () => {
  await keys(page, page.getByRole('button', { name: 'Add an identifier' }), 'Enter');
  const section = page.getByRole('region', { name: 'Trafficker and buyer identifiers' });
  expect(await section.getByLabel('Kind', { exact: true }).inputValue()).toBe('PHONE');
  await focusOn('field-identifiers-0-kind');
  await page.keyboard.press('Tab'); // from the kind to the value
  await page.keyboard.type(PHONE);
  await typeIn(section.getByLabel('Person it belongs to (optional)'), 'Alleged');
  const others = section.getByRole('list', { name: 'Other reports naming this' });
  await others.getByRole('link', { name: `Report ${earlier.reportNumber}` }).waitFor();
  expect(await others.getByRole('link').getAttribute('href')).toBe(`/reports/${earlier.id}`);
  await screenshot(page, 'counselor-call-identifier-match');
  expect(await axeViolations(page)).toEqual([]);
});

it('records the incident with its address, safety, the narrative and the recommendation, and submits', async () => {
  const incident = page.getByRole('region', { name: 'Incident' });
  await typeIn(incident.getByLabel('Kind of place'), 'Hotel');
  await keys(page, incident.getByRole('button', { name: 'Add the address where it happened' }), 'Enter');
  await focusOn('field-incident-address-line1');
  await page.keyboard.type('501 N Plankinton Ave');
  await typeIn(incident.getByLabel('City', { exact: true }), 'Milwaukee');
  await incident.getByText('County: Milwaukee (from the city)').waitFor();
  await keys(page, incident.getByRole('button', { name: 'Use Milwaukee County' }), 'Enter');
  await typeIn(
    incident.getByLabel('What is known about the incident'),
    'Rico drives her to a hotel downtown on weekends.',
  );

  await keys(
    page,
    page.getByRole('group', { name: 'Is there a present danger threat?' }).getByLabel('No', { exact: true }),
    'Space',
  );
  await keys(
    page,
    page
      .getByRole('group', { name: /Trafficking indicators for Marisol Quintanilla/ })
      .getByLabel('Child self-reports being trafficked'),
    'Space',
  );
  await typeIn(
    page.getByLabel('What the caller reports'),
    'The counselor says Marisol, 15, told her that a man called Rico sells her for sex at a hotel. Her mother speaks Spanish.',
  );
  const decision = page.getByRole('group', { name: 'Your screening recommendation' });
  await keys(page, decision.getByLabel('Screen in'), 'Space');
  await typeIn(page.getByLabel('Response time'), 'Same');
  await typeIn(page.getByLabel('Rationale'), 'A youth being sex trafficked: screened in, same day.');
  await saved();
  expect(await axeViolations(page)).toEqual([]);

  await keys(page, page.getByRole('button', { name: 'Submit to supervisor' }), 'Enter');
  await page.getByRole('heading', { name: 'Report submitted' }).waitFor();
  await screenshot(page, 'counselor-call-submitted');
  expect(await axeViolations(page)).toEqual([]);
});

it('the submitted report keeps what was typed: the interpreter, the relationship and the match', async () => {
  await keys(page, page.getByRole('link', { name: 'View the submitted report' }), 'Enter');
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  const main = page.getByRole('main');
  await main.getByText('Marisol Quintanilla').first().waitFor();
  await main.getByText('Spanish (interpreter needed)').waitFor();
  await main
    .getByText(/is a parent of/)
    .first()
    .waitFor();
  await main.getByRole('link', { name: `Report ${earlier.reportNumber}` }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
