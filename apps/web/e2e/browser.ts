import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '../../../screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now (run over DevTools, so CSP allows it). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export const DEMO_PASSWORD = 'demo-password-2026';

/** Collects what the page reports as broken (console errors, uncaught errors) into `problems`. */
export function watchProblems(page: Page, problems: string[]): Page {
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return page;
}

/** Signs in through the form, as a person does, and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
}

/** Moves the keyboard focus to a control (as Tab would), then only keys. */
export async function keys(page: Page, target: Locator, ...presses: string[]): Promise<void> {
  await target.focus();
  for (const key of presses) await page.keyboard.press(key);
}

/** USWDS draws its own radios and moves the inputs off screen: people click the label. */
export async function choose(scope: Page | Locator, label: string): Promise<void> {
  await scope.locator('label', { hasText: new RegExp(`^${label}$`) }).click();
}

export type Json = Record<string, unknown>;

/** The API as an outside program calls it (the people and the reports a journey starts from). */
export async function callApi(
  baseUrl: string,
  method: string,
  path: string,
  body?: Json,
  token?: string,
): Promise<Json> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as Json;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
