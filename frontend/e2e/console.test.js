// @ts-check
/**
 * Browser test of the operator console against the running local stack (started by
 * deploy/system-tests, not here): log in through the real Keycloak form, create a ticket and watch
 * the routing engine assign it in "All tickets" without reloading the page; preview the mail of a
 * reply; reserve a callback, see it on the dashboard and mark it done; escalate a ticket to DEV and see
 * the answer come back; open a service's mail settings as
 * org-admin; switch the console to Korean and Japanese; in Korean, connect CS to the Dooray stand-in and follow a
 * Dooray task moved and commented on in the stand-in's own page; in Japanese, build a new service's inquiry types
 * (drag and ↑ included) and set an SLA policy and watch its ticket's
 * due time turn amber at the warning; take a phone call with a callback; mask and unmask a phone number; resolve five
 * tickets with one templated reply and read each customer's mail back over IMAP.
 *
 * Each user gets one browser context (logged in through the Keycloak form once, later pages of that
 * context come back through Keycloak's SSO cookie). Contexts run with the browser locale en-US and
 * start with empty localStorage, so the console picks English (no saved choice, navigator.languages
 * = en-US) and the English labels below are found; the language test uses a context of its own.
 * Tickets that a scenario needs are seeded through the gateway's API with real tokens (password
 * grant of the local-only `switchboard-cli` client, as deploy/system-tests does), assertions go
 * through the UI.
 *
 * Run: `npm run e2e` (node --test). Environment:
 *   SWITCHBOARD_URL  gateway serving the SPA (default http://127.0.0.1:8080)
 *   CHROMIUM_PATH    Chromium binary (default /usr/bin/chromium, Debian's package)
 *   E2E_USERNAME / E2E_PASSWORD  operator to log in as (default bob / demo); E2E_ADMIN (default
 *                    alice) is the org-admin, with the same password
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { mailsOf } from './mailbox.js';

const BASE_URL = (process.env.SWITCHBOARD_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const USERNAME = process.env.E2E_USERNAME || 'bob';
const PASSWORD = process.env.E2E_PASSWORD || 'demo';
const ADMIN_USERNAME = process.env.E2E_ADMIN || 'alice';
const SERVICE_CODE = 'CS';
/** The Support group of service CS in the demo data (ticket-service demo-data.sql); bob and carol are in it. */
const SUPPORT_GROUP_ID = 'a0000000-0000-4000-8000-000000000001';
/** DEV's inquiry type Bug › App error in the demo data, which asks for the field app_version. */
const APP_ERROR_TYPE_ID = 'd0000000-0000-4000-8000-000000000012';
/** Local-stack-only Keycloak client with the password grant (deploy/keycloak/switchboard-realm.json). */
const CLI_CLIENT_ID = 'switchboard-cli';
/** The browser's language for every context: with nothing saved, the console picks English. */
const BROWSER_LOCALE = 'en-US';
/** Operators of the demo data that the routing engine may assign a CS ticket to. */
const ASSIGNEE_PATTERN = /\b(Bob|Carol|bob|carol)\b/;
const IN_PROGRESS_LABEL = 'In progress';
const ASSIGNMENT_TIMEOUT_MS = 15_000;
/** The clocks cross two services and two Kafka hops (ticket → escalation → ticket): a loaded CI machine needs longer. */
const SLA_TIMEOUT_MS = 45_000;
const STEP_TIMEOUT_MS = 20_000;

const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e');
/** The repository's root, whose .switchboard/keys.env the local stack's launcher wrote. */
const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The Switchboard theme's login heading in Korean and in Japanese. */
const KO_LOGIN_TITLE = 'Switchboard 상담 콘솔에 로그인';
const JA_LOGIN_TITLE = 'Switchboard コンソールにログイン';
/** The Dooray stand-in of the local stack (deploy/dooray-standin) and its demo organisation (seed.json). */
const DOORAY_URL = (process.env.DOORAY_STANDIN_URL || 'http://127.0.0.1:8186').replace(/\/+$/, '');
const DOORAY_ORGANIZATION = '3700000000000000001';
const DOORAY_PROJECT = '3700000000000001001';
const DOORAY_MINJI = '3700000000000000101';
const DOORAY_SORA = '3700000000000000103';

/** @type {import('playwright-core').Browser | undefined} */
let browser;
/** One logged-in context per user, reused by the scenarios. @type {Map<string, import('playwright-core').BrowserContext>} */
const sessions = new Map();

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
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 30_000,
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
});

after(async () => {
  for (const context of sessions.values()) await context.close().catch(() => {});
  await browser?.close().catch(() => {});
});

/** A fresh context: English browser, empty storage (so no saved language), the suite's timeouts. */
async function newContext() {
  assert.ok(browser, 'browser did not start');
  const context = await browser.newContext({ locale: BROWSER_LOCALE, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return context;
}

/** The context of `username`, created on first use (its first page logs in through the form). @param {string} username */
async function sessionOf(username) {
  let context = sessions.get(username);
  if (!context) {
    context = await newContext();
    sessions.set(username, context);
  }
  return context;
}

/**
 * Opens `path` of the console as `username` on `page`: through Keycloak's login form the first
 * time in a context, through its SSO cookie afterwards. Resolves once the header shows the user,
 * in English (the browser's locale, nothing saved).
 * @param {import('playwright-core').Page} page
 * @param {string} username
 * @param {string} path
 */
async function openConsole(page, username, path) {
  await page.goto(`${BASE_URL}${path}`);
  const loginForm = page.locator('#username');
  const currentUser = page.getByTestId('current-user');
  await loginForm.or(currentUser).first().waitFor({ state: 'visible' });
  if (await loginForm.isVisible()) {
    assert.match(page.url(), /\/realms\/switchboard\/protocol\/openid-connect\/auth/, 'not on the Keycloak login page');
    await loginForm.fill(username);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();
  }
  await currentUser.waitFor({ state: 'visible' });
  assert.ok(page.url().startsWith(BASE_URL), `expected to be back on ${BASE_URL}, but at ${page.url()}`);
  assert.equal(await currentUser.getAttribute('data-username'), username, 'logged in as someone else');
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
}

/**
 * Runs a scenario on `page`, naming the failed step in the error and saving a screenshot.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {(step: (what: string) => void) => Promise<void>} body
 */
async function scenario(page, name, body) {
  let current = 'start';
  try {
    await body((what) => {
      current = what;
    });
  } catch (error) {
    await saveScreenshot(page, `${name}-failure-${Date.now()}`);
    if (error instanceof Error) error.message = `[step: ${current}] ${error.message}`;
    throw error;
  } finally {
    await page.close().catch(() => {});
  }
}

/** Keycloak as the SPA is configured for it (gateway /config.json), with the local stack's values as fallback. */
async function keycloakTokenUrl() {
  let config = { keycloakUrl: 'http://127.0.0.1:8180', realm: 'switchboard' };
  try {
    const response = await fetch(`${BASE_URL}/config.json`, { signal: AbortSignal.timeout(5_000) });
    if (response.ok) config = { ...config, .../** @type {Partial<typeof config>} */ (await response.json()) };
  } catch {
    // keep the fallback
  }
  return `${String(config.keycloakUrl).replace(/\/+$/, '')}/realms/${encodeURIComponent(config.realm)}/protocol/openid-connect/token`;
}

/** A real access token of a demo user (password grant of switchboard-cli). @param {string} username */
async function userToken(username) {
  const response = await fetch(await keycloakTokenUrl(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: CLI_CLIENT_ID, username, password: PASSWORD }),
    signal: AbortSignal.timeout(10_000),
  });
  // read the body once: as the error's text or as the token
  const text = await response.text();
  assert.equal(response.status, 200, `no token for ${username}: ${response.status} ${text}`);
  return /** @type {{ access_token: string }} */ (JSON.parse(text)).access_token;
}

/**
 * A call to the gateway's API; returns status and parsed body.
 * @param {string} token
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @param {Record<string, string>} [headers] e.g. If-Match
 * @returns {Promise<{ status: number, body: any }>}
 */
async function api(token, method, path, body, headers = {}) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the message
  }
  return { status: response.status, body: parsed };
}

/**
 * Polls `probe` (an API read, not the UI) until it returns a value other than undefined.
 * @template T
 * @param {string} what
 * @param {() => Promise<T | undefined>} probe
 * @param {number} timeoutMs
 * @returns {Promise<T>}
 */
