/**
 * The generated client against Prism, a mock server built from the same spec: every request the
 * client sends must pass Prism's request validation (parameters, security), and with
 * `validateResponses` on, Prism's examples must pass the generated response validators.
 *
 * `--errors` turns a violation into an error response, so the call itself would reject; Prism also
 * names violations in an `sl-violations` response header and in its log, and both are checked.
 * Only first pages: the mock answers has_more: true on every page, forever.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCloudflareBillingClient,
  type CloudflareBillingClient,
  type CloudflareBillingClientOptions,
  type ListAiGatewayInvoiceHistoryParams,
  type ListUserBillingHistoryParams,
} from '../../generated/dist/index.js';
import { withRaw } from '../../generated/dist/raw.js';
import { responseValidators } from '../../generated/dist/response-validators.js';
import { startPrism, type Prism } from '../support/prism.js';
import { ACCOUNT, EMAIL, KEY, TOKEN } from './harness.js';

// Generous: Prism takes seconds to start on a loaded machine; the wait ends as soon as it listens.
const STARTUP_MS = 50_000;

let prism: Prism;
let baseUrl: string;
/** Where the current test's part of the log starts. */
let logStart = 0;
/** `sl-violations` headers Prism sent, one entry per response that had one. */
const violations: string[] = [];

beforeAll(async () => {
  prism = await startPrism('spec/openapi.yaml', { args: ['--errors'], startupMs: STARTUP_MS });
  baseUrl = prism.url;
  expect(complaints()).toEqual([]);
});

afterAll(async () => {
  await prism?.stop();
  expect(prism?.alive()).toBe(false);
});

beforeEach(() => {
  violations.length = 0;
  logStart = prism.log().length;
});

/** A client on Prism that checks Prism's bodies against the spec and records `sl-violations`. */
function prismClient(credentials: CloudflareBillingClientOptions): CloudflareBillingClient {
  return createCloudflareBillingClient({
    baseUrl,
    ...credentials,
    validateResponses: responseValidators,
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
  return prism
    .log()
    .slice(logStart)
    .split('\n')
    .filter((line) => /violation|\b(error|warning|fatal)\b|✖|⚠/i.test(line));
}

/** Lets Prism finish logging the requests made so far (it logs violations after responding). */
async function settle(): Promise<void> {
  const responses = (): number => prism.log().split('Responding with').length;
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
  while (!prism.log().slice(logStart).includes(text) && Date.now() < deadline) await delay(20);
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
    const { response } = await withRaw(prismClient({ apiToken: TOKEN })).raw.GET('/user/billing/history', {
      params: { query: { per_page: 51 } },
    });
    expect(response.status).toBe(422);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain('per_page must be <= 50');
    await waitForLog('Violation: request.query.per_page');
    expect(complaints()).toContainEqual(expect.stringContaining('Violation: request.query.per_page'));
  });
});
