/**
 * base-url.ts on its own: which base URLs are refused, and that a malformed one is refused with
 * the client's own error rather than a TypeError from inside the check.
 */
import { describe, expect, it } from 'vitest';
import { isLoopback, resolveBaseUrl } from '../../generator/runtime/base-url.js';
import { CloudflareError } from '../../generator/runtime/errors.js';

const RULE = 'must be an absolute https URL without user:password, query or fragment';

describe('resolveBaseUrl', () => {
  it('refuses an empty base URL, saying the spec names no server', () => {
    expect(() => resolveBaseUrl('', 'spec', false)).toThrow(
      'No base URL: the spec names no server, so pass the option baseUrl (an absolute https URL)',
    );
  });

  it('refuses an absolute URL the parser rejects, with a CloudflareError', () => {
    for (const given of ['https://[::1', 'http://exa mple.com', 'http://[bad']) {
      const attempt = () => resolveBaseUrl(given, 'option baseUrl', true);
      expect(attempt).toThrow(CloudflareError);
      expect(attempt).toThrow(`The option baseUrl ${RULE}`);
    }
  });

  it('allows http to the whole of 127.0.0.0/8, and to no host that merely starts or ends like it', () => {
    for (const host of ['127.0.0.1', '127.10.200.3', '127.1.22.1'])
      expect(resolveBaseUrl(`http://${host}:8080`, 'option baseUrl', false)).toBe(`http://${host}:8080`);
    for (const host of ['127.0.0.1.nip.io', 'x127.0.0.1', 'evil.127.0.0.1.example'])
      expect(() => resolveBaseUrl(`http://${host}/`, 'option baseUrl', false)).toThrow(`The option baseUrl ${RULE}`);
    expect(isLoopback('a127.0.0.1')).toBe(false);
    expect(isLoopback('127.0.0.1a')).toBe(false);
  });

  it('accepts http only (and https), never another scheme, even to loopback or when insecure http is allowed', () => {
    expect(resolveBaseUrl('http://127.0.0.1:8080/v4/', 'option baseUrl', false)).toBe('http://127.0.0.1:8080/v4');
    expect(resolveBaseUrl('http://example.com/', 'option baseUrl', true)).toBe('http://example.com');
    for (const given of ['ftp://localhost/x', 'ws://127.0.0.1/x', 'file:///etc/passwd'])
      for (const insecure of [false, true])
        expect(() => resolveBaseUrl(given, 'option baseUrl', insecure)).toThrow(`The option baseUrl ${RULE}`);
  });
});