async function eventually(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Seeds a CS ticket assigned to `username`: created through the API, routed by the demo trigger,
 * and, if routing picked someone else, forwarded by them to the Support queue and kept by
 * `username` (as deploy/system-tests TicketLifecycleIT does). Waits until the notification-service
 * knows it, so that a mail preview can be rendered. Returns the ticket as the API shows it.
 * @param {string} username
 * @param {string} title
 * @param {{ email: string, name: string }} [customer]
 */
async function ticketAssignedTo(username, title, customer = { email: `e2e-${Date.now()}@example.com`, name: 'E2E Customer' }) {
  const token = await userToken(username);
  const created = await api(token, 'POST', `/api/v1/services/${SERVICE_CODE}/tickets`, {
    title,
    content: 'Payment was taken twice. 결제가 두 번 되었습니다. 二重請求されました。',
    customer,
  });
  assert.equal(created.status, 201, `ticket not created: ${JSON.stringify(created.body)}`);
  const id = created.body.id;

  let ticket = await eventually(
    `routing of ${created.body.number}`,
    async () => {
      const read = await api(token, 'GET', `/api/v1/tickets/${id}`);
      return read.status === 200 && read.body.status === 'IN_PROGRESS' ? read.body : undefined;
    },
    ASSIGNMENT_TIMEOUT_MS,
  );
  if (ticket.assignee?.username !== username) {
    const assigneeToken = await userToken(ticket.assignee.username);
    const forwarded = await api(assigneeToken, 'POST', `/api/v1/tickets/${id}/forward`, { groupId: SUPPORT_GROUP_ID });
    assert.equal(forwarded.status, 200, `forward to Support failed: ${JSON.stringify(forwarded.body)}`);
    const kept = await api(token, 'POST', `/api/v1/tickets/${id}/keep`, {});
    assert.equal(kept.status, 200, `keep by ${username} failed: ${JSON.stringify(kept.body)}`);
    ticket = kept.body;
  }
  assert.equal(ticket.assignee?.username, username, `${ticket.number} is not assigned to ${username}`);

  await eventually(
    `the notification-service hearing of ${ticket.number}`,
    async () => {
      const preview = await api(token, 'POST', '/api/v1/notifications/mail-previews', {
        ticketId: id,
        type: 'RESOLVE',
        body: 'probe',
        bodyFormat: 'TEXT',
      });
      return preview.status === 200 ? true : undefined;
    },
    ASSIGNMENT_TIMEOUT_MS,
  );
  return ticket;
}

/**
 * Waits until escalation-service's snapshot has `ticket` in progress with its assignee (it checks escalations
 * against it). @param {{ id: string, number: string, assignee: { username: string } }} ticket
 */
async function knownToEscalationService(ticket) {
  const token = await userToken(ticket.assignee.username);
  await eventually(`escalation-service hearing of ${ticket.number}`, async () => {
    const known = await api(token, 'GET', `/api/v1/escalations/tickets/${ticket.id}`);
    return known.status === 200 && known.body.status === 'IN_PROGRESS' && known.body.assignee === ticket.assignee.username
      ? true : undefined;
  }, ASSIGNMENT_TIMEOUT_MS);
}

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
  const page = await (await sessionOf(USERNAME)).newPage();
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const title = `E2E printer on fire ${unique}`;
  await scenario(page, 'console', async (step) => {
    // 1.–3. The SPA sends an anonymous visitor to the real Keycloak login page; log in; back in the
    // SPA with the operator's name in the header, in English.
    step(`log in as ${USERNAME} through Keycloak`);
    await openConsole(page, USERNAME, '/views/all');

    const nav = page.getByRole('navigation', { name: 'Main navigation' });

    // 4. Create a ticket in service CS.
    step('open the New ticket form');
    await nav.getByRole('link', { name: 'New ticket', exact: true }).click();
    await page.locator('#new-ticket-title').waitFor({ state: 'visible' });
    step('fill in the New ticket form');
    await page.locator('#new-ticket-service').selectOption(SERVICE_CODE);
    await page.locator('#new-ticket-title').fill(title);
    await page.locator('#new-ticket-content').fill(`Created by the browser test ${unique}.`);
    await page.locator('#new-ticket-customer-email').fill(`e2e-${unique}@example.com`);
    await page.locator('#new-ticket-customer-name').fill('E2E Customer');
    step('create the ticket');
    await page.getByRole('button', { name: 'Create ticket' }).click();

    // 5. The created ticket is shown.
    step('see the created ticket');
    await page.waitForURL(/\/tickets\/(?!new\b|all\b|mine\b)[^/?#]+$/);
    await page.getByTestId('detail-title').filter({ hasText: title }).waitFor({ state: 'visible' });
    const number = (await page.getByTestId('detail-number').textContent())?.trim() ?? '';
    assert.match(number, new RegExp(`^${SERVICE_CODE}-\\d+$`), `unexpected ticket number "${number}"`);
    assert.equal((await page.getByTestId('priority-badge').textContent())?.trim(), 'Normal', 'a new ticket is Normal');

    // 6. It is listed in "All tickets" and gets assigned by routing, without a page reload.
    step(`find ${number} in All tickets`);
    await nav.getByRole('link', { name: 'Tickets', exact: true }).click();
    await page.getByTestId('view-all').click();
    await page.evaluate(() => {
      /** @type {any} */ (globalThis).__switchboardE2eNoReload = true;
    });
    const row = page.getByTestId('ticket-row').filter({ has: page.getByTestId('ticket-title').getByText(title, { exact: true }) });
    await row.waitFor({ state: 'visible' });
    assert.equal((await row.getByTestId('ticket-number').getByRole('link').textContent())?.trim(), number);

    step(`wait for ${number} to be assigned to Bob or Carol and to be "${IN_PROGRESS_LABEL}"`);
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
    step(`comment on ${number}`);
    await row.getByTestId('ticket-title').getByText(title, { exact: true }).click();
    await page.getByTestId('ticket-actions').waitFor({ state: 'visible' });
    const comment = `Checked the payment log ${unique}`;
    await page.getByLabel('Reply or comment', { exact: true }).fill(comment);
    await page.getByTestId('action-comment').click();
    step(`see the comment in the history of ${number}`);
    await page.getByTestId('ticket-message').filter({ hasText: comment }).waitFor({ state: 'visible' });
  });
});

test('operator previews the mail of a reply on a ticket assigned to them', { timeout: 120_000 }, async () => {
  const page = await (await sessionOf(USERNAME)).newPage();
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await scenario(page, 'mail-preview', async (step) => {
    step(`seed a ${SERVICE_CODE} ticket assigned to ${USERNAME} through the API`);
    const ticket = await ticketAssignedTo(USERNAME, `E2E preview ${unique}`);

    step(`open ${ticket.number} as ${USERNAME}`);
    await openConsole(page, USERNAME, `/tickets/${encodeURIComponent(ticket.id)}`);
    await page.getByTestId('detail-number').filter({ hasText: ticket.number }).waitFor({ state: 'visible' });

    step('type a reply');
    await page.getByTestId('ticket-actions').waitFor({ state: 'visible' });
    await page.getByLabel('Reply or comment', { exact: true }).fill(`We refunded the second payment ${unique}.`);

    step('open the mail preview');
    await page.getByTestId('action-preview').click();
    const dialog = page.getByTestId('mail-preview');
    await dialog.waitFor({ state: 'visible' });

    step(`see the subject with [${ticket.number}] and the HTML part in an iframe`);
    const subject = dialog.getByTestId('preview-subject');
    await subject.filter({ hasText: `[${ticket.number}]` }).waitFor({ state: 'visible' });
    const frame = dialog.getByTestId('preview-html');
    await frame.waitFor({ state: 'visible' });
    assert.equal(await frame.evaluate((node) => node.nodeName), 'IFRAME', 'the HTML part is not shown in an iframe');
    assert.equal(await frame.getAttribute('sandbox'), '', 'the preview iframe is not fully sandboxed');
    const html = await frame.getAttribute('srcdoc');
    assert.ok(html?.includes(unique), 'the HTML part does not contain the reply as typed');
  });
});

test('operator reserves a callback, finds it on the dashboard and marks it done', { timeout: 120_000 }, async () => {
  const page = await (await sessionOf(USERNAME)).newPage();
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  // a time certainly ahead: 10:00 on 4 March of next year, as typed in the service's time zone
  const year = new Date().getFullYear() + 1;
  const note = `Call about the refund ${unique}`;
  await scenario(page, 'callback', async (step) => {
    step(`seed a ${SERVICE_CODE} ticket assigned to ${USERNAME} through the API`);
    const ticket = await ticketAssignedTo(USERNAME, `E2E callback ${unique}`);

    step(`open ${ticket.number} as ${USERNAME}`);
    await openConsole(page, USERNAME, `/tickets/${encodeURIComponent(ticket.id)}`);
    await page.getByTestId('detail-number').filter({ hasText: ticket.number }).waitFor({ state: 'visible' });
    const panel = page.getByTestId('callback-panel');
    await panel.getByTestId('callback-none').waitFor({ state: 'visible' });
    // the form reads the time in the service's zone once it is known (GET /api/v1/services/CS)
    await panel.getByText(/^Time in \S+$/).waitFor({ state: 'visible' });

    step('reserve a callback');
    await panel.getByLabel('Call at', { exact: true }).fill(`${year}-03-04T10:00`);
    await panel.getByLabel('Phone number', { exact: true }).fill('010-1234-5678');
    await panel.getByLabel('Note', { exact: true }).fill(note);
    await panel.getByTestId('callback-reserve').click();

    step('see the reservation on the ticket');
    const current = panel.getByTestId('callback-current');
    await current.getByTestId('callback-phone').filter({ hasText: '010-1234-5678' }).waitFor({ state: 'visible' });
    await current.getByTestId('callback-note').filter({ hasText: note }).waitFor({ state: 'visible' });
    assert.equal((await current.getByTestId('callback-at').textContent())?.trim(), `Mar 4, ${year}, 10:00 AM`,
      'the reservation is not shown at the time typed, in the service\'s zone');
    assert.equal(await current.getAttribute('data-due'), 'false');
    await page.getByTestId('ticket-events').locator('[data-event-type="CALLBACK_RESERVED"]').waitFor({ state: 'visible' });

    step('see it among my callbacks on the dashboard');
    await page.getByTestId('nav-dashboard').click();
    const mine = page.getByTestId('my-callbacks').locator(`[data-testid="my-callback"][data-ticket-number="${ticket.number}"]`);
    await mine.waitFor({ state: 'visible' });
    assert.equal((await mine.getByTestId('my-callback-phone').textContent())?.trim(), '010-1234-5678');
    assert.ok((await mine.textContent())?.includes(note), 'the note is not in the dashboard list');
    const counted = page.locator(`[data-testid="my-status-service"][data-service="${SERVICE_CODE}"]`).getByTestId('my-callbacks');
    assert.ok(Number((await counted.textContent())?.replace(/\D/g, '')) >= 1, 'my status counts no callback');

    step('open the ticket from the list and mark the callback as done');
    await mine.getByTestId('my-callback-ticket').click();
    await page.getByTestId('detail-number').filter({ hasText: ticket.number }).waitFor({ state: 'visible' });
    await page.getByTestId('callback-panel').getByLabel('How the call went (optional)', { exact: true })
      .fill(`Refund confirmed ${unique}`);
    await page.getByTestId('callback-done').click();
    await page.getByTestId('callback-panel').getByTestId('callback-none').waitFor({ state: 'visible' });
    await page.getByTestId('ticket-events').locator('[data-event-type="CALLBACK_DONE"]').waitFor({ state: 'visible' });

    step('the dashboard no longer lists it');
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('my-callbacks').getByRole('heading').waitFor({ state: 'visible' });
    await page.getByTestId('my-callbacks').locator(`[data-ticket-number="${ticket.number}"]`).waitFor({ state: 'detached' });
  });
});

test('operator escalates a ticket to DEV and sees the issue team\'s answer come back', { timeout: 150_000 }, async () => {
  const page = await (await sessionOf(USERNAME)).newPage();
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const answer = `Fixed in 3.2.2 (${unique})`;
  await scenario(page, 'escalation', async (step) => {
    step(`seed a ${SERVICE_CODE} ticket assigned to ${USERNAME}, known to escalation-service`);
    const ticket = await ticketAssignedTo(USERNAME, `E2E escalation ${unique}`);
    await knownToEscalationService(ticket);

    step(`open ${ticket.number} and escalate it to DEV as an app error`);
    await openConsole(page, USERNAME, `/tickets/${encodeURIComponent(ticket.id)}`);
    await page.getByTestId('detail-number').filter({ hasText: ticket.number }).waitFor({ state: 'visible' });
    await page.getByTestId('action-escalate').click();
    const form = page.getByTestId('escalate-form');
    await form.waitFor({ state: 'visible' });
    await form.getByLabel('Inquiry type', { exact: false }).selectOption(APP_ERROR_TYPE_ID);
    await form.getByTestId('escalation-fields').getByLabel('App version', { exact: false }).fill('3.2.1');
    await form.getByLabel('Content', { exact: false }).fill(`The refund button fails with E42 (${unique}).`);
    await form.getByTestId('escalate-submit').click();

    step('see the issue ticket it became');
    const opened = page.getByTestId('escalation-opened');
    await opened.filter({ hasText: /Escalated to DEV-\d+/ }).waitFor({ state: 'visible' });
    const issueNumber = ((await opened.textContent()) ?? '').match(/DEV-\d+/)?.[0];
    assert.ok(issueNumber, 'the dialog names no issue ticket');
    await page.getByTestId('escalation-close').click();
    const escalation = page.getByTestId('escalations-panel').getByTestId('escalation');
    await escalation.filter({ hasText: issueNumber }).waitFor({ state: 'visible' });
    await page.getByTestId('detail-status').filter({ hasText: 'Escalated' }).waitFor({ state: 'visible' });

    step(`dave keeps ${issueNumber} and resolves it (API)`);
    const dave = await userToken('dave');
    const list = await api(dave, 'GET', `/api/v1/escalations?ticketId=${ticket.id}`);
    assert.equal(list.status, 200, `dave cannot read the escalation: ${JSON.stringify(list.body)}`);
    const issueId = list.body.items[0].target.ticketId;
    assert.equal((await api(dave, 'POST', `/api/v1/tickets/${issueId}/keep`, {})).status, 200);
    const resolved = await api(dave, 'POST', `/api/v1/tickets/${issueId}/resolve`, { body: answer });
    assert.equal(resolved.status, 200, `dave's resolve failed: ${JSON.stringify(resolved.body)}`);

    step('the answer appears on the ticket without reloading');
    await escalation.getByTestId('escalation-answer').filter({ hasText: answer }).waitFor({ state: 'visible' });
    await page.getByTestId('escalations-panel').scrollIntoViewIfNeeded();
    await documentScreen(page, 'escalation-answered');
    await page.reload();
    await page.getByTestId('detail-status').filter({ hasText: 'Escalation answered' }).waitFor({ state: 'visible' });
    await page.getByTestId('ticket-messages').locator('[data-message-type="ESCALATION_ANSWER"]')
      .filter({ hasText: answer }).waitFor({ state: 'visible' });
    await page.getByTestId('action-resolve').waitFor({ state: 'visible' });
  });
});

test('org-admin opens the mail settings of service CS and sees the layouts', { timeout: 90_000 }, async () => {
  const page = await (await sessionOf(ADMIN_USERNAME)).newPage();
  await scenario(page, 'admin-mail', async (step) => {
    step(`log in as ${ADMIN_USERNAME}`);
    await openConsole(page, ADMIN_USERNAME, '/views/my-in-progress');

    step('open Administration from the header');
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('admin-home').waitFor({ state: 'visible' });

    step(`open the mail settings of ${SERVICE_CODE}`);
    const service = page.getByTestId('admin-service').filter({ hasText: `(${SERVICE_CODE})` });
    await service.getByRole('link', { name: 'Mail settings', exact: true }).click();
    await page.waitForURL(new RegExp(`/admin/services/${SERVICE_CODE}/mail$`));

    step('see the layouts grid (resolve and hold × the service languages)');
    const matrix = page.getByTestId('layout-matrix');
    await matrix.waitFor({ state: 'visible' });
    await page.getByRole('heading', { name: 'Mail layouts', exact: true }).waitFor({ state: 'visible' });
    await matrix.locator('[data-testid^="layout-RESOLVE-"]').first().waitFor({ state: 'visible' });
    const languages = await matrix.locator('thead th').count() - 1;
    assert.ok(languages >= 1, 'the layouts grid has no language column');
    assert.equal(await matrix.locator('[data-testid^="layout-RESOLVE-"]').count(), languages, 'a RESOLVE layout cell is missing');
    assert.equal(await matrix.locator('[data-testid^="layout-HOLD-"]').count(), languages, 'a HOLD layout cell is missing');
  });
});

test('the console switches to Korean and Japanese at once and remembers it', { timeout: 90_000 }, async () => {
  // A context of its own: the language saved here must not leak into the other scenarios.
  const context = await newContext();
  const page = await context.newPage();
  try {
    await scenario(page, 'language', async (step) => {
      step(`log in as ${USERNAME} (English: browser ${BROWSER_LOCALE}, nothing saved)`);
      await openConsole(page, USERNAME, '/views/my-in-progress');
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tickets', exact: true }).waitFor();
      await page.evaluate(() => {
        /** @type {any} */ (globalThis).__switchboardE2eNoReload = true;
      });
      const select = page.getByTestId('language-select');

      step('switch to 한국어');
      await select.selectOption('ko');
      await page.locator('html[lang="ko"]').waitFor({ state: 'attached' });
      const koNav = page.getByRole('navigation', { name: '주 메뉴' });
      await koNav.getByRole('link', { name: '티켓관리', exact: true }).waitFor({ state: 'visible' });
      await koNav.getByRole('link', { name: '티켓검색', exact: true }).waitFor({ state: 'visible' });
      await page.getByRole('navigation', { name: '티켓 목록 메뉴' }).getByTestId('view-spam').filter({ hasText: '스팸함' }).waitFor();
      await page.getByRole('button', { name: '로그아웃', exact: true }).waitFor({ state: 'visible' });

      step('switch to 日本語');
      await select.selectOption('ja');
      await page.locator('html[lang="ja"]').waitFor({ state: 'attached' });
      const jaNav = page.getByRole('navigation', { name: 'メインメニュー' });
      await jaNav.getByRole('link', { name: 'チケット管理', exact: true }).waitFor({ state: 'visible' });
      await page.getByRole('navigation', { name: 'チケット一覧メニュー' }).getByTestId('view-unassigned').filter({ hasText: '全体の未アサインチケット' }).waitFor();
      await page.getByRole('button', { name: 'ログアウト', exact: true }).waitFor({ state: 'visible' });
      const sameDocument = await page.evaluate(() => /** @type {any} */ (globalThis).__switchboardE2eNoReload === true);
      assert.ok(sameDocument, 'switching the language reloaded the page');

      step('reload: still 日本語');
      await page.reload();
      await page.getByTestId('current-user').waitFor({ state: 'visible' });
      await page.locator('html[lang="ja"]').waitFor({ state: 'attached' });
      await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チケット管理', exact: true }).waitFor();
      assert.equal(await select.inputValue(), 'ja');
    });
  } finally {
    await context.close().catch(() => {});
  }
});

/** Screenshots of the main screens for the README, made by the scenarios below. */
const SCREENSHOTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

/** @param {import('playwright-core').Page} page @param {string} name */
async function documentScreen(page, name) {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), timeout: 10_000 });
}

