/**
 * Logging as each factory has it: the default factory's is built in and set by `logLevel`,
 * `logger` and `CLOUDFLARE_LOG`, as it always was; the lite factory logs only through
 * `log: logging(...)` and refuses the default factory's options rather than ignore them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  CloudflareError,
  createCloudflareBillingClient,
  createCloudflareBillingClientLite,
  logging,
} from '../../generated/dist/index.js';
import { sendJson } from '../runtime/server.js';
import { HISTORY_PATH, TOKEN, failure, serveHistory, startFileServer } from './harness.js';

const server = await startFileServer();

afterEach(() => {
  delete process.env.CLOUDFLARE_LOG;
});

function collector() {
  const lines: string[] = [];
  const keep = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { lines, logger: { error: keep('error'), warn: keep('warn'), info: keep('info'), debug: keep('debug') } };
}

/** One 503, then a page: a call that retries once. */
function serveBusyOnce(): void {
  let calls = 0;
  server.route('GET', HISTORY_PATH, (_req, res) =>
    ++calls === 1
      ? sendJson(res, 503, failure(1, 'busy'), { 'retry-after': '0' })
      : sendJson(res, 200, { success: true, errors: [], messages: [], result: [] }),
  );
}

const base = { baseUrl: server.url, apiToken: TOKEN, warnOnDeprecated: false, retryBaseDelayMs: 0 } as const;

describe('the default factory logs through logLevel and logger', () => {
  it('writes a line per attempt at debug, and never the token', async () => {
    serveHistory(server, 3);
    const { lines, logger } = collector();
    await createCloudflareBillingClient({ ...base, logLevel: 'debug', logger }).user.billing.history.list();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^debug \[cloudflare-billing-client\] GET \/user\/billing\/history -> 200 in \d+ ms \(attempt 1\)$/,
    );
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it("says nothing of a retry at the default level 'warn', and takes its level from CLOUDFLARE_LOG", async () => {
    serveBusyOnce();
    const quiet = collector();
    await createCloudflareBillingClient({ ...base, logger: quiet.logger }).user.billing.history.list();
    expect(quiet.lines).toEqual([]);
    serveBusyOnce();
    process.env.CLOUDFLARE_LOG = 'info';
    const told = collector();
    await createCloudflareBillingClient({ ...base, logger: told.logger }).user.billing.history.list();
    expect(told.lines).toEqual([
      expect.stringMatching(/^info \[cloudflare-billing-client\] GET \/user\/billing\/history: 503, retrying in 0 ms/),
    ]);
  });

  it('refuses a logLevel that is no level', () => {
    const options = { ...base, logLevel: 'verbose' } as unknown as Parameters<typeof createCloudflareBillingClient>[0];
    expect(() => createCloudflareBillingClient(options)).toThrow(CloudflareError);
    expect(() => createCloudflareBillingClient(options)).toThrow(
      'The option logLevel must be one of off, error, warn, info, debug',
    );
  });

  it('lets the log option win over logLevel and logger', async () => {
    serveHistory(server, 1);
    const ignored = collector();
    const used = collector();
    const cf = createCloudflareBillingClient({
      ...base,
      logLevel: 'debug',
      logger: ignored.logger,
      log: logging({ level: 'debug', logger: used.logger }),
    });
    await cf.user.billing.history.list();
    expect([ignored.lines.length, used.lines.length]).toEqual([0, 1]);
  });
});

describe('the lite factory logs only through log', () => {
  it("refuses logLevel and logger, the default factory's, instead of ignoring them", () => {
    for (const given of [{ logLevel: 'debug' }, { logger: collector().logger }]) {
      const options = { ...base, ...given } as unknown as Parameters<typeof createCloudflareBillingClientLite>[0];
      expect(() => createCloudflareBillingClientLite(options)).toThrow(CloudflareError);
      expect(() => createCloudflareBillingClientLite(options)).toThrow(
        "logLevel and logger need the default factory: pass log: logging({ level, logger }) from 'cloudflare-billing-client'",
      );
    }
  });

  it('logs at the level logging() is given', async () => {
    serveHistory(server, 1);
    const { lines, logger } = collector();
    await createCloudflareBillingClientLite({
      ...base,
      log: logging({ level: 'debug', logger }),
    }).user.billing.history.list();
    expect(lines).toEqual([
      expect.stringMatching(/^debug \[cloudflare-billing-client\] GET \/user\/billing\/history -> 200/),
    ]);
  });
});
