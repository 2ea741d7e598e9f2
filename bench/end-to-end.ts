/**
 * Section `end-to-end` (full mode, or named): every item of a 2,000-item billing history, fetched with `for await` over a real
 * HTTP server on 127.0.0.1: ours (without and with response validation) against the official
 * SDK's auto-pagination. Runs alternate between clients so that drift hits all of them alike.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloudflareBillingClient } from '../generated/dist/index.js';
import { responseValidators } from '../generated/dist/response-validators.js';
import { officialClient } from './contenders.js';
import { API_TOKEN, BILLING_PAGE_SIZE, billingHistoryPage } from './fixtures.js';
import { errorMessage, median, num, ratio, table, type SectionResult } from './report.js';

const TOTAL_ITEMS = 2000;
const WARMUP_RUNS = 3;
const MEASURED_RUNS = 21;

interface BillingServer {
  readonly baseUrl: string;
  /** Requests served since the last call. */
  readonly takeRequestCount: () => number;
  readonly close: () => Promise<void>;
}

/** Serves GET /user/billing/history?page=&per_page= over TOTAL_ITEMS items; pages are serialised once. */
async function startServer(): Promise<BillingServer> {
  const cache = new Map<string, string>();
  const pageBody = (page: number, perPage: number): string => {
    const key = `${page}/${perPage}`;
    let body = cache.get(key);
    if (body === undefined) cache.set(key, (body = JSON.stringify(billingHistoryPage(page, perPage, TOTAL_ITEMS))));
    return body;
  };
  let requests = 0;
  const server = http.createServer((request, response) => {
    requests++;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/user/billing/history') {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"success":false,"errors":[{"code":7000,"message":"No route"}],"messages":[],"result":null}');
      return;
    }
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'));
    const perPage = Math.min(50, Math.max(5, Number(url.searchParams.get('per_page') ?? '20')));
    response.writeHead(200, { 'content-type': 'application/json' }).end(pageBody(page, perPage));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    takeRequestCount: () => {
      const count = requests;
      requests = 0;
      return count;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Walker {
  readonly name: string;
  readonly role: 'ours' | 'ours-validated' | 'official';
  /** Counts every item of every page. */
  readonly walk: () => Promise<number>;
}

function walkers(baseUrl: string): Walker[] {
  const ours = (validateResponses: boolean): (() => Promise<number>) => {
    const cf = createCloudflareBillingClient({
      apiToken: API_TOKEN,
      baseUrl,
      maxRetries: 0,
      validateResponses: validateResponses && responseValidators,
      warnOnDeprecated: false,
    });
    return async () => {
      let count = 0;
      for await (const item of cf.user.billing.history.list({ per_page: BILLING_PAGE_SIZE })) count += item.id ? 1 : 0;
      return count;
    };
  };
  const official = officialClient(undefined, baseUrl);
  return [
    { name: 'ours', role: 'ours', walk: ours(false) },
    { name: 'ours, validateResponses', role: 'ours-validated', walk: ours(true) },
    {
      name: 'official cloudflare SDK',
      role: 'official',
      walk: async () => {
        let count = 0;
        for await (const item of official.user.billing.history.list({ per_page: BILLING_PAGE_SIZE }))
          count += item.id ? 1 : 0;
        return count;
      },
    },
  ];
}

interface WalkResult {
  readonly walker: Walker;
  readonly runsMs: number[];
  /** HTTP requests one full walk made. */
  requests: number;
  error?: string;
}

/** One timed walk; a walk that does not see all TOTAL_ITEMS items is a failure, not a figure. */
async function timedWalk(result: WalkResult, server: BillingServer): Promise<number> {
  server.takeRequestCount();
  const started = performance.now();
  const items = await result.walker.walk();
  const elapsed = performance.now() - started;
  result.requests = server.takeRequestCount();
  if (items !== TOTAL_ITEMS) throw new Error(`${result.walker.name} got ${items} items, expected ${TOTAL_ITEMS}`);
  return elapsed;
}

async function measure(server: BillingServer): Promise<WalkResult[]> {
  const results: WalkResult[] = walkers(server.baseUrl).map((walker) => ({ walker, runsMs: [], requests: 0 }));
  for (let run = 0; run < WARMUP_RUNS + MEASURED_RUNS; run++) {
    for (const result of results) {
      if (result.error !== undefined) continue;
      try {
        const elapsed = await timedWalk(result, server);
        if (run >= WARMUP_RUNS) result.runsMs.push(elapsed);
      } catch (error) {
        result.error = errorMessage(error);
      }
    }
  }
  return results;
}

function report(results: readonly WalkResult[]): SectionResult {
  const officialMs = results.find((result) => result.walker.role === 'official' && result.error === undefined);
  const officialMedian = officialMs ? median(officialMs.runsMs) : undefined;
  const rows = results.map((result) => {
    const ms = result.error === undefined ? median(result.runsMs) : undefined;
    return [
      result.walker.name,
      result.error === undefined ? num(ms) : `failed: ${result.error}`,
      result.error === undefined ? `${num(Math.min(...result.runsMs))}–${num(Math.max(...result.runsMs))}` : '',
      String(result.requests),
      ms === undefined ? '' : num((TOTAL_ITEMS / ms) * 1000),
      ms === undefined || officialMedian === undefined ? 'n/a' : ratio(ms / officialMedian),
    ];
  });
  const body = [
    `A \`node:http\` server on 127.0.0.1 serves ${TOTAL_ITEMS.toLocaleString('en-US')} billing-history items at ` +
      `per_page ${BILLING_PAGE_SIZE} (${TOTAL_ITEMS / BILLING_PAGE_SIZE} pages, \`result_info.total_count\` set). ` +
      `Each client walks every item with \`for await\` over real HTTP (Node's fetch); ${WARMUP_RUNS} warm-up runs, then ` +
      `${MEASURED_RUNS} timed runs per client, interleaved. Every run is checked to have seen all ${TOTAL_ITEMS.toLocaleString('en-US')} items.`,
    table(
      [
        { title: 'client' },
        { title: 'median ms', align: 'right' },
        { title: 'min–max ms', align: 'right' },
        { title: 'requests per walk', align: 'right' },
        { title: 'items/s', align: 'right' },
        { title: '÷ official', align: 'right' },
      ],
      rows,
    ),
    requestNote(results),
  ].join('\n\n');
  return { id: 'end-to-end', title: 'End to end: 2,000 items over loopback HTTP (full mode only)', body, goals: [] };
}

/** Why request counts differ, when they do. */
function requestNote(results: readonly WalkResult[]): string {
  const ours = results.find((result) => result.walker.role === 'ours')?.requests;
  const official = results.find((result) => result.walker.role === 'official')?.requests;
  if (ours === undefined || official === undefined || ours === official)
    return 'Both clients made the same number of requests.';
  return (
    `The official SDK made ${official} requests per walk to our ${ours}: it stops only on an empty page, where ours ` +
    'stops once `page × per_page ≥ result_info.total_count`.'
  );
}

export async function endToEnd(): Promise<SectionResult> {
  const server = await startServer();
  try {
    return report(await measure(server));
  } finally {
    await server.close();
  }
}
