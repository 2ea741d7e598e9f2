/** cf.raw, the openapi-fetch client underneath, sending the same credentials. */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, EMAIL, KEY, TOKEN, clientFor, serveHistory, serveInvoices, startFileServer } from './harness.js';

const server = await startFileServer();

describe('raw openapi-fetch client', () => {
  it("cf.raw.GET('/user/billing/history') sends the query and the token and returns the whole envelope", async () => {
    const items = serveHistory(server, 6);
    const { data, error, response } = await clientFor(server).raw.GET('/user/billing/history', {
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
    const cf = clientFor(server, { apiToken: undefined, apiEmail: EMAIL, apiKey: KEY });
    const { data } = await cf.raw.GET('/accounts/{account_id}/ai-gateway/billing/invoice-history', {
      params: { path: { account_id: ACCOUNT } },
    });
    expect(data?.result.invoices).toHaveLength(1);
    expect(server.requests[0]!.headers).toMatchObject({ 'x-auth-email': EMAIL, 'x-auth-key': KEY });
    expect(server.requests[0]!.headers['authorization']).toBeUndefined();
  });
});
