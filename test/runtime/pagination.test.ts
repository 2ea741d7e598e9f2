import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { OperationSpec, PaginationSpec } from '../../generator/runtime/descriptor.js';
import { APIUserAbortError, InvalidResponseError, PaginationLimitError } from '../../generator/runtime/errors.js';
import { PagePromise } from '../../generator/runtime/pagination.js';
import { HISTORY, clientFor, countingFetch, historyOp, invoiceOp, rejection, startFileServer } from './fixtures.js';
import { envelope, sendJson } from './server.js';

const server = await startFileServer();

const INVOICES = '/accounts/acc123/ai-gateway/billing/invoice-history';

interface Item {
  id: number;
}

function query(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://x').searchParams;
}

function pageOf(req: IncomingMessage): { page: number; perPage: number | undefined } {
  const perPage = query(req).get('per_page');
  return { page: Number(query(req).get('page') ?? 1), perPage: perPage === null ? undefined : Number(perPage) };
}

/** Items 1..total served page by page, with Cloudflare's total_count result_info. */
function serveHistory(total: number, serverPerPage = 3): void {
  server.route('GET', HISTORY, (req, res) => {
    const { page, perPage = serverPerPage } = pageOf(req);
    const items = Array.from({ length: total }, (_, i) => ({ id: i + 1 })).slice((page - 1) * perPage, page * perPage);
    sendJson(
      res,
      200,
      envelope(items, {
        page,
        per_page: perPage,
        count: items.length,
        total_count: total,
        total_pages: Math.ceil(total / perPage),
      }),
    );
  });
}

