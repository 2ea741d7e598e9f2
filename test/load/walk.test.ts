import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type NodeKind, parseSpec, resolveRefs, walkDocument } from '../../generator/load/index.js';
import { parse, yaml } from './support.js';

const SPEC = yaml(
  'openapi: 3.1.0',
  'info: { title: Walk, version: "1", x-logo: { url: x } }',
  'paths:',
  '  x-internal: { get: { operationId: hidden } }',
  '  /things/{id}:',
  '    parameters: [{ name: id, in: path, schema: { type: string }, example: { type: object } }]',
  '    get:',
  '      responses:',
  "        '200':",
  '          description: ok',
  '          content:',
  '            application/json:',
  '              schema: { $ref: "#/components/schemas/Thing" }',
  '              example: { properties: { a: { type: string } } }',
  '        x-note: { description: data }',
  'components:',
  '  schemas:',
  '    Thing:',
  '      type: object',
  '      properties: { x-name: { type: string }, list: { type: array, items: { type: integer } } }',
  '      default: { properties: {} }',
);

describe('walkDocument', () => {
  it('visits every structural object with its kind and pointer, in document order, and never data', () => {
    const seen: string[] = [];
    walkDocument(parse(SPEC).document, (_node, kind, path) => void seen.push(`${kind} #${path.pointer}`));
    expect(seen).toEqual([
      'document #',
      'paths #/paths',
      'pathItem #/paths/~1things~1{id}',
      'parameter #/paths/~1things~1{id}/parameters/0',
      'schema #/paths/~1things~1{id}/parameters/0/schema',
      'operation #/paths/~1things~1{id}/get',
      'responses #/paths/~1things~1{id}/get/responses',
      'response #/paths/~1things~1{id}/get/responses/200',
      'mediaType #/paths/~1things~1{id}/get/responses/200/content/application~1json',
      'schema #/paths/~1things~1{id}/get/responses/200/content/application~1json/schema',
      'components #/components',
      'schema #/components/schemas/Thing',
      'schema #/components/schemas/Thing/properties/x-name',
      'schema #/components/schemas/Thing/properties/list',
      'schema #/components/schemas/Thing/properties/list/items',
    ]);
  });

  it('skips the contents of a node when the visitor returns false', () => {
    const kinds: NodeKind[] = [];
    walkDocument(parse(SPEC).document, (_node, kind) => {
      kinds.push(kind);
      return kind !== 'components';
    });
    expect(kinds.at(-1)).toBe('components');
  });

  it('walks the old tuple form of items item by item', () => {
    const seen: string[] = [];
    const document = { components: { schemas: { T: { items: [{ type: 'string' }, { type: 'number' }] } } } };
    walkDocument(document, (_node, kind, path) => void seen.push(`${kind} #${path.pointer}`));
    expect(seen.slice(-2)).toEqual(['schema #/components/schemas/T/items/0', 'schema #/components/schemas/T/items/1']);
  });
});

/** Committed by the architect with its provenance; the suite skips this when it is absent. */
const CLOUDFLARE = new URL('../fixtures/cloudflare/cloudflare-api-2024-08-06.json.gz', import.meta.url);

// The fixture is committed: a missing file fails the suite rather than skipping it.
describe("Cloudflare's published API (4.2 MB of JSON)", () => {
  it('loads, resolves its 11,808 references and locates a schema', () => {
    const spec = parseSpec(gunzipSync(readFileSync(CLOUDFLARE)), 'cloudflare-api.json');
    expect(spec.format).toBe('json');
    expect(resolveRefs(spec).refs.size).toBe(11_808);
    expect(spec.locate('/components/schemas/bill-subs-api_rate_plan').line).toBe(1);
  });
});
