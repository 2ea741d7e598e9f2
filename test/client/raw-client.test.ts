/** cf.raw, the openapi-fetch client underneath, sending the same credentials. */
import { describe, expect, it } from 'vitest';
import { CloudflareError, createCloudflareBillingClient } from '../../generated/dist/index.js';
import { withRaw } from '../../generated/dist/raw.js';
import { ACCOUNT, EMAIL, KEY, TOKEN, clientFor, serveHistory, serveInvoices, startFileServer } from './harness.js';

const server = await startFileServer();

describe('raw openapi-fetch client', () => {
  it("cf.raw.GET('/user/billing/history') sends the query and the token and returns the whole envelope", async () => {
    const items = serveHistory(server, 6);
    const { data, error, response } = await withRaw(clientFor(server)).raw.GET('/user/billing/history', {
      params: { query: { per_page: 5 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual({
      success: true,
      errors: [],
      messages: [],
      result: items.slice(0, 5),
      result_info: { page: 1, per_page: 5, count: 5, total_count: 6 },
    });
    expect(server.requests[0]!.query.get('per_page')).toBe('5');
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('sends X-Auth-Email and X-Auth-Key for an email + key client', async () => {
    serveInvoices(server, 1);
    const cf = withRaw(clientFor(server, { apiToken: undefined, apiEmail: EMAIL, apiKey: KEY }));
    const { data } = await cf.raw.GET('/accounts/{account_id}/ai-gateway/billing/invoice-history', {
      params: { path: { account_id: ACCOUNT } },
    });
    expect(data?.result.invoices).toHaveLength(1);
    expect(server.requests[0]!.headers).toMatchObject({ 'x-auth-email': EMAIL, 'x-auth-key': KEY });
    expect(server.requests[0]!.headers['authorization']).toBeUndefined();
  });
});

describe('raw is opt-in', () => {
  it('a client from the factory has no raw until withRaw adds it, to the same client', () => {
    const cf = createCloudflareBillingClient({ baseUrl: server.url, apiToken: TOKEN });
    expect('raw' in cf).toBe(false);
    const withIt = withRaw(cf);
    expect(withIt).toBe(cf);
    expect(typeof withIt.raw.GET).toBe('function');
  });

  it('refuses an object that is not a client, without touching it', () => {
    const impostor = {};
    expect(() => withRaw(impostor)).toThrow(CloudflareError);
    expect(Object.keys(impostor)).toEqual([]);
  });
});