/** A context whose browser speaks `locale`, wide enough for the split view, with nothing saved. @param {string} locale */
async function browserIn(locale) {
  assert.ok(browser, 'browser did not start');
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return context;
}

/**
 * Opens `path` and logs in through Keycloak's form, which must speak the browser's language: `title` is the
 * Switchboard theme's heading in it.
 * @param {import('playwright-core').Page} page @param {string} path @param {string} lang @param {string} title
 * @param {{ screenshot?: string, username?: string }} [options] `screenshot` saves the login page under
 *   docs/screenshots; `username` logs in as someone other than the operator
 */
async function logInThrough(page, path, lang, title, { screenshot, username = USERNAME } = {}) {
  await page.goto(`${BASE_URL}${path}`);
  await page.locator('#username').waitFor({ state: 'visible' });
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  await page.getByText(title, { exact: true }).waitFor({ state: 'visible' });
  if (screenshot) await documentScreen(page, screenshot);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.getByTestId('current-user').waitFor({ state: 'visible' });
  assert.equal(await page.getByTestId('current-user').getAttribute('data-username'), username, 'logged in as someone else');
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

/**
 * A CS ticket waiting in the Support group's queue (UNASSIGNED): created through the API, routed by the demo
 * trigger, then forwarded by its assignee to the queue. @param {string} title @param {string} content
 */
async function ticketInSupportQueue(title, content) {
  const token = await userToken(USERNAME);
  const created = await api(token, 'POST', `/api/v1/services/${SERVICE_CODE}/tickets`, {
    title,
    content,
    customer: { email: `e2e-${Date.now()}@example.jp`, name: '山田 花子' },
  });
  assert.equal(created.status, 201, `ticket not created: ${JSON.stringify(created.body)}`);
  const routed = await eventually(
    `routing of ${created.body.number}`,
    async () => {
      const read = await api(token, 'GET', `/api/v1/tickets/${created.body.id}`);
      return read.status === 200 && read.body.status === 'IN_PROGRESS' ? read.body : undefined;
    },
    ASSIGNMENT_TIMEOUT_MS,
  );
  const forwarded = await api(await userToken(routed.assignee.username), 'POST', `/api/v1/tickets/${routed.id}/forward`,
    { groupId: SUPPORT_GROUP_ID });
  assert.equal(forwarded.status, 200, `forward to Support failed: ${JSON.stringify(forwarded.body)}`);
  assert.equal(forwarded.body.status, 'UNASSIGNED');
  return { ticket: forwarded.body, token };
}

test('an operator works in Japanese: counts, ☆, a Japanese word found, opened beside the list, kept and answered',
  { timeout: 180_000 }, async () => {
    const unique = `e2e${Date.now().toString(36)}`;
    const { ticket, token } = await ticketInSupportQueue(`解約のお願い ${unique}`,
      '先月から料金が二重に請求されています。解約したいです。');
    const context = await browserIn('ja-JP');
    const page = await context.newPage();
    try {
      await scenario(page, 'workspace-ja', async (step) => {
        step('the login page and the console in Japanese (browser ja-JP)');
        await logInThrough(page, '/views/unassigned', 'ja', JA_LOGIN_TITLE);

        step('the menu counts the unassigned tickets');
        const menu = page.getByTestId('view-menu');
        const unassigned = menu.getByTestId('view-unassigned');
        await unassigned.filter({ hasText: '全体の未アサインチケット' }).waitFor();
        await eventually('a count on 全体の未アサインチケット', async () => {
          const text = await unassigned.getByTestId('view-count').textContent();
          return Number((text ?? '').replace(/\D/g, '')) >= 1 ? true : undefined;
        }, ASSIGNMENT_TIMEOUT_MS);
        await page.getByTestId('ticket-list').locator(`[data-ticket-number="${ticket.number}"]`).waitFor();
        await documentScreen(page, 'workspace-ja');

        step('search a Japanese word inside a sentence: 解約');
        await page.getByTestId('nav-search').click();
        await page.locator('#search-q').fill(`解約 ${unique}`);
        await page.getByTestId('search-submit').click();
        const rows = page.getByTestId('ticket-row');
        const row = rows.and(page.locator(`[data-ticket-number="${ticket.number}"]`));
        await row.waitFor();
        assert.equal(await rows.count(), 1, 'the search found other tickets too');

        step('☆ the ticket');
        await row.getByTestId('star-toggle').click();
        await row.locator('[data-testid="star-toggle"][aria-pressed="true"]').waitFor();
        // the mark is shown at once, before the server has answered
        await eventually('the star on the server', async () => {
          const starred = await api(token, 'GET', '/api/v1/tickets?view=all&starred=true&limit=200');
          return starred.body.items.some((/** @type {{id: string}} */ t) => t.id === ticket.id) ? true : undefined;
        }, 10_000);

        step('open it beside the list');
        await row.getByTestId('ticket-title').getByRole('link').click();
        const detail = page.getByTestId('split-ticket').locator(`[data-testid="ticket-detail"][data-ticket-id="${ticket.id}"]`);
        await detail.waitFor();
        assert.ok(await page.getByTestId('ticket-list').isVisible(), 'the list is not beside the ticket');
        await page.getByTestId('split-ticket').locator('[data-testid="star-toggle"][aria-pressed="true"]').waitFor();
        await documentScreen(page, 'search-split-ja');

        step('keep (キープ) it');
        await detail.getByTestId('action-keep').filter({ hasText: 'キープ' }).click();
        await detail.getByTestId('detail-assignee').filter({ hasText: /bob/i }).waitFor();

        step('answer with an interim reply (保留)');
        await detail.locator('#ticket-reply').fill('解約のご依頼を承りました。確認のうえご連絡いたします。');
        await detail.getByTestId('action-hold').click();
        await detail.getByTestId('detail-status').filter({ hasText: '保留' }).waitFor();
        const held = await api(token, 'GET', `/api/v1/tickets/${ticket.id}`);
        assert.equal(held.body.status, 'ON_HOLD');
        assert.equal(held.body.assignee?.username, USERNAME);

        step('the dashboard: inflow board and my status');
        await page.getByTestId('nav-dashboard').click();
        await page.locator(`[data-testid="inflow-board"][data-service="${SERVICE_CODE}"]`).getByTestId('inflow-received-today')
          .waitFor();
        await page.locator(`[data-testid="my-status-service"][data-service="${SERVICE_CODE}"]`).waitFor();
        await documentScreen(page, 'dashboard-ja');
      });
    } finally {
      await context.close().catch(() => {});
    }
  });

test('a Korean browser gets the login page and the console in Korean', { timeout: 90_000 }, async () => {
  const context = await browserIn('ko-KR');
  const page = await context.newPage();
  try {
    await scenario(page, 'console-ko', async (step) => {
      step('the login page in Korean, then the console');
      await logInThrough(page, '/views/all', 'ko', KO_LOGIN_TITLE, { screenshot: 'login-ko' });
      await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '티켓관리', exact: true }).waitFor();
      await page.getByTestId('view-menu').getByTestId('view-spam').filter({ hasText: '스팸함' }).waitFor();
      await page.getByTestId('ticket-row').first().waitFor();
      const allCount = page.getByTestId('view-menu').getByTestId('view-all').getByTestId('view-count');
      await eventually('the count of 전체 티켓', async () => (/\d/.test((await allCount.textContent()) ?? '') ? true : undefined),
        ASSIGNMENT_TIMEOUT_MS);
      await documentScreen(page, 'workspace-ko');
    });
  } finally {
    await context.close().catch(() => {});
  }
});

