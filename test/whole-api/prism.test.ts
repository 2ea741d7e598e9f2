/**
 * Contract with Prism: operations of Cloudflare's spec called through the generated client
 * against `prism mock` on the same spec. Prism validates each request (parameters, security, the
 * body against its media type's schema); a request that breaks the spec gets a 4XX (422 for a bad
 * body, 401 for missing credentials), which the client turns into a rejection, and an
 * `sl-violations` header naming each violation with the location `request`. So every call below
 * resolving, with no request violation reported, is every request conforming.
 *
 * Prism also reports where its own answer breaks the spec (location `response`): it mocks from
 * Cloudflare's examples, which break Cloudflare's schemas ~1,900 times (see cloudflare.test.ts).
 * Those are not the client's doing and are only counted; for the same reason the client does not
 * validate responses here.
 *
 * Prism runs on the subset of the spec these operations need (their path items and the
 * components they reach), and the client is generated from that subset by the real CLI: Prism on
 * the whole 4.2 MB file needs over a minute to start on a busy 2-core machine (~15 s of CPU).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPrism, type Prism } from '../support/prism.js';
import { subsetSpec } from './prism.js';
import { removeScratch, runGenerator, scratch, unpackCloudflare } from './support.js';

type Params = Record<string, unknown>;
interface Call extends Promise<unknown> {
  withResponse(): Promise<{ data: unknown; response: Response }>;
}
type Method = (params?: Params, options?: Params) => Call;
interface PageCall extends Call, AsyncIterable<unknown> {}

const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
const ZONE = '023e105f4ecef8ad9ca31a8372d0c353';
const RECORD = '372e67954025e0ba6aaa6d586b9e0b59';
const NAMESPACE = '0f2ac74b498b48028cb68387c421e279';
const TOKEN_ID = 'ed17574386854bf78a67040be0a770b0';

const TEMPLATES = [
  '/zones',
  '/zones/{zone_id}',
  '/user',
  '/user/tokens',
  '/user/tokens/{token_id}',
  '/zones/{zone_id}/dns_records',
  '/zones/{zone_id}/dns_records/{dns_record_id}',
  '/zones/{zone_id}/dns_records/export',
  '/zones/{zone_id}/dns_records/import',
  '/accounts/{account_id}/images/v1',
  '/accounts/{account_id}/ai/run/@cf/microsoft/resnet-50',
  '/accounts/{account_id}/storage/kv/namespaces/{namespace_id}/values/{key_name}',
  '/accounts/{account_id}/d1/database',
  '/accounts/{account_id}/d1/database/{database_id}',
  '/accounts/{account_id}/r2/buckets',
  '/accounts/{account_id}',
  '/accounts/{account_id}/queues',
];

let dir: string | undefined;
let prism: Prism | undefined;
let client: Record<string, unknown>;
/** Violations by the request that Prism named in `sl-violations` headers. */
const violations: string[] = [];
/** How many violations by its own (example) responses Prism named. */
let responseViolations = 0;
/** `GET /zones?page=2`: what the client asked Prism, in order. */
const requests: string[] = [];

