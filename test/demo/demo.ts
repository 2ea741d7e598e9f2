/**
 * `npm run demo`: the generated client against a local mock of the Cloudflare API, walking every
 * page of both endpoints and printing what came back. No account or network needed.
 *
 * `npm run demo -- --live [--account <id>]` does the same against api.cloudflare.com with the
 * credentials in CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  AuthenticationError,
  CloudflareAPIError,
  CloudflareError,
  createCloudflareBillingClient,
  logging,
  type BillingHistory,
  type CloudflareBillingClient,
  type CloudflareBillingClientOptions,
  type Invoice,
} from '../../generated/dist/index.js';
import { responseValidators } from '../../generated/dist/response-validators.js';
import { DEMO_ACCOUNT_ID, startMockCloudflare } from './mock-cloudflare.js';
import { formatTable, type Column } from './table.js';

const USAGE = `Usage: npm run demo [-- --live [--account ID]] [-- --no-validate]

  (no flags)      run against a local mock of the Cloudflare API (no account needed)
  --live          call api.cloudflare.com with CLOUDFLARE_API_TOKEN
                  (or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY)
  --account ID    the account whose AI Gateway invoices to list (default: CLOUDFLARE_ACCOUNT_ID);
                  without one, --live lists billing history only
  --no-validate   do not check response bodies against the spec (validateResponses: false)`;

export type Print = (line: string) => void;

interface DemoOptions {
  readonly live: boolean;
  readonly accountId: string | undefined;
  readonly validate: boolean;
}

/** Runs the demo and returns the exit code: 0 done, 1 bad flags, missing credentials or an API error. */
export async function runDemo(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print: Print = console.log,
): Promise<number> {
  let options: DemoOptions | undefined;
  try {
    options = parseOptions(argv, env);
  } catch (error) {
    print(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (options === undefined) {
    print(USAGE);
    return 0;
  }
  return options.live ? runLive(options, env, print) : runMock(options, print);
}

function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): DemoOptions | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      live: { type: 'boolean', default: false },
      account: { type: 'string' },
      validate: { type: 'boolean', default: true },
      help: { type: 'boolean', default: false },
    },
    allowNegative: true,
    strict: true,
  });
  if (values.help) return undefined;
  return {
    live: values.live,
    accountId: values.account ?? (env['CLOUDFLARE_ACCOUNT_ID'] || undefined),
    validate: values.validate,
  };
}

async function runMock(options: DemoOptions, print: Print): Promise<number> {
  const api = await startMockCloudflare();
  try {
    print(`Mock Cloudflare API on ${api.url} (npm run demo -- --live calls the real one)`);
    return await walkBoth({ apiToken: 'demo-token', baseUrl: api.url }, DEMO_ACCOUNT_ID, options, print);
  } finally {
    await api.close();
  }
}

async function runLive(options: DemoOptions, env: NodeJS.ProcessEnv, print: Print): Promise<number> {
  const token = env['CLOUDFLARE_API_TOKEN'];
  const legacy = env['CLOUDFLARE_EMAIL'] && env['CLOUDFLARE_API_KEY'];
  if (!token && !legacy) {
    print(
      '--live needs credentials: set CLOUDFLARE_API_TOKEN (a token with Billing Read and AI Gateway Read),\nor CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY.',
    );
    return 1;
  }
  print('Cloudflare API at https://api.cloudflare.com/client/v4');
  // Only the token or the email+key pair, never both: the client reads the environment itself.
  const credentials: CloudflareBillingClientOptions = token ? { apiToken: token } : {};
  return walkBoth(credentials, options.accountId, options, print);
}

