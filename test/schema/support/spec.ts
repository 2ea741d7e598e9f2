import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import type { Json } from '../../../generator/model/at.js';
import type { Schema } from '../../../generator/model/schema.js';
import type { ResolvedSpec } from '../../../generator/model/spec.js';
import { SchemaReader } from '../../../generator/schema/read.js';
import { IssueList } from '../../../generator/util/issue-list.js';
import { escapeToken, joinPointer } from '../../../generator/util/pointer.js';

/** Keys whose values are data, where a `$ref` is not a reference; and keys whose keys are names. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'schemas',
  'paths',
  'responses',
  'parameters',
  'requestBodies',
  'headers',
  'content',
]);

/**
 * A ResolvedSpec made straight from a document, for tests: every structural `$ref` recorded (no
 * checks: test documents are well-formed), and every place located at line 1.
 */
export function specOf(document: Json, file = 'spec.yaml'): ResolvedSpec {
  const refs = new Map<string, string>();
  const walk = (node: unknown, pointer: string, names = false): void => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${pointer}/${index}`));
    else if (typeof node === 'object' && node !== null) {
      const ref = (node as Record<string, unknown>).$ref;
      if (!names && typeof ref === 'string' && ref.startsWith('#')) refs.set(pointer, decodeURIComponent(ref.slice(1)));
      for (const [key, value] of Object.entries(node)) {
        if (names || (!DATA_KEYS.has(key) && !key.startsWith('x-')))
          walk(value, joinPointer(pointer, key), !names && NAME_MAPS.has(key));
      }
    }
  };
  walk(document, '');
  return {
    file,
    document,
    sourceHash: '',
    format: 'json',
    warnings: [],
    refs,
    locate: (pointer) => ({ file, pointer, line: 1, column: 1 }),
  };
}

export interface ReadSpec {
  readonly spec: ResolvedSpec;
  readonly reader: SchemaReader;
  readonly issues: IssueList;
  /** Component id -> its model. */
  readonly schemas: ReadonlyMap<string, Schema>;
  readonly named: (id: string) => Schema;
}

/** Reads every component schema of a document. */
export function readSpec(document: Json, file?: string): ReadSpec {
  const spec = specOf(document, file);
  const issues = new IssueList();
  const openapi30 = String((document as { openapi?: unknown }).openapi ?? '3.1').startsWith('3.0');
  const reader = new SchemaReader({ spec, issues, openapi30 });
  const components = (document as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {};
  const schemas = new Map(
    Object.keys(components).map((id) => [id, reader.read(`/components/schemas/${escapeToken(id)}`)]),
  );
  const named = (id: string): Schema => {
    const schema = schemas.get(id);
    if (schema === undefined) throw new Error(`no schema ${id}`);
    return schema;
  };
  return { spec, reader, issues, schemas, named };
}

/** A 3.1 document whose components are `schemas`. */
export function documentOf(schemas: Readonly<Record<string, Json>>, openapi = '3.1.0'): Json {
  return { openapi, info: { title: 't', version: '1' }, paths: {}, components: { schemas } };
}

export function loadDocument(file: string): Json {
  if (file.endsWith('.gz')) return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Json;
  const text = readFileSync(file, 'utf8');
  return (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Json;
}

/** The Cloudflare document: the committed fixture when it is there, else the shared copy. */
export const CLOUDFLARE_SPEC = [
  'test/fixtures/cloudflare/cloudflare-api-2024-08-06.json.gz',
  '/work/shared/specs/cloudflare-api-2024-08-06.json.gz',
].find((file) => {
  try {
    readFileSync(file, { flag: 'r' }).length;
    return true;
  } catch {
    return false;
  }
});
