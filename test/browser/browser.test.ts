/**
 * The generated client in a real browser: a page script bundled by esbuild (esm, platform
 * browser), served with its HTML page and the mock Cloudflare API from one loopback server (same
 * origin, so no CORS), run in Debian's Chromium through playwright-core.
 *
 * A second page uses the client the way a browser app behind its own backend does: a relative
 * base URL ('/api') and `auth: 'none'`; the page's server proxies '/api' to a separate upstream
 * mock (another loopback port), adding the credentials the page never had.
 *
 * Chromium is a system package (`apt-get install chromium`). Without it the test is skipped with
 * a note, except in CI (`CI` set), where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockData, cloudflareHandler } from '../demo/mock-cloudflare.js';
import { startServer, type TestServer } from '../runtime/server.js';

const CHROMIUM = '/usr/bin/chromium';
const IN_CI = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
const AVAILABLE = existsSync(CHROMIUM);
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!AVAILABLE && !IN_CI) {
  console.warn(
    `browser test skipped: ${CHROMIUM} not found. Install it with \`sudo apt-get install -y chromium\` (in CI it is required and the test fails instead).`,
  );
}

/** A page script bundled for the browser, as a web app's build would. */
async function bundle(file: string): Promise<string> {
  const built = await build({
    entryPoints: [path.join(import.meta.dirname, file)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return built.outputFiles[0]?.text ?? '';
}

/** Aborts and records any request that would leave `origin`. */
async function keepOnOrigin(page: import('playwright-core').Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>cloudflare-billing-client in a browser</title></head>
  <body>
    <ul id="output"></ul>
    <script type="module" src="/page.js"></script>
  </body>
</html>
`;

describe.skipIf(!AVAILABLE && !IN_CI)('the generated client in Chromium', () => {
  const data = mockData();
  let server: TestServer;
  let browser: Browser | undefined;
  let upstream: TestServer | undefined;

  beforeAll(async () => {
    const script = await bundle('page.ts');
    server = await startServer();
    server.route('GET', '/', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(HTML);
    });
    server.route('GET', '/page.js', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(script);
    });
    server.fallback(cloudflareHandler(data));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await upstream?.close();
  });

  it(`finds Chromium at ${CHROMIUM}`, () => {
    expect(AVAILABLE, `${CHROMIUM} is missing: .ci/run installs it with apt-get install chromium`).toBe(true);
  });

  it('calls both methods, walks every page with for await, and renders the results', async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const context = await browser.newContext();
    const page = await context.newPage();
    // Nothing leaves the loopback server: anything else is aborted and recorded.
    const foreign = await keepOnOrigin(page, server.url);
    const console: string[] = [];
    page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));

    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-status]', { timeout: 15_000 });
    const lines = await page.locator('#output li').allTextContents();

    expect(await page.getAttribute('body', 'data-status'), lines.join('\n')).toBe('done');
    expect(lines).toEqual([
      'billing first page: 50 items of 230',
      `billing all: 230 items, first ${data.billing[0]?.id}, last ${data.billing.at(-1)?.id}`,
      'invoices first page: 20, has_more true',
      `invoices all: 57, first ${data.invoices[0]?.id}, last ${data.invoices.at(-1)?.id}`,
      'unknown account: NotFoundError 404',
    ]);
    expect(console.filter((line) => line.includes('is deprecated by Cloudflare'))).toHaveLength(1);
    expect(foreign).toEqual([]);
    // 1 + 5 pages of billing history, 1 + 3 pages of invoices, 1 failed lookup.
    const apiCalls = server.requests.filter(
      (request) => request.path.startsWith('/user/') || request.path.startsWith('/accounts/'),
    );
    expect(apiCalls).toHaveLength(11);
    expect(apiCalls.every((request) => request.headers.authorization === 'Bearer browser-token')).toBe(true);
  }, 60_000);

  it("with baseUrl '/api' and auth: 'none', calls the page's own origin without credentials; the proxy adds them", async () => {
    // The API behind the proxy: another loopback port, another origin, which the page never calls.
    upstream = await startServer();
    upstream.fallback(cloudflareHandler(data));
    const script = await bundle('proxy-page.ts');
    server.reset();
    server.route('GET', '/proxy.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(HTML.replace('/page.js', '/proxy-page.js'));
    });
    server.route('GET', '/proxy-page.js', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(script);
    });
    server.fallback((req, res) => forward(req, res, upstream?.url ?? ''));

    browser ??= await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const page = await (await browser.newContext()).newPage();
    const foreign = await keepOnOrigin(page, server.url);
    await page.goto(`${server.url}/proxy.html`);
    await page.waitForSelector('body[data-status]', { timeout: 15_000 });
    const lines = await page.locator('#output li').allTextContents();

    expect(await page.getAttribute('body', 'data-status'), lines.join('\n')).toBe('done');
    expect(lines).toEqual(['billing first page: 50 items of 230', 'invoices all: 57']);
    expect(foreign).toEqual([]);
    // The page called its own origin under /api, with no credentials at all...
    const fromPage = server.requests.filter((request) => request.path.startsWith('/api/'));
    expect(fromPage.map((request) => request.path)).toEqual([
      '/api/user/billing/history',
      ...Array.from(
        { length: 3 },
        () => '/api/accounts/023e105f4ecef8ad9ca31a8372d0c353/ai-gateway/billing/invoice-history',
      ),
    ]);
    for (const request of fromPage) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers['x-auth-key']).toBeUndefined();
      expect(request.headers['x-auth-email']).toBeUndefined();
    }
    // ...and the API received each call from the proxy, with the proxy's token.
    expect(upstream.requests.map((request) => request.path)).toEqual(fromPage.map((request) => request.path.slice(4)));
    expect(upstream.requests.every((request) => request.headers.authorization === `Bearer ${PROXY_TOKEN}`)).toBe(true);
  }, 60_000);
});

/** The backend's credential, which the page never sees. */
const PROXY_TOKEN = 'proxy-held-token';

/** A minimal same-origin proxy: '/api/x' -> upstream '/x', with the backend's credentials added. */
function forward(req: IncomingMessage, res: ServerResponse, upstream: string): void {
  const url = req.url ?? '/';
  if (!url.startsWith('/api/')) {
    res.writeHead(404).end();
    return;
  }
  const target = new URL(url.slice(4), upstream);
  const outgoing = httpRequest(
    target,
    { method: req.method, headers: { ...req.headers, host: target.host, authorization: `Bearer ${PROXY_TOKEN}` } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  outgoing.on('error', () => res.writeHead(502).end());
  req.pipe(outgoing);
}
