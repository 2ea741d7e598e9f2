import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveRefs } from '../../generator/load/index.js';
import { getAtPointer } from '../../generator/util/pointer.js';
import { parse, problemsOf, yaml } from './support.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/specs/${name}`, import.meta.url), 'utf8');

/** A spec whose one response schema is `{ $ref: <ref> }`, at line 12, column 17. */
function withRef(ref: string): string {
  return yaml(
    'openapi: 3.1.0',
    "info: { title: Refs, version: '1' }",
    'paths:',
    '  /things:',
    '    get:',
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    '              schema:',
    `                $ref: ${ref}`,
    'components:',
    '  schemas:',
    '    Thing: { type: object }',
  );
}

const SITE = '/paths/~1things/get/responses/200/content/application~1json/schema';

describe('a structural $ref', () => {
  it.each([
    {
      given: 'to another file',
      ref: "'./schemas/thing.yaml#/Thing'",
      want: "$ref './schemas/thing.yaml#/Thing' points into another file (./schemas/thing.yaml); the generator reads one document: bundle it first (for example `redocly bundle`) [ref_external]",
    },
    {
      given: 'to a URL',
      ref: "'https://example.com/schemas.yaml#/Thing'",
      want: "$ref 'https://example.com/schemas.yaml#/Thing' points at a URL (https://example.com/schemas.yaml); the generator reads one document and fetches nothing: bundle it first (for example `redocly bundle`) [ref_external]",
    },
    {
      given: 'to a missing node',
      ref: "'#/components/schemas/Thingy'",
      want: "$ref '#/components/schemas/Thingy' points at nothing: no node at #/components/schemas/Thingy [ref_not_found]",
    },
    {
      given: 'to an anchor name',
      ref: "'#Thing'",
      want: "$ref '#Thing' names an anchor, which the generator does not follow: write a JSON pointer such as '#/components/schemas/Name' [ref_invalid]",
    },
    {
      given: 'that is empty',
      ref: "''",
      want: "$ref is empty: write a pointer such as '#/components/schemas/Name' [ref_invalid]",
    },
    {
      given: 'that is not a string',
      ref: '5',
      want: "$ref must be a string such as '#/components/schemas/Name', not the number 5 [ref_invalid]",
    },
    {
      given: 'with a malformed %-escape',
      ref: "'#/components/schemas/%ZZ'",
      want: "$ref '#/components/schemas/%ZZ' has a malformed %-escape [ref_invalid]",
    },
  ])('is refused $given, located at its $ref key', ({ ref, want }) => {
    expect(problemsOf(() => resolveRefs(parse(withRef(ref))))).toEqual([`12:17 (#${SITE}/$ref): ${want}`]);
  });

  it.each([
    { given: 'a plain pointer', ref: "'#/components/schemas/Thing'", target: '/components/schemas/Thing' },
    { given: 'a %-encoded pointer', ref: "'#/components/schemas/Th%69ng'", target: '/components/schemas/Thing' },
    {
      given: 'a pointer with ~1',
      ref: "'#/paths/~1things/get/responses/200'",
      target: '/paths/~1things/get/responses/200',
    },
    { given: 'the document itself', ref: "'#'", target: '' },
  ])('is recorded with its target: $given', ({ ref, target }) => {
    const { refs } = resolveRefs(parse(withRef(ref)));
    expect([...refs]).toEqual([[SITE, target]]);
  });

  it('is reported in a cycle of bare references, once per member', () => {
    expect(problemsOf(() => resolveRefs(parse(corpus('ref-cycle.yaml'))))).toEqual([
      "19:7 (#/components/schemas/A/$ref): $ref '#/components/schemas/B' is part of a cycle of references that never reaches a schema [ref_cycle]",
      "21:7 (#/components/schemas/B/$ref): $ref '#/components/schemas/A' is part of a cycle of references that never reaches a schema [ref_cycle]",
    ]);
  });

  it('is reported when it names itself, in the words of its kind', () => {
    const source = yaml(
      'openapi: 3.1.0',
      'components:',
      '  parameters:',
      "    P: { $ref: '#/components/parameters/P' }",
    );
    expect(problemsOf(() => resolveRefs(parse(source)))).toEqual([
      "4:10 (#/components/parameters/P/$ref): $ref '#/components/parameters/P' is part of a cycle of references that never reaches a parameter [ref_cycle]",
    ]);
  });

  it('is not in a cycle when the chain reaches a node, and recursion through properties is fine', () => {
    const source = yaml(
      'openapi: 3.1.0',
      'components:',
      '  schemas:',
      "    A: { $ref: '#/components/schemas/B' }",
      "    B: { $ref: '#/components/schemas/Node' }",
      "    Node: { type: object, properties: { next: { $ref: '#/components/schemas/Node' } } }",
    );
    expect(resolveRefs(parse(source)).refs.size).toBe(3);
  });

  it('is found in every structural position of an OpenAPI document', () => {
    const at = (name: string): string => `{ $ref: '#/components/x-targets/${name}' }`;
    const source = yaml(
      'openapi: 3.1.0',
      'paths:',
      `  /a: ${at('pathItem')}`,
      '  /b:',
      `    parameters: [${at('parameter')}]`,
      '    post:',
      `      requestBody: ${at('requestBody')}`,
      `      callbacks: { onEvent: ${at('callback')} }`,
      '      responses:',
      `        default: ${at('response')}`,
      "        '201':",
      `          headers: { X-Id: ${at('header')} }`,
      `          links: { self: ${at('link')} }`,
      '          content:',
      '            application/json:',
      `              examples: { one: ${at('example')} }`,
      `              schema: { items: ${at('items')}, allOf: [${at('allOf')}], additionalProperties: ${at('additional')} }`,
      `webhooks: { hook: ${at('webhook')} }`,
      'components:',
      `  securitySchemes: { token: ${at('securityScheme')} }`,
      `  schemas: { S: { properties: { p: ${at('property')} }, $defs: { d: ${at('def')} }, not: ${at('not')} } }`,
      '  x-targets: { pathItem: {}, parameter: {}, requestBody: {}, callback: {}, response: {}, header: {}, link: {},',
      '    example: {}, items: {}, allOf: {}, additional: {}, webhook: {}, securityScheme: {}, property: {}, def: {}, not: {} }',
    );
    const targets = [...resolveRefs(parse(source)).refs.values()].map((target) => target.split('/').pop()).sort();
    expect(targets).toEqual(
      [
        'pathItem',
        'parameter',
        'requestBody',
        'callback',
        'response',
        'header',
        'link',
        'example',
        'items',
        'allOf',
        'additional',
        'webhook',
        'securityScheme',
        'property',
        'def',
        'not',
      ].sort(),
    );
  });
});

