/**
 * Security properties of the generated package: header injection through credentials, credentials
 * in clear text, code built from data, path traversal through parameters, query injection.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inspect } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CloudflareError,
  createCloudflareBillingClient,
  RequestValidationError,
  type CloudflareBillingClientOptions,
} from '../../generated/dist/index.js';
import { envelope, sendJson, startServer, type TestServer } from '../runtime/server.js';
import { ROOT } from './support.js';

const TOKEN = 'corpus-TOKEN-b81d55e02f9c4a17-shh';
const EMAIL = 'corpus.security+secret@example.org';
const KEY = 'corpus-KEY-3a9e7f0c1d2b6845-shh';
const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
const ENV_VARS = ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_EMAIL', 'CLOUDFLARE_API_KEY'] as const;

let server: TestServer;
const savedEnv = new Map<string, string | undefined>();
beforeAll(async () => {
  server = await startServer();
  // A developer's real credentials must neither leak into these tests nor change their outcome.
  for (const name of ENV_VARS) {
    savedEnv.set(name, process.env[name]);
    delete process.env[name];
  }
});
afterAll(async () => {
  await server.close();
  for (const [name, value] of savedEnv) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});
beforeEach(() => {
  server.reset();
  // Whatever the path: an empty page of either endpoint's shape.
  server.fallback((req, res) =>
    sendJson(
      res,
      200,
      req.url?.startsWith('/user/')
        ? envelope([], { page: 1, per_page: 5, count: 0, total_count: 0 })
        : envelope({ invoices: [], pagination: { has_more: false } }),
    ),
  );
});

/** A fetch that records what would be sent and answers without touching the network. */
function recordingFetch(): { fetch: Fetch; sent: Request[] } {
  const sent: Request[] = [];
  const fetch: Fetch = async (input, init) => {
    sent.push(new Request(input, init));
    return Response.json(envelope([], { page: 1, per_page: 5, count: 0, total_count: 0 }));
  };
  return { fetch, sent };
}

/** The fetch the client calls: `(input, init)`, as `globalThis.fetch`. */
type Fetch = NonNullable<CloudflareBillingClientOptions['fetch']>;

function creationError(options: CloudflareBillingClientOptions): Error {
  try {
    createCloudflareBillingClient({ warnOnDeprecated: false, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(CloudflareError);
    return error as Error;
  }
  throw new Error('expected the client creation to throw');
}

describe('a credential containing CR or LF is refused when the client is created', () => {
  it.each([
    { option: 'apiToken', value: `${TOKEN}\r\nX-Injected: 1` },
    { option: 'apiToken', value: `${TOKEN}\n` },
    { option: 'apiToken', value: `\r${TOKEN}` },
    { option: 'apiEmail', value: `${EMAIL}\r\nBcc: attacker@example.org` },
    { option: 'apiKey', value: `${KEY}\nX-Injected: 1` },
  ] as const)('refuses $option with a line break, naming the option and not the value', ({ option, value }) => {
    const { fetch, sent } = recordingFetch();
    const error = creationError({ [option]: value, fetch });
    expect(error.message).toBe(`The option ${option} must be a string without control or non-Latin-1 characters`);
    for (const secret of [TOKEN, EMAIL, KEY])
      expect(`${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`).not.toContain(secret);
    expect(sent).toEqual([]);
  });

  it('refuses a line break arriving through the environment variable, naming the variable', () => {
    process.env['CLOUDFLARE_API_TOKEN'] = `${TOKEN}\r\nX-Injected: 1`;
    try {
      const error = creationError({});
      expect(error.message).toBe(
        'The environment variable CLOUDFLARE_API_TOKEN must be a string without control or non-Latin-1 characters',
      );
      expect(error.message + (error.stack ?? '')).not.toContain(TOKEN);
    } finally {
      delete process.env['CLOUDFLARE_API_TOKEN'];
    }
  });
});

describe('credentials never go over plain http to a non-loopback host unless allowed', () => {
  it.each([
    'http://api.cloudflare.com/client/v4',
    'http://10.0.0.1:8080',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'http://localhost.',
    'http://[::ffff:7f00:1]',
  ])('refuses %s at creation, before anything is sent', (baseUrl) => {
    const { fetch, sent } = recordingFetch();
    const error = creationError({ apiToken: TOKEN, baseUrl, fetch });
    expect(error.message).toBe(
      'The option baseUrl must be https without user:password, query or fragment (http: only to loopback or with allowInsecureHttp: true; relative: only in a browser)',
    );
    expect(sent).toEqual([]);
  });

  it('refuses credentials written into the URL, even over https, and does not repeat them', () => {
    const { fetch, sent } = recordingFetch();
    const baseUrl = 'https://url-user-5e1f:url-pass-9c3a@api.cloudflare.com/client/v4';
    const error = creationError({ apiToken: TOKEN, baseUrl, fetch });
    expect(error.message).toBe(
      'The option baseUrl must be https without user:password, query or fragment (http: only to loopback or with allowInsecureHttp: true; relative: only in a browser)',
    );
    const text = [error.message, error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 5 })].join('\n');
    for (const secret of ['url-user-5e1f', 'url-pass-9c3a']) expect(text).not.toContain(secret);
    expect(sent).toEqual([]);
  });

  it.each(['http://127.0.0.1:1', 'http://localhost:1', 'http://[::1]:1', 'http://127.8.9.10:1'])(
    'allows loopback %s for local mocks',
    (baseUrl) => {
      expect(() => createCloudflareBillingClient({ apiToken: TOKEN, baseUrl })).not.toThrow();
    },
  );

  it('sends over plain http to another host only with allowInsecureHttp: true', async () => {
    const { fetch, sent } = recordingFetch();
    const cf = createCloudflareBillingClient({
      apiToken: TOKEN,
      baseUrl: 'http://api.internal.example',
      allowInsecureHttp: true,
      fetch,
      warnOnDeprecated: false,
    });
    await cf.user.billing.history.list({ per_page: 5 });
    expect(sent.map((request) => [request.url, request.headers.get('authorization')])).toEqual([
      ['http://api.internal.example/user/billing/history?per_page=5', `Bearer ${TOKEN}`],
    ]);
  });
});

