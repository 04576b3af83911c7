// @ts-check
/**
 * A stand-in for the gateway + Keycloak + ticket/routing services, just enough to exercise the
 * browser test (e2e/console.test.js) and the SPA's login flow without the real stack:
 * - serves dist/ with an index.html fallback and /config.json pointing keycloak-js at /kc;
 * - /kc/realms/switchboard/protocol/openid-connect/{auth,token,logout}: a login form with the same
 *   field ids as Keycloak's (#username, #password, #kc-login), authorization code + PKCE S256
 *   (the code_verifier is checked), unsigned JWTs carrying the nonce;
 * - /api/v1/me, tickets list/detail/events/create (with problem+json validation errors), and a
 *   "routing engine" that assigns each new ticket to Bob Kim or Carol Sato after ~1.5 s.
 *
 * `npm run e2e:fake` builds nothing: run `npm run build` first. It starts this server on a free
 * port, runs `node --test e2e/` against it and exits with the test's exit code.
 * Not for production; it is never served by the real gateway.
 */
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const REALM_PATH = '/kc/realms/switchboard/protocol/openid-connect';
const USERS = {
  bob: { password: 'demo', name: 'Bob Kim', email: 'bob@example.com' },
  carol: { password: 'demo', name: 'Carol Sato', email: 'carol@example.com' },
};
const OPERATORS = [
  { username: 'bob', displayName: 'Bob Kim' },
  { username: 'carol', displayName: 'Carol Sato' },
];
const CHANNELS = ['HELP_CENTER', 'EMAIL', 'API', 'CHAT', 'PHONE', 'SOCIAL', 'MANUAL'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** @param {unknown} value */
const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
/** @param {Record<string, unknown>} claims */
const jwt = (claims) => `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.sig`;

/** @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {string} [type]
 */
function sendJson(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** @param {string} s */
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createFakeStack({ routingDelayMs = 1_500 } = {}) {
  /** @type {Map<string, {username: string, nonce: string, challenge: string, redirectUri: string}>} */
  const codes = new Map();
  /** @type {Map<string, string>} refresh token -> username */
  const refreshTokens = new Map();
  /** @type {Map<string, string>} access token -> username */
  const accessTokens = new Map();
  /** @type {any[]} newest first */
  const tickets = [];
  /** @type {Map<string, any[]>} */
  const events = new Map();
  let counter = 0;
  let roundRobin = 0;

  /** @param {string} username @param {string} nonce @param {string} origin */
  function issueTokens(username, nonce, origin) {
    const user = USERS[/** @type {keyof typeof USERS} */ (username)];
    const now = Math.floor(Date.now() / 1000);
    const common = { iss: `${origin}/kc/realms/switchboard`, sub: username, iat: now, exp: now + 300, nonce, sid: 'fake', azp: 'switchboard-console' };
    const access = jwt({ ...common, jti: randomUUID(), typ: 'Bearer', preferred_username: username, name: user.name, email: user.email, realm_access: { roles: ['agent'] } });
    const refresh = jwt({ ...common, jti: randomUUID(), typ: 'Refresh', exp: now + 1800 });
    accessTokens.set(access, username);
    refreshTokens.set(refresh, username);
    return { access_token: access, refresh_token: refresh, id_token: jwt({ ...common, typ: 'ID', preferred_username: username, name: user.name }), token_type: 'Bearer', expires_in: 300 };
  }

  /** @param {import('node:http').IncomingMessage} req */
  const currentUser = (req) => accessTokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));

  /** @param {any} body @param {string} serviceCode */
  function validate(body, serviceCode) {
    const errors = [];
    if (serviceCode !== 'CS') return { status: 404, title: 'Not Found', detail: `Unknown service ${serviceCode}.` };
    if (!body || typeof body.title !== 'string' || !body.title.trim()) errors.push({ field: 'title', message: 'must not be blank' });
    else if (body.title.length > 200) errors.push({ field: 'title', message: 'size must be between 1 and 200' });
    if (!body || typeof body.content !== 'string' || !body.content.trim()) errors.push({ field: 'content', message: 'must not be blank' });
    if (!CHANNELS.includes(body?.channel)) errors.push({ field: 'channel', message: 'unknown channel' });
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body?.customer?.email ?? '')) errors.push({ field: 'customer.email', message: 'must be a well-formed email address' });
    if (/forbidden/i.test(body?.title ?? '')) errors.push({ field: 'title', message: 'contains a forbidden word' });
    return errors.length ? { status: 400, title: 'Validation failed', detail: 'The request is invalid.', errors } : null;
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const origin = `http://${req.headers.host}`;
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;

    if (path === '/config.json') return sendJson(res, 200, { keycloakUrl: `${origin}/kc`, realm: 'switchboard', clientId: 'switchboard-console' });

    // --- fake Keycloak ---
    if (path === `${REALM_PATH}/auth` && req.method === 'GET') {
      const p = url.searchParams;
      if (p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) return sendJson(res, 400, { error: 'invalid_request', error_description: 'PKCE S256 required' });
      const hidden = ['redirect_uri', 'state', 'nonce', 'code_challenge', 'response_mode']
        .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(p.get(k) ?? '')}">`)
        .join('');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><title>Sign in to switchboard</title><h1>Sign in (fake Keycloak)</h1>
        <form id="kc-form-login" method="post" action="${REALM_PATH}/auth">${hidden}
        <label for="username">Username</label><input id="username" name="username">
        <label for="password">Password</label><input id="password" name="password" type="password">
        <input type="submit" id="kc-login" value="Sign In"></form>`);
    }
    if (path === `${REALM_PATH}/auth` && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const username = form.get('username') ?? '';
      const user = USERS[/** @type {keyof typeof USERS} */ (username)];
      if (!user || user.password !== form.get('password')) {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end('<p id="input-error">Invalid username or password.</p>');
      }
      const code = randomUUID();
      const redirectUri = form.get('redirect_uri') ?? '/';
      codes.set(code, { username, nonce: form.get('nonce') ?? '', challenge: form.get('code_challenge') ?? '', redirectUri });
      const params = new URLSearchParams({ state: form.get('state') ?? '', session_state: 'fake', iss: `${origin}/kc/realms/switchboard`, code });
      const sep = form.get('response_mode') === 'query' ? (redirectUri.includes('?') ? '&' : '?') : '#';
      res.writeHead(302, { Location: `${redirectUri}${sep}${params}` });
      return res.end();
    }
    if (path === `${REALM_PATH}/token` && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('grant_type') === 'authorization_code') {
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (!grant || grant.challenge !== challenge || grant.redirectUri !== form.get('redirect_uri')) {
          return sendJson(res, 400, { error: 'invalid_grant' });
        }
        return sendJson(res, 200, issueTokens(grant.username, grant.nonce, origin));
      }
      if (form.get('grant_type') === 'refresh_token') {
        const username = refreshTokens.get(form.get('refresh_token') ?? '');
        if (!username) return sendJson(res, 400, { error: 'invalid_grant' });
        return sendJson(res, 200, issueTokens(username, '', origin));
      }
      return sendJson(res, 400, { error: 'unsupported_grant_type' });
    }
    if (path === `${REALM_PATH}/logout`) {
      res.writeHead(302, { Location: url.searchParams.get('post_logout_redirect_uri') ?? '/' });
      return res.end();
    }

    // --- fake API ---
    if (path.startsWith('/api/')) {
      const username = currentUser(req);
      if (!username) return sendJson(res, 401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'A bearer token is required.' }, 'application/problem+json');
      const user = USERS[/** @type {keyof typeof USERS} */ (username)];
      if (path === '/api/v1/me') {
        return sendJson(res, 200, { username, displayName: user.name, email: user.email, roles: ['agent'], services: [{ code: 'CS', name: 'Customer Support', type: 'INQUIRY', role: 'OPERATOR', groups: [{ id: 'g-support', name: 'Support' }] }] });
      }
      if (path === '/api/v1/tickets' && req.method === 'GET') {
        const view = url.searchParams.get('view') ?? 'mine';
        const limit = Number(url.searchParams.get('limit') ?? 50);
        const offset = Number(url.searchParams.get('cursor') ?? 0);
        const visible = tickets.filter((t) => view === 'all' || t.assignee?.username === username);
        const items = visible.slice(offset, offset + limit);
        return sendJson(res, 200, { items, next: offset + limit < visible.length ? String(offset + limit) : null });
      }
      const created = path.match(/^\/api\/v1\/services\/([^/]+)\/tickets$/);
      if (created && req.method === 'POST') {
        let body;
        try {
          body = JSON.parse(await readBody(req));
        } catch {
          return sendJson(res, 400, { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Malformed JSON.' }, 'application/problem+json');
        }
        const serviceCode = decodeURIComponent(created[1] ?? '');
        const problem = validate(body, serviceCode);
        if (problem) return sendJson(res, problem.status, { type: 'https://switchboard.io/problems/validation', ...problem }, 'application/problem+json');
        const now = new Date().toISOString();
        const ticket = { id: randomUUID(), number: `CS-${++counter}`, serviceCode, title: body.title.trim(), content: body.content, channel: body.channel, status: 'UNASSIGNED', group: null, assignee: null, customer: body.customer, createdAt: now, updatedAt: now, version: 0 };
        tickets.unshift(ticket);
        events.set(ticket.id, [{ type: 'CREATED', actor: username, summary: `Created via ${body.channel}`, at: now }]);
        setTimeout(() => {
          const operator = OPERATORS[roundRobin++ % OPERATORS.length];
          Object.assign(ticket, { status: 'IN_PROGRESS', group: { id: 'g-support', name: 'Support' }, assignee: operator, updatedAt: new Date().toISOString(), version: 1 });
          events.get(ticket.id)?.push({ type: 'ASSIGNED', actor: null, summary: `assigned to ${operator?.displayName} by trigger 'Default' — round-robin among 2`, at: ticket.updatedAt });
        }, routingDelayMs);
        res.setHeader('Location', `/api/v1/tickets/${ticket.id}`);
        return sendJson(res, 201, ticket);
      }
      const one = path.match(/^\/api\/v1\/tickets\/([^/]+)(\/events)?$/);
      if (one && req.method === 'GET') {
        const ticket = tickets.find((t) => t.id === one[1]);
        if (!ticket) return sendJson(res, 404, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such ticket.' }, 'application/problem+json');
        return sendJson(res, 200, one[2] ? events.get(ticket.id) : ticket);
      }
      return sendJson(res, 404, { type: 'about:blank', title: 'Not Found', status: 404, detail: `No route for ${req.method} ${path}` }, 'application/problem+json');
    }

    // --- the SPA ---
    const file = normalize(join(DIST, decodeURIComponent(path)));
    const target = file.startsWith(DIST) && existsSync(file) && statSync(file).isFile() ? file : join(DIST, 'index.html');
    if (!existsSync(target)) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      return res.end('dist/ is missing: run `npm run build` first.');
    }
    res.writeHead(200, { 'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (extname(target))] ?? 'application/octet-stream' });
    return res.end(readFileSync(target));
  }

  return createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { title: 'Internal error' });
      else res.end();
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const port = Number(process.env.PORT ?? 0);
  const server = createFakeStack({ routingDelayMs: Number(process.env.FAKE_ROUTING_DELAY_MS ?? 1_500) }).listen(port, '127.0.0.1', () => {
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
    console.log(`fake stack on ${url}`);
    if (process.argv.includes('--serve-only')) return;
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', join(ROOT, 'e2e')], {
      stdio: 'inherit',
      env: { ...process.env, SWITCHBOARD_URL: url },
    });
    child.on('exit', (code) => {
      server.close();
      process.exit(code ?? 1);
    });
  });
}
