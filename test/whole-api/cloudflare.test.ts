/**
 * "Any real API": the generator on Cloudflare's whole published spec (1,533 operations, 3,716
 * schemas; test/fixtures/cloudflare). It must generate with warnings only, give every operation a
 * method, and produce a package that a strict consumer project type-checks, the package's own
 * .d.ts files included (skipLibCheck: false).
 *
 * The package is generated once, into the node_modules of a scratch consumer project, by the real
 * CLI. On an idle 2-core machine that takes ~15 s and the type check ~15 s of CPU.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelope, sendJson, startServer } from '../runtime/server.js';
import { typecheckConsumer } from '../support/strict-consumer.js';
import {
  declaredOperations,
  removeScratch,
  ROOT,
  runGenerator,
  scratch,
  unpackCloudflare,
  type Run,
} from './support.js';

const OPERATIONS = 1533;

interface SurfaceOperation {
  readonly method: string;
  readonly path: string;
}

let dir: string | undefined;
let declared: string[];
let app: string;
let out: string;
let run: Run;

beforeAll(async () => {
  dir = await scratch('cloudflare');
  const unpacked = await unpackCloudflare(dir);
  declared = declaredOperations(unpacked.spec);
  app = path.join(dir, 'app');
  out = path.join(app, 'node_modules/cloudflare-api');
  run = await runGenerator(['--spec', unpacked.file, '--out', out]);
}, 330_000);

afterAll(() => removeScratch(dir));

describe("Cloudflare's whole spec generates", () => {
  it('exits 0 without errors, and the summary counts every operation', () => {
    expect(declared).toHaveLength(OPERATIONS);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`: \\d+ files, .*; ${OPERATIONS} operations, version \\d+\\.\\d+\\.\\d+\\n$`),
    );
    // stderr is the warning summary and nothing else: a header, then one line per code.
    const [header, ...groups] = run.stderr.trimEnd().split('\n');
    expect(header).toMatch(/^\d+ warnings \(--verbose lists every one\):$/);
    for (const line of groups) expect(line).toMatch(/^ {2}[a-z_]+: \d+, first at .+:\d+:\d+ \(#\/.+\): .+$/);
  });

  it('groups its warnings by code, the groups adding up to the total', () => {
    const total = Number(/^(\d+) warnings/.exec(run.stderr)?.[1]);
    const byCode: Record<string, number> = Object.fromEntries(
      [...run.stderr.matchAll(/^ {2}([a-z_]+): (\d+), first at /gm)].map((match) => [match[1], Number(match[2])]),
    );
    expect(Object.values(byCode).reduce((sum, count) => sum + count, 0)).toBe(total);
    // What Cloudflare's spec gets wrong, as the generator sees it: a change here is a change in
    // what the generator accepts, repairs or reports.
    expect(byCode).toEqual({
      default_invalid: 61,
      duplicate_parameter: 1,
      example_invalid: 1879,
      invalid_schema: 2,
      media_type_without_schema: 135,
      name_collision: 48,
      parameter_read_only: 800,
      sdk_method_collision: 9,
      super_linear_pattern: 1,
    });
  });

  it('gives every operation of the spec a method in api-surface.json', async () => {
    const surface = JSON.parse(await readFile(path.join(out, 'api-surface.json'), 'utf8')) as {
      operations: Record<string, SurfaceOperation>;
    };
    const generated = Object.values(surface.operations).map((op) => `${op.method} ${op.path}`);
    expect(generated).toHaveLength(OPERATIONS);
    expect(generated.sort()).toEqual([...declared].sort());
  });

  it('and the client has each of those methods, where api-surface.json says', async () => {
    const surface = JSON.parse(await readFile(path.join(out, 'api-surface.json'), 'utf8')) as {
      operations: Record<string, SurfaceOperation>;
    };
    const pkg = (await import(pathToFileURL(path.join(out, 'dist/index.js')).href)) as {
      createCloudflareAPIClient(options: Record<string, unknown>): Record<string, unknown>;
    };
    const client = pkg.createCloudflareAPIClient({ apiToken: 'unused', baseUrl: 'http://127.0.0.1:9' });
    const missing = Object.keys(surface.operations).filter((name) => {
      const method = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], client);
      return typeof method !== 'function';
    });
    expect(missing).toEqual([]);
  });
});

describe('readOnly properties in requests', () => {
  // A DNS record lists its readOnly `created_on`, `modified_on` and `proxiable` as required.
  const record = {
    id: '372e67954025e0ba6aaa6d586b9e0b59',
    type: 'A',
    name: 'www.example.com',
    content: '198.51.100.4',
  };
  const stored = {
    ...record,
    proxiable: true,
    created_on: '2014-01-01T05:20:00Z',
    modified_on: '2014-01-01T05:20:00Z',
  };

  it('a DNS record to create need not have them, its response must', async () => {
    const validators = (await import(pathToFileURL(path.join(out, 'dist/validators.js')).href)) as Record<
      string,
      (value: unknown) => { ok: boolean; errors?: { path: string; keyword: string; message: string }[] }
    >;
    const params = validators['validateDnsRecordsForAZoneCreateDnsRecordParams']!;
    expect(params({ zone_id: '023e105f4ecef8ad9ca31a8372d0c353', body: record })).toMatchObject({ ok: true });
    // Present, they are still checked.
    expect(
      params({ zone_id: '023e105f4ecef8ad9ca31a8372d0c353', body: { ...record, created_on: 'today' } }),
    ).toMatchObject({
      ok: false,
    });
    const response = validators['validateDnsRecordsDnsRecord']!;
    expect(
      response(record)
        .errors?.filter((issue) => issue.keyword === 'required')
        .map((issue) => issue.message),
    ).toEqual([
      "must have required property 'proxiable'",
      "must have required property 'created_on'",
      "must have required property 'modified_on'",
    ]);
    expect(response(stored)).toMatchObject({ ok: true });
  });

  it('the client sends a DNS record without them, and checks the stored record it gets back', async () => {
    const server = await startServer();
    try {
      const zone = '023e105f4ecef8ad9ca31a8372d0c353';
      server.route('POST', `/zones/${zone}/dns_records`, (_req, res) => sendJson(res, 200, envelope(stored)));
      const pkg = (await import(pathToFileURL(path.join(out, 'dist/index.js')).href)) as {
        createCloudflareAPIClient(options: Record<string, unknown>): {
          dnsRecords: { create(params: Record<string, unknown>): Promise<unknown> };
        };
      };
      const client = pkg.createCloudflareAPIClient({
        apiEmail: 'ro@example.com',
        apiKey: 'key_RO_1f3a',
        baseUrl: server.url,
        maxRetries: 0,
      });
      await expect(client.dnsRecords.create({ zone_id: zone, body: record })).resolves.toEqual(stored);
      expect(server.requests.map((request) => JSON.parse(request.body.toString('utf8')) as unknown)).toEqual([record]);
    } finally {
      await server.close();
    }
  });
});

describe('the generated package in a consumer project', () => {
  it('type-checks under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes, its .d.ts files included', async () => {
    const result = await typecheckConsumer(app, path.join(ROOT, 'test/whole-api/consumer/app.ts'), 'app.ts', 300_000);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 330_000);
});
