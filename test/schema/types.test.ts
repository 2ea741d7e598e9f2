import { describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model/at.js';
import { typeDisagreements } from './support/type-oracle.js';
import { CLOUDFLARE_SPEC, loadDocument, readSpec } from './support/spec.js';

/**
 * Our types and openapi-typescript's, for every component schema of the built-in specs and a
 * sample of Cloudflare's: assignable both ways under the strict flags. Where they differ on
 * purpose, the test says why:
 * - a 3.0 `nullable` enum that does not list null: the check refuses null (OpenAPI 3.0.3, and
 *   ajv), so our type does too; openapi-typescript adds `| null`;
 * - anyOf/oneOf beside other keywords: a value must satisfy both (an intersection);
 *   openapi-typescript makes a union of them (`firewall_configurations`: an array type whose
 *   anyOf lists objects).
 */
const SAMPLE = 400;
const UNION_NOT_INTERSECTION = new Set(['firewall_configurations']);

/** Whether a schema reaches, through references, a nullable enum without null. */
function reachesNullableEnum(document: Json, id: string, seen = new Set<unknown>()): boolean {
  const schemas = (document as { components: { schemas: Record<string, Json> } }).components.schemas;
  const walk = (node: Json): boolean => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return false;
    seen.add(node);
    if (Array.isArray(node)) return node.some(walk);
    const raw = node as Record<string, Json>;
    if (raw.nullable === true && Array.isArray(raw.enum) && !raw.enum.includes(null)) return true;
    if (typeof raw.$ref === 'string') return walk(schemas[decodeURIComponent(raw.$ref.split('/').pop()!)] ?? null);
    return Object.entries(raw).some(
      ([key, value]) => !['example', 'default', 'enum', 'const'].includes(key) && walk(value),
    );
  };
  return walk(schemas[id] ?? null);
}

describe.each([
  { file: 'spec/openapi.yaml' },
  { file: 'test/fixtures/inventory.yaml' },
  ...(CLOUDFLARE_SPEC === undefined ? [] : [{ file: CLOUDFLARE_SPEC }]),
])('$file: typeOf and openapi-typescript agree', ({ file }) => {
  it('every sampled component schema is assignable both ways', async () => {
    const document = loadDocument(file);
    const { schemas } = readSpec(document, file);
    const ids = [...schemas.keys()];
    const step = Math.max(1, Math.floor(ids.length / SAMPLE));
    const sample = ids.filter((_, index) => index % step === 0);
    const found = await typeDisagreements(document, schemas, sample);
    const explained = [...found.keys()].filter(
      (id) => UNION_NOT_INTERSECTION.has(id) || reachesNullableEnum(document, id),
    );
    const unexplained = [...found].filter(([id]) => !explained.includes(id));
    for (const [id, why] of unexplained) console.log(`${id}: ${why}`);
    console.log(
      `${file}: ${sample.length} schemas, ${found.size} disagreements, ${explained.length} of them by design`,
    );
    expect(unexplained).toEqual([]);
  }, 120_000);
});

describe('where the types differ on purpose', () => {
  it('a 3.0 nullable enum without null: the check refuses null (3.0.3, as ajv), so the type leaves it out', async () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: { E: { type: 'string', nullable: true, enum: ['a'] }, F: { type: 'string', nullable: true } },
      },
    };
    const found = await typeDisagreements(document, readSpec(document).schemas, ['E', 'F']);
    expect([...found.keys()]).toEqual(['E']);
  });
});
