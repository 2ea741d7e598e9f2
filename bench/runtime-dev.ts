/**
 * The new runtime's own bench, for its development: `npx tsx bench/runtime-dev.ts [section...]`
 * with sections `overhead`, `post`, `signals`, `size` (default: all).
 *
 * - overhead: per-call cost above raw fetch + JSON.parse, on an in-memory fetch (one
 *   pre-serialised body, a fresh Response per call), for openapi-fetch alone, the official
 *   `cloudflare` SDK and ours (parameter validation on; response validation off, then on), all
 *   interleaved by tinybench rounds. Ratios compare overheads.
 * - post: a JSON POST through ours and through openapi-fetch, the same way.
 * - signals: what each way of giving an attempt a timeout costs on this platform.
 * - size: esbuild bundles (minified, gzip -9) of bench/size-apps/runtime-app*.ts.
 *
 * Ours is bench/size-apps/runtime-units.ts: hand-written descriptors and checks in the shape the
 * rebuilt generator will emit, over generator/runtime/.
 */
import { gzipSync } from 'node:zlib';
import Cloudflare from 'cloudflare';
import { build } from 'esbuild';
import createOpenapiFetch from 'openapi-fetch';
import { Deadlines } from '../generator/runtime/deadline.js';
import {
  ACCOUNT_ID,
  API_TOKEN,
  BILLING_PAGE_SIZE,
  billingHistoryPage,
  INVOICE_PAGE_SIZE,
  invoiceHistoryPage,
} from './fixtures.js';
import { memoryFetch, type FetchLike } from './memory-fetch.js';
import { bytes, num, ratio, table } from './report.js';
import { createCloudflareBillingClient, createTagsClient } from './size-apps/runtime-units.js';
import { pairedDifferenceUs, probe, runTasks, type BenchTask, type TaskFigures } from './tinybench.js';

const BASE_URL = 'https://api.cloudflare.com/client/v4';
const BILLING = '/user/billing/history';
const INVOICES = '/accounts/{account_id}/ai-gateway/billing/invoice-history';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

/** One contender: a name and, given a fetch, the call to time (it returns the items it read). */
interface Contender {
  readonly name: string;
  readonly make: (fetch: FetchLike) => () => Promise<number>;
}

function raw(path: string, pick: (body: Untyped) => number): Contender['make'] {
  return (fetch) => {
    const init = { headers: { authorization: `Bearer ${API_TOKEN}` } };
    return async () => pick(JSON.parse(await (await fetch(`${BASE_URL}${path}`, init)).text()));
  };
}

function ours(validateResponses: boolean, call: (client: Untyped) => Promise<number>): Contender['make'] {
  return (fetch) => {
    const client = createCloudflareBillingClient({
      apiToken: API_TOKEN,
      baseUrl: BASE_URL,
      fetch,
      maxRetries: 0,
      warnOnDeprecated: false,
      validateResponses,
    });
    return () => call(client);
  };
}

function official(call: (client: Cloudflare) => Promise<number>): Contender['make'] {
  return (fetch) => {
    const client = new Cloudflare({ apiToken: API_TOKEN, baseURL: BASE_URL, fetch, maxRetries: 0, logLevel: 'off' });
    return () => call(client);
  };
}

function openapiFetch(call: (client: Untyped) => Promise<number>): Contender['make'] {
  return (fetch) => {
    const client = createOpenapiFetch({ baseUrl: BASE_URL, fetch, headers: { authorization: `Bearer ${API_TOKEN}` } });
    return () => call(client);
  };
}

interface Endpoint {
  readonly label: string;
  readonly body: unknown;
  readonly items: number;
  readonly contenders: readonly Contender[];
}