describe('a $ref inside data is data', () => {
  const data = "{ $ref: '/nonexistent/secret.yaml' }";
  it.each([
    { given: 'a schema example', where: `schema: { type: object, example: ${data} }`, pointer: '/schema/example' },
    {
      given: 'a schema examples array',
      where: `schema: { type: object, examples: [${data}] }`,
      pointer: '/schema/examples/0',
    },
    { given: 'a schema default', where: `schema: { type: object, default: ${data} }`, pointer: '/schema/default' },
    { given: 'a schema const', where: `schema: { const: ${data} }`, pointer: '/schema/const' },
    { given: 'an enum member', where: `schema: { enum: [${data}] }`, pointer: '/schema/enum/0' },
    {
      given: 'an x- extension of a schema',
      where: `schema: { type: object, x-meta: ${data} }`,
      pointer: '/schema/x-meta',
    },
    { given: 'a media type example', where: `example: ${data}`, pointer: '/example' },
    {
      given: "an Example Object's value",
      where: `examples: { one: { value: ${data} } }`,
      pointer: '/examples/one/value',
    },
    {
      given: 'an unknown keyword of a schema',
      where: `schema: { type: object, x-unknown: 1, foo: ${data} }`,
      pointer: '/schema/foo',
    },
  ])('in $given: neither followed nor recorded, and left as written', ({ where, pointer }) => {
    const source = yaml(
      'openapi: 3.1.0',
      'paths:',
      '  /things:',
      '    get:',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      `              ${where}`,
    );
    const resolved = resolveRefs(parse(source));
    expect(resolved.refs.size).toBe(0);
    const media = '/paths/~1things/get/responses/200/content/application~1json';
    expect(getAtPointer(resolved.document, `${media}${pointer}`)).toEqual({ $ref: '/nonexistent/secret.yaml' });
  });

  it.each([
    { given: 'an x- extension of the paths', where: ['paths:', `  x-internal: ${data}`] },
    {
      given: 'an x- extension of the responses',
      where: ['paths:', '  /a:', '    get:', '      responses:', `        x-note: ${data}`],
    },
    { given: 'the info object', where: [`info: { title: x, version: '1', x-logo: ${data} }`] },
    { given: 'a link request body', where: ['components:', `  links: { self: { requestBody: ${data} } }`] },
    {
      given: 'a parameter example',
      where: ['components:', `  parameters: { p: { name: p, in: query, example: ${data} } }`],
    },
  ])('in $given: not recorded', ({ where }) => {
    expect(resolveRefs(parse(yaml('openapi: 3.1.0', ...where))).refs.size).toBe(0);
  });
});

describe('a name in a map of names is a name', () => {
  it('keeps a property called $ref a property, not a reference', () => {
    const source = yaml(
      'openapi: 3.1.0',
      'components:',
      '  schemas:',
      '    S:',
      '      type: object',
      '      properties: { $ref: { type: string } }',
    );
    const resolved = resolveRefs(parse(source));
    expect(resolved.refs.size).toBe(0);
    expect(getAtPointer(resolved.document, '/components/schemas/S/properties/$ref')).toEqual({ type: 'string' });
  });

  it('follows the schema of a property called $ref', () => {
    const source = yaml(
      'openapi: 3.1.0',
      'components:',
      '  schemas:',
      '    T: { type: string }',
      "    S: { properties: { $ref: { $ref: '#/components/schemas/T' }, example: { $ref: '#/components/schemas/T' } } }",
    );
    expect([...resolveRefs(parse(source)).refs]).toEqual([
      ['/components/schemas/S/properties/$ref', '/components/schemas/T'],
      ['/components/schemas/S/properties/example', '/components/schemas/T'],
    ]);
  });

  it('keeps a component called x-thing a component', () => {
    const source = yaml(
      'openapi: 3.1.0',
      'components:',
      '  schemas:',
      "    x-thing: { items: { $ref: '#/components/schemas/x-thing' } }",
    );
    expect([...resolveRefs(parse(source)).refs.keys()]).toEqual(['/components/schemas/x-thing/items']);
  });
});

describe('resolveRefs on a spec without problems', () => {
  it('keeps everything the loaded spec had', () => {
    const spec = parse(withRef("'#/components/schemas/Thing'"));
    const resolved = resolveRefs(spec);
    expect(resolved.document).toBe(spec.document);
    expect(resolved.locate).toBe(spec.locate);
    expect(resolved.sourceHash).toBe(spec.sourceHash);
  });
});
