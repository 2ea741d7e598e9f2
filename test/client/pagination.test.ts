/** Walking every page of both endpoints, item by item or page by page. */
import { describe, expect, it } from 'vitest';
import { PaginationLimitError } from '../../generated/dist/index.js';
import {
  ACCOUNT,
  HISTORY_PATH,
  INVOICE_PATH,
  clientFor,
  drain,
  rejection,
  serveHistory,
  serveInvoices,
  startFileServer,
} from './harness.js';

const server = await startFileServer();

describe('auto-pagination with for await', () => {
  it('walks every billing history item of three pages exactly once, in order, asking for the first page, then page 2 and 3', async () => {
    const all = serveHistory(server, 13);
    const seen: string[] = [];
    const cf = clientFor(server);
    for await (const item of cf.user.billing.history.list({ per_page: 5, order: 'occurred_at' })) {
      seen.push(item.id);
    }
    expect(seen).toEqual(all.map((item) => item.id));
    const queries = server.hits('GET', HISTORY_PATH).map((r) => Object.fromEntries(r.query));
    expect(queries).toEqual([
      // The first request leaves page out (the server's default, 1), as the caller did.
      { per_page: '5', order: 'occurred_at' },
      { page: '2', per_page: '5', order: 'occurred_at' },
      { page: '3', per_page: '5', order: 'occurred_at' },
    ]);
  });

  it('walks every invoice of three pages exactly once, in order, following pagination.has_more', async () => {
    const all = serveInvoices(server, 5);
    const seen: (string | null | undefined)[] = [];
    const cf = clientFor(server);
    for await (const item of cf.aiGateway.billing.invoiceHistory({
      account_id: ACCOUNT,
      per_page: 2,
      type: 'manual',
    })) {
      seen.push(item.id);
    }
    expect(seen).toEqual(all.map((item) => item.id));
    const queries = server.hits('GET', INVOICE_PATH).map((r) => Object.fromEntries(r.query));
    expect(queries).toEqual([
      { per_page: '2', type: 'manual' },
      { page: '2', per_page: '2', type: 'manual' },
      { page: '3', per_page: '2', type: 'manual' },
    ]);
  });

  it('starts from the requested page and walks on from there', async () => {
    const all = serveHistory(server, 12);
    const seen: string[] = [];
    for await (const item of clientFor(server).user.billing.history.list({ page: 2, per_page: 5 })) seen.push(item.id);
    expect(seen).toEqual(all.slice(5).map((item) => item.id));
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['2', '3']);
  });

  it('fetches only the first page when the method is awaited', async () => {
    serveInvoices(server, 5);
    const first = await clientFor(server).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, per_page: 2 });
    expect(first.invoices.map((i) => i.id)).toEqual(['inv1', 'inv2']);
    expect(server.requests).toHaveLength(1);
  });

  it('stops with PaginationLimitError once maxPages pages are fetched and the server still has more', async () => {
    serveInvoices(server, 5);
    const cf = clientFor(server, { maxPages: 2 });
    const error = await rejection(drain(cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, per_page: 2 })));
    expect(error).toBeInstanceOf(PaginationLimitError);
    // The path as filled in, so that the error says which account's walk ran long.
    expect({ ...error }).toMatchObject({ method: 'GET', path: INVOICE_PATH, maxPages: 2 });
    expect(error.message).toBe(
      `GET ${INVOICE_PATH}: more than 2 pages (client option maxPages); narrow the query or raise maxPages`,
    );
    expect(server.requests).toHaveLength(2);
  });
});

describe('.pages()', () => {
  it('yields each billing history page as { result, result_info }', async () => {
    serveHistory(server, 11);
    const pages = [];
    for await (const page of clientFor(server).user.billing.history.list({ per_page: 5 }).pages()) pages.push(page);
    expect(pages.map((p) => p.result.length)).toEqual([5, 5, 1]);
    expect(pages.map((p) => p.result_info)).toEqual(
      [1, 2, 3].map((page) => ({ page, per_page: 5, count: page < 3 ? 5 : 1, total_count: 11 })),
    );
  });

  it('yields each invoice page as { invoices, pagination }', async () => {
    serveInvoices(server, 6);
    const pages = [];
    const cf = clientFor(server);
    for await (const page of cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, per_page: 2 }).pages()) {
      pages.push(page);
    }
    expect(pages.map((p) => p.invoices.map((i) => i.id))).toEqual([
      ['inv1', 'inv2'],
      ['inv3', 'inv4'],
      ['inv5', 'inv6'],
    ]);
    expect(pages.map((p) => p.pagination.has_more)).toEqual([true, true, false]);
  });
});
