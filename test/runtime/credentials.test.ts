/**
 * auth.ts on its own: where each kind of credential goes, the environment fallback, what is
 * refused, and the wording of the messages that name options (never values).
 */
import { describe, expect, it } from 'vitest';
import { basicAuth, missingCredentials, resolveCredentials } from '../../generator/runtime/auth.js';
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
const token: CredentialSpec = {
  scheme: 'token',
  option: 'apiToken',
  name: 'authorization',
  prefix: 'Bearer ',
  env: TOKEN_ENV,
};
const user: CredentialSpec = {
  scheme: 'user',
  option: 'login',
  name: 'authorization',
  prefix: 'Basic ',
  basic: basicAuth,
};
const queryKey: CredentialSpec = { scheme: 'qkey', option: 'queryKey', in: 'query', name: 'Api_Key' };
const cookieKey: CredentialSpec = { scheme: 'ckey', option: 'cookieKey', in: 'cookie', name: 'Session_ID' };
const headerKey: CredentialSpec = { scheme: 'hkey', option: 'headerKey', name: 'x-api-key' };

describe('resolveCredentials', () => {
  it('resolves nothing, and no secrets, when nothing is given', async () => {
    await withEnv({ [TOKEN_ENV]: undefined }, () => {
      const [values, secrets] = resolveCredentials(api([token, user, queryKey]), {});
      expect([...values]).toEqual([]);
      expect(secrets).toEqual([]);
    });
  });

  it('puts each kind where its spec says, with the prefix before the value', () => {
    const [values, secrets] = resolveCredentials(api([token, queryKey, cookieKey, headerKey]), {
      apiToken: 'token-value',
      queryKey: 'query-value',
      cookieKey: 'cookie-value',
      headerKey: 'header-value',
    });
    expect(Object.fromEntries(values)).toEqual({
      token: { ...token, value: 'Bearer token-value' },
      qkey: { ...queryKey, value: 'query-value' },
      ckey: { ...cookieKey, value: 'cookie-value' },
      hkey: { ...headerKey, value: 'header-value' },
    });
    expect(secrets).toEqual(['token-value', 'query-value', 'cookie-value', 'header-value']);
  });

  it('sends basic credentials as a base64 pair, and redacts the parts and the pair', () => {
    const [values, secrets] = resolveCredentials(api([user]), { login: { username: 'ann', password: 'pw:1' } });
    expect(values.get('user')).toEqual({ ...user, value: `Basic ${btoa('ann:pw:1')}` });
    expect(secrets).toEqual([btoa('ann:pw:1'), 'ann', 'pw:1']);
  });

  it('falls back to the environment for an empty option, as for an absent one', async () => {
    await withEnv({ [TOKEN_ENV]: 'from-environment' }, () => {
      for (const options of [{ apiToken: '' }, {}])
        expect(resolveCredentials(api([token]), options)[0].get('token')?.value).toBe('Bearer from-environment');
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
      expect(attempt).toThrow(
        'The option login must be { username, password } of strings without control or non-Latin-1 characters',
      );
    }
  });

  it('refuses a non-string or unsafe value, naming where it came from', async () => {
    expect(() => resolveCredentials(api([headerKey]), { headerKey: 42 })).toThrow(
      'The option headerKey must be a string without control or non-Latin-1 characters',
    );
    await withEnv({ [TOKEN_ENV]: 'bad\u0100value' }, () => {
      expect(() => resolveCredentials(api([token]), {})).toThrow(
        `The environment variable ${TOKEN_ENV} must be a string without`,
      );
    });
  });
});

describe('half of a credential pair', () => {
  const a: CredentialSpec = { scheme: 'a', option: 'optA', name: 'x-a' };
  const b: CredentialSpec = { scheme: 'b', option: 'optB', name: 'x-b' };
  const c: CredentialSpec = { scheme: 'c', option: 'optC', name: 'x-c' };

  it('names the half-given alternative, and every way, with environment variables', () => {
    const pair = api([a, b, token], [['a', 'b'], ['token']]);
    expect(() => resolveCredentials(pair, { optA: 'value-a' })).toThrow(
      new CloudflareError(`optA and optB go together: pass optA and optB, or apiToken (or set ${TOKEN_ENV})`),
    );
  });

  it('lists every way, in the order of the spec', () => {
    const ways = api([a, b, c, token], [['token'], ['a', 'b'], ['c']]);
    expect(() => resolveCredentials(ways, { optB: 'value-b' })).toThrow(
      `optA and optB go together: pass apiToken (or set ${TOKEN_ENV}), or optA and optB, or optC`,
    );
  });

  it('names all of an alternative of three, whichever are given', () => {
    const triple = api([a, b, c], [['a', 'b', 'c']]);
    for (const given of [{ optA: 'value-a', optC: 'value-c' }, { optB: 'value-b' }])
      expect(() => resolveCredentials(triple, given)).toThrow(
        'optA and optB and optC go together: pass optA and optB and optC',
      );
  });

  it('ignores a credential of a scheme in no top-level alternative', () => {
    const pair = api([a, b, c], [['a', 'b']]);
    expect(resolveCredentials(pair, { optC: 'value-c' })[0].size).toBe(1);
  });

  it('accepts a complete alternative, or none given at all', () => {
    const pair = api([a, b, token], [['a', 'b'], ['token']]);
    expect(resolveCredentials(pair, { optA: 'value-a', optB: 'value-b' })[0].size).toBe(2);
    expect(resolveCredentials(pair, {})[0].size).toBe(0);
  });
});

describe('missingCredentials', () => {
  it('names each alternative with its options and environment variables', () => {
    const spec = api([token, headerKey, user]);
    const error = missingCredentials(spec, 'GET /x', [['token'], ['hkey', 'user']]);
    expect(error.message).toBe(`GET /x needs credentials: pass apiToken (or set ${TOKEN_ENV}), or headerKey and login`);
    const both = api([{ ...headerKey, env: 'CFTEST_UNIT_KEY' }, token]);
    expect(missingCredentials(both, 'GET /x', [['hkey', 'token']]).message).toBe(
      `GET /x needs credentials: pass headerKey (or set CFTEST_UNIT_KEY) and apiToken (or set ${TOKEN_ENV})`,
    );
  });

  it('names a scheme the client has no option for by its scheme name', () => {
    const error = missingCredentials(api([token]), 'GET /x', [['mtls'], ['token']]);
    expect(error.message).toBe(`GET /x needs credentials: pass mtls, or apiToken (or set ${TOKEN_ENV})`);
  });
});
