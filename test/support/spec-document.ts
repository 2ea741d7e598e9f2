/**
 * An OpenAPI document read the way a reader of the spec reads it, without the generator: parsed
 * YAML or JSON, JSON pointers and `$ref`s resolved against the document, operations with their
 * path-level and operation-level parameters merged. Tests use it to say what the spec declares
 * (operations, parameters, statuses, schemas), so that what they check does not come from the
 * code under test.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface SpecDocument {
  readonly file: string;
  readonly root: JsonObject;
}

export interface DeclaredParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  /** Pointer to the parameter's schema in the document: `/paths/~1a/get/parameters/0/schema`. */
  readonly schemaPointer: string;
}

export interface DeclaredOperation {
  readonly operationId: string;
  /** `GET`, `DELETE`... */
  readonly method: string;
  /** The path template: `/warehouses/{warehouse_id}/items/{sku}`. */
  readonly path: string;
  /** Pointer to the operation object. */
  readonly pointer: string;
  readonly parameters: readonly DeclaredParameter[];
  /** Response keys as written: `200`, `204`, `4XX`, `default`. */
  readonly statuses: readonly string[];
  /** The `x-sdk-method` extension: where the client hangs the method. */
  readonly sdkMethod: string | undefined;
  readonly deprecated: boolean;
  /** The `x-sdk-pagination` extension. */
  readonly pagination?: DeclaredPagination;
}

/** Pointers into the response body, and the parameter that names the page. */
export interface DeclaredPagination {
  readonly pageParam: string;
  readonly items: string;
  readonly hasMore?: string;
  readonly totalCount?: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function loadDocument(file: string): SpecDocument {
  const root: unknown = parse(readFileSync(file, 'utf8'));
  if (!isObject(root)) throw new Error(`${file}: not an OpenAPI document`);
  return { file, root };
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a/b` -> `a~1b`, `a~b` -> `a~0b`. */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, ...tokens: string[]): string {
  return base + tokens.map((token) => `/${escapeToken(token)}`).join('');
}

/** The value at a JSON pointer (`/components/schemas/Tree`); throws if there is none. */
export function at(doc: SpecDocument, pointer: string): Json {
  let node: Json = doc.root;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const next: Json | undefined = Array.isArray(node)
      ? node[Number(token)]
      : isObject(node) && Object.hasOwn(node, token)
        ? node[token]
        : undefined;
    if (next === undefined) throw new Error(`${doc.file}: nothing at #${pointer}`);
    node = next;
  }
  return node;
}

/** Follows `$ref`s (local ones only, which is all these specs use) from `pointer` to a node that is not one. */
export function deref(doc: SpecDocument, pointer: string): { pointer: string; node: Json } {
  let current = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const node = at(doc, current);
    if (!isObject(node) || typeof node['$ref'] !== 'string') return { pointer: current, node };
    current = refPointer(node['$ref']);
  }
  throw new Error(`${doc.file}: $ref chain from #${pointer} does not end`);
}

/** `#/components/schemas/Tree` -> `/components/schemas/Tree` (percent-decoded, as a URI fragment is). */
export function refPointer(ref: string): string {
  if (!ref.startsWith('#')) throw new Error(`only local $refs are supported: ${ref}`);
  return decodeURIComponent(ref.slice(1));
}

export function operationsOf(doc: SpecDocument): DeclaredOperation[] {
  const paths = doc.root['paths'];
  if (!isObject(paths)) return [];
  const operations: DeclaredOperation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const itemPointer = joinPointer('/paths', template);
    for (const method of METHODS.filter((name) => isObject(item[name]))) {
      const pointer = joinPointer(itemPointer, method);
      const operation = at(doc, pointer) as JsonObject;
      const operationId = operation['operationId'];
      if (typeof operationId !== 'string') throw new Error(`${doc.file}: #${pointer} has no operationId`);
      const responses = operation['responses'];
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path: template,
        pointer,
        parameters: mergeParameters(
          parametersAt(doc, joinPointer(itemPointer, 'parameters')),
          parametersAt(doc, joinPointer(pointer, 'parameters')),
        ),
        statuses: isObject(responses) ? Object.keys(responses) : [],
        sdkMethod: typeof operation['x-sdk-method'] === 'string' ? operation['x-sdk-method'] : undefined,
        deprecated: operation['deprecated'] === true,
        ...(isObject(operation['x-sdk-pagination'])
          ? { pagination: operation['x-sdk-pagination'] as unknown as DeclaredPagination }
          : {}),
      });
    }
  }
  return operations;
}

function parametersAt(doc: SpecDocument, pointer: string): DeclaredParameter[] {
  let list: Json;
  try {
    list = at(doc, pointer);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.map((_, index) => {
    const { pointer: target, node } = deref(doc, `${pointer}/${index}`);
    if (!isObject(node) || typeof node['name'] !== 'string') throw new Error(`${doc.file}: #${target} is no parameter`);
    const location = node['in'];
    if (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie')
      throw new Error(`${doc.file}: #${target} has no valid "in"`);
    return {
      name: node['name'],
      in: location,
      required: location === 'path' || node['required'] === true,
      schemaPointer: `${target}/schema`,
    };
  });
}

/** Operation-level parameters replace path-level ones with the same name and location. */
function mergeParameters(
  pathLevel: readonly DeclaredParameter[],
  own: readonly DeclaredParameter[],
): DeclaredParameter[] {
  const key = (parameter: DeclaredParameter): string => `${parameter.in} ${parameter.name}`;
  const overridden = new Set(own.map(key));
  return [...pathLevel.filter((parameter) => !overridden.has(key(parameter))), ...own];
}

/** `list-warehouses` -> `ListWarehouses`, `getStockItem` -> `GetStockItem`: validator names use it. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Whether a response key (`200`, `2XX`, `default`) covers a status code. */
export function statusMatches(key: string, status: number): boolean {
  if (/^\d{3}$/.test(key)) return Number(key) === status;
  if (/^[1-5]XX$/i.test(key)) return Math.floor(status / 100) === Number(key[0]);
  return key === 'default';
}
