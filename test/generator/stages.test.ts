/**
 * The first stages one by one: load (positions), resolve (`$ref`s), build (spec -> ApiModel).
 * Load and resolve refuse what cannot be read; build refuses only a document that is not OpenAPI
 * 3.x and repairs every other defect with a located warning. The CLI's view of the same problems
 * is in test/corpus/specs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/build/index.js';
import { parseSpec, resolveRefs } from '../../generator/load/index.js';
import type { ApiModel } from '../../generator/model/index.js';
import { formatIssue } from '../../generator/report.js';
import { SchemaReader } from '../../generator/schema/read.js';
import { SpecProblems } from '../../generator/util/issue-list.js';

/** Runs load -> resolve -> build on a text. */
function build(source: string, file = 'spec.yaml'): ApiModel {
  return buildModel(resolveRefs(parseSpec(source, file)), {
    sourceName: file,
    schemaReader: (ctx) => new SchemaReader(ctx),
  });
}

/** The first line of each error that stopped the stages (a located line; excerpts and hints follow it). */
function problems(source: string): string[] {
  try {
    build(source);
  } catch (error) {
    if (error instanceof SpecProblems)
      return error.issues
        .filter((issue) => issue.severity === 'error')
        .map((issue) => formatIssue(issue).split('\n')[0] ?? '');
    throw error;
  }
  throw new Error('expected the spec to be rejected');
}

function warnings(source: string): string[] {
  return build(source).warnings.map((issue) => formatIssue(issue).split('\n')[0] ?? '');
}

const BASE = `openapi: 3.1.0
info:
  title: Test API
  version: 1.0.0
servers:
  - url: https://api.example.com
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
components:
  schemas:
    Thing:
      type: object
      properties:
        name:
          type: string
`;

describe('load', () => {
  it.each([
    {
      name: 'a YAML syntax error',
      given: 'openapi: 3.1.0\ninfo: [a, b\npaths: {}\n',
      want: "spec.yaml:2:7 (#): this flow sequence is never closed: ']' expected [yaml_syntax]",
    },
    {
      name: 'a duplicate key',
      given: 'openapi: 3.1.0\npaths: {}\npaths: {}\n',
      want: 'spec.yaml:3:1 (#/paths): duplicate key "paths": already defined on line 2 [yaml_duplicate_key]',
    },
  ])('refuses $name with file:line:column', ({ given, want }) => {
    expect(problems(given)).toEqual([want]);
  });

  it('reads JSON as well as YAML, with positions', () => {
    const json = JSON.stringify({ openapi: '3.0.3', info: { title: 'J', version: '1' }, paths: {} }, null, 2);
    expect({ ...parseSpec(json, 'spec.json').locate('/info/title') }).toEqual({
      file: 'spec.json',
      pointer: '/info/title',
      line: 4,
      column: 5,
    });
  });

  it('locates the deepest existing node of a pointer that runs past the document', () => {
    const at = parseSpec(BASE, 'spec.yaml').locate('/paths/~1things~1{id}/get/nothing/here');
    expect({ line: at.line, column: at.column }).toEqual({ line: 9, column: 5 });
  });
});

describe('resolve: references', () => {
  it('refuses a $ref to nothing, with its pointer and the line that holds it', () => {
    expect(problems(BASE.replace("'#/components/schemas/Thing'", "'#/components/schemas/Missing'"))).toEqual([
      "spec.yaml:23:17 (#/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$ref): $ref '#/components/schemas/Missing' points at nothing: no node at #/components/schemas/Missing [ref_not_found]",
    ]);
  });

  it('refuses a $ref into another file: it reads one document', () => {
    expect(problems(BASE.replace("'#/components/schemas/Thing'", "'./common.yaml#/Thing'"))).toEqual([
      expect.stringMatching(
        /^spec\.yaml:23:17 .*\$ref '\.\/common\.yaml#\/Thing' points into another file .*\[ref_external\]$/,
      ),
    ]);
  });

  it('refuses a cycle of references that never reaches a schema, at each link', () => {
    const spec = `${BASE}    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n`;
    expect(problems(spec)).toEqual([
      "spec.yaml:32:7 (#/components/schemas/A/$ref): $ref '#/components/schemas/B' is part of a cycle of references that never reaches a schema [ref_cycle]",
      "spec.yaml:34:7 (#/components/schemas/B/$ref): $ref '#/components/schemas/A' is part of a cycle of references that never reaches a schema [ref_cycle]",
    ]);
  });

  it('accepts recursion through properties, as a reference by name', () => {
    const thing = build(`${BASE}        parent:\n          $ref: '#/components/schemas/Thing'\n`).schemas[0];
    expect(thing).toMatchObject({
      id: 'Thing',
      schema: {
        kind: 'schema',
        keywords: {
          properties: [{ name: 'name' }, { name: 'parent', schema: { kind: 'ref', target: 'Thing' } }],
        },
      },
    });
  });
});

