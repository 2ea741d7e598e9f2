/**
 * auth.ts on its own: where each kind of credential goes, the environment fallback, what is
 * refused, and the wording of the messages that name options (never values).
 */
import { describe, expect, it } from 'vitest';
import { missingCredentials, resolveCredentials } from '../../generator/runtime/auth.js';
import type { ApiSpec, CredentialSpec } from '../../generator/runtime/descriptor.js';
import { CloudflareError } from '../../generator/runtime/errors.js';
import { withEnv } from './fixtures.js';

const api = (credentials: CredentialSpec[], security: string[][] = []): ApiSpec => ({
  baseUrl: 'https://api.example.com',
  userAgent: 'test/0',
  credentials,
  security,
});

const TOKEN_ENV = 'CFTEST_UNIT_TOKEN';
const token: CredentialSpec = { scheme: 'token', option: 'apiToken', env: TOKEN_ENV, kind: 'bearer' };
const user: CredentialSpec = { scheme: 'user', option: 'login', kind: 'basic' };
const queryKey: CredentialSpec = { scheme: 'qkey', option: 'queryKey', kind: 'query', name: 'Api_Key' };
const cookieKey: CredentialSpec = { scheme: 'ckey', option: 'cookieKey', kind: 'cookie', name: 'Session_ID' };
const headerKey: CredentialSpec = { scheme: 'hkey', option: 'headerKey', kind: 'header', name: 'X-Api-Key' };

describe('resolveCredentials', () => {
  it('resolves nothing, and no secrets, when nothing is given', async () => {
    await withEnv({ [TOKEN_ENV]: undefined }, () => {
      const { values, secrets } = resolveCredentials(api([token, user, queryKey]), {});
      expect([...values]).toEqual([]);
      expect(secrets).toEqual([]);
    });
  });

  it('puts each kind where it goes: header names lower-cased, query and cookie names as written', () => {
    const { values, secrets } = resolveCredentials(api([token, queryKey, cookieKey, headerKey]), {
      apiToken: 'token-value',
      queryKey: 'query-value',
      cookieKey: 'cookie-value',
      headerKey: 'header-value',
    });
    expect(Object.fromEntries(values)).toEqual({
      token: { in: 'header', name: 'authorization', value: 'Bearer token-value' },
      qkey: { in: 'query', name: 'Api_Key', value: 'query-value' },
      ckey: { in: 'cookie', name: 'Session_ID', value: 'cookie-value' },
      hkey: { in: 'header', name: 'x-api-key', value: 'header-value' },
    });
    expect(secrets).toEqual([
      'token-value',
      'token-value',
      'query-value',
      'query-value',
      'cookie-value',
      'cookie-value',
      'header-value',
      'header-value',
    ]);
  });

  it('sends basic credentials as a base64 pair, and redacts the parts and the pair', () => {
    const { values, secrets } = resolveCredentials(api([user]), { login: { username: 'ann', password: 'pw:1' } });
    expect(values.get('user')).toEqual({ in: 'header', name: 'authorization', value: `Basic ${btoa('ann:pw:1')}` });
    expect(secrets).toEqual(['ann', 'pw:1', btoa('ann:pw:1')]);
  });

  it('falls back to the environment for an empty option, as for an absent one', async () => {
    await withEnv({ [TOKEN_ENV]: 'from-environment' }, () => {
      for (const options of [{ apiToken: '' }, {}])
        expect(resolveCredentials(api([token]), options).values.get('token')?.value).toBe('Bearer from-environment');
    });
  });

  it('refuses a basic credential unless both parts are header-safe strings, naming the option', () => {
    for (const login of [
      null,
      'ann:pw',
      { username: 'ann' },
      { username: 'ann', password: 5 },
      { username: 'a\nb', password: 'pw' },
      { username: 'ann', password: 'p\r\nX-Evil: 1' },
    ]) {
      const attempt = () => resolveCredentials(api([user]), { login });
      expect(attempt).toThrow(CloudflareError);
      expect(attempt).toThrow('The option login must be { username, password } of strings without control characters');
    }
  });

  it('refuses a non-string or unsafe value, naming where it came from', async () => {
    expect(() => resolveCredentials(api([headerKey]), { headerKey: 42 })).toThrow(
      'The option headerKey must be a string without control characters',
    );
    await withEnv({ [TOKEN_ENV]: 'bad\u0100value' }, () => {
      expect(() => resolveCredentials(api([token]), {})).toThrow(
        `The environment variable ${TOKEN_ENV} must be a string without`,
      );
    });
  });
});

describe('half of a credential pair', () => {
  const a: CredentialSpec = { scheme: 'a', option: 'optA', kind: 'header', name: 'x-a' };
  const b: CredentialSpec = { scheme: 'b', option: 'optB', kind: 'header', name: 'x-b' };
  const c: CredentialSpec = { scheme: 'c', option: 'optC', kind: 'header', name: 'x-c' };

  it('names what is set and what is missing, and the other ways', () => {
    const pair = api([a, b, token], [['a', 'b'], ['token']]);
    expect(() => resolveCredentials(pair, { optA: 'value-a' })).toThrow(
      'optA is set but optB is missing: pass both, or apiToken',
    );
  });

  it('lists every other way after the half-given one', () => {
    const ways = api([a, b, c, token], [['a', 'b'], ['token'], ['c']]);
    expect(() => resolveCredentials(ways, { optA: 'value-a' })).toThrow(
      'optA is set but optB is missing: pass both, or apiToken, or optC',
    );
  });

  it('says "are" for several and "all of them" for more than two', () => {
    const triple = api([a, b, c], [['a', 'b', 'c']]);
    expect(() => resolveCredentials(triple, { optA: 'value-a', optC: 'value-c' })).toThrow(
      'optA and optC are set but optB is missing: pass all of them',
    );
    expect(() => resolveCredentials(triple, { optB: 'value-b' })).toThrow(
      'optB is set but optA and optC are missing: pass all of them',
    );
  });

  it('accepts a complete alternative, or none given at all', () => {
    const pair = api([a, b, token], [['a', 'b'], ['token']]);
    expect(resolveCredentials(pair, { optA: 'value-a', optB: 'value-b' }).values.size).toBe(2);
    expect(resolveCredentials(pair, {}).values.size).toBe(0);
  });
});

describe('missingCredentials', () => {
  it('names each alternative with its options and environment variables', () => {
    const spec = api([token, headerKey, user]);
    const error = missingCredentials(spec, 'GET /x', [['token'], ['hkey', 'user']]);
    expect(error.message).toBe(`GET /x needs credentials: pass apiToken (or set ${TOKEN_ENV}), or headerKey and login`);
  });

  it('names a scheme the client has no option for by its scheme name', () => {
    const error = missingCredentials(api([token]), 'GET /x', [['mtls'], ['token']]);
    expect(error.message).toBe(`GET /x needs credentials: pass mtls, or apiToken (or set ${TOKEN_ENV})`);
  });
});
