/**
 * The expected outcome of every spec in this folder. The policy: a real-world spec is accepted as
 * it is, and whatever can be generated correctly is generated, each liberty taken printed as one
 * located warning, `file:line:column (#/pointer): warning: message [code]`; only broken input (a
 * syntax error, a dangling or external $ref, not OpenAPI 3.0/3.1) is refused, with exit 1, the
 * located line `want` (everything after the file name) and nothing written.
 *
 * BROKEN_SPECS are refused; GENERATED_SPECS (refused by the old generator) and ACCEPTABLE_SPECS
 * (acceptable/) generate with exit 0 and print each of their warning lines under --verbose.
 * Every case runs through the CLI's `main()` in-process; `cli: true` marks the representative
 * subset that also runs through the real CLI binary as a child process.
 */
import type { SpecIssueCode } from '../../../generator/model/index.js';

/** `line:column (#/pointer): [warning: ]message [code]`, the code checked against the generator's list. */
export type Want = `${number}:${number} (#${string}): ${string} [${SpecIssueCode}]`;

export interface BrokenSpec {
  /** File name in test/corpus/specs/. */
  readonly spec: string;
  /** What is wrong with it, for the test name. */
  readonly given: string;
  readonly want: Want;
  /** How many errors the spec holds, when more than the one in `want` (default 1). */
  readonly errors?: number;
  readonly cli?: true;
}

export interface GeneratedSpec {
  /** File name in test/corpus/specs/ (or acceptable/ for ACCEPTABLE_SPECS). */
  readonly spec: string;
  readonly given: string;
  /** Every warning line the spec gives besides no_server (these small specs name no server). */
  readonly warnings: readonly Want[];
  /** A generated file and a fragment it must hold: the feature was generated, not dropped. */
  readonly generated?: { readonly file: string; readonly contains: string };
  /** Type-check the package as a consumer would (the CLI's --verify), where a rename touches the types. */
  readonly verify?: true;
  /**
   * A known generator gap: the spec generates without the warning it should give. The test
   * asserts that warning and is marked as failing, so it turns red once the gap is closed.
   */
  readonly gap?: string;
  readonly gapWarning?: { readonly pointer: string; readonly code: SpecIssueCode };
}

/** The issue code at the end of a line, for test names. */
export function codeOf(want: Want): string {
  return /\[(\w+)\]$/.exec(want)?.[1] ?? '';
}

