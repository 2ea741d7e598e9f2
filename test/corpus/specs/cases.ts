/**
 * The expected outcome of every spec in this folder: the one located line the CLI must print,
 * `file:line:column (#/pointer): message [code]`, of which `want` is everything after the file name.
 * Broken specs must fail with exit 1; acceptable ones (acceptable/) must generate, with exit 0,
 * and print each of their warning lines.
 *
 * Every case runs through the CLI's `main()` in-process; `cli: true` marks the representative
 * subset (one per checking stage) that also runs through the real CLI binary as a child process.
 */
import type { SpecIssueCode } from '../../../generator/model.js';

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

export interface AcceptableSpec {
  /** File name in test/corpus/specs/acceptable/. */
  readonly spec: string;
  readonly given: string;
  readonly warnings: readonly Want[];
  /** A generated file and a fragment it must hold: the warning did not cost the feature. */
  readonly generated?: { readonly file: string; readonly contains: string };
}

/** The issue code at the end of a line, for test names. */
export function codeOf(want: Want): string {
  return /\[(\w+)\]$/.exec(want)?.[1] ?? '';
}

export const BROKEN_SPECS: readonly BrokenSpec[] = [
  // ---- load: the text is not a usable YAML or JSON document ----
  {
    spec: 'yaml-syntax.yaml',
    given: 'a YAML syntax error (an unclosed flow sequence)',
    want: '6:1 (#): Flow sequence in block collection must be sufficiently indented and end with a ] [yaml_syntax]',
  },
  {
    spec: 'tab-indent.yaml',
    given: 'tab indentation',
    want: '4:1 (#): Tabs are not allowed as indentation [yaml_tab_indent]',
  },
  {
    spec: 'duplicate-key.yaml',
    given: 'a duplicate key',
    want: '12:7 (#): Map keys must be unique [yaml_duplicate_key]',
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
    want: '7:3 (#): Missing , between flow map items [yaml_syntax]',
  },
  {
    spec: 'json-duplicate-key.json',
    given: 'a JSON spec with a duplicate path',
    want: '11:5 (#): Map keys must be unique [yaml_duplicate_key]',
  },
  {
    spec: 'yaml-unknown-alias.yaml',
    given: 'an alias with no anchor',
    want: '5:12 (#): alias *maintainer has no anchor &maintainer before it [yaml_syntax]',
  },
  {
    spec: 'yaml-alias-bomb.yaml',
    given: 'a "billion laughs" alias bomb',
    want: '6:10 (#): aliases expand to more than 1000 nodes, which looks like a resource exhaustion attack: write the nodes out or use $ref [yaml_alias_limit]',
    cli: true,
  },
  // ---- the document is not OpenAPI 3.0/3.1 ----
  {
    spec: 'not-openapi.yaml',
    given: 'a package.json-like YAML',
    want: "1:1 (#): not an OpenAPI document: there is no 'openapi' version field [not_openapi]",
    cli: true,
  },
  {
    spec: 'json-array-root.json',
    given: 'a JSON array at the root',
    want: '1:1 (#): the document is not an object: expected an OpenAPI 3.x document [not_openapi]',
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
  // ---- references ----
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
  {
    spec: 'ref-inline-recursion.yaml',
    given: 'recursion through an inline schema, not a named one',
    want: '17:19 (#/paths/~1things/get/responses/200/content/application~1json/schema/properties/child): recursive $ref to #/paths/~1things/get/responses/200/content/application~1json/schema: recursion must go through #/components/schemas [ref_cycle]',
  },
  // ---- operations, paths and parameters ----
  {
    spec: 'duplicate-operation-id.yaml',
    given: 'a duplicate operationId',
    want: "13:5 (#/paths/~1things~1archived/get): operationId 'listThings' is also used by GET /things [duplicate_operation_id]",
  },
  {
    spec: 'operation-ids-collide.yaml',
    given: 'two operationIds that sanitise to one name',
    want: "13:5 (#/paths/~1things~1all/get): operationId 'list_things' and 'list-things' (GET /things) both become listThings [duplicate_operation_id]",
  },
  {
    spec: 'path-param-undeclared.yaml',
    given: 'a path parameter that is not declared',
    want: "6:3 (#/paths/~1accounts~1{account_id}~1things~1{id}): path parameter '{account_id}' in '/accounts/{account_id}/things/{id}' is not declared in parameters [path_param_undeclared]",
  },
  {
    spec: 'path-param-not-in-path.yaml',
    given: 'a declared path parameter absent from the path',
    want: "10:11 (#/paths/~1things/get/parameters/0): path parameter 'id' does not appear in '/things' [path_param_not_in_path]",
  },
  {
    spec: 'path-no-leading-slash.yaml',
    given: "a path without its leading '/'",
    want: "6:3 (#/paths/things): path 'things' must start with '/' [invalid_path]",
  },
  {
    spec: 'path-unmatched-brace.yaml',
    given: 'a path template with an unmatched brace',
    want: "6:3 (#/paths/~1things~1{id): path '/things/{id' has an unmatched '{' or '}': write path parameters as {name} [invalid_path]",
  },
  {
    spec: 'duplicate-parameter.yaml',
    given: 'a parameter declared twice',
    want: "14:11 (#/paths/~1things/get/parameters/1): parameter 'page' in query is declared twice [duplicate_parameter]",
  },
  {
    spec: 'parameter-cookie-required.yaml',
    given: 'a required cookie parameter',
    want: "10:11 (#/paths/~1things/get/parameters/0): parameter 'session' in cookie is not supported [unsupported_parameter]",
  },
  {
    spec: 'parameter-content-typed.yaml',
    given: 'a path parameter described by content instead of schema',
    want: "10:11 (#/paths/~1things~1{filter}/get/parameters/0): parameter 'filter' has no schema (content-typed parameters are not supported) [unsupported_parameter]",
  },
  {
    spec: 'request-body-required.yaml',
    given: 'a required request body',
    want: '9:7 (#/paths/~1things/post/requestBody): request bodies are not supported: the SDK method could not send this required body [unsupported_request_body]',
  },
  {
    spec: 'no-success-response.yaml',
    given: 'an operation with no 2XX response',
    want: '9:7 (#/paths/~1things/get/responses): the operation declares no 2XX response: the SDK has nothing to return [missing_success_response]',
  },
  // ---- schemas ----
  {
    spec: 'unknown-type.yaml',
    given: 'an unknown type',
    want: '13:13 (#/paths/~1things/get/parameters/0/schema/type): unknown type "datetime": expected one of string, number, integer, boolean, null, object, array [unsupported_type]',
  },
  {
    spec: 'enum-mixed-types.yaml',
    given: 'an enum of mixed types',
    want: '13:13 (#/paths/~1things/get/parameters/0/schema/enum): enum mixes number and string members: give each type its own schema under anyOf [enum_mixed_types]',
  },
  {
    spec: 'enum-wrong-type.yaml',
    given: 'an enum whose members are not of the type',
    want: '14:13 (#/paths/~1things/get/parameters/0/schema/enum): enum member "10" is not of the schema\'s type integer [invalid_schema]',
  },
  {
    spec: 'minimum-gt-maximum.yaml',
    given: 'minimum greater than maximum',
    want: '14:13 (#/paths/~1things/get/parameters/0/schema/minimum): minimum 50 is greater than maximum 5: no value can satisfy both [min_gt_max]',
    cli: true,
  },
  {
    spec: 'minlength-gt-maxlength.yaml',
    given: 'minLength greater than maxLength',
    want: '23:11 (#/components/schemas/Thing/properties/code/minLength): minLength 8 is greater than maxLength 4: no value can satisfy both [min_gt_max]',
  },
  {
    spec: 'multiple-of-zero.yaml',
    given: 'multipleOf 0',
    want: '14:13 (#/paths/~1things/get/parameters/0/schema/multipleOf): multipleOf must be greater than 0 [invalid_schema]',
  },
  {
    spec: 'format-ipv4.yaml',
    given: 'a format the validators cannot check (ipv4)',
    want: '14:13 (#/paths/~1things/get/parameters/0/schema/format): format "ipv4" cannot be validated by the generated code: use one of date-time, date, time, email, uri, uuid, or a pattern [unsupported_format]',
  },
  {
    spec: 'pattern-invalid.yaml',
    given: 'an invalid regular expression in pattern',
    want: '14:13 (#/paths/~1things/get/parameters/0/schema/pattern): pattern is not a valid regular expression: Invalid regular expression: /^[A-Z]{3}-(\\d+$/u: Unterminated group [invalid_schema]',
  },
  {
    spec: 'keyword-not.yaml',
    given: "the unsupported keyword 'not'",
    want: "14:13 (#/paths/~1things/get/parameters/0/schema/not): the schema keyword 'not' is not supported by the generator: its rule would not be checked [unsupported_keyword]",
  },
  {
    spec: 'keyword-pattern-properties.yaml',
    given: "the unsupported keyword 'patternProperties'",
    want: "20:7 (#/components/schemas/Labels/patternProperties): the schema keyword 'patternProperties' is not supported by the generator: its rule would not be checked [unsupported_keyword]",
  },
  {
    spec: 'keyword-if.yaml',
    given: "the unsupported keyword 'if'",
    want: "25:7 (#/components/schemas/Thing/if): the schema keyword 'if' is not supported by the generator: its rule would not be checked [unsupported_keyword]",
    errors: 2,
  },
  {
    spec: 'schema-names-collide.yaml',
    given: 'two schemas that sanitise to one type name',
    want: "20:5 (#/components/schemas/thing_list): schema 'thing_list' and schema 'thing-list' both become the type name ThingList: rename one [invalid_schema]",
  },
  // ---- examples ----
  {
    spec: 'example-media-invalid.yaml',
    given: 'a media-type example that breaks its schema',
    want: '17:17 (#/paths/~1things/get/responses/200/content/application~1json/example/id): example does not match its schema: /id must be string [example_invalid]',
    cli: true,
  },
  {
    spec: 'example-schema-examples.yaml',
    given: "a schema 'examples' entry that breaks its schema",
    want: '25:15 (#/components/schemas/Thing/properties/created_at/examples/0): example does not match its schema: (the value) must match format "date-time" [example_invalid]',
  },
  // ---- security ----
  {
    spec: 'security-undefined.yaml',
    given: 'a security requirement naming an undefined scheme',
    want: "6:5 (#/security/0/apiToken): security requirement names 'apiToken', which components.securitySchemes does not define [security_scheme_undefined]",
  },
  {
    spec: 'security-oauth2-only.yaml',
    given: 'an operation whose only security is oauth2',
    want: '9:7 (#/paths/~1things/get/security): every security alternative needs a scheme the client cannot send (it sends bearer tokens and header API keys) [unsupported_security_scheme]',
  },
  {
    spec: 'security-scheme-takes-option.yaml',
    given: 'a security scheme named like a client option (base_url)',
    want: "16:5 (#/components/securitySchemes/base_url): security scheme 'base_url' would become the client option baseUrl, which is taken [invalid_extension]",
  },
  // ---- vendor extensions ----
  {
    spec: 'sdk-method-duplicate.yaml',
    given: 'two operations mapped to one client method',
    want: '14:5 (#/paths/~1v2~1things/get): GET /v2/things and GET /things both map to the client method things.list [duplicate_sdk_method]',
  },
  {
    spec: 'sdk-method-is-namespace.yaml',
    given: 'a method that is also a namespace (a.b and a.b.c)',
    want: '7:5 (#/paths/~1things/get): client method things.list is also a namespace of things.list.archived: one name cannot be both [sdk_method_conflict]',
  },
  {
    spec: 'sdk-method-invalid.yaml',
    given: 'an invalid x-sdk-method',
    want: "9:7 (#/paths/~1things~1{id}/delete/x-sdk-method): x-sdk-method \"things.remove-all\" has 'remove-all', which is not an identifier: write dot-separated identifiers such as 'user.billing.history.list' [invalid_sdk_method]",
  },
  {
    spec: 'sdk-package-name-invalid.yaml',
    given: 'an invalid x-sdk.packageName',
    want: "6:5 (#/info/x-sdk/packageName): x-sdk.packageName 'Corpus Client' is not a valid npm package name [invalid_extension]",
  },
  {
    spec: 'pagination-missing-param.yaml',
    given: 'x-sdk-pagination naming a missing parameter',
    want: "14:7 (#/paths/~1things/get/x-sdk-pagination): x-sdk-pagination: names the query parameter 'per_page', which the operation does not declare [invalid_pagination]",
  },
  {
    spec: 'pagination-items-not-array.yaml',
    given: 'x-sdk-pagination items pointing at an object',
    want: '18:7 (#/paths/~1things/get/x-sdk-pagination): x-sdk-pagination: items /result must be an array in the response schema [invalid_pagination]',
  },
  {
    spec: 'pagination-style-cursor.yaml',
    given: 'an unsupported x-sdk-pagination style',
    want: '14:7 (#/paths/~1things/get/x-sdk-pagination): x-sdk-pagination: style "cursor" is not supported; use \'page-number\' [invalid_pagination]',
  },
];

export const ACCEPTABLE_SPECS: readonly AcceptableSpec[] = [
  {
    spec: 'openapi-3.0-json.json',
    given:
      'OpenAPI 3.0.3 in JSON with nullable, boolean exclusiveMinimum, a $ref with a sibling and a path parameter without required',
    warnings: [
      "12:11 (#/paths/~1accounts~1{account_id}~1things/get/parameters/0): warning: path parameter 'account_id' must be required; treated as required [path_param_optional]",
      '63:11 (#/components/schemas/Thing/properties/owner): warning: keywords beside $ref are ignored in OpenAPI 3.0: maxLength [invalid_schema]',
    ],
    generated: { file: 'src/types.ts', contains: 'note?: string | null;' },
  },
  {
    spec: 'cloudflare-operation-id.yaml',
    given: 'a Cloudflare-style operationId',
    warnings: [
      "8:7 (#/paths/~1user~1billing~1history/get/operationId): warning: operationId 'user-billing-history-(-deprecated)-billing-history-details' is not an identifier; the SDK calls it userBillingHistoryDeprecatedBillingHistoryDetails [operation_id_sanitised]",
    ],
    generated: { file: 'src/client.ts', contains: 'userBillingHistoryDeprecatedBillingHistoryDetails' },
  },
  {
    spec: 'readonly-query-params.yaml',
    given: 'query parameters marked readOnly',
    warnings: [
      "15:13 (#/paths/~1user~1billing~1history/get/parameters/0/schema/readOnly): warning: readOnly on parameter 'order' means nothing for a request; ignored [unsupported_parameter]",
      "22:13 (#/paths/~1user~1billing~1history/get/parameters/1/schema/readOnly): warning: readOnly on parameter 'per_page' means nothing for a request; ignored [unsupported_parameter]",
    ],
    generated: { file: 'src/client.ts', contains: "query: ['order', 'per_page']" },
  },
  {
    spec: 'oauth2-beside-bearer.yaml',
    given: 'an oauth2 scheme beside a bearer one',
    warnings: [
      "17:5 (#/components/securitySchemes/oauth): warning: security scheme 'oauth' (oauth2) is not supported: the client sends bearer tokens and API keys in headers [unsupported_security_scheme]",
    ],
    generated: { file: 'src/client.ts', contains: "security: [['api_token']]" },
  },
  {
    spec: 'request-body-optional.yaml',
    given: 'an optional request body',
    warnings: [
      '9:7 (#/paths/~1things~1search/post/requestBody): warning: request bodies are not supported: the SDK method sends none (this one is optional, so the operation is kept) [unsupported_request_body]',
    ],
  },
];
