import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../generator/runtime/descriptor.js';
import {
  APIConnectionError,
  CloudflareAPIError,
  CloudflareError,
  InvalidResponseError,
  RedirectError,
} from '../../generator/runtime/errors.js';
import { fail } from '../../generator/runtime/keywords.js';
import { causeCode, excerpt, redactor, requestId, sanitizeCause } from '../../generator/runtime/redact.js';
import {
  EMAIL,
  HISTORY,
  KEY,
  SECRETS,
  TOKEN,
  callOnce,
  clientFor,
  historyOp,
  rejection,
  type TestOptions,
} from './fixtures.js';
import { envelope, errorEnvelope, sendJson, sendRaw, startServer, type TestServer } from './server.js';

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  server = await startServer();
  other = await startServer(); // another port: another origin
});
afterAll(async () => {
  await server.close();
  await other.close();
});
beforeEach(() => {
  server.reset();
  other.reset();
  other.fallback((_req, res) => sendJson(res, 200, envelope(['stolen'])));
});

const op = historyOp({ pagination: undefined });
const at = (path: string): OperationSpec => historyOp({ path, pagination: undefined });
const redirect = (status: number, location: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(status, { location, 'content-length': '0' });
  res.end();
};

/** Every string reachable from an error, the ways a person or a log would see it. */
function everyView(error: unknown): string {
  const parts = [inspect(error, { depth: 10, showHidden: true }), String(error)];
  try {
    parts.push(JSON.stringify(error));
  } catch {
    // circular: inspect covered it
  }
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    parts.push(e.message, e.stack ?? '', JSON.stringify(e) ?? '');
  return parts.join('\n');
}

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('refuses a %i to another origin and sends it nothing', async (status) => {
    server.route('GET', HISTORY, redirect(status, `${other.url}/steal?x=1`));
    const error = (await rejection(callOnce(server.url, op, {}, { apiEmail: EMAIL, apiKey: KEY }))) as RedirectError;
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toBeInstanceOf(CloudflareAPIError);
    expect(error.status).toBe(status);
    expect(error.message).toBe(`GET ${HISTORY} failed with status ${status}: redirected to ${other.url}, not followed`);
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1); // not retried
  });

  it('redacts a credential the Location puts in the host name, which the URL parser lower-cases', async () => {
    server.route('GET', HISTORY, redirect(302, `https://${TOKEN}.evil.example/x`));
    const error = await rejection(callOnce(server.url, op));
    expect(error.message).toBe(
      `GET ${HISTORY} failed with status 302: redirected to https://[redacted].evil.example, not followed`,
    );
    expect(everyView(error).toLowerCase()).not.toContain(TOKEN.toLowerCase());
  });
});

describe('redaction', () => {
  const redact = redactor([TOKEN, 'short']);

  it('is case-insensitive, covers percent-encoded forms, and skips placeholders under 6 characters', () => {
    expect(redact(`a ${TOKEN} b ${TOKEN.toLowerCase()} c ${TOKEN.toUpperCase()}`)).toBe(
      'a [redacted] b [redacted] c [redacted]',
    );
    const odd = redactor(['p@ss word/1']);
    expect(odd(`x=${encodeURIComponent('p@ss word/1')}&y=${encodeURI('p@ss word/1')}`)).toBe(
      'x=[redacted]&y=[redacted]',
    );
    expect(odd('P%40SS%20WORD%2F1'.toLowerCase())).toBe('[redacted]');
    expect(redact('short')).toBe('short');
  });

  it('masks a credential that contains another whole, whichever is given first', () => {
    // An API key that starts with the email, say: the shorter must not match first and leave the rest.
    for (const secrets of [
      ['abcdef', 'abcdefghijkl'],
      ['abcdefghijkl', 'abcdef'],
    ])
      expect(redactor(secrets)('key abcdefghijkl, email abcdef')).toBe('key [redacted], email [redacted]');
  });

  it('happens before truncation: no prefix of a credential survives the cut', () => {
    const text = `${'x'.repeat(90)}${TOKEN}`;
    const shown = excerpt(text, redact);
    expect(shown).toBe(`${'x'.repeat(90)}[redacted]`);
    expect(excerpt(`${'x'.repeat(95)}${TOKEN}`, redact)).toBe(`${'x'.repeat(95)}[reda…`);
  });

  it('applies to the excerpt of a body that is not JSON', async () => {
    server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, `${'x'.repeat(90)}${TOKEN.toUpperCase()} and more`));
    const error = (await rejection(callOnce(server.url, op))) as InvalidResponseError;
    expect(error.excerpt).toBe(`${'x'.repeat(90)}[redacted]…`);
  });
  it('applies to a Content-Type named in the message (it comes from the server too)', async () => {
    server.route('GET', HISTORY, (_req, res) => sendRaw(res, 200, 'x', { 'content-type': `text/${TOKEN}` }));
    const error = (await rejection(callOnce(server.url, op))) as InvalidResponseError;
    expect(error.message).toContain('body is text/[redacted], not JSON');
    expect(everyView(error)).not.toContain(TOKEN);
  });
});

