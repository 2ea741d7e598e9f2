/** The warning a deprecated operation logs, and the option that silences it. */
import { describe, expect, it, vi } from 'vitest';
import { ACCOUNT, TOKEN, drain, serveHistory, serveInvoices, startFileServer } from './harness.js';

const server = await startFileServer();

describe('deprecation warning', () => {
  const WARNING =
    '[cloudflare-billing-client] GET /user/billing/history is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)';

  /** The warning is once per process, so each test gets its own copy of the package. */
  async function freshPackage(): Promise<typeof import('../../generated/dist/index.js')> {
    vi.resetModules();
    return import('../../generated/dist/index.js');
  }

  function collector(): { warn(message: string): void; messages: string[] } {
    const messages: string[] = [];
    return { messages, warn: (message) => messages.push(message) };
  }

  it('warns once, through the log option, however often and by however many clients the method is called', async () => {
    const pkg = await freshPackage();
    serveHistory(server, 7);
    serveInvoices(server, 1);
    const logger = collector();
    const options = { baseUrl: server.url, apiToken: TOKEN, log: pkg.logging({ logger }) };
    const cf = pkg.createCloudflareBillingClient(options);
    await cf.user.billing.history.list({ per_page: 5 });
    await drain(cf.user.billing.history.list({ per_page: 5 }));
    await cf.aiGateway.billing.invoiceHistory({ account_id: ACCOUNT });
    const second = collector();
    await pkg
      .createCloudflareBillingClient({ ...options, log: pkg.logging({ logger: second }) })
      .user.billing.history.list();
    expect(logger.messages).toEqual([WARNING]);
    expect(second.messages).toEqual([]);
  });

  it('stays silent with warnOnDeprecated: false', async () => {
    const pkg = await freshPackage();
    serveHistory(server, 1);
    const logger = collector();
    const options = { baseUrl: server.url, apiToken: TOKEN, log: pkg.logging({ logger }) };
    await pkg.createCloudflareBillingClient({ ...options, warnOnDeprecated: false }).user.billing.history.list();
    expect(logger.messages).toEqual([]);
    // not just already warned: the same package still warns a client that did not opt out
    await pkg.createCloudflareBillingClient(options).user.billing.history.list();
    expect(logger.messages).toEqual([WARNING]);
  });

  it('is left to the next client when a client logs below warn (a quiet client does not use it up)', async () => {
    const pkg = await freshPackage();
    serveHistory(server, 1);
    const quiet = collector();
    const told = collector();
    const base = { baseUrl: server.url, apiToken: TOKEN };
    await pkg.createCloudflareBillingClient({ ...base, logLevel: 'off', logger: quiet }).user.billing.history.list();
    await pkg.createCloudflareBillingClient({ ...base, logger: told }).user.billing.history.list();
    expect([quiet.messages, told.messages]).toEqual([[], [WARNING]]);
  });
});
