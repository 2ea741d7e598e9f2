import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { IssueList } from './errors.js';
import type { ResolvedSpec } from './model.js';
import { isRecord, joinPointer } from './pointer.js';

/** An example and the schema it claims to be an instance of, both as pointers into the document. */
interface ExampleSite {
  readonly example: string;
  readonly schema: string;
}

/**
 * Every example in the spec must be an instance of its schema: examples end up in docs, mocks and
 * tests, and a wrong one teaches users the wrong thing. ajv is the judge here because it is
 * independent of the validators we generate (which are themselves tested against ajv).
 * OpenAPI 3.0 schemas are not JSON Schema 2020-12, so 3.0 documents are not checked.
 */
export function checkExamples(spec: ResolvedSpec, issues: IssueList): void {
  if (!isRecord(spec.document) || !String(spec.document.openapi).startsWith('3.1') || issues.hasErrors) return;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(spec.document as object, 'spec');
  const compiled = new Map<string, ValidateFunction | undefined>();
  for (const site of findExamples(spec.document, '')) {
    const value = valueAt(spec, site.example);
    const validate = compiledFor(ajv, compiled, site.schema);
    if (validate === undefined || validate(value)) continue;
    const first = validate.errors?.[0];
    issues.error(
      'example_invalid',
      spec.locate(site.example + (first?.instancePath ?? '')),
      `example does not match its schema: ${describeError(first)}`,
    );
  }
}

function compiledFor(
  ajv: Ajv2020,
  cache: Map<string, ValidateFunction | undefined>,
  schema: string,
): ValidateFunction | undefined {
  if (!cache.has(schema)) {
    try {
      cache.set(schema, ajv.compile({ $ref: `spec#${encodePointer(schema)}` }));
    } catch {
      // A schema ajv cannot compile has already been reported by the model builder.
      cache.set(schema, undefined);
    }
  }
  return cache.get(schema);
}

function encodePointer(pointer: string): string {
  return pointer
    .split('/')
    .map((token) => encodeURIComponent(token).replace(/%7E/gi, '~'))
    .join('/');
}

function describeError(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid';
  return `${error.instancePath || '(the value)'} ${error.message ?? 'is invalid'}`;
}

function valueAt(spec: ResolvedSpec, pointer: string): unknown {
  let node: unknown = spec.document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

/** Media types and parameters (`schema` beside `example`/`examples`) and schemas with `examples`. */
function* findExamples(node: unknown, pointer: string): Generator<ExampleSite> {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) yield* findExamples(node[index], joinPointer(pointer, index));
    return;
  }
  if (!isRecord(node)) return;
  yield* examplesOf(node, pointer);
  for (const [key, value] of Object.entries(node)) {
    if (
      key === 'example' ||
      key === 'examples' ||
      key === 'default' ||
      key === 'enum' ||
      key === 'const' ||
      key.startsWith('x-')
    )
      continue;
    yield* findExamples(value, joinPointer(pointer, key));
  }
}

function* examplesOf(node: Record<string, unknown>, pointer: string): Generator<ExampleSite> {
  const schema = joinPointer(pointer, 'schema');
  if (isRecord(node.schema)) {
    if (Object.hasOwn(node, 'example')) yield { example: joinPointer(pointer, 'example'), schema };
    if (isRecord(node.examples)) {
      for (const [name, example] of Object.entries(node.examples)) {
        if (isRecord(example) && Object.hasOwn(example, 'value'))
          yield { example: joinPointer(pointer, 'examples', name, 'value'), schema };
      }
    }
  } else if (Array.isArray(node.examples) && looksLikeSchema(node)) {
    for (let index = 0; index < node.examples.length; index++)
      yield { example: joinPointer(pointer, 'examples', index), schema: pointer };
  }
}

function looksLikeSchema(node: Record<string, unknown>): boolean {
  return ['type', 'properties', 'items', 'allOf', 'anyOf', 'oneOf', 'enum', 'const', '$ref', 'format'].some((key) =>
    Object.hasOwn(node, key),
  );
}
