// @ts-check
/**
 * Browser test of the operator console against the running local stack (started by
 * deploy/system-tests, not here): log in through the real Keycloak form, create a ticket, and watch
 * the routing engine assign it in "All tickets" without reloading the page.
 *
 * Run: `npm run e2e` (node --test). Environment:
 *   SWITCHBOARD_URL  gateway serving the SPA (default http://127.0.0.1:8080)
 *   CHROMIUM_PATH    Chromium binary (default /usr/bin/chromium, Debian's package)
 *   E2E_USERNAME / E2E_PASSWORD  operator to log in as (default bob / demo)
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.SWITCHBOARD_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const USERNAME = process.env.E2E_USERNAME || 'bob';
const PASSWORD = process.env.E2E_PASSWORD || 'demo';
const SERVICE_CODE = 'CS';
/** Operators of the demo data that the routing engine may assign a CS ticket to. */
const ASSIGNEE_PATTERN = /\b(Bob|Carol|bob|carol)\b/;
const IN_PROGRESS_LABEL = 'In progress';
const ASSIGNMENT_TIMEOUT_MS = 15_000;
const STEP_TIMEOUT_MS = 20_000;

const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e');

/** @type {import('playwright-core').BrowserContext | undefined} */
let context;
/** @type {string | undefined} */
let userDataDir;

/** Fails fast, with one clear message, when the stack is not running. */
async function assertStackReachable() {
  try {
    const response = await fetch(`${BASE_URL}/`, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
    assert.ok(response.status < 500, `Switchboard at ${BASE_URL} answered ${response.status} for /`);
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    const reason = error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}` : String(error);
    assert.fail(
      `Switchboard is not reachable at ${BASE_URL}: ${reason}. ` +
        'Start the local stack (deploy/local-stack) or set SWITCHBOARD_URL to a running gateway.',
    );
  }
}

before(async () => {
  await assertStackReachable();
  userDataDir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 30_000,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
});

after(async () => {
  await context?.close().catch(() => {});
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function saveScreenshot(page, name) {
  try {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const path = join(ARTIFACTS_DIR, `${name}.png`);
    await page.screenshot({ path, fullPage: true, timeout: 5_000 });
    console.error(`screenshot saved: ${path}`);
  } catch (error) {
    console.error(`could not save a screenshot: ${error}`);
  }
}

test('operator logs in, creates a ticket and sees the routing engine assign it', { timeout: 120_000 }, async () => {
  assert.ok(context, 'browser did not start');
  const page = await context.newPage();
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const title = `E2E printer on fire ${unique}`;
  let step = 'open the console';
  try {
    // 1. The SPA sends an anonymous visitor to the real Keycloak login page.
    await page.goto(`${BASE_URL}/tickets/all`);
    step = 'reach the Keycloak login form';
    await page.locator('#username').waitFor({ state: 'visible' });
    assert.match(page.url(), /\/realms\/switchboard\/protocol\/openid-connect\/auth/, 'not on the Keycloak login page');

    // 2. Log in.
    step = `log in as ${USERNAME}`;
    await page.locator('#username').fill(USERNAME);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();

    // 3. Back in the SPA, with the operator's name in the header.
    step = 'return to the console after login';
    await page.getByTestId('current-user').waitFor({ state: 'visible' });
    assert.ok(page.url().startsWith(BASE_URL), `expected to be back on ${BASE_URL}, but at ${page.url()}`);

    const nav = page.getByRole('navigation', { name: 'Main navigation' });

    // 4. Create a ticket in service CS.
    step = 'open the New ticket form';
    await nav.getByRole('link', { name: 'New ticket', exact: true }).click();
    await page.getByLabel('Title', { exact: true }).waitFor({ state: 'visible' });
    step = 'fill in the New ticket form';
    await page.getByLabel('Service', { exact: true }).selectOption(SERVICE_CODE);
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Content', { exact: true }).fill(`Created by the browser test ${unique}.`);
    await page.getByLabel('Customer e-mail', { exact: true }).fill(`e2e-${unique}@example.com`);
    await page.getByLabel('Customer name', { exact: true }).fill('E2E Customer');
    step = 'create the ticket';
    await page.getByRole('button', { name: 'Create ticket' }).click();

    // 5. The created ticket is shown.
    step = 'see the created ticket';
    await page.waitForURL(/\/tickets\/(?!new\b|all\b|mine\b)[^/?#]+$/);
    await page.getByTestId('detail-title').filter({ hasText: title }).waitFor({ state: 'visible' });
    const number = (await page.getByTestId('detail-number').textContent())?.trim() ?? '';
    assert.match(number, new RegExp(`^${SERVICE_CODE}-\\d+$`), `unexpected ticket number "${number}"`);
    assert.equal((await page.getByTestId('priority-badge').textContent())?.trim(), 'Normal', 'a new ticket is Normal');

    // 6. It is listed in "All tickets" and gets assigned by routing, without a page reload.
    step = `find ${number} in All tickets`;
    await nav.getByRole('link', { name: 'All tickets', exact: true }).click();
    await page.evaluate(() => {
      /** @type {any} */ (globalThis).__switchboardE2eNoReload = true;
    });
    const row = page.getByTestId('ticket-row').filter({ has: page.getByTestId('ticket-title').getByText(title, { exact: true }) });
    await row.waitFor({ state: 'visible' });
    assert.equal((await row.getByTestId('ticket-number').textContent())?.trim(), number);

    step = `wait for ${number} to be assigned to Bob or Carol and to be "${IN_PROGRESS_LABEL}"`;
    const deadline = Date.now() + ASSIGNMENT_TIMEOUT_MS;
    let assignee = '';
    let status = '';
    while (Date.now() < deadline) {
      assignee = ((await row.getByTestId('ticket-assignee').textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
      status = ((await row.getByTestId('ticket-status').textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
      if (ASSIGNEE_PATTERN.test(assignee) && status === IN_PROGRESS_LABEL) break;
      await page.waitForTimeout(250);
    }
    assert.match(
      assignee,
      ASSIGNEE_PATTERN,
      `${number} was not assigned to Bob or Carol within ${ASSIGNMENT_TIMEOUT_MS / 1000} s (assignee "${assignee}", status "${status}")`,
    );
    assert.equal(status, IN_PROGRESS_LABEL, `${number} is assigned to ${assignee} but its status is "${status}"`);
    const sameDocument = await page.evaluate(() => /** @type {any} */ (globalThis).__switchboardE2eNoReload === true);
    assert.ok(sameDocument, 'the page was reloaded while waiting for the assignment');

    // 7. Any operator of the service can leave an internal comment; it shows in the processing history.
    step = `comment on ${number}`;
    await row.getByTestId('ticket-title').getByText(title, { exact: true }).click();
    await page.getByTestId('ticket-actions').waitFor({ state: 'visible' });
    const comment = `Checked the payment log ${unique}`;
    await page.getByLabel('Reply or comment', { exact: true }).fill(comment);
    await page.getByTestId('action-comment').click();
    step = `see the comment in the history of ${number}`;
    await page.getByTestId('ticket-message').filter({ hasText: comment }).waitFor({ state: 'visible' });
  } catch (error) {
    await saveScreenshot(page, `console-failure-${unique}`);
    if (error instanceof Error) error.message = `[step: ${step}] ${error.message}`;
    throw error;
  } finally {
    await page.close().catch(() => {});
  }
});