const ENDPOINTS: readonly Endpoint[] = [
  {
    label: `GET ${BILLING}, first page of ${BILLING_PAGE_SIZE}`,
    body: billingHistoryPage(1, BILLING_PAGE_SIZE, 2000),
    items: BILLING_PAGE_SIZE,
    contenders: [
      { name: 'raw fetch + JSON.parse', make: raw(`${BILLING}?per_page=${BILLING_PAGE_SIZE}`, (b) => b.result.length) },
      {
        name: 'openapi-fetch alone',
        make: openapiFetch(
          async (c) =>
            (await c.GET(BILLING, { params: { query: { per_page: BILLING_PAGE_SIZE } } })).data.result.length,
        ),
      },
      {
        name: 'official cloudflare SDK',
        make: official(async (c) => (await c.user.billing.history.list({ per_page: BILLING_PAGE_SIZE })).result.length),
      },
      {
        name: 'ours',
        make: ours(
          false,
          async (c) => (await c.user.billing.history.list({ per_page: BILLING_PAGE_SIZE })).result.length,
        ),
      },
      {
        name: 'ours, validateResponses',
        make: ours(
          true,
          async (c) => (await c.user.billing.history.list({ per_page: BILLING_PAGE_SIZE })).result.length,
        ),
      },
    ],
  },
  {
    label: `GET ${INVOICES}, first page of ${INVOICE_PAGE_SIZE}`,
    body: invoiceHistoryPage(1, INVOICE_PAGE_SIZE, 200),
    items: INVOICE_PAGE_SIZE,
    contenders: [
      {
        name: 'raw fetch + JSON.parse',
        make: raw(INVOICES.replace('{account_id}', ACCOUNT_ID), (b) => b.result.invoices.length),
      },
      {
        name: 'openapi-fetch alone',
        make: openapiFetch(
          async (c) =>
            (await c.GET(INVOICES, { params: { path: { account_id: ACCOUNT_ID } } })).data.result.invoices.length,
        ),
      },
      {
        name: 'official cloudflare SDK',
        make: official(
          async (c) => (await c.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID })).invoices.length,
        ),
      },
      {
        name: 'ours',
        make: ours(
          false,
          async (c) => (await c.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID })).invoices.length,
        ),
      },
      {
        name: 'ours, validateResponses',
        make: ours(
          true,
          async (c) => (await c.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT_ID })).invoices.length,
        ),
      },
    ],
  },
  {
    label: 'POST /accounts/{account_id}/tags, a JSON body of three fields',
    body: { success: true, errors: [], messages: [], result: { id: 'tag_1', name: 'billing', color: 'red' } },
    items: 1,
    contenders: [
      {
        name: 'raw fetch + JSON.parse',
        make: (fetch) => async () => {
          const init = {
            method: 'POST',
            headers: { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' },
            body: JSON.stringify({ name: 'billing', color: 'red' }),
          };
          return JSON.parse(await (await fetch(`${BASE_URL}/accounts/${ACCOUNT_ID}/tags`, init)).text()).result ? 1 : 0;
        },
      },
      {
        name: 'openapi-fetch alone',
        make: openapiFetch(async (c) =>
          (
            await c.POST('/accounts/{account_id}/tags', {
              params: { path: { account_id: ACCOUNT_ID } },
              body: { name: 'billing', color: 'red' },
            })
          ).data.result
            ? 1
            : 0,
        ),
      },
      {
        name: 'ours',
        make: (fetch) => {
          const client = createTagsClient({ apiToken: API_TOKEN, baseUrl: BASE_URL, fetch, maxRetries: 0 });
          return async () =>
            (await client.tags.create({ account_id: ACCOUNT_ID, name: 'billing', color: 'red' })).id ? 1 : 0;
        },
      },
    ],
  },
];

async function overhead(endpoint: Endpoint): Promise<void> {
  const tasks: BenchTask[] = [];
  for (const contender of endpoint.contenders) {
    const memory = memoryFetch(endpoint.body);
    const call = contender.make(memory.fetch);
    const failure = await probe(async () => {
      const items = await call();
      if (items !== endpoint.items) throw new Error(`got ${items} items, expected ${endpoint.items}`);
    });
    if (failure) throw new Error(`${contender.name}: ${failure}`);
    tasks.push({ name: contender.name, fn: call, async: true });
  }
  const figures = await runTasks(endpoint.label, tasks);
  const floor = figures[0];
  const over = (name: string): number | undefined => pairedDifferenceUs(find(figures, name), floor);
  const rows = figures.map((f, i) => [
    f.name,
    num(f.medianUs),
    i === 0 ? '0 (floor)' : num(over(f.name)),
    i === 0 ? '' : ratio(divide(over(f.name), over('openapi-fetch alone'))),
    i === 0 ? '' : ratio(divide(over(f.name), over('official cloudflare SDK'))),
  ]);
  console.log(`\n**${endpoint.label}**\n`);
  console.log(
    table(
      [
        { title: 'client' },
        { title: 'median µs/call', align: 'right' },
        { title: 'overhead µs', align: 'right' },
        { title: '÷ openapi-fetch', align: 'right' },
        { title: '÷ official', align: 'right' },
      ],
      rows,
    ),
  );
}

