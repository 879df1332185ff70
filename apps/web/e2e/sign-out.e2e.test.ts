import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { type AppProcess, startAppProcess } from '../../api/test/app-process';
import { axeViolations, DEMO_PASSWORD, launch, screenshot, signIn, watchProblems } from './browser';

// Nothing case-related outlives the session in the browser. A worker types into a draft while
// the API is unreachable or slow, then signs out: what could be sent reached the server first,
// what could not was named and the worker chose, and afterwards localStorage, sessionStorage and
// IndexedDB hold nothing. A session that ended before the sign-out keeps the copy in this tab
// only, until the same worker signs in again here.

const WORKER = 'worker.milwaukee@demo.wi.gov';

let app: AppProcess;
let browser: Browser;
let page: Page;
let api: APIRequestContext;
const problems: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startAppProcess(), launch()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watchProblems(page, problems);
  // The server's own view, through a script's bearer token (never the browser's storage).
  const login = await request.newContext({ baseURL: app.url });
  const { token } = (await (
    await login.post('/api/auth/login', { data: { email: WORKER, password: DEMO_PASSWORD } })
  ).json()) as { token: string };
  await login.dispose();
  api = await request.newContext({ baseURL: app.url, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
});

// A test that fails half-way must not leave the next one offline.
afterEach(() => page.unrouteAll());

afterAll(async () => {
  await api?.dispose();
  await browser?.close();
  await app?.stop();
});

const status = () => page.getByTestId('save-status').getByRole('status');
const narrative = () => page.getByLabel('What the caller reports');
const signOutButton = () => page.getByRole('button', { name: 'Sign out', exact: true });
const reportId = () => /\/reports\/([0-9a-f-]{36})\/edit$/.exec(page.url())?.[1] ?? '';

