/**
 * Where the structure of an OpenAPI 3.0/3.1 document is: for each kind of object, the keys whose
 * values are more structure, and of what kind. Every other key holds data (an example, a
 * default, an enum, an `x-` extension, a description), which the walker does not enter: a `$ref`
 * inside data is data. This is an allowlist on purpose: a key it does not know is never taken
 * for structure, so a `$ref` in it is never followed.
 */
export type NodeKind =
  | 'document'
  | 'components'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'header'
  | 'requestBody'
  | 'responses'
  | 'response'
  | 'mediaType'
  | 'encoding'
  | 'example'
  | 'link'
  | 'callback'
  | 'securityScheme'
  | 'schema';

/**
 * `kind`: one node (an array of them is walked item by item: JSON Schema's old tuple `items`);
 * `list`: an array of nodes; `names`: a map from user-chosen names to nodes, where any string,
 * `$ref` and `x-...` included, is a name.
 */
export type Child = { readonly kind: NodeKind } | { readonly list: NodeKind } | { readonly names: NodeKind };

const one = (kind: NodeKind): Child => ({ kind });
const list = (kind: NodeKind): Child => ({ list: kind });
const names = (kind: NodeKind): Child => ({ names: kind });

const OPERATION = one('operation');
const SCHEMA = one('schema');
const SCHEMAS = list('schema');
const NAMED_SCHEMAS = names('schema');

const parameterLike = { schema: SCHEMA, content: names('mediaType'), examples: names('example') };

/** The keys of each kind that hold structure. `paths`, `responses` and `callback` hold entries (see ENTRIES). */
export const STRUCTURE: Readonly<Record<NodeKind, Readonly<Record<string, Child>>>> = {
  document: { paths: one('paths'), webhooks: names('pathItem'), components: one('components') },
  components: {
    schemas: NAMED_SCHEMAS,
    responses: names('response'),
    parameters: names('parameter'),
    examples: names('example'),
    requestBodies: names('requestBody'),
    headers: names('header'),
    securitySchemes: names('securityScheme'),
    links: names('link'),
    callbacks: names('callback'),
    pathItems: names('pathItem'),
  },
  pathItem: {
    get: OPERATION,
    put: OPERATION,
    post: OPERATION,
    delete: OPERATION,
    options: OPERATION,
    head: OPERATION,
    patch: OPERATION,
    trace: OPERATION,
    query: OPERATION,
    parameters: list('parameter'),
  },
  operation: {
    parameters: list('parameter'),
    requestBody: one('requestBody'),
    responses: one('responses'),
    callbacks: names('callback'),
  },
  parameter: parameterLike,
  header: parameterLike,
  requestBody: { content: names('mediaType') },
  paths: {},
  responses: {},
  response: { headers: names('header'), content: names('mediaType'), links: names('link') },
  mediaType: {
    schema: SCHEMA,
    itemSchema: SCHEMA,
    examples: names('example'),
    encoding: names('encoding'),
    prefixEncoding: list('encoding'),
    itemEncoding: one('encoding'),
  },
  encoding: { headers: names('header'), encoding: names('encoding') },
  example: {},
  link: {},
  callback: {},
  securityScheme: {},
  schema: {
    items: SCHEMA,
    additionalItems: SCHEMA,
    additionalProperties: SCHEMA,
    not: SCHEMA,
    if: SCHEMA,
    then: SCHEMA,
    else: SCHEMA,
    contains: SCHEMA,
    propertyNames: SCHEMA,
    unevaluatedItems: SCHEMA,
    unevaluatedProperties: SCHEMA,
    contentSchema: SCHEMA,
    allOf: SCHEMAS,
    anyOf: SCHEMAS,
    oneOf: SCHEMAS,
    prefixItems: SCHEMAS,
    properties: NAMED_SCHEMAS,
    patternProperties: NAMED_SCHEMAS,
    dependentSchemas: NAMED_SCHEMAS,
    // Draft-07 names, still common in 3.1 documents; `dependencies` values that are arrays are data.
    $defs: NAMED_SCHEMAS,
    definitions: NAMED_SCHEMAS,
    dependencies: NAMED_SCHEMAS,
  },
};

/** Kinds whose every key but `x-` extensions is an entry: a path, a status code, a callback expression. */
export const ENTRIES: Readonly<Partial<Record<NodeKind, NodeKind>>> = {
  paths: 'pathItem',
  responses: 'response',
  callback: 'pathItem',
};