/** The stand-in organisation's API token, as the launcher wrote it to .switchboard/keys.env. */
function doorayToken() {
  const line = readFileSync(join(REPOSITORY_ROOT, '.switchboard', 'keys.env'), 'utf8').split('\n')
    .find((l) => l.startsWith('DOORAY_TOKEN='));
  assert.ok(line, 'no DOORAY_TOKEN in .switchboard/keys.env: was the stack started by ./switchboard?');
  return line.slice('DOORAY_TOKEN='.length).trim();
}

/**
 * Acts on a task in the stand-in's own page as the Dooray member `member` would in Dooray: moves it to the workflow
 * whose option reads `workflow`, or comments on it. @param {import('playwright-core').Page} page @param {string} taskId
 * @param {{ workflow?: string, comment?: string, member: string }} action
 */
async function actInDooray(page, taskId, { workflow, comment, member }) {
  await page.goto(`${DOORAY_URL}/`);
  const row = page.locator('tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${taskId}$`) }) });
  const form = row.locator(`form[action="/page/${workflow ? 'workflow' : 'comment'}"]`);
  if (workflow) await form.locator('select[name="workflowId"]').selectOption({ label: workflow });
  else await form.locator('textarea[name="content"]').fill(comment ?? '');
  await form.locator('select[name="memberId"]').selectOption({ label: member });
  await form.getByRole('button').click();
  await page.waitForURL(`${DOORAY_URL}/`);
}

test('in Korean, an admin connects CS to Dooray and an operator follows the task and talks with its team',
  { timeout: 180_000 }, async () => {
    const unique = `e2e${Date.now().toString(36)}`;
    const token = doorayToken();
    const adminContext = await browserIn('ko-KR');
    const context = await browserIn('ko-KR');
    const page = await context.newPage();
    try {
      await scenario(page, 'dooray-ko', async (step) => {
        step(`${ADMIN_USERNAME} saves CS's Dooray connection (organisation, token, project, bob's member)`);
        const admin = await adminContext.newPage();
        await logInThrough(admin, `/admin/services/${SERVICE_CODE}/dooray`, 'ko', KO_LOGIN_TITLE, { username: ADMIN_USERNAME });
        await admin.getByRole('heading', { name: /^Dooray 연동/ }).waitFor({ state: 'visible' });
        const form = admin.getByTestId('dooray-connection-form');
        await form.locator('#dooray-conn-organizationId').fill(DOORAY_ORGANIZATION);
        await form.locator('#dooray-conn-token').fill(token);
        await form.locator('#dooray-conn-projects-0-id').fill(DOORAY_PROJECT);
        await form.locator('#dooray-conn-projects-0-name').fill('CS 이관');
        await form.locator('#dooray-conn-projects-0-registrantMemberId').fill(DOORAY_MINJI);
        const operators = form.getByTestId('dooray-operator-row');
        const usernames = await Promise.all((await operators.locator('input[id$="-username"]').all())
          .map((input) => input.inputValue()));
        if (!usernames.includes(USERNAME)) {
          await form.getByRole('button', { name: '상담원 추가', exact: true }).click();
          const row = usernames.length;
          await form.locator(`#dooray-conn-operators-${row}-username`).fill(USERNAME);
          await form.locator(`#dooray-conn-operators-${row}-organizationMemberId`).fill(DOORAY_SORA);
        }
        await form.getByTestId('dooray-save').click();
        await admin.getByTestId('dooray-saved').filter({ hasText: 'Dooray가 토큰과 프로젝트를 확인했습니다' }).waitFor();
        const hookUrl = await admin.getByTestId('dooray-hook-url').inputValue();
        assert.match(hookUrl, new RegExp(`^${BASE_URL}/api/v1/dooray/hooks/[^/]+$`), 'the hook URL is not the gateway\'s');
        await documentScreen(admin, 'admin-dooray-ko');
        await admin.close();

        step('register the hook URL in the Dooray project (the stand-in\'s control API, as Dooray\'s project settings)');
        const hooks = await fetch(`${DOORAY_URL}/standin/projects/${DOORAY_PROJECT}/hooks`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ urls: [hookUrl] }),
          signal: AbortSignal.timeout(10_000),
        });
        assert.equal(hooks.status, 200, `the stand-in refused the hook: ${await hooks.text()}`);

        step(`bob escalates a ticket of his to Dooray in the dialog`);
        const ticket = await ticketAssignedTo(USERNAME, `E2E Dooray 환불 버튼 오류 ${unique}`);
        await knownToEscalationService(ticket);
        await logInThrough(page, `/tickets/${encodeURIComponent(ticket.id)}`, 'ko', KO_LOGIN_TITLE);
        await page.getByTestId('detail-number').filter({ hasText: ticket.number }).waitFor({ state: 'visible' });
        await page.getByTestId('action-dooray-escalate').click();
        const dialog = page.getByTestId('dooray-escalate-form');
        await dialog.getByTestId('dooray-to').getByLabel('Kenji Mori').check();
        const kind = dialog.getByTestId('dooray-tag-group').filter({ hasText: 'Kind' });
        assert.equal(await kind.getAttribute('data-mandatory'), 'true', 'the Kind tag group is not mandatory');
        await dialog.locator('#dooray-subject').fill(`환불 버튼 오류 ${unique}`);
        await dialog.locator('#dooray-body').fill('고객이 환불 버튼에서 **E42** 오류를 봅니다.');
        await dialog.getByTestId('dooray-escalate-submit').click();
        // a mandatory tag group without a tag is refused before anything is sent
        await kind.locator('.field-error').waitFor({ state: 'visible' });
        await kind.getByLabel('Bug', { exact: true }).check();
        await dialog.getByTestId('dooray-escalate-submit').click();
        const created = page.getByTestId('dooray-task-created');
        await created.and(page.locator('[data-status="OPEN"]')).waitFor({ state: 'visible' });
        const taskId = ((await created.getByTestId('dooray-task-id').textContent()) ?? '').match(/\d{10,}/)?.[0];
        assert.ok(taskId, 'the dialog names no Dooray task');
        await page.getByTestId('dooray-escalate-close').click();
        await page.getByTestId('detail-status').filter({ hasText: 'Dooray 이관 완료' }).waitFor({ state: 'visible' });
        await page.getByTestId('dooray-conversation').getByTestId('dooray-task').waitFor({ state: 'visible' });

        step(`Kenji starts the task and comments in Dooray (the stand-in's page)`);
        const dooray = await context.newPage();
        await actInDooray(dooray, taskId, { workflow: 'In progress (working)', member: 'Kenji Mori' });
        const answer = `금요일 배포로 수정됩니다 (${unique})`;
        await actInDooray(dooray, taskId, { comment: answer, member: 'Kenji Mori' });

        step('the ticket follows the task and shows Kenji\'s comment without reloading');
        await page.getByTestId('detail-status').filter({ hasText: 'Dooray 진행 중' }).waitFor({ state: 'visible' });
        const comments = page.getByTestId('dooray-conversation').getByTestId('dooray-comment');
        const kenji = comments.and(page.locator('[data-from="dooray"]')).filter({ hasText: answer });
        await kenji.waitFor({ state: 'visible', timeout: 60_000 });
        await kenji.getByTestId('dooray-comment-author').filter({ hasText: 'Kenji Mori' }).waitFor();

        step('bob answers in the Dooray conversation; Dooray has it, mentioning his member');
        const reply = `고객이 기다리고 있습니다 (${unique})`;
        await page.locator('#dooray-comment-input').fill(reply);
        await page.getByTestId('dooray-comment-submit').click();
        await comments.and(page.locator('[data-from="switchboard"]')).filter({ hasText: reply }).waitFor({ state: 'visible' });
        const logs = /** @type {{ result: { body: { content: string } }[] }} */ (await fetch(
          `${DOORAY_URL}/project/v1/projects/${DOORAY_PROJECT}/posts/${taskId}/logs`,
          { headers: { Authorization: `dooray-api ${token}` }, signal: AbortSignal.timeout(10_000) },
        ).then((r) => r.json()));
        const posted = logs.result.find((c) => c.body.content.includes(reply));
        assert.ok(posted, `Dooray has no comment "${reply}": ${JSON.stringify(logs.result)}`);
        assert.ok(posted.body.content.includes(`members/${DOORAY_SORA}`), `bob's Dooray member is not mentioned: ${posted.body.content}`);
        await page.getByTestId('dooray-conversation').scrollIntoViewIfNeeded();
        await documentScreen(page, 'dooray-conversation-ko');

        step('Kenji closes the task: the ticket is answered and takes no more comments');
        await actInDooray(dooray, taskId, { workflow: 'Done (closed)', member: 'Kenji Mori' });
        await page.getByTestId('detail-status').filter({ hasText: 'Dooray 답변 완료' }).waitFor({ state: 'visible' });
        await page.getByTestId('dooray-closed').waitFor({ state: 'visible' });
        assert.equal(await page.getByTestId('dooray-comment-form').count(), 0, 'a closed task still takes comments');
        await page.getByTestId('action-dooray-escalate').waitFor({ state: 'visible' });
      });
    } finally {
      await adminContext.close().catch(() => {});
      await context.close().catch(() => {});
    }
  });