export const BROKEN_SPECS: readonly BrokenSpec[] = [
  {
    spec: 'yaml-syntax.yaml',
    given: 'a YAML syntax error (an unclosed flow sequence)',
    want: "5:11 (#): this flow sequence is never closed: ']' expected [yaml_syntax]",
  },
  {
    spec: 'tab-indent.yaml',
    given: 'tab indentation',
    want: '4:1 (#): tabs are not allowed as indentation: YAML indents with spaces [yaml_tab_indent]',
    cli: true,
  },
  {
    spec: 'duplicate-key.yaml',
    given: 'a duplicate key',
    want: '12:7 (#/paths/~1things/get/operationId): duplicate key "operationId": already defined on line 8 [yaml_duplicate_key]',
  },
  {
    spec: 'empty.yaml',
    given: 'an empty file',
    want: '1:1 (#): the spec is empty: expected an OpenAPI document [empty_document]',
  },
  {
    spec: 'comments-only.yaml',
    given: 'a file of comments only',
    want: '1:1 (#): the spec is empty: expected an OpenAPI document [empty_document]',
  },
  {
    spec: 'json-syntax.json',
    given: 'a JSON spec with a syntax error (a missing comma)',
    want: "7:3 (#): missing ',' between members [json_syntax]",
    cli: true,
  },
  {
    spec: 'json-duplicate-key.json',
    given: 'a JSON spec with a duplicate path',
    want: '11:5 (#/paths/~1things): duplicate key "/things": already defined on line 5 [json_duplicate_key]',
  },
  {
    spec: 'yaml-unknown-alias.yaml',
    given: 'an alias with no anchor',
    want: '5:12 (#/info/contact): alias *maintainer has no anchor &maintainer before it [yaml_syntax]',
  },
  {
    spec: 'yaml-alias-bomb.yaml',
    given: 'a "billion laughs" alias bomb',
    want: '13:10 (#/x-bomb/i/0): YAML aliases expand the document from 97 to 490,329,061 values, more than 1,000,000 and 10 times its own size; *h alone stands for 48,427,561: write the values out or use $ref, or raise the maxAliasNodes load limit to accept it [alias_expansion_limit]',
    cli: true,
  },
  {
    spec: 'not-openapi.yaml',
    given: 'a package.json-like YAML',
    want: "1:1 (#): not an OpenAPI document: there is no 'openapi' version field [not_openapi]",
    cli: true,
  },
  {
    spec: 'json-array-root.json',
    given: 'a JSON array at the root',
    want: '1:1 (#): the document is not an object: expected an OpenAPI 3.0 or 3.1 document [not_openapi]',
  },
  {
    spec: 'no-paths.yaml',
    given: "a document without 'paths'",
    want: "1:1 (#): the document has no 'paths': there is nothing to generate [not_openapi]",
  },
  {
    spec: 'swagger-2.yaml',
    given: 'Swagger 2.0',
    want: '1:1 (#/swagger): Swagger 2.0 is not supported: convert it to OpenAPI 3.x [unsupported_openapi_version]',
  },
  {
    spec: 'openapi-3.2.yaml',
    given: 'OpenAPI 3.2',
    want: '1:1 (#/openapi): OpenAPI 3.2.0 is not supported: use 3.0.x or 3.1.x [unsupported_openapi_version]',
  },
  {
    spec: 'openapi-4.0.yaml',
    given: 'OpenAPI 4.0',
    want: '1:1 (#/openapi): OpenAPI 4.0.0 is not supported: use 3.0.x or 3.1.x [unsupported_openapi_version]',
  },
  {
    spec: 'openapi-version-number.yaml',
    given: 'an unquoted version YAML reads as a number (openapi: 3.1)',
    want: "1:1 (#/openapi): openapi must be a version string such as '3.1.0', not the number 3.1 [unsupported_openapi_version]",
  },
  {
    spec: 'ref-not-found.yaml',
    given: 'an unresolved local $ref',
    want: "21:17 (#/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$ref): $ref '#/components/schemas/Thingy' points at nothing: no node at #/components/schemas/Thingy [ref_not_found]",
    cli: true,
  },
  {
    spec: 'ref-other-file.yaml',
    given: 'a $ref to another (missing) file',
    want: "15:17 (#/paths/~1things/get/responses/200/content/application~1json/schema/$ref): $ref './schemas/thing.yaml#/Thing' points into another file (./schemas/thing.yaml); the generator reads one document: bundle it first (for example `redocly bundle`) [ref_external]",
  },
  {
    spec: 'ref-cycle.yaml',
    given: 'a cycle of pure references (A -> B -> A)',
    want: "19:7 (#/components/schemas/A/$ref): $ref '#/components/schemas/B' is part of a cycle of references that never reaches a schema [ref_cycle]",
    errors: 2,
  },
];

