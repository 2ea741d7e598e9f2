import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/build-model.js';
import { formatIssue, SpecProblems } from '../../generator/errors.js';
import { parseSpec } from '../../generator/load.js';
import type { ApiModel } from '../../generator/model.js';
import { resolveRefs } from '../../generator/resolve.js';

/** Runs load -> resolve -> build on a text and returns the model, or the formatted problems. */
function build(source: string, file = 'spec.yaml'): ApiModel {
  return buildModel(resolveRefs(parseSpec(source, file)));
}

function problems(source: string, file = 'spec.yaml'): string[] {
  try {
    build(source, file);
  } catch (error) {
    if (error instanceof SpecProblems)
      return error.issues.filter((issue) => issue.severity === 'error').map(formatIssue);
    throw error;
  }
  throw new Error('expected the spec to be rejected');
}

const BASE = `openapi: 3.1.0
info:
  title: Test API
  version: 1.0.0
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

describe('load: YAML problems are located', () => {
  it.each([
    {
      name: 'a syntax error',
      given: 'openapi: 3.1.0\ninfo: [a, b\npaths: {}\n',
      want: /^spec\.yaml:3:1 \(#\): .*\[yaml_syntax\]$/,
    },
    {
      name: 'tab indentation',
      given: 'openapi: 3.1.0\ninfo:\n\ttitle: x\n',
      want: /^spec\.yaml:3:1 \(#\): Tabs are not allowed as indentation \[yaml_tab_indent\]$/,
    },
    {
      name: 'a duplicate key',
      given: 'openapi: 3.1.0\npaths: {}\npaths: {}\n',
      want: /^spec\.yaml:3:1 \(#\): Map keys must be unique \[yaml_duplicate_key\]$/,
    },
    {
      name: 'an empty file',
      given: '',
      want: /^spec\.yaml:1:1 \(#\): the spec is empty: expected an OpenAPI document \[empty_document\]$/,
    },
  ])('reports $name with file:line:column', ({ given, want }) => {
    const [first] = problems(given);
    expect(first).toMatch(want);
  });

  it('reads JSON as well as YAML, with positions', () => {
    const json = JSON.stringify({ openapi: '3.0.3', info: { title: 'J', version: '1' }, paths: {} }, null, 2);
    const spec = parseSpec(json, 'spec.json');
    expect(spec.locate('/info/title')).toEqual({ file: 'spec.json', pointer: '/info/title', line: 4, column: 5 });
  });

  it('locates the deepest existing node of a pointer that runs past the document', () => {
    const spec = parseSpec(BASE, 'spec.yaml');
    expect(spec.locate('/paths/~1things~1{id}/get/nothing/here')).toMatchObject({ line: 7, column: 5 });
  });
});

describe('resolve: references', () => {
  it('reports an unresolved $ref with its pointer and the line that holds it', () => {
    const [first] = problems(BASE.replace("'#/components/schemas/Thing'", "'#/components/schemas/Missing'"));
    expect(first).toBe(
      "spec.yaml:21:17 (#/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$ref): $ref '#/components/schemas/Missing' points at nothing: no node at #/components/schemas/Missing [ref_not_found]",
    );
  });

  it('reports a $ref into another file', () => {
    const [first] = problems(BASE.replace("'#/components/schemas/Thing'", "'./common.yaml#/Thing'"));
    expect(first).toMatch(
      /^spec\.yaml:21:17 .*\$ref '\.\/common\.yaml#\/Thing' points into another file \(\.\/common\.yaml\).*\[ref_external\]$/,
    );
  });

  it('reports a cycle of references that never reaches a schema', () => {
    const spec = `${BASE}    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n`;
    const found = problems(spec);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^spec\.yaml:30:7 \(#\/components\/schemas\/A\/\$ref\): \$ref '#\/components\/schemas\/B' is part of a cycle.*\[ref_cycle\]$/,
    );
  });

  it('accepts recursion through properties', () => {
    const spec = `${BASE}        parent:\n          $ref: '#/components/schemas/Thing'\n`;
    expect(build(spec).schemas[0]?.schema).toMatchObject({
      kind: 'schema',
      properties: [{ name: 'name' }, { name: 'parent', schema: { kind: 'ref', name: 'Thing' } }],
    });
  });
});

describe('buildModel: spec problems are reported with their place', () => {
  it.each([
    {
      name: 'a duplicate operationId',
      given: `${BASE.replace('paths:\n', "paths:\n  /other:\n    get:\n      operationId: getThing\n      responses:\n        '200':\n          description: ok\n")}`,
      want: "spec.yaml:13:5 (#/paths/~1things~1{id}/get): operationId 'getThing' is also used by GET /other [duplicate_operation_id]",
    },
    {
      name: 'a path parameter that is not declared',
      given: BASE.replace('/things/{id}:', '/things/{id}/{part}:'),
      want: "spec.yaml:6:3 (#/paths/~1things~1{id}~1{part}): path parameter '{part}' in '/things/{id}/{part}' is not declared in parameters [path_param_undeclared]",
    },
    {
      name: 'a declared path parameter absent from the path',
      given: BASE.replace('/things/{id}:', '/things:'),
      want: "spec.yaml:10:11 (#/paths/~1things/get/parameters/0): path parameter 'id' does not appear in '/things' [path_param_not_in_path]",
    },
    {
      name: 'an unsupported schema keyword, named',
      given: `${BASE}      not:\n        type: string\n`,
      want: "spec.yaml:29:7 (#/components/schemas/Thing/not): the schema keyword 'not' is not supported by the generator: its rule would not be checked [unsupported_keyword]",
    },
    {
      name: 'an unknown type',
      given: BASE.replace('          type: string\n', '          type: text\n'),
      want: 'spec.yaml:14:13 (#/paths/~1things~1{id}/get/parameters/0/schema/type): unknown type "text": expected one of string, number, integer, boolean, null, object, array [unsupported_type]',
    },
    {
      name: 'minimum greater than maximum',
      given: `${BASE}        size:\n          type: integer\n          minimum: 50\n          maximum: 5\n`,
      want: 'spec.yaml:31:11 (#/components/schemas/Thing/properties/size/minimum): minimum 50 is greater than maximum 5: no value can satisfy both [min_gt_max]',
    },
    {
      name: 'an enum of mixed types',
      given: `${BASE}        kind:\n          enum: [a, 1]\n`,
      want: 'spec.yaml:30:11 (#/components/schemas/Thing/properties/kind/enum): enum mixes number and string members: give each type its own schema under anyOf [enum_mixed_types]',
    },
    {
      name: 'an unknown format',
      given: `${BASE}        ip:\n          type: string\n          format: ipv4\n`,
      want: 'spec.yaml:31:11 (#/components/schemas/Thing/properties/ip/format): format "ipv4" cannot be validated by the generated code: use one of date-time, date, time, email, uri, uuid, or a pattern [unsupported_format]',
    },
    {
      name: 'a security requirement naming an undefined scheme',
      given: BASE.replace(
        '      operationId: getThing\n',
        '      operationId: getThing\n      security:\n        - token: []\n',
      ),
      want: "spec.yaml:10:11 (#/paths/~1things~1{id}/get/security/0/token): security requirement names 'token', which components.securitySchemes does not define [security_scheme_undefined]",
    },
    {
      name: 'an example that breaks its schema',
      given: `${BASE}      examples:\n        - name: 7\n`,
      want: 'spec.yaml:30:11 (#/components/schemas/Thing/examples/0/name): example does not match its schema: /name must be string [example_invalid]',
    },
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
  ])('rejects $name', ({ given, want }) => {
    expect(problems(given)).toContain(want);
  });

  it('reports every problem at once, not only the first', () => {
    const spec = `${BASE.replace('/things/{id}:', '/things/{id}/{part}:')}      not:\n        type: string\n`;
    expect(problems(spec).map((line) => /\[(\w+)\]$/.exec(line)?.[1])).toEqual([
      'path_param_undeclared',
      'unsupported_keyword',
    ]);
  });

  it('rejects two operations mapped to the same client method', () => {
    const spec = BASE.replace(
      'paths:\n',
      "paths:\n  /other:\n    get:\n      operationId: other\n      x-sdk-method: things.get\n      responses:\n        '200':\n          description: ok\n",
    ).replace('      operationId: getThing\n', '      operationId: getThing\n      x-sdk-method: things.get\n');
    expect(problems(spec)).toContain(
      'spec.yaml:14:5 (#/paths/~1things~1{id}/get): GET /things/{id} and GET /other both map to the client method things.get [duplicate_sdk_method]',
    );
  });
});

describe('buildModel: real-world specs are sanitised, with a warning', () => {
  it("turns Cloudflare's operationIds into identifiers and says so", () => {
    const model = build(
      BASE.replace('operationId: getThing', 'operationId: user-billing-history-(-deprecated)-billing-history-details'),
    );
    expect(model.operations[0]?.name).toBe('userBillingHistoryDeprecatedBillingHistoryDetails');
    expect(model.warnings.map(formatIssue)).toContain(
      "spec.yaml:8:7 (#/paths/~1things~1{id}/get/operationId): warning: operationId 'user-billing-history-(-deprecated)-billing-history-details' is not an identifier; the SDK calls it userBillingHistoryDeprecatedBillingHistoryDetails [operation_id_sanitised]",
    );
  });

  it('reads OpenAPI 3.0 nullable and boolean exclusive bounds as their 3.1 meaning', () => {
    const spec = BASE.replace('openapi: 3.1.0', 'openapi: 3.0.3').replace(
      '        name:\n          type: string\n',
      '        name:\n          type: string\n          nullable: true\n        size:\n          type: number\n          minimum: 0\n          exclusiveMinimum: true\n',
    );
    const thing = build(spec).schemas[0]?.schema;
    expect(thing).toMatchObject({
      properties: [{ schema: { types: ['string', 'null'] } }, { schema: { types: ['number'], exclusiveMinimum: 0 } }],
    });
  });

  it('warns about readOnly query parameters and still generates', () => {
    const model = build(
      BASE.replace(
        '          schema:\n            type: string\n',
        '          schema:\n            type: string\n            readOnly: true\n',
      ),
    );
    expect(model.warnings.map((warning) => warning.code)).toContain('unsupported_parameter');
  });
});

describe('buildModel: contradictions', () => {
  it('rejects a const that is not of the declared type', () => {
    expect(problems(`${BASE}        ok:\n          type: boolean\n          const: 'yes'\n`)).toContain(
      'spec.yaml:31:11 (#/components/schemas/Thing/properties/ok/const): const "yes" is not of the schema\'s type boolean: no value can match [invalid_schema]',
    );
  });
});

describe('buildModel: servers', () => {
  it.each([
    { given: BASE, want: 'spec.yaml:1:1 (#/servers): warning: the spec names no server' },
    {
      given: BASE.replace('paths:\n', 'servers:\n  - url: /v2\npaths:\n'),
      want: "spec.yaml:6:5 (#/servers/0/url): warning: the server URL '/v2' is not an absolute http(s) URL",
    },
  ])('warns when there is no absolute server URL: $want', ({ given, want }) => {
    const model = build(given);
    expect(model.sdk.baseUrl).toBe('');
    expect(model.warnings.map(formatIssue)).toContain(
      `${want}: the client has no default base URL, so callers must pass baseUrl [no_server]`,
    );
  });
});