test('in Korean, an org-admin creates a service with masking on, changes its settings and adds a forbidden word', { timeout: 120_000 }, async () => {
  const code = `E2E${Date.now().toString(36).toUpperCase()}`.slice(0, 16);
  const context = await browserIn('ko-KR');
  const page = await context.newPage();
  try {
    await scenario(page, 'services-ko', async (step) => {
      step(`${ADMIN_USERNAME} opens 서비스 관리 and creates ${code}: Japanese and English, plain text, masking on`);
      await logInThrough(page, '/admin/services', 'ko', KO_LOGIN_TITLE, { username: ADMIN_USERNAME });
      await page.getByRole('heading', { name: '서비스 관리', exact: true }).waitFor({ state: 'visible' });
      await page.getByTestId('service-row').filter({ hasText: SERVICE_CODE }).first().waitFor({ state: 'visible' });
      await page.getByTestId('service-new').click();
      await page.getByTestId('service-save').click();
      await page.getByText('영문 대문자로 시작하는 2~16자의 영문 대문자, 숫자, _를 입력하세요.').waitFor({ state: 'visible' });
      await page.getByTestId('service-code').fill(code);
      await page.getByTestId('service-name').fill('E2E 온라인 쇼핑몰');
      await page.getByTestId('service-time-zone').selectOption('Asia/Tokyo');
      await page.getByTestId('service-language-ko').uncheck();
      await page.getByTestId('service-language-ja').check();
      await page.getByTestId('service-language-en').check();
      await page.getByTestId('service-editor-type').selectOption('TEXT');
      await page.getByTestId('service-masking-enabled').check();
      await page.getByTestId('service-save').click();
      await page.getByTestId('services-notice').filter({ hasText: `서비스 ${code}을(를) 생성했습니다.` }).waitFor({ state: 'visible' });
      const token = await userToken(ADMIN_USERNAME);
      const created = await api(token, 'GET', `/api/v1/services/${code}`);
      assert.equal(created.status, 200, `the service is not there: ${JSON.stringify(created.body)}`);
      assert.deepEqual(
        { timeZone: created.body.timeZone, languages: created.body.helpCenterLanguages, editor: created.body.editorType, masking: created.body.maskingEnabled },
        { timeZone: 'Asia/Tokyo', languages: ['ja', 'en'], editor: 'TEXT', masking: true },
      );
      await documentScreen(page, 'admin-services-ko');

      step('open its settings and let assignees unmask, with 30 days to completion');
      await page.getByTestId('services-notice').getByRole('link').click();
      await page.getByTestId('service-settings').waitFor({ state: 'visible' });
      await page.getByTestId('service-operators-may-unmask').check();
      await page.getByTestId('service-auto-complete-days').fill('30');
      await page.getByTestId('service-save').click();
      await page.getByTestId('service-saved').filter({ hasText: '설정을 저장했습니다.' }).waitFor({ state: 'visible' });
      const changed = await api(token, 'GET', `/api/v1/services/${code}`);
      assert.equal(changed.body.operatorsMayUnmask, true);
      assert.equal(changed.body.autoCompleteDays, 30);
      assert.equal(changed.body.maskingEnabled, true, 'saving the settings turned masking off');

      step('add a forbidden word to it from the sub-navigation');
      await page.getByRole('link', { name: '금칙어 관리', exact: true }).click();
      await page.getByTestId('forbidden-words-admin').waitFor({ state: 'visible' });
      await page.getByTestId('forbidden-word-input').fill('환불불가');
      await page.getByTestId('forbidden-word-add').click();
      await page.locator('[data-testid="forbidden-word-row"][data-word="환불불가"]').waitFor({ state: 'visible' });
      const words = await api(token, 'GET', `/api/v1/services/${code}/forbidden-words`);
      assert.deepEqual(words.body.map((/** @type {{ word: string }} */ w) => w.word), ['환불불가']);
    });
  } finally {
    await context.close().catch(() => {});
  }
});