/** Both endpoints, each walked with `for await`; stops at the first error and explains it. */
async function walkBoth(
  credentials: CloudflareBillingClientOptions,
  accountId: string | undefined,
  options: DemoOptions,
  print: Print,
): Promise<number> {
  const counter = pageCounter();
  const cf = createCloudflareBillingClient({
    ...credentials,
    fetch: counter.fetch,
    validateResponses: options.validate && responseValidators,
    log: logging({ level: 'warn', logger: { warn: (message) => print(`note: ${message}`) } }),
  });
  try {
    await billingHistory(cf, counter, print);
    if (accountId === undefined) print('\n(no --account or CLOUDFLARE_ACCOUNT_ID: AI Gateway invoices skipped)');
    else await invoices(cf, accountId, counter, print);
    return 0;
  } catch (error) {
    if (!(error instanceof CloudflareError)) throw error;
    print(`\nerror: ${error.name}: ${error.message}`);
    if (error instanceof AuthenticationError)
      print('hint: check the token, and that it has Billing Read / AI Gateway Read');
    else if (error instanceof CloudflareAPIError && error.requestId) print(`cf-ray: ${error.requestId}`);
    return 1;
  }
}

async function billingHistory(cf: CloudflareBillingClient, counter: PageCounter, print: Print): Promise<void> {
  print('\nGET /user/billing/history   cf.user.billing.history.list({ per_page: 50 })');
  const started = counter.start();
  const items: BillingHistory[] = [];
  for await (const item of cf.user.billing.history.list({ per_page: 50 })) items.push(item);
  for (const line of formatTable(BILLING_COLUMNS, items)) print(line);
  print(counter.summary(items.length, 'items', started));
}

async function invoices(
  cf: CloudflareBillingClient,
  accountId: string,
  counter: PageCounter,
  print: Print,
): Promise<void> {
  print(
    `\nGET /accounts/{account_id}/ai-gateway/billing/invoice-history   cf.aiGateway.billing.invoiceHistory({ account_id: '${accountId}' })`,
  );
  const started = counter.start();
  const items: Invoice[] = [];
  for await (const invoice of cf.aiGateway.billing.invoiceHistory({ account_id: accountId })) items.push(invoice);
  for (const line of formatTable(INVOICE_COLUMNS, items)) print(line);
  print(counter.summary(items.length, 'invoices', started));
}

const BILLING_COLUMNS: readonly Column<BillingHistory>[] = [
  { header: '#', value: (_, index) => String(index + 1), align: 'right' },
  { header: 'occurred_at', value: (item) => item.occurred_at.slice(0, 16).replace('T', ' ') },
  { header: 'type', value: (item) => item.type },
  { header: 'action', value: (item) => item.action },
  { header: 'amount', value: (item) => item.amount.toFixed(2), align: 'right' },
  { header: 'currency', value: (item) => item.currency },
  { header: 'description', value: (item) => truncate(item.description, 48) },
];

const INVOICE_COLUMNS: readonly Column<Invoice>[] = [
  { header: '#', value: (_, index) => String(index + 1), align: 'right' },
  {
    header: 'created',
    value: (invoice) =>
      invoice.created === undefined ? '' : new Date(invoice.created * 1000).toISOString().slice(0, 10),
  },
  { header: 'id', value: (invoice) => invoice.id ?? '' },
  { header: 'status', value: (invoice) => invoice.status ?? '' },
  { header: 'origin', value: (invoice) => invoice.invoice_origin ?? '' },
  { header: 'amount_due', value: (invoice) => String(invoice.amount_due), align: 'right' },
  { header: 'amount_paid', value: (invoice) => String(invoice.amount_paid), align: 'right' },
  { header: 'currency', value: (invoice) => invoice.currency },
];

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}

/** The fetch the client calls: `(input, init)`, as `globalThis.fetch`. */
type Fetch = NonNullable<CloudflareBillingClientOptions['fetch']>;

interface PageCounter {
  readonly fetch: Fetch;
  start(): { readonly pages: number; readonly at: number };
  summary(count: number, noun: string, started: { readonly pages: number; readonly at: number }): string;
}

/** Pages are the 2xx responses the client received: a retried failure is not a page. */
function pageCounter(): PageCounter {
  let pages = 0;
  return {
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (response.ok) pages++;
      return response;
    },
    start: () => ({ pages, at: performance.now() }),
    summary: (count, noun, started) => {
      const fetched = pages - started.pages;
      return `${count} ${noun}, ${fetched} ${fetched === 1 ? 'page' : 'pages'}, ${Math.round(performance.now() - started.at)} ms`;
    },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await runDemo(process.argv.slice(2), process.env);
}