export const GENERATED_SPECS: readonly GeneratedSpec[] = [
  {
    spec: 'ref-inline-recursion.yaml',
    given: 'recursion through an inline schema, not a named one',
    warnings: [
      '17:19 (#/paths/~1things/get/responses/200/content/application~1json/schema/properties/child): warning: $ref to #/paths/~1things/get/responses/200/content/application~1json/schema recurses outside #/components/schemas: read as {} (not checked) [ref_cycle]',
    ],
  },
  {
    spec: 'duplicate-operation-id.yaml',
    given: 'a duplicate operationId',
    warnings: [
      "14:7 (#/paths/~1things~1archived/get/operationId): warning: operationId 'listThings' is also the id of GET /things; this operation's types get a suffix [duplicate_operation_id]",
      "13:5 (#/paths/~1things~1archived/get): warning: operation 'listThings' would be named ListThingsParams, which operation 'listThings' already is; it is named ListThings2Params instead [name_collision]",
    ],
    verify: true,
  },
  {
    spec: 'operation-ids-collide.yaml',
    given: 'two operationIds that sanitise to one name',
    warnings: [
      "13:5 (#/paths/~1things~1all/get): warning: operation 'list_things' would be named ListThingsParams, which operation 'list-things' already is; it is named ListThings2Params instead [name_collision]",
    ],
  },
  {
    spec: 'path-param-undeclared.yaml',
    given: 'a path parameter that is not declared',
    warnings: [
      "6:3 (#/paths/~1accounts~1{account_id}~1things~1{id}): warning: path parameter '{account_id}' in '/accounts/{account_id}/things/{id}' is not declared in parameters; it is taken as a required string [path_param_undeclared]",
    ],
  },
  {
    spec: 'path-param-style-label.yaml',
    given: 'a path parameter of style label',
    warnings: [
      '13:11 (#/paths/~1things~1{id}/get/parameters/0/style): warning: path parameter \'id\' has style "label", which the client does not write; it is sent as style simple [unsupported_parameter]',
    ],
    generated: { file: 'dist/units/things.js', contains: "path: '/things/{id}'," },
  },
  {
    spec: 'servers-per-operation.yaml',
    given: 'servers on a path item and on an operation',
    warnings: [
      '7:5 (#/paths/~1uploads/servers): warning: POST /uploads names servers of its own, which the client does not use: it sends the call to its base URL [unsupported_servers]',
      '17:7 (#/paths/~1things/get/servers): warning: GET /things names servers of its own, which the client does not use: it sends the call to its base URL [unsupported_servers]',
    ],
    generated: { file: 'dist/units/uploads.js', contains: "path: '/uploads'," },
  },
  {
    spec: 'path-param-not-in-path.yaml',
    given: 'a declared path parameter absent from the path',
    warnings: [
      "10:11 (#/paths/~1things/get/parameters/0): warning: path parameter 'id' does not appear in '/things'; ignored [path_param_not_in_path]",
    ],
  },
  {
    spec: 'path-no-leading-slash.yaml',
    given: "a path without its leading '/'",
    warnings: [
      "6:3 (#/paths/things): warning: path 'things' does not start with '/'; it is sent as '/things' [invalid_path]",
    ],
  },
  {
    spec: 'path-unmatched-brace.yaml',
    given: 'a path template with an unmatched brace',
    warnings: [
      "6:3 (#/paths/~1things~1{id): warning: path '/things/{id' has an unmatched brace; only whole '{name}' segments are parameters, the rest is sent as written [invalid_path]",
    ],
  },
  {
    spec: 'duplicate-parameter.yaml',
    given: 'a parameter declared twice',
    warnings: [
      "14:11 (#/paths/~1things/get/parameters/1): warning: parameter 'page' in query is declared twice; the first declaration is used [duplicate_parameter]",
    ],
  },
  {
    spec: 'parameter-cookie-required.yaml',
    given: 'a required cookie parameter',
    warnings: [
    ],
    generated: { file: 'dist/units/things.js', contains: "cookie: ['session']" },
  },
  {
    spec: 'parameter-content-typed.yaml',
    given: 'a path parameter described by content instead of schema',
    warnings: [
    ],
    generated: { file: 'dist/units/things.d.ts', contains: 'filter: { [key: string]: unknown };' },
  },
  {
    spec: 'request-body-required.yaml',
    given: 'a required request body',
    warnings: [
    ],
    generated: { file: 'dist/units/things.d.ts', contains: 'Parameters of `POST /things` (body as application/json)' },
  },
  {
    spec: 'no-success-response.yaml',
    given: 'an operation with no 2XX response',
    warnings: [
      "9:7 (#/paths/~1things/get/responses): warning: the operation declares no 2XX response: its method resolves to the 'default' response's body [no_success_response]",
    ],
  },
  {
    spec: 'unknown-type.yaml',
    given: 'an unknown type',
    warnings: [
      '13:13 (#/paths/~1things/get/parameters/0/schema/type): warning: unknown type "datetime" (expected one of string, number, integer, boolean, null, object, array): ignored [unsupported_type]',
    ],
  },
  {
    spec: 'enum-mixed-types.yaml',
    given: 'an enum of mixed types',
    warnings: [
    ],
    generated: { file: 'dist/units/things.d.ts', contains: "per_page?: 10 | 20 | '50' | 100;" },
  },
  {
    spec: 'enum-wrong-type.yaml',
    given: 'an enum whose members are not of the type',
    warnings: [
      "14:20 (#/paths/~1things/get/parameters/0/schema/enum/0): warning: enum member \"10\" is not of the schema's type integer: it can never be valid [invalid_schema]",
      "14:26 (#/paths/~1things/get/parameters/0/schema/enum/1): warning: enum member \"20\" is not of the schema's type integer: it can never be valid [invalid_schema]",
    ],
  },
  {
    spec: 'minimum-gt-maximum.yaml',
    given: 'minimum greater than maximum',
    warnings: [
      '14:13 (#/paths/~1things/get/parameters/0/schema/minimum): warning: minimum 50 is greater than maximum 5: no value can satisfy both [min_gt_max]',
    ],
  },
  {
    spec: 'minlength-gt-maxlength.yaml',
    given: 'minLength greater than maxLength',
    warnings: [
      '23:11 (#/components/schemas/Thing/properties/code/minLength): warning: minLength 8 is greater than maxLength 4: no value can satisfy both [min_gt_max]',
    ],
  },
  {
    spec: 'multiple-of-zero.yaml',
    given: 'multipleOf 0',
    warnings: [
      '14:13 (#/paths/~1things/get/parameters/0/schema/multipleOf): warning: multipleOf must be greater than 0, not 0: not checked [invalid_schema]',
    ],
  },
  {
    spec: 'format-ipv4.yaml',
    given: 'format ipv4 (the old validators could not check it)',
    warnings: [
    ],
    generated: { file: 'dist/units/things.js', contains: 'matchesIpv4(client_ip)' },
  },
  {
    spec: 'pattern-invalid.yaml',
    given: 'an invalid regular expression in pattern',
    warnings: [
      '14:13 (#/paths/~1things/get/parameters/0/schema/pattern): warning: pattern is not a valid regular expression (Invalid regular expression: /^[A-Z]{3}-(\\d+$/u: Unterminated group): not checked [invalid_schema]',
    ],
  },
  {
    spec: 'keyword-not.yaml',
    given: "the keyword 'not' (the old generator refused it)",
    warnings: [
    ],
    generated: { file: 'dist/units/things.js', contains: "failNot(sink, path + '/status')" },
  },
  {
    spec: 'keyword-pattern-properties.yaml',
    given: "the keyword 'patternProperties' (the old generator refused it)",
    warnings: [
    ],
    generated: { file: 'dist/units/things.js', contains: "new RegExp('^x-', 'u')" },
  },
  {
    spec: 'keyword-if.yaml',
    given: "the keyword 'if' (the old generator refused it)",
    warnings: [
    ],
    generated: { file: 'dist/units/things.js', contains: "obj2.size === undefined && failRequired(sink, path, 'size')" },
  },
  {
    spec: 'schema-names-collide.yaml',
    given: 'two schemas that sanitise to one type name',
    warnings: [
      "20:5 (#/components/schemas/thing_list): warning: schema 'thing_list' would be named ThingList, which schema 'thing-list' already is; it is named ThingList2 instead [name_collision]",
    ],
  },
  {
    spec: 'example-media-invalid.yaml',
    given: 'a media-type example that breaks its schema',
    warnings: [
      '16:15 (#/paths/~1things/get/responses/200/content/application~1json/example): warning: example {"id":42,"name":"bolt"} breaks its schema at /id: must be string (type) [example_invalid]',
    ],
  },
  {
    spec: 'example-schema-examples.yaml',
    given: "a schema 'examples' entry that breaks its schema",
    warnings: [
      '25:15 (#/components/schemas/Thing/properties/created_at/examples/0): warning: example "2024-02-30 noon" breaks its schema: must match format "date-time" (format) [example_invalid]',
    ],
  },
  {
    spec: 'security-undefined.yaml',
    given: 'a security requirement naming an undefined scheme',
    warnings: [
      "6:5 (#/security/0/apiToken): warning: security requirement names 'apiToken', which components.securitySchemes does not define; the requirement is ignored [security_scheme_undefined]",
    ],
  },
  {
    spec: 'security-oauth2-only.yaml',
    given: 'an operation whose only security is oauth2',
    warnings: [
    ],
    generated: { file: 'dist/api.js', contains: "{ scheme: 'oauth', option: 'oauth', name: 'authorization', prefix: 'Bearer ' }" },
  },
  {
    spec: 'security-scheme-takes-option.yaml',
    given: 'a security scheme named like a client option (base_url)',
    warnings: [
      "16:5 (#/components/securitySchemes/base_url): warning: security scheme 'base_url' would be the client option baseUrl, which the client already has; it is baseUrl2 instead [name_collision]",
    ],
    generated: { file: 'dist/api.js', contains: "option: 'baseUrl2'" },
  },
  {
    spec: 'sdk-method-duplicate.yaml',
    given: 'two operations mapped to one client method',
    warnings: [
      '14:5 (#/paths/~1v2~1things/get): warning: GET /v2/things would be the client method things.list, which GET /things already is; it is things.list2 [sdk_method_collision]',
    ],
  },
  {
    spec: 'sdk-method-is-namespace.yaml',
    given: 'a method that is also a namespace (a.b and a.b.c)',
    warnings: [
      '7:5 (#/paths/~1things/get): warning: GET /things would be the client method things.list, which is a namespace of other methods; it is things.list2 [sdk_method_collision]',
    ],
  },
  {
    spec: 'sdk-method-invalid.yaml',
    given: 'an invalid x-sdk-method',
    warnings: [
      "9:7 (#/paths/~1things~1{id}/delete/x-sdk-method): warning: x-sdk-method \"things.remove-all\" must be dot-separated lower camelCase identifiers such as 'user.billing.history.list'; ignored [invalid_sdk_method]",
    ],
  },
  {
    spec: 'sdk-package-name-invalid.yaml',
    given: 'an invalid x-sdk.packageName',
    warnings: [
      "6:5 (#/info/x-sdk/packageName): warning: x-sdk.packageName \"Corpus Client\" is not a valid npm package name; 'corpus-api' is used [invalid_extension]",
    ],
  },
  {
    spec: 'pagination-missing-param.yaml',
    given: 'x-sdk-pagination naming a missing parameter',
    warnings: [
      '14:7 (#/paths/~1things/get/x-sdk-pagination): warning: x-sdk-pagination: perPageParam must name a query parameter of the operation; the method returns one page [invalid_pagination]',
    ],
  },
  {
    spec: 'pagination-items-not-array.yaml',
    given: 'x-sdk-pagination items pointing at an object',
    warnings: [
      '18:7 (#/paths/~1things/get/x-sdk-pagination): warning: x-sdk-pagination: items "/result" points at a schema of type object in the response body, not an array; the method returns one page [invalid_pagination]',
    ],
  },
  {
    spec: 'pagination-style-cursor.yaml',
    given: 'an unsupported x-sdk-pagination style',
    warnings: [
      '14:7 (#/paths/~1things/get/x-sdk-pagination): warning: x-sdk-pagination: cursorParam must name a query parameter of the operation; the method returns one page [invalid_pagination]',
    ],
  },
];