test('in Japanese, an org-admin creates a service and builds its inquiry types: add three levels, drag, reorder, deactivate, delete',
  { timeout: 120_000 }, async () => {
    const code = `E2EJ${Date.now().toString(36).toUpperCase()}`.slice(0, 16);
    const context = await browserIn('ja-JP');
    const page = await context.newPage();
    try {
      await scenario(page, 'type-tree-ja', async (step) => {
        step(`${ADMIN_USERNAME} creates ${code} in サービス管理`);
        await logInThrough(page, '/admin/services', 'ja', JA_LOGIN_TITLE, { username: ADMIN_USERNAME });
        await page.getByTestId('service-new').click();
        await page.getByTestId('service-code').fill(code);
        await page.getByTestId('service-name').fill('E2E 通販サポート');
        await page.getByTestId('service-time-zone').selectOption('Asia/Tokyo');
        await page.getByTestId('service-language-ko').uncheck();
        await page.getByTestId('service-language-ja').check();
        await page.getByTestId('service-save').click();
        await page.getByTestId('services-notice').getByRole('link').click();
        await page.getByRole('link', { name: '受付タイプ管理', exact: true }).click();
        const admin = page.getByTestId('type-tree-admin');
        await admin.getByText('タイプはまだありません。').waitFor({ state: 'visible' });

        /** @param {string} name */
        const node = (name) => admin.locator(`[data-testid="type-node"][data-name="${name}"]`);
        /** @param {string} name */
        const row = (name) => node(name).locator('> [data-testid="type-row"]');
        /** @param {string} name */
        const addNamed = async (name) => {
          const form = admin.getByTestId('type-new');
          await form.getByTestId('type-name-ja').fill(name);
          await form.getByTestId('type-save').click();
          await node(name).waitFor({ state: 'visible' });
        };

        step('add お支払い and 配送 at the top, 返金 under お支払い and 部分返金 under 返金');
        await admin.getByTestId('type-add-root').click();
        await admin.getByTestId('type-new').getByTestId('type-save').click();
        await admin.getByTestId('type-names-error').filter({ hasText: '1つ以上の言語で名前を入力してください。' }).waitFor();
        await addNamed('お支払い');
        await admin.getByTestId('type-add-root').click();
        await addNamed('配送');
        await row('お支払い').getByTestId('type-add-child').click();
        await addNamed('返金');
        await row('返金').getByTestId('type-add-child').click();
        await addNamed('部分返金');
        assert.equal(await node('お支払い').locator('[data-testid="type-node"][data-name="部分返金"]').count(), 1);

        step('drag 返金 onto the middle of 配送: it moves there with 部分返金');
        const target = await row('配送').boundingBox();
        assert.ok(target, '配送 has no box');
        await row('返金').dragTo(row('配送'), { targetPosition: { x: 40, y: target.height / 2 } });
        await node('配送').locator('[data-testid="type-node"][data-name="部分返金"]').waitFor({ state: 'visible' });
        const token = await userToken(ADMIN_USERNAME);
        /** The server's tree by Japanese name, with each type's parent and level. @param {any[]} nodes @returns {any[]} */
        const flat = (nodes, parent = null, level = 1) =>
          nodes.flatMap((n) => [{ ...n, parent, level }, ...flat(n.children, n.names.ja, level + 1)]);
        const byName = async () => new Map(flat((await api(token, 'GET', `/api/v1/services/${code}/inquiry-types`)).body)
          .map((n) => [n.names.ja, n]));
        let types = await byName();
        assert.equal(types.get('返金').parent, '配送', '返金 is not under 配送 on the server');
        assert.equal(types.get('部分返金').parent, '返金', '部分返金 left its parent');
        assert.equal(types.get('部分返金').level, 3);

        step('↑ puts 配送 first; rename it in English too and deactivate it');
        await row('配送').getByRole('button', { name: '「配送」を上へ', exact: true }).click();
        await eventually('配送 first in the tree', async () =>
          (await admin.getByTestId('type-name').first().textContent()) === '配送' ? true : undefined, STEP_TIMEOUT_MS);
        await row('配送').getByTestId('type-edit').click();
        const edit = node('配送').getByTestId('type-form');
        await edit.getByTestId('type-name-en').fill('Delivery');
        await edit.getByTestId('type-active').uncheck();
        await edit.getByTestId('type-save').click();
        await row('配送').getByTestId('type-inactive').filter({ hasText: '無効' }).waitFor({ state: 'visible' });
        types = await byName();
        assert.deepEqual(types.get('配送').names, { ja: '配送', en: 'Delivery' });
        assert.equal(types.get('配送').active, false);
        assert.deepEqual([types.get('配送').position, types.get('配送').parent], [1, null]);
        await documentScreen(page, 'admin-inquiry-types-ja');

        step('delete the now empty お支払い after confirming');
        await row('お支払い').getByTestId('type-delete').click();
        const confirm = page.getByTestId('confirm-dialog');
        await confirm.getByText('「お支払い」を削除しますか？', { exact: false }).waitFor();
        await confirm.getByRole('button', { name: '削除', exact: true }).click();
        await node('お支払い').waitFor({ state: 'detached' });
        types = await byName();
        assert.deepEqual([...types.keys()].sort(), ['返金', '部分返金', '配送'].sort());
      });
    } finally {
      await context.close().catch(() => {});
    }
  });

