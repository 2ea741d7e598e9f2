/**
 * readOnly and writeOnly properties that a schema also lists as required (Cloudflare's DNS record
 * lists its readOnly `created_on` and `modified_on`): OpenAPI says `required` then binds one
 * direction only. A request need not send a readOnly property and a response need not carry a
 * writeOnly one; present, each is still checked. The fixture's `DnsRecord` has both kinds and is
 * a request body and a response body, directly, through a union and through a property.
 *
 * ajv knows no direction, so its schema for a direction is the spec's with the other direction's
 * properties taken out of `required` (by a walk over the raw document, independent of the
 * generator's model); the generated `XRequest` / `XResponse` validators must agree with it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { loadDocument, type Json, type JsonObject, isObject, type SpecDocument } from '../support/spec-document.js';
import { disagreement, validatorOf } from './support/differential.js';
import { createOracle } from './support/oracle.js';
import { generatePackage, importValidators, removeGeneratedPackages } from './support/package.js';
import { schemaArbitrary } from './support/schema-arbitrary.js';
import { fuzzSeed, replayHint } from './support/seed.js';

const FIXTURE = 'test/validators/fixtures/read-only.yaml';
const RUNS = Number(process.env['DIFFERENTIAL_RUNS'] ?? 1_000);
const SEED = fuzzSeed();
afterAll(removeGeneratedPackages);

let loaded: Promise<Readonly<Record<string, unknown>>> | undefined;
const validators = (): Promise<Readonly<Record<string, unknown>>> =>
  (loaded ??= generatePackage(FIXTURE).then(importValidators));

const created = { id: 'a1', created_on: '2024-01-01T00:00:00Z' };
const written = { name: 'www', secret: 'hunter2hunter2' };

describe('a required readOnly property, in a request', () => {
  it('may be left out of the body, flattened or under its key, or deep in it', async () => {
    const v = await validators();
    expect(validatorOf(v, 'CreateRecordParams').validate(written)).toMatchObject({ ok: true });
    expect(validatorOf(v, 'CreateAnyDnsRecordParams').validate({ body: written })).toMatchObject({ ok: true });
    expect(validatorOf(v, 'CreateBatchParams').validate({ records: [written] })).toMatchObject({ ok: true });
    expect(validatorOf(v, 'DnsRecordRequest').is(written)).toBe(true);
  });

  it('declared by one allOf member and required by another (allOf: [$ref Base, {required: [id]}])', async () => {
    const v = await validators();
    expect(validatorOf(v, 'CreateUserParams').validate({ name: 'n' })).toMatchObject({ ok: true });
    expect(validatorOf(v, 'CreateUserParams').validate({ id: 5, name: 'n' })).toMatchObject({ ok: false });
    expect(validatorOf(v, 'CreateUserResponse').validate({ name: 'n' })).toMatchObject({
      ok: false,
      errors: [{ path: '', keyword: 'required', message: "must have required property 'id'" }],
    });
  });

  it('inline too, where no named schema is involved', async () => {
    const v = await validators();
    expect(validatorOf(v, 'CreateNoteParams').validate({ text: 't' })).toMatchObject({ ok: true });
    expect(validatorOf(v, 'CreateNoteParams').validate({ id: 5, text: 't' })).toMatchObject({ ok: false });
    expect(validatorOf(v, 'CreateNoteResponse').validate({ id: 'n1', text: 't' })).toMatchObject({ ok: true });
    expect(validatorOf(v, 'CreateNoteResponse').validate({ text: 't', token: 'x' })).toMatchObject({
      ok: false,
      errors: [{ path: '', keyword: 'required', message: "must have required property 'id'" }],
    });
  });

  it('is still checked when present', async () => {
    const v = await validators();
    const long = { ...written, id: 'x'.repeat(33), created_on: 'yesterday' };
    expect(validatorOf(v, 'CreateRecordParams').validate(long)).toMatchObject({
      ok: false,
      errors: [
        { path: '/id', keyword: 'maxLength' },
        { path: '/created_on', keyword: 'format' },
      ],
    });
  });

  it('but a required writeOnly property may not be left out', async () => {
    const v = await validators();
    expect(validatorOf(v, 'CreateRecordParams').validate({ name: 'www' })).toMatchObject({
      ok: false,
      errors: [{ path: '', keyword: 'required', message: "must have required property 'secret'" }],
    });
  });
});

describe('in a response', () => {
  it('a required readOnly property is required', async () => {
    const v = await validators();
    expect(validatorOf(v, 'CreateRecordResponse').validate(written)).toMatchObject({
      ok: false,
      errors: [
        { path: '', keyword: 'required', message: "must have required property 'id'" },
        { path: '', keyword: 'required', message: "must have required property 'created_on'" },
      ],
    });
    expect(validatorOf(v, 'CreateAnyDnsRecordResponse').is({ ...written, id: 'a1' })).toBe(false);
  });

  it('a required writeOnly property may be left out', async () => {
    const v = await validators();
    expect(validatorOf(v, 'CreateRecordResponse').validate({ ...created, name: 'www' })).toMatchObject({ ok: true });
    expect(validatorOf(v, 'CreateBatchResponse').is({ records: [{ ...created, name: 'www' }] })).toBe(true);
  });
});

it('the schema as written (its own validators) keeps both required', async () => {
  const v = await validators();
  expect(validatorOf(v, 'DnsRecord').is({ ...created, name: 'www' })).toBe(false);
  expect(validatorOf(v, 'DnsRecord').is(written)).toBe(false);
  expect(validatorOf(v, 'DnsRecord').is({ ...created, ...written })).toBe(true);
});

it("a variant's name taken by a component gets the next free one, with a name_collision warning", async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'read-only-names-'));
  try {
    const spec = path.join(folder, 'spec.yaml');
    const text = await readFile(path.join(ROOT, FIXTURE), 'utf8');
    await writeFile(spec, `${text}    DnsRecordRequest:\n      type: string\n`);
    const pkg = await generatePackage(spec);
    expect(pkg.warnings.filter((issue) => issue.code === 'name_collision').map((issue) => issue.message)).toEqual([
      "the request variant of schema 'DnsRecord' would be named DnsRecordRequest, which schema 'DnsRecordRequest' already is; it is named DnsRecordRequest2 instead",
    ]);
    const v = await importValidators(pkg);
    expect(validatorOf(v, 'DnsRecordRequest').is('a string')).toBe(true);
    expect(validatorOf(v, 'DnsRecordRequest2').is(written)).toBe(true);
    expect(validatorOf(v, 'CreateRecordParams').is(written)).toBe(true);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

describe.each([
  ['request', 'readOnly'],
  ['response', 'writeOnly'],
] as const)('the %s variants agree with ajv on the spec without %s names in `required`', (side, marker) => {
  const doc = withoutRequired(loadDocument(path.join(ROOT, FIXTURE)), marker);
  const oracle = createOracle(doc.root);
  const suffix = side === 'request' ? 'Request' : 'Response';
  it.each(side === 'request' ? ['DnsRecord', 'AnyDnsRecord', 'Batch', 'User'] : ['DnsRecord', 'AnyDnsRecord', 'Batch'])(
    `%s${suffix}, on ${RUNS} values`,
    async (name) => {
      const ours = validatorOf(await validators(), `${name}${suffix}`);
      const ajv = oracle.compile({ $ref: `spec#/components/schemas/${name}` });
      const tally = { valid: 0, invalid: 0 };
      const property = fc.property(schemaArbitrary(doc, { $ref: `#/components/schemas/${name}` }), (value) => {
        if (ajv(value)) tally.valid++;
        else tally.invalid++;
        const why = disagreement(ours, ajv, value, { exactErrors: name !== 'AnyDnsRecord', checkAssert: true });
        if (why !== undefined) throw new Error(why);
      });
      try {
        fc.assert(property, { numRuns: RUNS, seed: SEED, includeErrorInReport: true });
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${replayHint(SEED, 'test/validators/read-only.test.ts')}`);
      }
      expect(tally.valid).toBeGreaterThan(0);
      expect(tally.invalid).toBeGreaterThan(0);
    },
  );
});

/**
 * The document with every name a schema requires taken out of `required` when the property it
 * names is marked (`readOnly: true` on its schema or on what that references), looking for the
 * property in the schema's own `properties`, else in its allOf/anyOf/oneOf members, else (for an
 * allOf member) in the schema whose allOf holds it.
 */
