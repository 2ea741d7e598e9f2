import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type OperationDescriptor } from '../../generator/runtime/core.js';
import { createCloudflareBillingClient } from '../../generated/src/index.js';
import { envelope, sendJson, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const bodyOp: OperationDescriptor<Record<string, unknown>, unknown> = {
  method: 'DELETE',
  path: '/things/{id}',
  params: { path: ['id'], query: [], header: [] },
  security: [],
  validateParams: (value) => ({ ok: true, value: value as Record<string, unknown> }),
  unwrap: 'body',
  deprecated: false,
};

const core = () => createCore({ baseUrl: server.url, userAgent: 'x/1', credentials: [] }, {});

describe('operations without an envelope', () => {
  it('resolve a 204 No Content to undefined', async () => {
    server.route('DELETE', '/things/1', (_request, response) => {
      response.writeHead(204);
      response.end();
    });
    await expect(core().call(bodyOp, { id: '1' })).resolves.toBeUndefined();
  });

  it('resolve a body that is not JSON to its text', async () => {
    server.route('DELETE', '/things/2', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.end('a,b\n1,2\n');
    });
    await expect(core().call(bodyOp, { id: '2' })).resolves.toBe('a,b\n1,2\n');
  });
});

describe('total_count pagination', () => {
  it('gets every item when the server serves fewer per page than asked, without saying so', async () => {
    server.route('GET', '/user/billing/history', (request, response) => {
      const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? '1');
      const ids = page <= 5 ? Array.from({ length: 20 }, (_, index) => ({ id: `p${page}-${index}` })) : [];
      sendJson(response, 200, envelope(ids, { page, count: ids.length, total_count: 100 }));
    });
    const client = createCloudflareBillingClient({
      baseUrl: server.url,
      apiToken: 'token-123456',
      warnOnDeprecated: false,
    });
    const items: unknown[] = [];
    for await (const item of client.user.billing.history.list({ per_page: 50 })) items.push(item);
    expect(items).toHaveLength(100);
    expect(server.hits('GET', '/user/billing/history')).toHaveLength(5);
  });
});