test('in Japanese, an admin sets an SLA policy, its ticket shows the due time and turns amber at the warning',
  { timeout: 180_000 }, async () => {
    const unique = `e2e${Date.now().toString(36)}`;
    const tag = `sla-${unique}`;
    const policyName = `初回応答 2分 (${unique})`;
    const context = await browserIn('ja-JP');
    const page = await context.newPage();
    /** @type {string | null} */
    let policyId = null;
    try {
      await scenario(page, 'sla-ja', async (step) => {
        step(`${ADMIN_USERNAME} creates a policy: first response in 2 minutes, warned 1 minute before, for tag ${tag}`);
        await logInThrough(page, `/admin/services/${SERVICE_CODE}/sla`, 'ja', JA_LOGIN_TITLE, { username: ADMIN_USERNAME });
        await page.getByRole('heading', { name: /^SLA ポリシー/ }).waitFor({ state: 'visible' });
        await page.getByTestId('sla-add').click();
        const form = page.getByTestId('sla-policy-form');
        await form.locator('#sla-policy-name').fill(policyName);
        await form.locator('#sla-policy-hours').selectOption('CALENDAR');
        await form.locator('#sla-policy-warnBefore-minutes').fill('1');
        for (const priority of ['NORMAL', 'HIGH']) {
          await form.locator(`#sla-policy-targets-${priority}-firstResponse-minutes`).fill('2');
        }
        await form.getByTestId('sla-add-condition').click();
        await form.locator('#sla-policy-conditions-0-target').selectOption('tags');
        await form.locator('#sla-policy-conditions-0-values').fill(tag);
        await form.getByTestId('sla-save').click();
        await page.getByTestId('sla-saved').filter({ hasText: 'ポリシーを保存しました。' }).waitFor({ state: 'visible' });
        const row = page.getByTestId('sla-policy-row').filter({ hasText: policyName });
        await row.waitFor({ state: 'visible' });
        policyId = await row.getAttribute('data-policy-id');
        await documentScreen(page, 'admin-sla-ja');

        step('a ticket with the tag shows its due time in the list');
        const token = await userToken(USERNAME);
        const created = await api(token, 'POST', `/api/v1/services/${SERVICE_CODE}/tickets`, {
          title: `返金がまだです ${unique}`,
          content: '先週申し込んだ返金がまだ届きません。',
          tags: [tag],
          customer: { email: `e2e-${Date.now()}@example.jp`, name: '山田 花子' },
        });
        assert.equal(created.status, 201, `ticket not created: ${JSON.stringify(created.body)}`);
        const ticket = created.body;
        await page.goto(`${BASE_URL}/views/all`);
        const listed = page.getByTestId('ticket-row').and(page.locator(`[data-ticket-number="${ticket.number}"]`));
        await eventually(`a due time on ${ticket.number} in the list`, async () => {
          await page.getByTestId('current-user').waitFor({ state: 'visible' });
          if (await listed.getByTestId('sla-badge').count() > 0) return true;
          await page.reload();
          return undefined;
        }, SLA_TIMEOUT_MS);
        assert.match((await listed.getByTestId('sla-badge').textContent()) ?? '', /期限まであと/);

        step('the ticket shows its first-response clock, then turns amber at the warning');
        await listed.getByTestId('ticket-title').getByRole('link').click();
        const detail = page.locator(`[data-testid="ticket-detail"][data-ticket-id="${ticket.id}"]`);
        const clock = detail.getByTestId('sla-panel').getByTestId('sla-clock').first();
        await clock.getByTestId('sla-clock-metric').filter({ hasText: '初回応答' }).waitFor({ state: 'visible' });
        await clock.getByTestId('sla-clock-target').filter({ hasText: '2' }).waitFor();
        await detail.getByTestId('sla-badge').and(page.locator('[data-sla-state="at-risk"]'))
          .waitFor({ state: 'visible', timeout: 90_000 });
        await eventually(`the SLA warning in ${ticket.number}'s history`, async () => {
          const events = await api(token, 'GET', `/api/v1/tickets/${ticket.id}/events`);
          return events.body.some((/** @type {{ type: string }} */ e) => e.type === 'SLA_WARNING') ? true : undefined;
        }, 30_000);
        await detail.getByTestId('sla-panel').scrollIntoViewIfNeeded();
        await documentScreen(page, 'sla-ticket-ja');

        step('delete the policy, after confirming');
        await page.goto(`${BASE_URL}/admin/services/${SERVICE_CODE}/sla`);
        await row.getByTestId('sla-policy-edit').click();
        await page.getByTestId('sla-delete').click();
        const confirm = page.getByTestId('confirm-dialog');
        await confirm.getByText(policyName, { exact: false }).waitFor();
        await confirm.getByRole('button', { name: 'ポリシーを削除', exact: true }).click();
        await row.waitFor({ state: 'detached' });
        policyId = null;
      });
    } finally {
      // a failed run must not leave its two-minute policy to the scenarios and system tests after it
      if (policyId) await api(await userToken(ADMIN_USERNAME), 'DELETE', `/api/v1/sla/services/${SERVICE_CODE}/policies/${policyId}`);
      await context.close().catch(() => {});
    }
  });