describe('request ids', () => {
  it.each([
    ['8c1f2d3e4a5b6c7d-SJC', '8c1f2d3e4a5b6c7d-SJC'],
    ['8c1f2d3e4a5b6c7d', '8c1f2d3e4a5b6c7d'],
    [`ray ${TOKEN}`, null],
    ['<script>alert(1)</script>', null],
  ])('cf-ray %j gives requestId %j', (ray, want) => {
    expect(requestId(new Headers({ 'cf-ray': ray }))).toBe(want);
  });
});

describe('transport failures', () => {
  it('never carry raw bytes or credentials from undici parser errors, through any view', async () => {
    // A server that answers with a header undici cannot parse, echoing the credential: undici's
    // HTTPParserError keeps the raw bytes in `.data`.
    const tcp = createTcpServer((socket) =>
      socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\nX-Echo: ${TOKEN}\u0001\r\nContent-Length: 0\r\n\r\n`)),
    );
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(tcp.address() as AddressInfo).port}`;
      const error = (await rejection(callOnce(url, op, {}, { maxRetries: 0 }))) as APIConnectionError;
      expect(error).toBeInstanceOf(APIConnectionError);
      const view = everyView(error);
      expect(view).not.toContain(TOKEN);
      expect(view).not.toContain('X-Echo');
      expect(view).toMatch(/HTTPParserError|HPE_/);
    } finally {
      tcp.close();
    }
  });

  it('keep, per level of the cause chain, the name, a plain code and the redacted message only', () => {
    const inner = Object.assign(new Error(`socket said ${TOKEN}`), {
      code: 'ECONNRESET',
      data: Buffer.from(TOKEN),
      socket: { secret: TOKEN },
    });
    const cause = sanitizeCause(new TypeError('fetch failed', { cause: inner }), redactor([TOKEN]))!;
    expect(cause.name).toBe('TypeError');
    expect(cause.message).toBe('fetch failed');
    const copy = cause.cause as Error;
    expect(copy.message).toBe('socket said [redacted] (ECONNRESET)');
    expect(Object.keys(copy)).toEqual(['code']);
    expect(causeCode(new TypeError('fetch failed', { cause: inner }))).toBe('ECONNRESET');
    expect(causeCode({ code: `E${TOKEN}` })).toBeUndefined(); // not a plain constant: not trusted
    expect(everyView(cause)).not.toContain(TOKEN);
  });
});