beforeAll(async () => {
  dir = await scratch('prism');
  const { spec } = await unpackCloudflare(dir);
  const subsetFile = path.join(dir, 'cloudflare-subset.json');
  await writeFile(subsetFile, JSON.stringify(subsetSpec(spec, TEMPLATES)));
  const out = path.join(dir, 'client');
  const [run, started] = await Promise.all([
    runGenerator(['--spec', subsetFile, '--out', out]),
    startPrism(subsetFile),
  ]);
  prism = started;
  expect(run.code).toBe(0);
  const pkg = (await import(pathToFileURL(path.join(out, 'dist/index.js')).href)) as {
    createCloudflareAPIClient(options: Params): Record<string, unknown>;
  };
  client = pkg.createCloudflareAPIClient({
    baseUrl: prism.url,
    apiToken: 'tok_PRISM_5e2a',
    apiEmail: 'prism@example.com',
    apiKey: 'key_PRISM_9b71',
    maxRetries: 0,
    validateResponses: false,
    warnOnDeprecated: false,
    fetch: async (input: Request | string | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${request.url.slice(prism?.url.length)}`);
      const response = await fetch(request);
      const named = JSON.parse(response.headers.get('sl-violations') ?? '[]') as {
        location: string[];
        message: string;
      }[];
      for (const violation of named) {
        if (violation.location[0] === 'request')
          violations.push(`${request.method} ${request.url}: ${violation.message}`);
        else responseViolations++;
      }
      return response;
    },
  });
}, 300_000);

afterAll(async () => {
  console.info(`Prism: ${responseViolations} violations of the spec by its own mock responses (not checked)`);
  await prism?.stop();
  await removeScratch(dir);
});

beforeEach(() => {
  violations.length = 0;
  requests.length = 0;
});

/** `client.zones.dnsRecords.list` by its dotted name. */
function method(name: string): Method {
  const found = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], client);
  if (typeof found !== 'function') throw new Error(`the client has no method ${name}`);
  return found as Method;
}

/**
 * Cloudflare's DNS record lists readOnly properties as required (`proxiable`, `created_on`,
 * `modified_on`). OpenAPI says `required` then binds responses only, and the client's request
 * checks and types let a record leave them out (cloudflare.test.ts sends one without them). Prism
 * 5 does the same for a plain object but not under a `oneOf`, which the DNS record is
 * (stoplightio/prism#1941, open): it answers 422 without them, so these requests carry them, and
 * the record's `id` (required, and not readOnly: `dns-records_identifier` is a plain string).
 */
const READ_ONLY = {
  id: RECORD,
  proxiable: true,
  created_on: '2014-01-01T05:20:00.12345Z',
  modified_on: '2014-01-01T05:20:00.12345Z',
};

const json = (name: string, params: Params): [string, Params] => [name, params];

describe('requests Prism accepts, through the generated client', () => {
  it.each([
    json('zones.get', { zone_id: ZONE }),
    json('zones.create', { name: 'example.com', account: { id: ACCOUNT }, type: 'full' }),
    json('zones.edit', { zone_id: ZONE, paused: true }),
    json('zones.delete', { zone_id: ZONE }),
    json('user.get', {}),
    json('user.edit', { first_name: 'Ada', last_name: 'Lovelace', country: 'GB' }),
    json('user.tokens.create', {
      name: 'readonly token',
      policies: [
        {
          id: 'f267e341f3dd4697bd3b9f71dd96247f',
          effect: 'allow',
          permission_groups: [{ id: 'c8fed203ed3043cba015a93ad1616f1f' }],
          resources: { 'com.cloudflare.api.account.zone.*': '*' },
        },
      ],
    }),
    json('user.tokens.update', {
      token_id: TOKEN_ID,
      id: TOKEN_ID,
      name: 'readonly token',
      status: 'active',
      policies: [
        {
          id: 'f267e341f3dd4697bd3b9f71dd96247f',
          effect: 'allow',
          permission_groups: [{ id: 'c8fed203ed3043cba015a93ad1616f1f' }],
          resources: { 'com.cloudflare.api.account.zone.*': '*' },
        },
      ],
    }),
    json('user.tokens.delete', { token_id: TOKEN_ID, body: {} }),
    json('dnsRecords.create', {
      zone_id: ZONE,
      body: { type: 'A', name: 'www.example.com', content: '198.51.100.4', ttl: 3600, proxied: false, ...READ_ONLY },
    }),
    json('dnsRecords.update', {
      zone_id: ZONE,
      dns_record_id: RECORD,
      body: { type: 'TXT', name: 'example.com', content: 'v=spf1 -all', ttl: 1, ...READ_ONLY },
    }),
    json('d1.database.create', { account_id: ACCOUNT, name: 'my-database', primary_location_hint: 'weur' }),
    json('d1.database.get', { account_id: ACCOUNT, database_id: 'x-database' }),
    json('d1.database.delete', { account_id: ACCOUNT, database_id: 'x-database' }),
    json('r2.buckets.create', { account_id: ACCOUNT, name: 'example-bucket', locationHint: 'weur' }),
    json('accounts.get', { account_id: ACCOUNT }),
    json('accounts.update', {
      account_id: ACCOUNT,
      id: ACCOUNT,
      name: 'Demo Account',
      settings: { enforce_twofactor: true },
    }),
    json('queues.create', { account_id: ACCOUNT, body: { queue_name: 'example-queue' } }),
  ])('%s (JSON)', async (name, params) => {
    const { response } = await method(name)(params).withResponse();
    expect(response.status).toBeLessThan(300);
    expect(violations).toEqual([]);
  });

  it('dnsRecords.import.create: multipart/form-data with two fields (the spec types the file a string)', async () => {
    const file = 'www.example.com. 300 IN A 192.0.2.1\n';
    const { response } = await method('dnsRecords.import.create')({
      zone_id: ZONE,
      file,
      proxied: 'true',
    }).withResponse();
    expect(response.status).toBeLessThan(300);
    expect(violations).toEqual([]);
  });

  // Without `metadata`: an object part is sent as JSON, as OpenAPI says, but Prism reads every
  // multipart part as a string and would call it "not an object".
  it('images.v1.create: multipart/form-data with a Blob file part', async () => {
    const file = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    const { response } = await method('images.v1.create')({
      account_id: ACCOUNT,
      file,
      requireSignedURLs: false,
    }).withResponse();
    expect(response.status).toBeLessThan(300);
    expect(violations).toEqual([]);
  });

  it('storage.kv.namespaces.values.update: multipart/form-data PUT', async () => {
    const { response } = await method('storage.kv.namespaces.values.update')({
      account_id: ACCOUNT,
      namespace_id: NAMESPACE,
      key_name: 'my-key',
      value: 'Some Value',
      metadata: '{"someMetadataKey": "someMetadataValue"}',
    }).withResponse();
    expect(response.status).toBeLessThan(300);
    expect(violations).toEqual([]);
  });

  it('ai.run.cf.microsoft.resnet50.create: an application/octet-stream body', async () => {
    const { response } = await method('ai.run.cf.microsoft.resnet50.create')({
      account_id: ACCOUNT,
      body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    }).withResponse();
    expect(response.status).toBeLessThan(300);
    expect(violations).toEqual([]);
  });

  it('dnsRecords.export.get: a text/plain response resolves to the string', async () => {
    const text = await method('dnsRecords.export.get')({ zone_id: ZONE });
    expect(typeof text).toBe('string');
    expect(violations).toEqual([]);
  });

  it('storage.kv.namespaces.values.get: an application/octet-stream response resolves to a Blob', async () => {
    const value = await method('storage.kv.namespaces.values.get')({
      account_id: ACCOUNT,
      namespace_id: NAMESPACE,
      key_name: 'my-key',
    });
    expect(value).toBeInstanceOf(Blob);
    expect(violations).toEqual([]);
  });

  it.each([
    json('zones.list', { per_page: 5, status: 'active', order: 'name', direction: 'asc' }),
    json('user.tokens.list', { per_page: 5 }),
    json('dnsRecords.list', { zone_id: ZONE, type: 'A', per_page: 5 }),
    json('d1.database.list', { account_id: ACCOUNT, per_page: 10 }),
    json('r2.buckets.list', { account_id: ACCOUNT, per_page: 5 }),
  ])('%s: `for await` walks past the first page, every page request accepted', async (name, params) => {
    // Prism answers every page with the same example, so the walk is cut short once the second
    // page has arrived.
    let items = 0;
    for await (const _item of method(name)(params) as PageCall) {
      items++;
      if (requests.length > 1) break;
    }
    expect(items).toBeGreaterThan(1);
    expect(requests).toHaveLength(2);
    expect(violations).toEqual([]);
  });
});

describe('Prism catches a request that breaks the spec', () => {
  it('with a 422 and a request violation in sl-violations: what the checks above would see', async () => {
    // The client validates before sending, so a bad request goes around it to show Prism's side
    // of the contract: per_page 500 breaks `maximum: 50`.
    const response = await fetch(`${prism?.url}/zones?per_page=500`, {
      headers: { authorization: 'Bearer tok_PRISM_5e2a' },
    });
    await response.body?.cancel();
    expect(response.status).toBe(422);
    const named = JSON.parse(response.headers.get('sl-violations') ?? '[]') as { location: string[] }[];
    expect(named.map((violation) => violation.location.join('.'))).toEqual(['request.query.per_page']);
  });
});
