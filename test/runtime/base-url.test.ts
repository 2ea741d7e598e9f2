/**
 * base-url.ts on its own: which base URLs are refused, and that a malformed one is refused with
 * the client's own error rather than a TypeError from inside the check.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveBaseUrl } from '../../generator/runtime/base-url.js';
import type { ApiSpec } from '../../generator/runtime/descriptor.js';
import { CloudflareError } from '../../generator/runtime/errors.js';
import { withEnv } from './fixtures.js';

const RULE =
  'must be https without user:password, query or fragment (http: only to loopback or with allowInsecureHttp: true; relative: only in a browser)';

const API: ApiSpec = { baseUrl: '', userAgent: 'x/1', credentials: [], security: [] };
const resolve = (baseUrl: string, allowInsecureHttp = false): string =>
  resolveBaseUrl(API, { baseUrl, allowInsecureHttp });

describe('resolveBaseUrl', () => {
  it('refuses an empty base URL (a spec without servers), naming the option to pass', () => {
    expect(() => resolveBaseUrl(API, {})).toThrow(new CloudflareError(`The option baseUrl ${RULE}`));
  });

  it('names the environment variable a bad base URL came from, never the URL', async () => {
    await withEnv({ CFTEST_BASE_URL: 'https://user:hunter2@example.com' }, () => {
      expect(() => resolveBaseUrl({ ...API, envPrefix: 'CFTEST' }, {})).toThrow(
        new CloudflareError(`The environment variable CFTEST_BASE_URL ${RULE}`),
      );
    });
  });

  it('refuses an absolute URL the parser rejects, with a CloudflareError', () => {
    for (const given of ['https://[::1', 'http://exa mple.com', 'http://[bad']) {
      const attempt = () => resolve(given, true);
      expect(attempt).toThrow(CloudflareError);
      expect(attempt).toThrow(`The option baseUrl ${RULE}`);
    }
  });

  it('allows http to the whole of 127.0.0.0/8, and to no host that merely starts or ends like it', () => {
    for (const host of ['127.0.0.1', '127.10.200.3', '127.1.22.1', 'localhost', '[::1]'])
      expect(resolve(`http://${host}:8080`)).toBe(`http://${host}:8080`);
    for (const host of ['127.0.0.1.nip.io', 'x127.0.0.1', 'evil.127.0.0.1.example', '127.0.0.1a', 'localhost.example'])
      expect(() => resolve(`http://${host}/`)).toThrow(`The option baseUrl ${RULE}`);
  });

  it('accepts http only (and https), never another scheme, even to loopback or when insecure http is allowed', () => {
    expect(resolve('http://127.0.0.1:8080/v4/')).toBe('http://127.0.0.1:8080/v4');
    expect(resolve('http://example.com/', true)).toBe('http://example.com');
    for (const given of ['ftp://localhost/x', 'ws://127.0.0.1/x', 'file:///etc/passwd'])
      for (const insecure of [false, true])
        expect(() => resolve(given, insecure)).toThrow(`The option baseUrl ${RULE}`);
  });

  it('refuses user:password, a query and a fragment', () => {
    for (const given of [
      'https://u:p@example.com',
      'https://u@example.com',
      'https://example.com/?a=1',
      'https://example.com/#f',
      'https://example.com/v4?',
    ])
      expect(() => resolve(given)).toThrow(`The option baseUrl ${RULE}`);
  });
});

describe('resolveBaseUrl on a page (globalThis.location)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const onPage = (href: string): void => void vi.stubGlobal('location', { href });

  it('resolves a relative base URL against the page, whatever its scheme', () => {
    onPage('http://app.example/dash/index.html');
    expect(resolve('/api/v4/')).toBe('http://app.example/api/v4');
    expect(resolve('proxy')).toBe('http://app.example/dash/proxy');
    onPage('file:///app/index.html');
    expect(resolve('/api')).toBe('file:///api');
  });

  it('refuses what leaves the page’s origin or is a broken absolute URL, and a query or fragment', () => {
    onPage('https://app.example/dash/index.html');
    for (const given of [
      '//evil.example/api',
      '\\\\evil.example/api',
      ' //evil.example',
      'https:',
      'http:',
      '/api?',
      '/api#x',
    ])
      expect(() => resolve(given), given).toThrow(`The option baseUrl ${RULE}`);
  });

  it('is still refused without a page', () => {
    expect(() => resolve('/api')).toThrow(`The option baseUrl ${RULE}`);
  });
});
