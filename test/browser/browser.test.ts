/**
 * The generated client in a real browser: a page script bundled by esbuild (esm, platform
 * browser), served with its HTML page and the mock Cloudflare API from one loopback server (same
 * origin, so no CORS), run in Debian's Chromium through playwright-core.
 *
 * Chromium is a system package (`apt-get install chromium`). Without it the test is skipped with
 * a note, except in CI (`CI` set), where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
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

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [path.join(import.meta.dirname, 'page.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]?.text ?? '';
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
  });

  it(`finds Chromium at ${CHROMIUM}`, () => {
    expect(AVAILABLE, `${CHROMIUM} is missing: .ci/run installs it with apt-get install chromium`).toBe(true);
  });

  it('calls both methods, walks every page with for await, and renders the results', async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const context = await browser.newContext();
    const page = await context.newPage();
    // Nothing leaves the loopback server: anything else is aborted and recorded.
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.url}/`)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
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
});