describe('build: only a document that is not OpenAPI 3.x is refused', () => {
  it.each([
    {
      name: 'Swagger 2.0',
      given: 'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n',
      want: 'spec.yaml:1:1 (#/swagger): Swagger 2.0 is not supported: convert it to OpenAPI 3.x [unsupported_openapi_version]',
    },
    {
      name: 'a document that is not OpenAPI',
      given: 'name: my-package\nversion: 1.0.0\n',
      want: "spec.yaml:1:1 (#): not an OpenAPI document: there is no 'openapi' version field [not_openapi]",
    },
  ])('refuses $name', ({ given, want }) => {
    expect(problems(given)).toEqual([want]);
  });
});

describe('build: every other defect is repaired, with a located warning', () => {
  it.each([
    {
      name: 'a duplicate operationId: the second gets suffixed type names',
      given: BASE.replace(
        'paths:\n',
        "paths:\n  /other:\n    get:\n      operationId: getThing\n      responses:\n        '200':\n          description: ok\n",
      ),
      want: "spec.yaml:16:7 (#/paths/~1things~1{id}/get/operationId): warning: operationId 'getThing' is also the id of GET /other; this operation's types get a suffix [duplicate_operation_id]",
      check: (model: ApiModel) => expect(model.operations.map((op) => op.typeName)).toEqual(['GetThing', 'GetThing2']),
    },
    {
      name: 'a missing operationId: derived from method and path',
      given: BASE.replace('      operationId: getThing\n', ''),
      want: 'spec.yaml:9:5 (#/paths/~1things~1{id}/get): warning: the operation has no operationId; its types are named after getThingsId [operation_id_sanitised]',
      check: (model: ApiModel) => expect(model.operations[0]?.typeName).toBe('GetThingsId'),
    },
    {
      name: 'two operations mapped to the same client method: the second is suffixed',
      given: BASE.replace(
        'paths:\n',
        "paths:\n  /other:\n    get:\n      operationId: other\n      x-sdk-method: things.get\n      responses:\n        '200':\n          description: ok\n",
      ).replace('      operationId: getThing\n', '      operationId: getThing\n      x-sdk-method: things.get\n'),
      want: 'spec.yaml:16:5 (#/paths/~1things~1{id}/get): warning: GET /things/{id} would be the client method things.get, which GET /other already is; it is things.get2 [sdk_method_collision]',
      check: (model: ApiModel) =>
        expect(model.operations.map((op) => op.sdkPath.join('.'))).toEqual(['things.get', 'things.get2']),
    },
    {
      name: 'a path parameter that is not declared: a required string',
      given: BASE.replace('/things/{id}:', '/things/{id}/{part}:'),
      want: "spec.yaml:8:3 (#/paths/~1things~1{id}~1{part}): warning: path parameter '{part}' in '/things/{id}/{part}' is not declared in parameters; it is taken as a required string [path_param_undeclared]",
      check: (model: ApiModel) =>
        expect(model.operations[0]?.params.map((param) => [param.name, param.in, param.required])).toEqual([
          ['id', 'path', true],
          ['part', 'path', true],
        ]),
    },
    {
      name: 'a declared path parameter absent from the path: ignored',
      given: BASE.replace('/things/{id}:', '/things:'),
      want: "spec.yaml:12:11 (#/paths/~1things/get/parameters/0): warning: path parameter 'id' does not appear in '/things'; ignored [path_param_not_in_path]",
      check: (model: ApiModel) => expect(model.operations[0]?.params).toEqual([]),
    },
    {
      name: 'an unknown type',
      given: BASE.replace('          type: string\n', '          type: text\n'),
      want: 'spec.yaml:16:13 (#/paths/~1things~1{id}/get/parameters/0/schema/type): warning: unknown type "text" (expected one of string, number, integer, boolean, null, object, array): ignored [unsupported_type]',
    },
    {
      name: 'minimum greater than maximum',
      given: `${BASE}        size:\n          type: integer\n          minimum: 50\n          maximum: 5\n`,
      want: 'spec.yaml:33:11 (#/components/schemas/Thing/properties/size/minimum): warning: minimum 50 is greater than maximum 5: no value can satisfy both [min_gt_max]',
    },
    {
      name: 'a const that is not of the declared type',
      given: `${BASE}        ok:\n          type: boolean\n          const: 'yes'\n`,
      want: 'spec.yaml:33:11 (#/components/schemas/Thing/properties/ok/const): warning: const "yes" is not of the schema\'s type boolean: no value can match [invalid_schema]',
    },
    {
      name: 'a security requirement naming an undefined scheme',
      given: BASE.replace(
        '      operationId: getThing\n',
        '      operationId: getThing\n      security:\n        - token: []\n',
      ),
      want: "spec.yaml:12:11 (#/paths/~1things~1{id}/get/security/0/token): warning: security requirement names 'token', which components.securitySchemes does not define; the requirement is ignored [security_scheme_undefined]",
    },
    {
      name: 'an example that breaks its schema',
      given: `${BASE}      examples:\n        - name: 7\n`,
      want: 'spec.yaml:32:11 (#/components/schemas/Thing/examples/0): warning: example {"name":7} breaks its schema at /name: must be string (type) [example_invalid]',
    },
    {
      name: 'a readOnly path parameter',
      given: BASE.replace(
        '          schema:\n            type: string\n',
        '          schema:\n            type: string\n            readOnly: true\n',
      ),
      want: "spec.yaml:17:13 (#/paths/~1things~1{id}/get/parameters/0/schema/readOnly): warning: readOnly on parameter 'id' means nothing for a request; ignored [parameter_read_only]",
    },
  ])('$name', ({ given, want, check }) => {
    const model = build(given);
    expect(model.warnings.map((issue) => formatIssue(issue).split('\n')[0])).toContain(want);
    check?.(model);
  });

  it('reports every defect at once, not only the first', () => {
    const spec = BASE.replace('/things/{id}:', '/things/{id}/{part}:').replace(
      '      operationId: getThing\n',
      '      operationId: getThing\n      security:\n        - token: []\n',
    );
    expect(
      warnings(spec)
        .map((line) => /\[(\w+)\]$/.exec(line)?.[1])
        .sort(),
    ).toEqual(['path_param_undeclared', 'security_scheme_undefined']);
  });

  it.each([
    {
      given: BASE.replace('servers:\n  - url: https://api.example.com\n', ''),
      want: 'spec.yaml:1:1 (#/servers): warning: the spec names no server',
    },
    {
      given: BASE.replace('https://api.example.com', '/v2'),
      want: "spec.yaml:6:5 (#/servers/0/url): warning: the server URL '/v2' is not an absolute http(s) URL",
    },
  ])('warns when there is no absolute server URL: $want', ({ given, want }) => {
    const model = build(given);
    expect(model.sdk.baseUrl).toBe('');
    expect(warnings(given)).toContain(
      `${want}: the client has no default base URL, so callers must pass baseUrl [no_server]`,
    );
  });

  it('gives a clean spec no warning', () => {
    expect(warnings(BASE)).toEqual([]);
  });
});

describe('build: OpenAPI 3.0', () => {
  it('reads nullable and boolean exclusive bounds as their 3.1 meaning', () => {
    const spec = BASE.replace('openapi: 3.1.0', 'openapi: 3.0.3').replace(
      '        name:\n          type: string\n',
      '        name:\n          type: string\n          nullable: true\n        size:\n          type: number\n          minimum: 0\n          exclusiveMinimum: true\n',
    );
    expect(build(spec).schemas[0]?.schema).toMatchObject({
      keywords: {
        properties: [
          { name: 'name', schema: { keywords: { type: ['string', 'null'] } } },
          { name: 'size', schema: { keywords: { type: ['number'], exclusiveMinimum: 0 } } },
        ],
      },
    });
  });
});
