/** Which credentials the generated client sends, from options or from the environment. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CloudflareError, MissingCredentialsError, createCloudflareBillingClient } from '../../generated/dist/index.js';
import {
  ACCOUNT,
  EMAIL,
  ENDPOINTS,
  KEY,
  TOKEN,
  callEndpoint,
  clientFor,
  rejection,
  serveHistory,
  serveInvoices,
  startFileServer,
  withEnv,
} from './harness.js';

const server = await startFileServer();

/** The generated package's own version: the User-Agent carries it. */
const VERSION = (
  JSON.parse(readFileSync(new URL('../../generated/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

function serveBoth(): void {
  serveHistory(server, 1);
  serveInvoices(server, 1);
}

const HALF_PAIR =
  'apiEmail and apiKey go together: pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail (or set CLOUDFLARE_EMAIL) and apiKey (or set CLOUDFLARE_API_KEY)';

describe('authentication headers', () => {
  it.each(ENDPOINTS)(
    'sends an API token as Authorization: Bearer, and no X-Auth headers, to the %s endpoint',
    async (endpoint) => {
      serveBoth();
      await callEndpoint(clientFor(server), endpoint);
      const { headers } = server.requests[0]!;
      expect(headers['authorization']).toBe(`Bearer ${TOKEN}`);
      expect(headers['x-auth-email']).toBeUndefined();
      expect(headers['x-auth-key']).toBeUndefined();
      expect(headers['user-agent']).toBe(`cloudflare-billing-client/${VERSION}`);
    },
  );

  it.each(ENDPOINTS)(
    'sends an email and a Global API key as X-Auth-Email and X-Auth-Key, and no Authorization, to the %s endpoint',
    async (endpoint) => {
      serveBoth();
      await callEndpoint(clientFor(server, { apiToken: undefined, apiEmail: EMAIL, apiKey: KEY }), endpoint);
      const { headers } = server.requests[0]!;
      expect(headers['x-auth-email']).toBe(EMAIL);
      expect(headers['x-auth-key']).toBe(KEY);
      expect(headers['authorization']).toBeUndefined();
    },
  );

  it('uses only the token when a client has both schemes, as the spec lists the token first', async () => {
    serveBoth();
    await callEndpoint(clientFor(server, { apiEmail: EMAIL, apiKey: KEY }), 'history');
    const { headers } = server.requests[0]!;
    expect(headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(headers['x-auth-email']).toBeUndefined();
    expect(headers['x-auth-key']).toBeUndefined();
  });

  it('sends per-call headers alongside the credentials', async () => {
    serveBoth();
    await clientFor(server).aiGateway.billing.invoiceHistory(
      { account_id: ACCOUNT },
      { headers: { 'X-Trace': 'abc' } },
    );
    expect(server.requests[0]!.headers).toMatchObject({ 'x-trace': 'abc', authorization: `Bearer ${TOKEN}` });
  });
});

describe('credentials from the environment', () => {
  it('falls back to CLOUDFLARE_API_TOKEN when no credential option is given', async () => {
    serveBoth();
    await withEnv({ CLOUDFLARE_API_TOKEN: TOKEN }, () =>
      callEndpoint(clientFor(server, { apiToken: undefined }), 'invoices'),
    );
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('falls back to CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY together', async () => {
    serveBoth();
    await withEnv({ CLOUDFLARE_EMAIL: EMAIL, CLOUDFLARE_API_KEY: KEY }, () =>
      callEndpoint(clientFor(server, { apiToken: undefined }), 'history'),
    );
    expect(server.requests[0]!.headers['x-auth-email']).toBe(EMAIL);
    expect(server.requests[0]!.headers['x-auth-key']).toBe(KEY);
    expect(server.requests[0]!.headers['authorization']).toBeUndefined();
  });

  it('lets an option win over the environment variable of the same credential', async () => {
    serveBoth();
    await withEnv({ CLOUDFLARE_API_TOKEN: 'tok_from_the_environment' }, () =>
      callEndpoint(clientFor(server), 'history'),
    );
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('restores the environment afterwards, so these tests leave no variable behind', async () => {
    await withEnv({ CLOUDFLARE_API_TOKEN: TOKEN }, async () => expect(process.env['CLOUDFLARE_API_TOKEN']).toBe(TOKEN));
    expect(process.env['CLOUDFLARE_API_TOKEN']).toBeUndefined();
  });

  it('rejects with MissingCredentialsError naming every option and variable, and sends nothing, when there are none', async () => {
    const error = await rejection(callEndpoint(clientFor(server, { apiToken: undefined }), 'invoices'));
    expect(error).toBeInstanceOf(MissingCredentialsError);
    expect(error.message).toBe(
      `GET /accounts/{account_id}/ai-gateway/billing/invoice-history needs credentials: pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail (or set CLOUDFLARE_EMAIL) and apiKey (or set CLOUDFLARE_API_KEY)`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    { given: { apiKey: KEY }, half: 'apiKey' },
    { given: { apiEmail: EMAIL }, half: 'apiEmail' },
  ])('refuses half of the email + key pair when the client is created: $half alone', ({ given }) => {
    expect(() => createCloudflareBillingClient({ baseUrl: server.url, ...given })).toThrow(
      new CloudflareError(HALF_PAIR),
    );
  });

  it('refuses half a pair from the environment too, naming the options and no value', async () => {
    await withEnv({ CLOUDFLARE_API_KEY: KEY }, async () =>
      expect(() => createCloudflareBillingClient({ baseUrl: server.url })).toThrow(new CloudflareError(HALF_PAIR)),
    );
  });
});