async function serverNarrative(id: string): Promise<string> {
  const response = await api.get(`/api/access-reports/${id}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { narrative: string | null }).narrative ?? '';
}

/** Waits until the server holds `text` as the report's narrative (autosave has its own pace). */
async function onServer(id: string, text: string): Promise<void> {
  for (let i = 0; i < 100 && (await serverNarrative(id)) !== text; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await serverNarrative(id)).toBe(text);
}

/** Everything this origin keeps in the browser: the keys of both storages and the IndexedDB names. */
function browserStorage(): Promise<{ local: string[]; session: string[]; databases: string[] }> {
  return page.evaluate(async () => ({
    local: Object.keys(window.localStorage),
    session: Object.keys(window.sessionStorage),
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
  }));
}

/** A new draft about a child, saved, then `offline` typed while every save is refused by the network. */
async function draftWithUnsentTyping(firstName: string, lastName: string, offline: string): Promise<string> {
  await page.goto(`${app.url}/reports/new`);
  await page.getByRole('button', { name: 'Add child' }).click();
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill(lastName);
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}\/edit$/);
  await narrative().fill('The caller is a neighbor.');
  const id = reportId();
  await onServer(id, 'The caller is a neighbor.');
  await page.route('**/api/access-reports/*', (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
  );
  await narrative().focus();
  await page.keyboard.press('End');
  await page.keyboard.type(offline);
  await status().filter({ hasText: 'Not saved — retrying' }).waitFor();
  return id;
}

it('names the report whose typing cannot reach the server, and the worker stays signed in', async () => {
  await signIn(page, app.url, WORKER);
  const id = await draftWithUnsentTyping('Rosa', 'Alvarez', ' Typed while the server is unreachable.');
  const stored = await page.evaluate(() => Object.values(window.localStorage).join(''));
  expect(stored).toContain('Typed while the server is unreachable.'); // the local copy, until sign-out

  await signOutButton().click();
  const dialog = page.getByRole('dialog', { name: 'Some changes have not been saved' });
  await dialog.getByText(/Rosa Alvarez: We could not reach the server/).waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay signed in');
  await screenshot(page, 'sign-out-unsent');
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Enter'); // Stay signed in
  await dialog.waitFor({ state: 'detached' });
  expect(page.url()).toMatch(new RegExp(`/reports/${id}/edit$`));
  expect(await narrative().inputValue()).toBe('The caller is a neighbor. Typed while the server is unreachable.');
  expect(await serverNarrative(id)).toBe('The caller is a neighbor.');
});

it('on a slow server says it is saving, sends the typing, then signs out leaving no case data in the browser', async () => {
  const id = reportId();
  // Added last, so it answers before the refusing route of the test before (Playwright runs the
  // newest first, and continue() goes to the network): no moment where a retry could save at full
  // speed before the click. Slow enough that the save is still in flight when the click lands on a
  // loaded machine.
  await page.route('**/api/access-reports/*', async (route) => {
    if (route.request().method() === 'PUT') await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });

  await signOutButton().click();
  await page.getByRole('button', { name: 'Saving your changes…' }).waitFor();
  await page.waitForURL('**/sign-in');

  expect(await serverNarrative(id)).toBe('The caller is a neighbor. Typed while the server is unreachable.');
  expect(await browserStorage()).toEqual({ local: [], session: [], databases: [] });
});

it('discarding asks first, and then nothing of the report is left in the browser, IndexedDB included', async () => {
  await signIn(page, app.url, WORKER);
  const id = await draftWithUnsentTyping('Lena', 'Okafor', ' Never sent.');
  // Whatever else this origin put in IndexedDB goes too.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        indexedDB.open('cps-access-cache').onsuccess = (e) => {
          (e.target as IDBOpenDBRequest).result.close();
          resolve(null);
        };
      }),
  );
  expect((await browserStorage()).databases).toEqual(['cps-access-cache']);

  await signOutButton().click();
  const dialog = page.getByRole('dialog', { name: 'Some changes have not been saved' });
  await dialog.getByText(/Lena Okafor/).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Sign out and discard unsaved changes
  const confirm = page.getByRole('dialog', { name: 'Discard unsaved changes and sign out?' });
  await confirm.waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go back');
  await screenshot(page, 'sign-out-discard');
  expect(await axeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Discard changes and sign out' }).click();

  await page.waitForURL('**/sign-in');
  expect(await browserStorage()).toEqual({ local: [], session: [], databases: [] });
  expect(await serverNarrative(id)).toBe('The caller is a neighbor.');
});

it('after the session ended, keeps the typing in this tab only, and saves it when the same worker signs in again', async () => {
  await signIn(page, app.url, WORKER);
  await page.goto(`${app.url}/reports/new`);
  await page.getByRole('button', { name: 'Add child' }).click();
  await page.getByLabel('First name').fill('Ana');
  await page.getByLabel('Last name').fill('Reyes');
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}\/edit$/);
  const id = reportId();
  await onServer(id, '');
  // The session ends on the server (as at idle expiry): every call now answers 401.
  const expired = {
    status: 401,
    contentType: 'application/json',
    body: JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Sign in first.' }),
  };
  await page.route('**/api/**', (route) => route.fulfill(expired));
  await narrative().fill('Typed as the session ended.');
  await status().filter({ hasText: 'Not saved — retrying' }).waitFor();

  await signOutButton().click();
  const dialog = page.getByRole('dialog', { name: 'Your session has ended: some changes were not saved' });
  await dialog.getByText('Ana Reyes: Your session has ended.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Sign in again to save them' }).click();
  await page.waitForURL('**/sign-in');
  const held = await browserStorage();
  expect(held.local).toEqual([]);
  expect(held.session).toEqual([`cps-access:intake:report:${id}`]);

  await page.unroute('**/api/**');
  await page.getByLabel(/email/i).fill(WORKER);
  await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
  await page.goto(`${app.url}/reports/${id}/edit`);
  await page.getByText(/We restored your changes from .*: they had not reached the server\./).waitFor();
  await onServer(id, 'Typed as the session ended.');
  expect(await browserStorage()).toEqual({ local: [], session: [], databases: [] });
  // Aborted and refused requests are the point of this file; anything else is a problem.
  expect(problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|401/.test(p))).toEqual([]);
});