function find(figures: readonly TaskFigures[], name: string): TaskFigures | undefined {
  return figures.find((f) => f.name === name);
}

function divide(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b <= 0 ? undefined : a / b;
}

/** What giving one attempt a timeout costs, each way, synchronously (no request). */
async function signals(): Promise<void> {
  const caller = new AbortController().signal;
  const deadlines = new Deadlines(60_000);
  const keep: unknown[] = new Array(1024);
  let i = 0;
  const tasks: BenchTask[] = [
    { name: 'nothing', fn: () => (keep[i++ & 1023] = caller), async: false },
    {
      name: 'AbortController + setTimeout + clearTimeout',
      fn: () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        keep[i++ & 1023] = controller.signal;
        clearTimeout(timer);
      },
      async: false,
    },
    { name: 'AbortSignal.timeout()', fn: () => (keep[i++ & 1023] = AbortSignal.timeout(60_000)), async: false },
    {
      name: 'AbortSignal.any([caller, timeout()])',
      fn: () => (keep[i++ & 1023] = AbortSignal.any([caller, AbortSignal.timeout(60_000)])),
      async: false,
    },
    {
      name: 'ours, no caller signal (shared slot)',
      fn: () => (keep[i++ & 1023] = deadlines.scope(60_000, undefined).signal),
      async: false,
    },
    {
      name: 'ours, with a caller signal (own controller)',
      fn: () => {
        const scope = deadlines.scope(60_000, caller);
        keep[i++ & 1023] = scope.signal;
        scope.close();
      },
      async: false,
    },
  ];
  const figures = await runTasks('timeout signal per attempt', tasks);
  console.log('\n**A timeout signal per attempt**\n');
  console.log(
    table(
      [{ title: 'way' }, { title: 'median µs', align: 'right' }],
      figures.map((f) => [f.name, num(f.medianUs)]),
    ),
  );
  console.log(
    `(rss after: ${Math.round(process.memoryUsage().rss / 1e6)} MB: AbortSignal.timeout keeps each timer until it fires)`,
  );
}

async function size(): Promise<void> {
  const rows: string[][] = [];
  for (const app of ['runtime-app', 'runtime-app-lite']) {
    const result = await build({
      entryPoints: [`bench/size-apps/${app}.ts`],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      outfile: `${app}.js`,
      logLevel: 'silent',
    });
    const output = result.outputFiles[0]!.contents;
    rows.push([app, bytes(output.byteLength), bytes(gzipSync(output, { level: 9 }).byteLength)]);
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
      .map(([file, { bytesInOutput }]) => [file.replace(/^.*\//, ''), bytesInOutput] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]);
    if (process.argv.includes('--modules')) console.log(`\n${app}: ${inputs.map(([f, n]) => `${f} ${n}`).join(', ')}`);
  }
  console.log('\n**Bundle of an app making both calls** (esbuild, minified, browser ESM; gzip -9)\n');
  console.log(
    table([{ title: 'app' }, { title: 'minified', align: 'right' }, { title: 'gzip', align: 'right' }], rows),
  );
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const run = (section: string): boolean => wanted.length === 0 || wanted.includes(section);
if (run('size')) await size();
if (run('overhead')) for (const endpoint of ENDPOINTS.slice(0, 2)) await overhead(endpoint);
if (run('post')) await overhead(ENDPOINTS[2]!);
if (run('signals')) await signals();
