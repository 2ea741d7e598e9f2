import { beforeEach, describe, expect, it, vi } from 'vitest';
import { historyOp, invoiceOp, makeCore, startFileServer, type Params } from './fixtures.js';
import { envelope, errorEnvelope, sendJson } from './server.js';

const server = await startFileServer();
// Registered after startFileServer's reset, so it runs after it.
beforeEach(() => server.route('GET', '/user/billing/history', (_req, res) => sendJson(res, 200, envelope([]))));

describe('deprecation warnings', () => {
  it('warns once per deprecated operation, through console.warn by default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const op = historyOp({ deprecated: true });
      const core = makeCore(server.url, { warnOnDeprecated: true });
      await core.call(op, {});
      await core.call(op, {});
      await makeCore(server.url, { warnOnDeprecated: true }).call(op, {}); // per process, not per client
      await core.call(historyOp(), {}); // not deprecated
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toBe(
        '[cloudflare-billing-client] GET /user/billing/history is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)',
      );
      await core.call(historyOp({ deprecated: true }), {}); // another operation
      expect(warn).toHaveBeenCalledTimes(2);
    } finally {
      warn.mockRestore();
    }
  });

  it('is silenced by warnOnDeprecated: false and can go to a logger', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const logged: string[] = [];
    try {
      await makeCore(server.url, { warnOnDeprecated: false }).call(historyOp({ deprecated: true }), {});
      expect(warn).not.toHaveBeenCalled();
      await makeCore(server.url, { warnOnDeprecated: true, logger: { warn: (m) => logged.push(m) } }).call(
        historyOp({ deprecated: true }),
        {},
      );
      expect(warn).not.toHaveBeenCalled();
      expect(logged).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('concurrency', () => {
  it('1000 concurrent calls on one client each get their own result', async () => {
    const failedOnce = new Set<string>();
    server.route('GET', '/accounts/acc/ai-gateway/billing/invoice-history', (req, res) => {
      const type = new URL(req.url ?? '/', 'http://x').searchParams.get('type') ?? '';
      // every 10th call fails once first, so retries interleave with first attempts
      if (Number(type) % 10 === 0 && !failedOnce.has(type)) {
        failedOnce.add(type);
        sendJson(res, 503, errorEnvelope(1, 'busy'), { 'retry-after': '0' });
        return;
      }
      sendJson(res, 200, envelope({ invoices: [{ id: `inv-${type}` }], pagination: { has_more: false } }));
    });
    const core = makeCore(server.url);
    const op = invoiceOp();
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        core.call<Params, unknown, { invoices: { id: string }[] }>(op, { account_id: 'acc', type: String(i) }),
      ),
    );
    results.forEach((result, i) => expect(result.invoices[0]!.id).toBe(`inv-${i}`));
    expect(server.requests).toHaveLength(1100);
  });
});