export const ACCEPTABLE_SPECS: readonly GeneratedSpec[] = [
  {
    spec: 'openapi-3.0-json.json',
    given:
      'OpenAPI 3.0.3 in JSON with nullable, boolean exclusiveMinimum, a $ref with a sibling and a path parameter without required',
    warnings: [
      '63:11 (#/components/schemas/Thing/properties/owner): warning: keywords beside $ref are ignored in OpenAPI 3.0: maxLength [ref_sibling_ignored]',
      "12:11 (#/paths/~1accounts~1{account_id}~1things/get/parameters/0): warning: path parameter 'account_id' must be required; treated as required [path_param_optional]",
    ],
    generated: { file: 'dist/units/things.d.ts', contains: 'note?: string | null;' },
  },
  {
    spec: 'cloudflare-operation-id.yaml',
    given: 'a Cloudflare-style operationId',
    warnings: [],
    generated: { file: 'dist/units/user.js', contains: 'const userBillingHistoryDeprecatedBillingHistoryDetails = {' },
  },
  {
    spec: 'readonly-query-params.yaml',
    given: 'query parameters marked readOnly',
    warnings: [
      "15:13 (#/paths/~1user~1billing~1history/get/parameters/0/schema/readOnly): warning: readOnly on parameter 'order' means nothing for a request; ignored [parameter_read_only]",
      "22:13 (#/paths/~1user~1billing~1history/get/parameters/1/schema/readOnly): warning: readOnly on parameter 'per_page' means nothing for a request; ignored [parameter_read_only]",
    ],
    generated: { file: 'dist/units/user.js', contains: "query: ['order', 'per_page']" },
  },
  {
    spec: 'oauth2-beside-bearer.yaml',
    given: 'an oauth2 scheme beside a bearer one',
    warnings: [],
    generated: { file: 'dist/api.js', contains: "security: [['oauth'], ['api_token']]" },
  },
  {
    spec: 'request-body-optional.yaml',
    given: 'an optional request body',
    warnings: [],
    generated: { file: 'dist/units/things.d.ts', contains: 'body?: { [key: string]: unknown };' },
  },
];