test('operator takes a phone call: a ticket without e-mail, theirs at once, with a callback in my status', { timeout: 120_000 }, async () => {
  const page = await (await sessionOf(USERNAME)).newPage();
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const title = `E2E phone call ${unique}`;
  const phone = `010-${String(1000 + (Date.now() % 9000))}-${String(1000 + Math.floor(Math.random() * 9000))}`;
  const year = new Date().getFullYear() + 1;
  await scenario(page, 'phone-ticket', async (step) => {
    step(`open the New ticket form as ${USERNAME}`);
    await openConsole(page, USERNAME, '/tickets/new');
    await page.locator('#new-ticket-title').waitFor({ state: 'visible' });

    step('a phone ticket: the caller\'s number and no e-mail, for the Support group and myself');
    await page.locator('#new-ticket-service').selectOption(SERVICE_CODE);
    await page.getByTestId('create-channel').selectOption('PHONE');
    await page.locator('#new-ticket-customer-name').fill('김민지');
    await page.locator('#new-ticket-customer-phone').fill(phone);
    await page.getByTestId('create-group').selectOption(SUPPORT_GROUP_ID);
    await page.getByTestId('create-assignee').selectOption(USERNAME);
    await page.locator('#new-ticket-title').fill(title);
    await page.locator('#new-ticket-content').fill('전화 문의: 환불 일정을 알려 달라고 하셨습니다.');
    await page.getByRole('button', { name: 'Create ticket' }).click();

    step('the ticket is mine at once, on the phone channel, with the caller\'s number');
    await page.waitForURL(/\/tickets\/(?!new\b)[^/?#]+$/);
    await page.getByTestId('detail-title').filter({ hasText: title }).waitFor({ state: 'visible' });
    const number = (await page.getByTestId('detail-number').textContent())?.trim() ?? '';
    await page.getByTestId('detail-status').filter({ hasText: IN_PROGRESS_LABEL }).waitFor({ state: 'visible' });
    assert.match((await page.getByTestId('detail-assignee').textContent()) ?? '', /Bob/);
    assert.match((await page.getByTestId('detail-channel').textContent()) ?? '', /Phone/);
    assert.ok((await page.getByTestId('detail-customer').textContent())?.includes(phone), 'the caller\'s number is not shown');

    step('reserve a callback on the caller\'s number, prefilled');
    const panel = page.getByTestId('callback-panel');
    await panel.getByText(/^Time in \S+$/).waitFor({ state: 'visible' });
    assert.equal(await panel.getByLabel('Phone number', { exact: true }).inputValue(), phone);
    await panel.getByLabel('Call at', { exact: true }).fill(`${year}-05-06T14:30`);
    await panel.getByTestId('callback-reserve').click();
    await panel.getByTestId('callback-current').getByTestId('callback-phone').filter({ hasText: phone })
      .waitFor({ state: 'visible' });

    step('my status counts the callback and lists it');
    await page.getByTestId('nav-dashboard').click();
    const mine = page.getByTestId('my-callbacks').locator(`[data-testid="my-callback"][data-ticket-number="${number}"]`);
    await mine.waitFor({ state: 'visible' });
    assert.equal((await mine.getByTestId('my-callback-phone').textContent())?.trim(), phone);
    const counted = page.locator(`[data-testid="my-status-service"][data-service="${SERVICE_CODE}"]`).getByTestId('my-callbacks');
    assert.ok(Number((await counted.textContent())?.replace(/\D/g, '')) >= 1, 'my status counts no callback');
  });
});

/** Selects the first occurrence of `text` in the element, as a mouse would. */
async function selectText(/** @type {import('playwright-core').Locator} */ locator, /** @type {string} */ text) {
  await locator.evaluate((element, wanted) => {
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at >= 0) {
        const range = element.ownerDocument.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = element.ownerDocument.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
    }
    throw new Error(`"${wanted}" is not in the element`);
  }, text);
}

test('operator masks a phone number in a comment and a word of the content; an admin unmasks them after confirming', { timeout: 120_000 }, async () => {
  const page = await (await sessionOf(USERNAME)).newPage();
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const phone = '010-9876-5432';
  const masked = '*************';
  await scenario(page, 'masking', async (step) => {
    step(`seed a ${SERVICE_CODE} ticket of ${USERNAME} with a comment holding a phone number`);
    const ticket = await ticketAssignedTo(USERNAME, `E2E masking ${unique}`);
    const token = await userToken(USERNAME);
    const note = `고객 연락처 ${phone} (${unique})`;
    const commented = await api(token, 'POST', `/api/v1/tickets/${ticket.id}/comment`, { body: note });
    assert.equal(commented.status, 200, `comment failed: ${JSON.stringify(commented.body)}`);
    const messages = await api(token, 'GET', `/api/v1/tickets/${ticket.id}/messages`);
    const message = messages.body.find((/** @type {{ body: string }} */ m) => m.body.includes(unique));
    assert.ok(message, 'the comment is not among the messages');

    step(`open ${ticket.number} and select the number in the comment`);
    await openConsole(page, USERNAME, `/tickets/${encodeURIComponent(ticket.id)}`);
    const body = page.getByTestId(`message-${message.id}`);
    await body.filter({ hasText: phone }).waitFor({ state: 'visible' });
    await selectText(body, phone);

    step('mask it: the comment shows stars');
    await page.getByTestId('mask-selection').click();
    await body.filter({ hasText: masked }).waitFor({ state: 'visible' });
    assert.ok(!(await body.textContent())?.includes(phone), 'the number is still shown');
    await page.getByTestId('ticket-events').locator('[data-event-type="MASKED"]').waitFor({ state: 'visible' });
    const stored = await api(token, 'GET', `/api/v1/tickets/${ticket.id}/messages`);
    const after = stored.body.find((/** @type {{ id: string }} */ m) => m.id === message.id);
    assert.ok(after.body.includes(masked) && !after.body.includes(phone), `the API still shows the number: ${after.body}`);
    assert.equal(after.masks.length, 1);

    step('mask 二重請求 in the ticket\'s content: the content shows stars, in the API too');
    const content = page.getByTestId('content-body');
    await selectText(content, '二重請求');
    await page.getByTestId('mask-selection').click();
    await content.filter({ hasText: '****されました' }).waitFor({ state: 'visible' });
    const read = await api(token, 'GET', `/api/v1/tickets/${ticket.id}`);
    assert.ok(!read.body.content.includes('二重請求'), `the API still shows the content: ${read.body.content}`);
    const contentMasks = await api(token, 'GET', `/api/v1/tickets/${ticket.id}/content/masks`);
    assert.equal(contentMasks.body.length, 1);

    step(`${ADMIN_USERNAME} unmasks both after confirming`);
    const adminPage = await (await sessionOf(ADMIN_USERNAME)).newPage();
    try {
      await openConsole(adminPage, ADMIN_USERNAME, `/tickets/${encodeURIComponent(ticket.id)}`);
      const adminBody = adminPage.getByTestId(`message-${message.id}`);
      await adminBody.filter({ hasText: masked }).waitFor({ state: 'visible' });
      await adminPage.getByTestId(`unmask-${after.masks[0].id}`).click();
      await adminPage.getByTestId('unmask-confirm').waitFor({ state: 'visible' });
      await adminPage.getByTestId('unmask-confirm-ok').click();
      await adminBody.filter({ hasText: phone }).waitFor({ state: 'visible' });
      await adminPage.getByTestId('ticket-events').locator('[data-event-type="UNMASKED"]').waitFor({ state: 'visible' });
      await adminPage.getByTestId(`unmask-${contentMasks.body[0].id}`).click();
      await adminPage.getByTestId('unmask-confirm-ok').click();
      await adminPage.getByTestId('content-body').filter({ hasText: '二重請求されました' }).waitFor({ state: 'visible' });
    } finally {
      await adminPage.close().catch(() => {});
    }
  });
});

test('operator resolves five tickets with one templated reply; each customer gets one mail in their own name', { timeout: 180_000 }, async () => {
  const page = await (await sessionOf(USERNAME)).newPage();
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const customers = ['김민지', '山田 花子', '박서준', '佐藤 健', 'Emma Clark'].map((name, i) => ({
    name,
    email: `e2e-bulk-${unique}-${i + 1}@example.com`,
  }));
  const titles = `E2E bulk ${unique}`;
  const searchCode = `bulk${unique.replace(/\W/g, '').slice(-12)}`;
  const reply = (/** @type {string} */ name, /** @type {string} */ number) => `${name} 고객님, ${number} 문의는 처리되었습니다.`;
  const adminToken = await userToken(ADMIN_USERNAME);
  await scenario(page, 'bulk-resolve', async (step) => {
    step(`${ADMIN_USERNAME} saves a ${SERVICE_CODE} template with replacement codes`);
    const saved = await api(adminToken, 'POST', `/api/v1/services/${SERVICE_CODE}/templates`, {
      title: `E2E 일괄 답변 ${unique}`,
      searchCode,
      format: 'TEXT',
      body: '{{customer.name}} 고객님, {{ticket.number}} 문의는 처리되었습니다.',
    });
    assert.equal(saved.status, 201, `template not saved: ${JSON.stringify(saved.body)}`);
    try {
      step(`seed five tickets of ${USERNAME}, each of another customer`);
      const tickets = [];
      for (const [i, customer] of customers.entries()) {
        tickets.push({ ...(await ticketAssignedTo(USERNAME, `${titles} ${i + 1}`, customer)), customer });
      }

      step('find them by title and check all five');
      await openConsole(page, USERNAME, `/search?view=my-in-progress&title=${encodeURIComponent(titles)}`);
      for (const ticket of tickets) await page.getByTestId(`bulk-select-${ticket.id}`).check();
      await page.getByTestId('bulk-count').filter({ hasText: '5' }).waitFor({ state: 'visible' });

      step('resolve them with the template, its codes left for each ticket');
      await page.getByTestId('bulk-action-resolve').click();
      const dialog = page.getByTestId('bulk-dialog');
      await dialog.getByTestId('template-select-search').fill(searchCode);
      await dialog.locator(`[data-testid="template-select-option"][data-template-id="${saved.body.id}"]`).click();
      await dialog.getByTestId('template-select-applied').waitFor({ state: 'visible' });
      assert.equal(await dialog.getByTestId('bulk-body').inputValue(), '{{customer.name}} 고객님, {{ticket.number}} 문의는 처리되었습니다.');
      await dialog.getByTestId('bulk-submit').click();

      step('the job finishes with all five done');
      await page.locator('[data-testid="bulk-job"][data-status="FINISHED"]').waitFor({ state: 'visible', timeout: 60_000 });
      for (const ticket of tickets) {
        assert.equal(await page.getByTestId(`bulk-result-${ticket.id}`).getAttribute('data-outcome'), 'DONE', ticket.number);
      }

      step('each customer has exactly one reply, in their own name with their own number, read back over IMAP');
      for (const ticket of tickets) {
        const expected = reply(ticket.customer.name, ticket.number);
        await eventually(`the reply to ${ticket.customer.email}`, async () =>
          (await mailsOf(ticket.customer.email)).some((mail) => mail.text.includes(expected)) ? true : undefined, 30_000);
      }
      for (const ticket of tickets) {
        const replies = (await mailsOf(ticket.customer.email)).filter((mail) => mail.text.includes('문의는 처리되었습니다'));
        assert.equal(replies.length, 1, `${ticket.customer.email} got ${replies.length} replies`);
        assert.ok(replies[0]?.text.includes(reply(ticket.customer.name, ticket.number)), replies[0]?.text);
        assert.ok(!replies[0]?.text.includes('{{'), 'a code was left unfilled');
      }
    } finally {
      const current = await api(adminToken, 'GET', `/api/v1/services/${SERVICE_CODE}/templates/${saved.body.id}`);
      await api(adminToken, 'DELETE', `/api/v1/services/${SERVICE_CODE}/templates/${saved.body.id}`, undefined, {
        'If-Match': `"${current.body.version}"`,
      });
    }
  });
});