/** Invoices in pages given explicitly; has_more is true except on the last page. */
function serveInvoices(pages: Item[][]): void {
  server.route('GET', INVOICES, (req, res) => {
    const { page } = pageOf(req);
    sendJson(res, 200, envelope({ invoices: pages[page - 1] ?? [], pagination: { has_more: page < pages.length } }));
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const ids = (items: unknown[]): number[] => (items as Item[]).map((item) => item.id);
const list = (op: OperationSpec, options = {}) => clientFor(server.url, op, options).call;

describe('has_more pagination', () => {
  it('walks every item of every page exactly once, in order', async () => {
    serveInvoices([[{ id: 1 }, { id: 2 }], [{ id: 3 }, { id: 4 }], [{ id: 5 }]]);
    expect(ids(await collect(list(invoiceOp())({ account_id: 'acc123', per_page: 2 })))).toEqual([1, 2, 3, 4, 5]);
    // the first request is the call as made; the walk adds the page number from the second on
    expect(server.requests.map((r) => r.url)).toEqual([
      `${INVOICES}?per_page=2`,
      `${INVOICES}?page=2&per_page=2`,
      `${INVOICES}?page=3&per_page=2`,
    ]);
  });

  it('follows has_more past an empty page', async () => {
    serveInvoices([[{ id: 1 }], [], [{ id: 2 }]]);
    expect(ids(await collect(list(invoiceOp())({ account_id: 'acc123' })))).toEqual([1, 2]);
    expect(server.requests).toHaveLength(3);
  });

  it('pages() yields each page as the method value', async () => {
    serveInvoices([[{ id: 1 }], [{ id: 2 }]]);
    expect(await collect(list(invoiceOp())({ account_id: 'acc123' }).pages())).toEqual([
      { invoices: [{ id: 1 }], pagination: { has_more: true } },
      { invoices: [{ id: 2 }], pagination: { has_more: false } },
    ]);
  });

  it('throws PaginationLimitError after maxPages, naming the filled path', async () => {
    server.route('GET', INVOICES, (_req, res) =>
      sendJson(res, 200, envelope({ invoices: [{ id: 0 }], pagination: { has_more: true } })),
    );
    const seen: unknown[] = [];
    const error = (await rejection(
      (async () => {
        for await (const item of list(invoiceOp(), { maxPages: 5 })({ account_id: 'acc123' })) seen.push(item);
      })(),
    )) as PaginationLimitError;
    expect(error).toBeInstanceOf(PaginationLimitError);
    expect(error.maxPages).toBe(5);
    expect(error.path).toBe(INVOICES);
    expect(error.message).toBe(
      `GET ${INVOICES}: more than 5 pages (client option maxPages); narrow the query or raise maxPages`,
    );
    expect(seen).toHaveLength(5);
    expect(server.requests).toHaveLength(5);
  });
});

describe('total_count and total_pages pagination', () => {
  it('stops once the items received reach total_count', async () => {
    serveHistory(8);
    expect(ids(await collect(list(historyOp())({ per_page: 3 })))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(server.requests).toHaveLength(3);
  });

  it('keeps every item when the server serves fewer per page than asked, and starts from the requested page', async () => {
    serveHistory(7, 2);
    server.route('GET', HISTORY, (req, res) => {
      const { page } = pageOf(req); // the server caps per_page at 2 whatever is asked
      const items = [1, 2, 3, 4, 5].map((id) => ({ id })).slice((page - 1) * 2, page * 2);
      sendJson(res, 200, envelope(items, { page, per_page: 2, total_count: 5 }));
    });
    expect(ids(await collect(list(historyOp())({ per_page: 49 })))).toEqual([1, 2, 3, 4, 5]);
    server.reset();
    serveHistory(8);
    expect(ids(await collect(list(historyOp())({ page: 2, per_page: 3 })))).toEqual([4, 5, 6, 7, 8]);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['2', '3']);
  });

  it('stops on an empty page even if total_count says otherwise', async () => {
    server.route('GET', HISTORY, (req, res) => {
      const { page } = pageOf(req);
      sendJson(res, 200, envelope(page === 1 ? [{ id: 1 }] : [], { page, per_page: 1, total_count: 100 }));
    });
    expect(await collect(list(historyOp())({ per_page: 1 }))).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('stops on the last of total_pages', async () => {
    serveHistory(9);
    const pagination: PaginationSpec = {
      style: 'page',
      page: 'page',
      items: ['result'],
      totalPages: ['result_info', 'total_pages'],
    };
    expect(await collect(list(historyOp({ pagination }))({ per_page: 3 }))).toHaveLength(9);
    expect(server.requests).toHaveLength(3);
  });

  it('without a flag or a total, stops on a page shorter than the first, or empty', async () => {
    const pagination: PaginationSpec = { style: 'page', page: 'page', items: ['result'] };
    server.route('GET', HISTORY, (req, res) => {
      const { page } = pageOf(req);
      sendJson(res, 200, envelope(page < 3 ? [{ id: page * 10 }, { id: page * 10 + 1 }] : [{ id: 99 }]));
    });
    expect(ids(await collect(list(historyOp({ pagination }))({ per_page: 2 })))).toEqual([10, 11, 20, 21, 99]);
    expect(server.requests).toHaveLength(3);
  });
});

describe('cursor pagination', () => {
  const op: OperationSpec = {
    method: 'GET',
    path: '/events',
    query: ['cursor', 'limit'],
    security: [],
    response: 'json',
    pagination: { style: 'cursor', cursor: 'cursor', items: ['data'], next: ['meta', 'next'] },
  };

  it('sends the next cursor until there is none', async () => {
    const pages: Record<string, { data: Item[]; next: string | null }> = {
      '': { data: [{ id: 1 }], next: 'c2' },
      c2: { data: [{ id: 2 }], next: 'c3' },
      c3: { data: [{ id: 3 }], next: null },
    };
    server.route('GET', '/events', (req, res) => {
      const page = pages[query(req).get('cursor') ?? '']!;
      sendJson(res, 200, { data: page.data, meta: { next: page.next } });
    });
    expect(ids(await collect(list(op)({ limit: 1 })))).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/events?limit=1',
      '/events?cursor=c2&limit=1',
      '/events?cursor=c3&limit=1',
    ]);
  });

  it('stops when the server repeats the cursor it was sent', async () => {
    server.route('GET', '/events', (_req, res) => sendJson(res, 200, { data: [{ id: 1 }], meta: { next: 'same' } }));
    expect(await collect(list(op)({}))).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });
});

describe('PagePromise', () => {
  it('is lazy, resolves to the first page, and reuses that request for awaits and the walk', async () => {
    serveHistory(8);
    const counting = countingFetch();
    const pages = list(historyOp(), { fetch: counting.fetch })({ per_page: 3 });
    expect(pages).toBeInstanceOf(PagePromise);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(counting.count()).toBe(0);
    const first = await pages;
    expect(await pages).toBe(first);
    expect(first).toEqual({
      result: [{ id: 1 }, { id: 2 }, { id: 3 }],
      result_info: { page: 1, per_page: 3, count: 3, total_count: 8, total_pages: 3 },
    });
    expect(counting.count()).toBe(1);
    expect(await collect(pages)).toHaveLength(8);
    expect(counting.count()).toBe(3); // pages 2 and 3 only
  });

  it('has withResponse and asResponse for the first page', async () => {
    serveHistory(2);
    const { data, response } = await list(historyOp())({ per_page: 3 }).withResponse();
    expect(data.result).toHaveLength(2);
    expect(response.status).toBe(200);
    const raw: Response = await list(historyOp())({ per_page: 3 }).asResponse();
    expect(raw.bodyUsed).toBe(false);
    expect((await raw.json()).result_info.total_count).toBe(2);
  });

  it("stops a for-await at the next item when the call's signal aborts, not only at the next page", async () => {
    serveInvoices([[{ id: 1 }, { id: 2 }, { id: 3 }], [{ id: 4 }]]);
    const controller = new AbortController();
    const seen: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of list(invoiceOp())({ account_id: 'acc123' }, { signal: controller.signal })) {
          seen.push(item);
          if (seen.length === 1) controller.abort();
        }
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe(`GET ${INVOICES} was aborted`);
    expect(ids(seen)).toEqual([1]);
    expect(server.requests).toHaveLength(1);
  });

  it('supports .finally, which runs once the first page settles and passes the page through', async () => {
    serveHistory(2);
    let ran = 0;
    const page = await list(historyOp())({ per_page: 3 }).finally(() => ran++);
    expect(ran).toBe(1);
    expect((page as { result: unknown[] }).result).toHaveLength(2);
  });

  it('supports .catch and rejects a non-list where the items should be', async () => {
    server.route('GET', INVOICES, (_req, res) =>
      sendJson(res, 200, envelope({ invoices: 'nope', pagination: { has_more: false } })),
    );
    const error = await list(invoiceOp())({ account_id: 'acc123' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toContain('has no list at result.invoices');
  });
});
