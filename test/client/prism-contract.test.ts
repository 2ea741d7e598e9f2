/**
 * The generated client against Prism, a mock server built from the same spec: every request the
 * client sends must pass Prism's request validation (parameters, security), and with
 * `validateResponses` on, Prism's examples must pass the generated response validators.
 *
 * `--errors` turns a violation into an error response, so the call itself would reject; Prism also
 * names violations in an `sl-violations` response header and in its log, and both are checked.
 * Only first pages: the mock answers has_more: true on every page, forever.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCloudflareBillingClient,
  type CloudflareBillingClient,
  type CloudflareBillingClientOptions,
  type ListAiGatewayInvoiceHistoryParams,
  type ListUserBillingHistoryParams,
} from '../../generated/dist/index.js';
import { ACCOUNT, EMAIL, KEY, TOKEN } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PRISM = join(ROOT, 'node_modules/.bin/prism');
// Generous: Prism takes seconds to start on a loaded machine; the wait ends as soon as it answers.
const STARTUP_MS = 50_000;

let prism: ChildProcess;
let baseUrl: string;
let log = '';
/** Where the current test's part of the log starts. */
let logStart = 0;
/** `sl-violations` headers Prism sent, one entry per response that had one. */
const violations: string[] = [];

/** A port nothing listens on right now: bind port 0, note the port, let it go. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Resolves once Prism answers HTTP; rejects if it exits first or takes longer than STARTUP_MS. */
async function waitUntilAnswering(child: ChildProcess, url: string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  child.once('error', (error) => {
    exited = true;
    log += `\nspawn failed: ${error.message}`;
  });
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Prism exited before answering:\n${log}`);
    // A TCP-level probe would do, but an HTTP answer proves the router is up. The probe is a
    // valid request, so it adds nothing to the log that the tests below would count against it.
    const answered = await fetch(`${url}/user/billing/history`, { headers: { authorization: 'Bearer probe' } }).then(
      (response) => response.body?.cancel().then(() => true) ?? true,
      () => false,
    );
    if (answered) return;
    await delay(100);
  }
  throw new Error(`Prism did not answer within ${STARTUP_MS} ms:\n${log}`);
}

/** Ends Prism's whole process group (it was started detached: its pid is the group id). */
async function stopPrism(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    process.kill(-pid, 'SIGTERM');
    const timer = setTimeout(() => groupAlive(pid) && process.kill(-pid, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
  for (let i = 0; i < 50 && groupAlive(pid); i++) await delay(20);
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  prism = spawn(PRISM, ['mock', 'spec/openapi.yaml', '--host', '127.0.0.1', '--port', String(port), '--errors'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  prism.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  prism.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // If the worker dies without running afterAll, do not leave Prism behind.
  process.once('exit', killOnExit);
  await waitUntilAnswering(prism, baseUrl);
  expect(complaints()).toEqual([]);
});

afterAll(async () => {
  process.off('exit', killOnExit);
  if (prism?.pid === undefined) return;
  await stopPrism(prism);
  expect(groupAlive(prism.pid)).toBe(false);
});

function killOnExit(): void {
  if (prism?.pid !== undefined && groupAlive(prism.pid)) process.kill(-prism.pid, 'SIGKILL');
}

beforeEach(() => {
  violations.length = 0;
  logStart = log.length;
});

/** A client on Prism that checks Prism's bodies against the spec and records `sl-violations`. */
function prismClient(credentials: CloudflareBillingClientOptions): CloudflareBillingClient {
  return createCloudflareBillingClient({
    baseUrl,
    ...credentials,
    validateResponses: true,
    warnOnDeprecated: false,
    maxRetries: 0,
    // The client calls fetch(url, init): pass both on, or the credentials stay behind.
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const header = response.headers.get('sl-violations');
      if (header !== null) violations.push(`${init?.method ?? 'GET'} ${String(input)}: ${header}`);
      return response;
    },
  });
}

/** The current test's log lines at error or warning level, or naming a violation. */
function complaints(): string[] {
  return log
    .slice(logStart)
    .split('\n')
    .filter((line) => /violation|\b(error|warning|fatal)\b|✖|⚠/i.test(line));
}

/** Lets Prism finish logging the requests made so far (it logs violations after responding). */
async function settle(): Promise<void> {
  const responses = (): number => log.split('Responding with').length;
  let seen = responses();
  for (let quiet = 0; quiet < 3; await delay(30)) {
    const now = responses();
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
}

/** Waits until the current test's log holds `text`, for lines Prism writes after responding. */
async function waitForLog(text: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!log.slice(logStart).includes(text) && Date.now() < deadline) await delay(20);
}

const CREDENTIALS: { scheme: string; credentials: CloudflareBillingClientOptions }[] = [
  { scheme: 'an API token', credentials: { apiToken: TOKEN } },
  { scheme: 'an email and a Global API key', credentials: { apiEmail: EMAIL, apiKey: KEY } },
];

const HISTORY_PARAMS: { label: string; params: ListUserBillingHistoryParams }[] = [
  { label: 'no parameters', params: {} },
  { label: 'per_page and order', params: { per_page: 5, order: 'occurred_at' } },
  { label: 'occurred_at', params: { occurred_at: '2014-03-01T12:21:59.3456Z' } },
  { label: 'page and per_page', params: { page: 2, per_page: 50 } },
  { label: 'action and type', params: { action: 'subscription', type: 'charge' } },
];

const INVOICE_PARAMS: { label: string; params: ListAiGatewayInvoiceHistoryParams }[] = [
  { label: 'only account_id', params: { account_id: ACCOUNT } },
  { label: "type 'auto'", params: { account_id: ACCOUNT, type: 'auto' } },
  { label: "type 'all'", params: { account_id: ACCOUNT, type: 'all' } },
  { label: "type 'manual'", params: { account_id: ACCOUNT, type: 'manual' } },
  { label: 'page and per_page', params: { account_id: ACCOUNT, page: 2, per_page: 20 } },
];

describe('user.billing.history.list against the spec', () => {
  it.each(CREDENTIALS)(
    'sends only requests Prism accepts, with $scheme, for every parameter set',
    async ({ credentials }) => {
      const cf = prismClient(credentials);
      for (const { label, params } of HISTORY_PARAMS) {
        const page = await cf.user.billing.history.list(params);
        expect(page.result.length, label).toBeGreaterThan(0);
        expect(page.result_info, label).toBeDefined();
      }
      await settle();
      expect(violations).toEqual([]);
      expect(complaints()).toEqual([]);
    },
  );
});

describe('aiGateway.billing.invoiceHistory against the spec', () => {
  it.each(CREDENTIALS)(
    'sends only requests Prism accepts, with $scheme, for every parameter set',
    async ({ credentials }) => {
      const cf = prismClient(credentials);
      for (const { label, params } of INVOICE_PARAMS) {
        const result = await cf.aiGateway.billing.invoiceHistory(params);
        expect(result.invoices.length, label).toBeGreaterThan(0);
        expect(typeof result.pagination.has_more, label).toBe('boolean');
      }
      await settle();
      expect(violations).toEqual([]);
      expect(complaints()).toEqual([]);
    },
  );
});

describe('pagination requests against the spec', () => {
  it('asks for a second page of each endpoint in a form Prism accepts', async () => {
    const cf = prismClient({ apiToken: TOKEN });
    const pages = [];
    for await (const page of cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, per_page: 1 }).pages()) {
      if (pages.push(page) === 2) break;
    }
    for await (const page of cf.user.billing.history.list({ per_page: 5 }).pages()) {
      if (pages.push(page) === 4) break;
    }
    expect(pages).toHaveLength(4);
    await settle();
    expect(violations).toEqual([]);
    expect(complaints()).toEqual([]);
  });
});

describe('the contract check itself', () => {
  it('notices a request Prism rejects: the call fails and the violation is reported', async () => {
    // Bypasses the client's own validation through raw, which sends whatever it is given.
    const { response } = await prismClient({ apiToken: TOKEN }).raw.GET('/user/billing/history', {
      params: { query: { per_page: 51 } },
    });
    expect(response.status).toBe(422);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain('per_page must be <= 50');
    await waitForLog('Violation: request.query.per_page');
    expect(complaints()).toContainEqual(expect.stringContaining('Violation: request.query.per_page'));
  });
});
