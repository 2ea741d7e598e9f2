/**
 * Part of the client section: what each client costs per call once the network is taken out. Every client gets
 * an in-memory fetch answering with the same pre-serialised body; the floor is raw fetch plus
 * JSON.parse through that same fetch, and a client's overhead is its median minus the floor's.
 */
import { CONTENDERS, type BillingCalls, type Contender, type Role } from './contenders.js';
import { BILLING_PAGE_SIZE, billingHistoryPage, INVOICE_PAGE_SIZE, invoiceHistoryPage } from './fixtures.js';
import { memoryFetch } from './memory-fetch.js';
import { errorMessage, num, ratio, table, type Goal } from './report.js';
import { pairedDifferenceUs, probe, ROUND_TIME_MS, ROUNDS, runTasks, type TaskFigures } from './tinybench.js';

interface Endpoint {
  readonly label: string;
  readonly short: string;
  readonly body: unknown;
  readonly items: number;
  readonly call: (calls: BillingCalls) => () => Promise<number>;
}

const ENDPOINTS: readonly Endpoint[] = [
  {
    label: `GET /user/billing/history, first page of ${BILLING_PAGE_SIZE}`,
    short: 'billing history',
    body: billingHistoryPage(1, BILLING_PAGE_SIZE, 2000),
    items: BILLING_PAGE_SIZE,
    call: (calls) => calls.billingHistory,
  },
  {
    label: `GET /accounts/{account_id}/ai-gateway/billing/invoice-history, first page of ${INVOICE_PAGE_SIZE}`,
    short: 'invoice history',
    body: invoiceHistoryPage(1, INVOICE_PAGE_SIZE, 200),
    items: INVOICE_PAGE_SIZE,
    call: (calls) => calls.invoiceHistory,
  },
];

interface Row {
  readonly role: Role;
  readonly figures: TaskFigures;
}

interface EndpointResult {
  readonly endpoint: Endpoint;
  readonly rows: readonly Row[];
}

/** A client's call, checked once before timing (right item count, one request); a client that fails becomes a marked row. */
async function prepare(contender: Contender, endpoint: Endpoint): Promise<(() => Promise<number>) | string> {
  try {
    const memory = memoryFetch(endpoint.body);
    const call = endpoint.call(contender.create(memory.fetch));
    const failure = await probe(async () => {
      const items = await call();
      if (items !== endpoint.items) throw new Error(`got ${items} items, expected ${endpoint.items}`);
      if (memory.calls() !== 1) throw new Error(`made ${memory.calls()} requests for one call`);
    });
    return failure ?? call;
  } catch (error) {
    return errorMessage(error);
  }
}

async function measureEndpoint(endpoint: Endpoint): Promise<EndpointResult> {
  const prepared = await Promise.all(
    CONTENDERS.map(async (contender) => ({ contender, call: await prepare(contender, endpoint) })),
  );
  const tasks = prepared.flatMap(({ contender, call }) =>
    typeof call === 'string' ? [] : [{ name: contender.name, fn: call, async: true }],
  );
  const measured = await runTasks(`client overhead: ${endpoint.label}`, tasks);
  const rows = prepared.map(({ contender, call }): Row => {
    const figures = measured.find((task) => task.name === contender.name);
    const error = typeof call === 'string' ? call : 'not run';
    return {
      role: contender.role,
      figures: figures ?? { name: contender.name, roundMediansUs: [], samples: 0, error },
    };
  });
  return { endpoint, rows };
}

const figuresOf = (rows: readonly Row[], role: Role): TaskFigures | undefined =>
  rows.find((row) => row.role === role)?.figures;

/** Median minus the raw median, paired round by round. */
function overhead(rows: readonly Row[], role: Role): number | undefined {
  return pairedDifferenceUs(figuresOf(rows, role), figuresOf(rows, 'raw'));
}

function divide(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}

function endpointTable(result: EndpointResult): string {
  const rows = result.rows.map(({ role, figures }) => [
    figures.name,
    figures.error ? `failed: ${figures.error}` : num(figures.opsPerSec),
    num(figures.medianUs),
    role === 'raw' ? '0 (floor)' : num(overhead(result.rows, role)),
    role === 'raw' ? '' : ratio(divide(overhead(result.rows, role), overhead(result.rows, 'openapi-fetch'))),
    role === 'raw' ? '' : ratio(divide(overhead(result.rows, role), overhead(result.rows, 'official'))),
  ]);
  return table(
    [
      { title: 'client' },
      { title: 'ops/s', align: 'right' },
      { title: 'median µs/call', align: 'right' },
      { title: 'overhead µs above raw', align: 'right' },
      { title: 'overhead ÷ openapi-fetch', align: 'right' },
      { title: 'overhead ÷ official', align: 'right' },
    ],
    rows,
  );
}

function goals(results: readonly EndpointResult[]): Goal[] {
  const each = (test: (rows: readonly Row[]) => number | undefined, limit: number): Goal['met'] => {
    const values = results.map((result) => test(result.rows));
    return values.some((value) => value === undefined)
      ? undefined
      : values.every((value) => (value ?? Infinity) <= limit);
  };
  const detail = (test: (rows: readonly Row[]) => number | undefined): string =>
    results.map((result) => `${result.endpoint.short}: ${ratio(test(result.rows))}`).join(', ');
  const versus =
    (role: Role, rival: Role) =>
    (rows: readonly Row[]): number | undefined =>
      divide(overhead(rows, role), overhead(rows, rival));
  const goal = (text: string, role: Role, rival: Role, limit: number): Goal => ({
    text,
    met: each(versus(role, rival), limit),
    detail: detail(versus(role, rival)),
  });
  return [
    goal(
      "per-call overhead above raw fetch, default options: at most openapi-fetch's (≤ 1.00×)",
      'ours',
      'openapi-fetch',
      1,
    ),
    goal("per-call overhead above raw fetch: at most 0.4× the official SDK's", 'ours', 'official', 0.4),
    goal(
      "per-call overhead with response validation: at most 1.3× openapi-fetch's",
      'ours-validated',
      'openapi-fetch',
      1.3,
    ),
  ];
}

/** Both GET endpoints, every contender: the body text and the goals. */
export async function clientOverhead(): Promise<{ body: string; goals: Goal[] }> {
  const results: EndpointResult[] = [];
  for (const endpoint of ENDPOINTS) results.push(await measureEndpoint(endpoint));
  const body = [
    '**Per-call overhead** (network taken out): each client gets a `fetch` that answers from memory (one pre-serialised ' +
      'body, a fresh `Response` per call), so only the work around the network is timed. Ours runs with its defaults ' +
      'except `maxRetries: 0` and `warnOnDeprecated: false` (parameter validation on); the official SDK with `maxRetries: 0`. ' +
      `${ROUNDS} rounds of ${ROUND_TIME_MS} ms per client (tinybench, warmed up), interleaved; "median" is the median of ` +
      'the round medians, "overhead" the median over rounds of (client − raw) within the round. Ratios compare overheads.',
    ...results.flatMap((result) => [`**${result.endpoint.label}**`, endpointTable(result)]),
  ].join('\n\n');
  return { body, goals: goals(results) };
}