describe('credentials never appear in errors', () => {
  it('holds for every kind of error, even when the server echoes them', async () => {
    const echo = `token ${TOKEN} / email ${EMAIL.toUpperCase()} / key ${encodeURIComponent(KEY)}`;
    server.route('GET', '/401', (_req, res) =>
      sendJson(res, 401, errorEnvelope(10001, `Invalid credentials: ${echo}`)),
    );
    server.route('GET', '/200-false', (_req, res) => sendJson(res, 200, errorEnvelope(10001, echo)));
    server.route('GET', '/bad-json', (_req, res) => sendRaw(res, 200, `{${echo}`));
    server.route('GET', '/html', (_req, res) =>
      sendRaw(res, 500, `<p>${echo}</p>`, { 'content-type': 'text/html', 'cf-ray': echo.slice(0, 60) }),
    );
    server.route('GET', '/hang', () => undefined);
    server.route('GET', '/reset', (req) => void req.socket.destroy());
    server.route('GET', '/away', redirect(302, `${other.url}/?t=${TOKEN}`));
    server.route('GET', '/ok', (_req, res) => sendJson(res, 200, envelope([echo])));

    const errors: [unknown, string[]][] = [];
    const clients: [TestOptions, string[]][] = [
      [{ apiToken: TOKEN, apiEmail: EMAIL, apiKey: KEY }, SECRETS],
      [{ apiToken: undefined, apiEmail: EMAIL, apiKey: KEY }, [EMAIL, KEY]],
    ];
    const failing = at('/ok');
    const strict: [OperationSpec, (v: unknown, s?: Parameters<typeof fail>[0], p?: string) => boolean][] = [
      [failing, (_v, s, p = '') => !fail(s, `${p}/result/0`, 'type', 'number')],
    ];
    for (const [options, held] of clients) {
      const base: TestOptions = { maxRetries: 1, timeoutMs: 100, ...options };
      for (const send of [
        () => callOnce(server.url, at('/401'), {}, base),
        () => callOnce(server.url, at('/200-false'), {}, base),
        () => callOnce(server.url, at('/bad-json'), {}, base),
        () => callOnce(server.url, at('/html'), {}, base),
        () => callOnce(server.url, at('/hang'), {}, base),
        () => callOnce(server.url, at('/reset'), {}, base),
        () => callOnce(server.url, at('/away'), {}, base),
        () => callOnce(server.url, at('/ok'), {}, base, { signal: AbortSignal.abort() }),
        () => callOnce(server.url, op, { per_page: 51 }, base),
        () => clientFor(server.url, failing, base, strict).call(),
      ]) {
        errors.push([await rejection(send()), held]);
      }
    }
    const gone = await startServer();
    await gone.close();
    errors.push([await rejection(callOnce(gone.url, op, {}, { maxRetries: 0 })), [TOKEN]]);
    errors.push([
      await rejection(
        callOnce(server.url, historyOp({ security: [['api_email', 'api_key']] }), {}, { apiToken: TOKEN }),
      ),
      [TOKEN],
    ]);
    for (const bad of [`${TOKEN}\n`, `\r${EMAIL}`, `${KEY}€`]) {
      try {
        clientFor(server.url, op, { apiToken: bad, apiEmail: bad, apiKey: bad });
      } catch (error) {
        errors.push([error, SECRETS]);
      }
    }

    expect([...new Set(errors.map(([e]) => (e as Error).name))].sort()).toEqual(
      [
        'APIConnectionError',
        'APITimeoutError',
        'APIUserAbortError',
        'AuthenticationError',
        'CloudflareAPIError',
        'CloudflareError',
        'InternalServerError',
        'InvalidResponseError',
        'MissingCredentialsError',
        'RedirectError',
        'RequestValidationError',
        'ResponseValidationError',
      ].sort(),
    );
    for (const [error, held] of errors) {
      expect(error).toBeInstanceOf(CloudflareError);
      const view = everyView(error).toLowerCase();
      for (const secret of held) {
        expect(view, `${(error as Error).name}: ${view.slice(0, 300)}`).not.toContain(secret.toLowerCase());
        expect(view).not.toContain(encodeURIComponent(secret).toLowerCase());
      }
    }
    const auth = errors[0]![0] as CloudflareAPIError;
    expect(auth.errors[0]!.message).toBe('Invalid credentials: token [redacted] / email [redacted] / key [redacted]');
    expect((errors[3]![0] as CloudflareAPIError).requestId).toBeNull();
  });
});

describe('response validation', () => {
  it('masks a credential the server makes a body key, in the message and in every issue path', async () => {
    const key = `${TOKEN}/x~y`; // a pointer token escapes / and ~
    server.route('GET', '/map', (_req, res) => sendJson(res, 200, envelope({ [key]: 'not a number' })));
    const mapOp = at('/map');
    const everyValueANumber: [OperationSpec, (v: unknown, s?: Parameters<typeof fail>[0], p?: string) => boolean][] = [
      [
        mapOp,
        (value, sink, path = '') => {
          const result = (value as { result: Record<string, unknown> }).result;
          let ok = true;
          for (const [name, item] of Object.entries(result))
            if (
              typeof item !== 'number' &&
              fail(sink, `${path}/result/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'type', 'number')
            )
              ok = false;
          return ok;
        },
      ],
    ];
    const error = (await rejection(
      clientFor(server.url, mapOp, { maxRetries: 0 }, everyValueANumber).call(),
    )) as Error & {
      issues: { path: string }[];
    };
    expect(error.name).toBe('ResponseValidationError');
    expect(error.issues.map((issue) => issue.path)).toEqual(['/result/[redacted]~1x~0y']);
    expect(everyView(error)).not.toContain(TOKEN);
  });
});
