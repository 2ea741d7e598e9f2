/**
 * One check function per structurally identical schema (generator/plan/checks.ts): which roots
 * share a function, and where it is declared. The checks' code itself is tested in test/schema.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/build/index.js';
import type { Json } from '../../generator/model/at.js';
import type { Plan } from '../../generator/model/index.js';
import { planUnits } from '../../generator/plan/index.js';
import { SchemaReader } from '../../generator/schema/read.js';
import { specOf } from '../schema/support/spec.js';

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

const item = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 32 } } };

/** `GET /<namespace>` in its own namespace (so its own unit), answering with `schema`. */
const operation = (namespace: string, schema: Json): Json => ({
  get: {
    operationId: `get${namespace}`,
    'x-sdk-method': `${namespace}.get`,
    parameters: [{ name: 'q', in: 'query', schema: { type: 'string', maxLength: 8 } }],
    responses: { '200': { description: 'OK', content: { 'application/json': { schema } } } },
  },
});

const document: Json = {
  openapi: '3.1.0',
  info: { title: 'Checks', version: '1.0.0' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/a': operation('a', ref('EnvelopeA')),
    '/b': operation('b', ref('EnvelopeB')),
    '/c': operation('c', ref('EnvelopeC')),
    '/d': operation('d', { type: 'array', items: ref('TreeD') }),
    '/e': operation('e', { type: 'array', items: ref('TreeE') }),
    '/f': operation('f', { type: 'array', items: ref('TreeF') }),
    '/g': operation('g', { anyOf: [ref('OnlyG1'), ref('OnlyG2')] }),
    '/h': operation('h', { anyOf: [ref('ConstantH1'), ref('ConstantH2'), ref('ConstantH3')] }),
    '/i': operation('i', ref('ExampleI')),
    '/j': operation('j', ref('ExampleI')),
  },
  components: {
    schemas: {
      ItemA: item,
      // Only its description differs: checked the same.
      ItemB: { ...item, description: 'An item of b.' },
      // A different bound: checked differently.
      ItemC: { ...item, properties: { id: { type: 'string', maxLength: 33 } } },
      EnvelopeA: { type: 'object', properties: { result: ref('ItemA') } },
      EnvelopeB: { type: 'object', properties: { result: ref('ItemB') } },
      // The same as the others but for what it references.
      EnvelopeC: { type: 'object', properties: { result: ref('ItemC') } },
      TreeD: { type: 'object', properties: { children: { type: 'array', items: ref('TreeD') } } },
      TreeE: { type: 'object', properties: { children: { type: 'array', items: ref('TreeE') } } },
      TreeF: {
        type: 'object',
        properties: { children: { type: 'array', items: ref('TreeF') }, name: { type: 'string' } },
      },
      OnlyG1: { type: 'integer', minimum: 3 },
      OnlyG2: { type: 'integer', minimum: 3 },
      // Constant values are data, even where they hold the model's own key names (`at`, `target`).
      ConstantH1: { type: 'object', enum: [{ at: 1 }] },
      ConstantH2: { type: 'object', enum: [{ at: 2 }] },
      ConstantH3: { type: 'object', const: { target: 'Nowhere' } },
      // Shared by two units, with an example that holds a `target` key (Cloudflare has one).
      ExampleI: { type: 'object', properties: { target: { type: 'string' } }, examples: [{ target: 'Nowhere' }] },
    },
  },
};

function plan(): Plan {
  const model = buildModel(specOf(document), {
    sourceName: 'spec.json',
    schemaReader: (ctx) => new SchemaReader(ctx),
  });
  return planUnits(model);
}

describe('check functions shared by identical schemas', () => {
  const { checks } = plan();
  const fn = (typeName: string): string => checks.functionOf.get(`check${typeName}`)!;

  it('gives identical schemas one function, whatever their annotations', () => {
    expect(fn('ItemB')).toBe(fn('ItemA'));
    expect(fn('ItemC')).not.toBe(fn('ItemA'));
  });

  it('compares references by what they reference', () => {
    expect(fn('EnvelopeB')).toBe(fn('EnvelopeA'));
    expect(fn('EnvelopeC')).not.toBe(fn('EnvelopeA'));
  });

  it('compares recursive schemas by structure', () => {
    expect(fn('TreeE')).toBe(fn('TreeD'));
    expect(fn('TreeF')).not.toBe(fn('TreeD'));
  });

  it('checks a response that only references a schema with that schema function', () => {
    expect(fn('GetaResponse')).toBe(fn('EnvelopeA'));
  });

  it('compares constants by value, whatever keys they hold', () => {
    expect(fn('ConstantH2')).not.toBe(fn('ConstantH1'));
    expect(fn('ConstantH3')).not.toBe(fn('ConstantH1'));
  });

  it('gives identical params objects one function', () => {
    expect(fn('GetbParams')).toBe(fn('GetaParams'));
  });

  it('declares each function once: in the shared module when roots of several units use it', () => {
    const declared = [...checks.declared.values()].flat().map((check) => check.name);
    expect(new Set(declared).size).toBe(declared.length);
    expect(new Set(checks.functionOf.values())).toEqual(new Set(declared));
    expect(checks.homeOf.get(fn('ItemA'))).toBe('');
    expect(checks.homeOf.get(fn('ItemC'))).toBe('c');
    expect(checks.homeOf.get(fn('OnlyG1'))).toBe('g');
    expect(fn('OnlyG2')).toBe(fn('OnlyG1'));
  });

  it('reads no reference into an example: its `target` key is data', () => {
    expect(checks.homeOf.get(fn('ExampleI'))).toBe('');
  });

  it('shares whatever a shared function calls: the shared module imports no unit', () => {
    const shared = checks.declared.get('') ?? [];
    expect(shared.map((check) => check.name)).toContain(fn('EnvelopeA'));
    expect(checks.homeOf.get(fn('ItemA'))).toBe('');
  });
});
