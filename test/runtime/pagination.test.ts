import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { InvalidResponseError, PaginationLimitError } from '../../generator/runtime/errors.js';
import { PagePromise } from '../../generator/runtime/pagination.js';
import {
  INVOICE_PATH,
  countingFetch,
  historyOp,
  invoiceOp,
  makeCore,
  rejection,
  startFileServer,
  type Op,
  type Params,
} from './fixtures.js';
import { envelope, sendJson } from './server.js';

const server = await startFileServer();

const HISTORY = '/user/billing/history';
const INVOICES = '/accounts/acc123/ai-gateway/billing/invoice-history';

interface Item {
  id: number;
}

function pageOf(req: IncomingMessage): { page: number; perPage: number | undefined } {
  const query = new URL(req.url ?? '/', 'http://x').searchParams;
  const perPage = query.get('per_page');
  return { page: Number(query.get('page') ?? 1), perPage: perPage === null ? undefined : Number(perPage) };
}

/** Items 1..total served page by page, with Cloudflare's total_count result_info. */
function serveHistory(total: number, serverPerPage = 3): void {
  server.route('GET', HISTORY, (req, res) => {
    const { page, perPage = serverPerPage } = pageOf(req);
    const items = Array.from({ length: total }, (_, i) => ({ id: i + 1 })).slice((page - 1) * perPage, page * perPage);
    sendJson(res, 200, envelope(items, { page, per_page: perPage, count: items.length, total_count: total }));
  });
}

/** Invoices in pages given explicitly; has_more is true except on the last page. */
function serveInvoices(pages: Item[][]): void {
  server.route('GET', INVOICES, (req, res) => {
    const { page } = pageOf(req);
    const invoices = pages[page - 1] ?? [];
    sendJson(res, 200, envelope({ invoices, pagination: { has_more: page < pages.length } }));
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('has_more pagination', () => {
  it('walks every item of every page exactly once, in order', async () => {
    serveInvoices([[{ id: 1 }, { id: 2 }], [{ id: 3 }, { id: 4 }], [{ id: 5 }]]);
    const core = makeCore(server.url);
    const items = await collect(
      core.list<Params, unknown, unknown, Item>(invoiceOp(), { account_id: 'acc123', per_page: 2 }),
    );
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.map((r) => r.url)).toEqual([1, 2, 3].map((p) => `${INVOICES}?page=${p}&per_page=2`));
  });

  it('follows has_more past an empty page', async () => {
    serveInvoices([[{ id: 1 }], [], [{ id: 2 }]]);
    const items = await collect(
      makeCore(server.url).list<Params, unknown, unknown, Item>(invoiceOp(), { account_id: 'acc123' }),
    );
    expect(items.map((i) => i.id)).toEqual([1, 2]);
    expect(server.requests).toHaveLength(3);
  });

  it('pages() yields each page as the method value', async () => {
    serveInvoices([[{ id: 1 }], [{ id: 2 }], [{ id: 3 }]]);
    const pages = await collect(makeCore(server.url).list(invoiceOp(), { account_id: 'acc123' }).pages());
    expect(pages).toEqual([
      { invoices: [{ id: 1 }], pagination: { has_more: true } },
      { invoices: [{ id: 2 }], pagination: { has_more: true } },
      { invoices: [{ id: 3 }], pagination: { has_more: false } },
    ]);
  });

  it('throws PaginationLimitError after maxPages when has_more never ends', async () => {
    server.route('GET', INVOICES, (_req, res) =>
      sendJson(res, 200, envelope({ invoices: [{ id: 0 }], pagination: { has_more: true } })),
    );
    const seen: Item[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of makeCore(server.url, { maxPages: 5 }).list<Params, unknown, unknown, Item>(
          invoiceOp(),
          { account_id: 'acc123' },
        )) {
          seen.push(item);
        }
      })(),
    );
    expect(error).toBeInstanceOf(PaginationLimitError);
    expect((error as PaginationLimitError).maxPages).toBe(5);
    expect(error.message).toBe(
      `GET ${INVOICE_PATH}: more than 5 pages (client option maxPages); narrow the query or raise maxPages`,
    );
    expect(error.message).toContain('maxPages');
    expect(seen).toHaveLength(5);
    expect(server.requests).toHaveLength(5);
  });
});