describe('generated/ builds no code from data: no eval, new Function or dynamic import', () => {
  /** Calls and constructions that turn a string into code, found in the syntax tree (comments cannot fool it). */
  function codeFromData(file: string, text: string): string[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const found: string[] = [];
    const where = (node: ts.Node): string =>
      `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && (node.text === 'eval' || node.text === 'Function'))
        found.push(`${where(node)} ${node.text}`);
      if (ts.isPropertyAccessExpression(node) && ['eval', 'Function'].includes(node.name.text))
        found.push(`${where(node)} .${node.name.text}`);
      if (
        ts.isElementAccessExpression(node) &&
        ts.isStringLiteralLike(node.argumentExpression) &&
        ['eval', 'Function'].includes(node.argumentExpression.text)
      ) {
        found.push(`${where(node)} ['${node.argumentExpression.text}']`);
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
        found.push(`${where(node)} import()`);
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        ['setTimeout', 'setInterval'].includes(node.expression.text)
      ) {
        const first = node.arguments[0];
        if (first !== undefined && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first)))
          found.push(`${where(node)} ${node.expression.text}(string)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it('has none in any file under generated/dist', async () => {
    const files: string[] = [];
    for (const folder of ['generated/dist']) {
      const entries = await readdir(path.join(ROOT, folder), { recursive: true, withFileTypes: true });
      for (const entry of entries)
        if (entry.isFile()) files.push(path.relative(ROOT, path.join(entry.parentPath, entry.name)));
    }
    expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(5);
    const found = (
      await Promise.all(
        files.sort().map(async (file) => codeFromData(file, await readFile(path.join(ROOT, file), 'utf8'))),
      )
    ).flat();
    expect(found).toEqual([]);
  });

  it('would notice them (the check itself works)', () => {
    const sample =
      "/* eval( */ const f = new Function('x'); (0, eval)('1'); import('./x.js'); globalThis['eval']; setTimeout('alert(1)');";
    expect(codeFromData('sample.js', sample)).toHaveLength(5);
  });
});

describe('a path parameter cannot escape its segment', () => {
  const SEGMENT = /^\/accounts\/([^/?#]+)\/ai-gateway\/billing\/invoice-history$/;

  it.each([
    '../../user',
    '%2e%2e',
    '%2E%2E%2Fuser',
    'a/b',
    'a?b=c',
    'a#b',
    '..%2f..%2fuser',
    'a\\..\\b',
    ' ../x',
    '.../',
  ])('sends %j as one segment that decodes back to itself', async (value) => {
    const cf = createCloudflareBillingClient({ apiToken: TOKEN, baseUrl: server.url });
    await cf.aiGateway.billing.invoiceHistory({ account_id: value });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.url).not.toContain('?');
    const segment = SEGMENT.exec(request?.path ?? '')?.[1];
    expect(segment).toBeDefined();
    expect(decodeURIComponent(segment ?? '')).toBe(value);
  });

  it.each(['..', '.', ''])(
    'refuses %j before sending anything: the URL parser would resolve it as a dot segment',
    async (value) => {
      const cf = createCloudflareBillingClient({ apiToken: TOKEN, baseUrl: server.url });
      const error = await cf.aiGateway.billing.invoiceHistory({ account_id: value }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(server.requests).toEqual([]);
    },
  );
});

describe('query values are encoded: each arrives intact, as one value', () => {
  it.each(['a&b=c', 'x#y', 'two words', '+plus+', 'ünïcødé €', '😀 emoji', '%41%zz', 'a;b,c/d?e', 'quote\'"<>'])(
    'sends action %j as exactly that',
    async (action) => {
      const cf = createCloudflareBillingClient({ apiToken: TOKEN, baseUrl: server.url, warnOnDeprecated: false });
      await cf.user.billing.history.list({ action, type: 'charge', per_page: 5 });
      const [request] = server.requests;
      expect(request?.path).toBe('/user/billing/history');
      expect(request?.query.getAll('action')).toEqual([action]);
      expect(request?.query.getAll('type')).toEqual(['charge']);
      expect([...(request?.query.keys() ?? [])].sort()).toEqual(['action', 'per_page', 'type']);
    },
  );
});