function withoutRequired(doc: SpecDocument, marker: 'readOnly' | 'writeOnly'): SpecDocument {
  const root = structuredClone(doc.root);
  const schemas = (root['components'] as JsonObject)['schemas'] as JsonObject;
  const resolve = (schema: Json): Json => {
    const target = isObject(schema) ? schema['$ref'] : undefined;
    return typeof target === 'string' ? resolve(schemas[target.split('/').pop()!]!) : schema;
  };
  const marked = (schema: Json): boolean =>
    isObject(schema) && resolve(schema) !== undefined && (resolve(schema) as JsonObject)[marker] === true;
  const declarations = (schema: Json, name: string): Json[] => {
    const node = resolve(schema);
    if (!isObject(node)) return [];
    const own = isObject(node['properties']) ? node['properties'][name] : undefined;
    if (own !== undefined) return [own];
    return ['allOf', 'anyOf', 'oneOf'].flatMap((key) =>
      Array.isArray(node[key]) ? (node[key] as Json[]).flatMap((member) => declarations(member, name)) : [],
    );
  };
  const visit = (node: Json, scope?: JsonObject): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item));
    if (!isObject(node)) return;
    if (Array.isArray(node['required'])) {
      const kept = (node['required'] as string[]).filter((name) => {
        const own = declarations(node, name);
        const found = own.length === 0 && scope !== undefined ? declarations(scope, name) : own;
        return found.length === 0 || !found.every(marked);
      });
      node['required'] = kept;
    }
    for (const [key, value] of Object.entries(node))
      if (key === 'allOf' && Array.isArray(value)) value.forEach((member) => visit(member, node));
      else visit(value);
  };
  visit(schemas);
  return { file: doc.file, root };
}