describe('total_count pagination', () => {
  it('walks 3 pages and stops when page * per_page reaches total_count', async () => {
    serveHistory(8);
    const items = await collect(
      makeCore(server.url).list<Params, unknown, unknown, Item>(historyOp(), { per_page: 3 }),
    );
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(server.requests).toHaveLength(3);
  });

  it('stops exactly at a full last page without an extra request', async () => {
    serveHistory(9);
    expect(await collect(makeCore(server.url).list(historyOp(), { per_page: 3 }))).toHaveLength(9);
    expect(server.requests).toHaveLength(3);
  });

  it("uses the server's per_page when no per_page is requested or it capped the request", async () => {
    serveHistory(7, 3);
    expect(await collect(makeCore(server.url).list(historyOp(), {}))).toHaveLength(7);
    expect(server.requests).toHaveLength(3);
    server.reset();
    server.route('GET', HISTORY, (req, res) => {
      const { page } = pageOf(req); // the server caps per_page at 2 whatever is asked
      const items = [1, 2, 3, 4, 5].map((id) => ({ id })).slice((page - 1) * 2, page * 2);
      sendJson(res, 200, envelope(items, { page, per_page: 2, total_count: 5 }));
    });
    const items = await collect(
      makeCore(server.url).list<Params, unknown, unknown, Item>(historyOp(), { per_page: 50 - 1 }),
    );
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('starts from the requested page', async () => {
    serveHistory(8);
    const items = await collect(
      makeCore(server.url).list<Params, unknown, unknown, Item>(historyOp(), { page: 2, per_page: 3 }),
    );
    expect(items.map((i) => i.id)).toEqual([4, 5, 6, 7, 8]);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['2', '3']);
  });

  it('stops on an empty page even if total_count says otherwise', async () => {
    server.route('GET', HISTORY, (req, res) => {
      const { page } = pageOf(req);
      sendJson(res, 200, envelope(page === 1 ? [{ id: 1 }] : [], { page, per_page: 1, total_count: 100 }));
    });
    expect(await collect(makeCore(server.url).list(historyOp(), { per_page: 1 }))).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });
});

describe('no flag, no total', () => {
  const bare = (): Op => historyOp({ pagination: { pageParam: 'page', perPageParam: 'per_page', items: ['result'] } });

  it('stops on a page shorter than per_page', async () => {
    server.route('GET', HISTORY, (req, res) => {
      const { page } = pageOf(req);
      sendJson(res, 200, envelope(page < 3 ? [{ id: page * 10 }, { id: page * 10 + 1 }] : [{ id: 99 }]));
    });
    const items = await collect(makeCore(server.url).list<Params, unknown, unknown, Item>(bare(), { per_page: 2 }));
    expect(items.map((i) => i.id)).toEqual([10, 11, 20, 21, 99]);
    expect(server.requests).toHaveLength(3);
  });

  it('without per_page, stops on a page shorter than the first, or empty', async () => {
    server.route('GET', HISTORY, (req, res) => {
      const { page } = pageOf(req);
      sendJson(res, 200, envelope(page === 1 ? [{ id: 1 }, { id: 2 }] : page === 2 ? [{ id: 3 }, { id: 4 }] : []));
    });
    expect(await collect(makeCore(server.url).list(bare(), {}))).toHaveLength(4);
    expect(server.requests).toHaveLength(3);
  });
});

describe('PagePromise', () => {
  it('is lazy, resolves to the first page, and awaiting twice sends one request', async () => {
    serveHistory(8);
    const { fetch, calls } = countingFetch();
    const list = makeCore(server.url, { fetch }).list(historyOp(), { per_page: 3 });
    expect(list).toBeInstanceOf(PagePromise);
    // An eager list would have called fetch by now: nothing before it waits on I/O.
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toHaveLength(0);
    const first = await list;
    const again = await list;
    expect(first).toEqual({
      result: [{ id: 1 }, { id: 2 }, { id: 3 }],
      result_info: { page: 1, per_page: 3, count: 3, total_count: 8 },
    });
    expect(again).toBe(first);
    expect(server.requests).toHaveLength(1);
    // iterating starts its own run
    expect(await collect(list)).toHaveLength(8);
    expect(server.requests).toHaveLength(4);
  });

  it('supports .catch and rejects a non-list where the items should be', async () => {
    server.route('GET', INVOICES, (_req, res) =>
      sendJson(res, 200, envelope({ invoices: 'nope', pagination: { has_more: false } })),
    );
    const error = await makeCore(server.url)
      .list(invoiceOp(), { account_id: 'acc123' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toContain('has no list at result.invoices');
  });
});
