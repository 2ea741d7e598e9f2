/** The lite factory: the same client without run-time validation, and without the validators in a bundle. */
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  CloudflareError,
  InternalServerError,
  RequestValidationError,
  createCloudflareBillingClientLite,
  pagination,
  retries,
} from '../../generated/dist/index.js';
import { sendJson } from '../runtime/server.js';
import {
  ACCOUNT,
  HISTORY_PATH,
  TOKEN,
  drain,
  failure,
  serveHistory,
  serveInvoices,
  startFileServer,
} from './harness.js';

const server = await startFileServer();
const ROOT = path.resolve(import.meta.dirname, '../..');

function lite() {
  return createCloudflareBillingClientLite({ baseUrl: server.url, apiToken: TOKEN, warnOnDeprecated: false });
}

function paging() {
  return createCloudflareBillingClientLite({
    baseUrl: server.url,
    apiToken: TOKEN,
    warnOnDeprecated: false,
    pagination,
  });
}

/** Bundles a small app the way a browser build would, and returns the minified code. */
async function bundleApp(lines: readonly string[]): Promise<string> {
  const result = await build({
    stdin: { contents: lines.join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const factoryApp = (factory: string, options = "{ apiToken: 't' }"): string[] => [
  `import { ${factory} } from './generated/dist/index.js';`,
  `export const cf = ${factory}(${options});`,
];

describe('the lite client', () => {
  it('calls both endpoints and, given pagination, pages through them like the full client', async () => {
    const items = serveHistory(server, 12);
    const invoices = serveInvoices(server, 7);
    expect(await drain(paging().user.billing.history.list({ per_page: 5 }))).toEqual(items);
    expect(await drain(paging().aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, per_page: 3 }))).toEqual(
      invoices,
    );
  });

  it('gives the first page without pagination (BREAKING: the lite client was async-iterable)', async () => {
    const items = serveHistory(server, 12);
    const call = lite().user.billing.history.list({ per_page: 5 });
    expect(Symbol.asyncIterator in call).toBe(false);
    expect((await call).result).toEqual(items.slice(0, 5));
    const { data, response } = await lite().user.billing.history.list({ per_page: 5 }).withResponse();
    expect([data.result.length, response.status]).toEqual([5, 200]);
    expect(server.requests).toHaveLength(2);
  });

  it('sends parameters unchecked, but still refuses what cannot be sent at all', async () => {
    serveHistory(server, 1);
    await lite().user.billing.history.list({ per_page: 51 });
    expect(server.requests[0]!.query.get('per_page')).toBe('51');
    await expect(lite().aiGateway.billing.invoiceHistory({ account_id: '' })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('leaves the parameter checks out of a bundle, where the default factory keeps them', async () => {
    // `occurred_at` with `date-time` is checked only by the parameter check.
    expect(await bundleApp(factoryApp('createCloudflareBillingClient'))).toContain('date-time');
    expect(await bundleApp(factoryApp('createCloudflareBillingClientLite'))).not.toContain('date-time');
  });

  it('refuses validateResponses when created, since it has no response validators', () => {
    const options = { baseUrl: server.url, apiToken: TOKEN, validateResponses: true } as unknown as Parameters<
      typeof createCloudflareBillingClientLite
    >[0];
    expect(() => createCloudflareBillingClientLite(options)).toThrow(CloudflareError);
    expect(() => createCloudflareBillingClientLite(options)).toThrow(/validateResponses needs the response validators/);
  });

  it('retries nothing unless given retries (BREAKING: the default factory retries, the lite one did)', async () => {
    let calls = 0;
    server.route('GET', HISTORY_PATH, (_req, res) =>
      ++calls === 1
        ? sendJson(res, 503, failure(1, 'busy'), { 'retry-after': '0' })
        : sendJson(res, 200, { success: true, errors: [], messages: [], result: [] }),
    );
    const options = { baseUrl: server.url, apiToken: TOKEN, warnOnDeprecated: false, retryBaseDelayMs: 0 };
    await expect(createCloudflareBillingClientLite(options).user.billing.history.list()).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(calls).toBe(1);
    calls = 0;
    const page = await createCloudflareBillingClientLite({ ...options, retries }).user.billing.history.list();
    expect(page.result).toEqual([]);
    expect(calls).toBe(2);
  });

  it('bundles the deprecation warning only with a deprecated operation', async () => {
    const app = (unit: string, resource: string): string[] => [
      "import { createClient } from './generated/dist/tree-shakable.js';",
      `import { ${resource} } from './generated/dist/units/${unit}.js';`,
      `export const cf = createClient({ apiToken: 't', resources: [${resource}] });`,
    ];
    const warning = 'is deprecated by';
    expect(await bundleApp(app('user', 'userBillingHistory'))).toContain(warning);
    expect(await bundleApp(app('ai-gateway', 'aiGatewayBilling'))).not.toContain(warning);
  });

  it('leaves the retry policy, the page walk and logging out of a bundle unless the app imports them', async () => {
    // Only the retry policy's jitter calls Math.random; only logging spells out a retry; only the
    // page walk can throw PaginationLimitError.
    const jitter = 'Math.random';
    const retrying = 'retrying in';
    const walk = 'raise maxPages';
    const lite = await bundleApp(factoryApp('createCloudflareBillingClientLite'));
    expect(lite).not.toContain(jitter);
    expect(lite).not.toContain(retrying);
    expect(lite).not.toContain(walk);
    const full = await bundleApp(factoryApp('createCloudflareBillingClient'));
    expect(full).toContain(jitter);
    expect(full).toContain(walk);
    const opted = await bundleApp([
      "import { createCloudflareBillingClientLite, logging, pagination, retries } from './generated/dist/index.js';",
      "export const cf = createCloudflareBillingClientLite({ apiToken: 't', retries, pagination, log: logging() });",
    ]);
    expect(opted).toContain(walk);
    expect(opted).toContain(jitter);
    expect(opted).toContain(retrying);
  });

  it('leaves the response validators and raw out of a bundle unless the app imports them', async () => {
    // `invoice_pdf` is an Invoice field: only the response validators spell it out.
    // `parseAs` is read only by raw.
    for (const factory of ['createCloudflareBillingClient', 'createCloudflareBillingClientLite']) {
      const code = await bundleApp(factoryApp(factory));
      expect(code).not.toContain('invoice_pdf');
      expect(code).not.toContain('parseAs');
    }
    const validating = await bundleApp([
      "import { responseValidators } from './generated/dist/response-validators.js';",
      ...factoryApp('createCloudflareBillingClient', "{ apiToken: 't', validateResponses: responseValidators }"),
    ]);
    expect(validating).toContain('invoice_pdf');
    const withRaw = await bundleApp([
      "import { withRaw } from './generated/dist/raw.js';",
      ...factoryApp('createCloudflareBillingClient').map((line) => line.replace(/= (.*);$/, '= withRaw($1);')),
    ]);
    expect(withRaw).toContain('parseAs');
  });
});
