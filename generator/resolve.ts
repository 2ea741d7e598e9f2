import { IssueList } from './errors.js';
import type { LoadedSpec, ResolvedSpec } from './model.js';
import { getAtPointer, isRecord, joinPointer } from './pointer.js';

/**
 * Checks every `$ref` in the document: local, pointing at something that exists, and not part of
 * a chain of references that never reaches a real node (`A -> B -> A`). References are recorded,
 * not inlined, because schemas may legitimately be recursive through their properties.
 */
export function resolveRefs(spec: LoadedSpec): ResolvedSpec {
  const issues = new IssueList();
  const refs = new Map<string, string>();
  const written = new Map<string, string>();
  for (const { site, ref } of findRefs(spec.document, '')) {
    written.set(site, ref);
    const target = localTarget(ref);
    if (target === undefined) {
      issues.error('ref_external', spec.locate(`${site}/$ref`), externalRefMessage(ref));
    } else if (getAtPointer(spec.document, target) === undefined) {
      issues.error(
        'ref_not_found',
        spec.locate(`${site}/$ref`),
        `$ref '${ref}' points at nothing: ${describeTarget(target)}`,
      );
    } else {
      refs.set(site, target);
    }
  }
  for (const site of findRefCycles(refs)) {
    issues.error(
      'ref_cycle',
      spec.locate(`${site}/$ref`),
      `$ref '${written.get(site) ?? ''}' is part of a cycle of references that never reaches a schema`,
    );
  }
  issues.throwIfErrors();
  return { ...spec, refs };
}

/** Keys whose value is a map from user-chosen names to nodes, where any name may appear. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'schemas',
  'responses',
  'parameters',
  'headers',
  'content',
  'securitySchemes',
  'requestBodies',
  'links',
  'callbacks',
  'paths',
  'webhooks',
  'pathItems',
  'encoding',
]);

/** Keys whose value is data (an instance), where `$ref` is just a property name. */
const DATA_KEYS = new Set(['example', 'default', 'const', 'enum', 'value']);

function* findRefs(node: unknown, pointer: string, inNameMap = false): Generator<{ site: string; ref: string }> {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) yield* findRefs(node[index], joinPointer(pointer, index));
  } else if (isRecord(node)) {
    if (!inNameMap && typeof node.$ref === 'string') yield { site: pointer, ref: node.$ref };
    for (const [key, value] of Object.entries(node)) {
      if (!inNameMap && isData(key, value)) continue;
      yield* findRefs(value, joinPointer(pointer, key), !inNameMap && NAME_MAPS.has(key));
    }
  }
}

/** A schema's `examples` is an array of instances; a media type's is a map of Example Objects. */
function isData(key: string, value: unknown): boolean {
  return DATA_KEYS.has(key) || (key === 'examples' && Array.isArray(value)) || key.startsWith('x-');
}

/** `#/components/schemas/A` -> `/components/schemas/A`; anything that is not a local pointer -> undefined. */
function localTarget(ref: string): string | undefined {
  if (ref === '#') return '';
  if (!ref.startsWith('#/')) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}

function externalRefMessage(ref: string): string {
  const file = ref.split('#')[0] ?? ref;
  return `$ref '${ref}' points into another file (${file}); the generator reads one document: bundle it first (for example \`redocly bundle\`)`;
}

function describeTarget(target: string): string {
  return `no node at #${target}`;
}

/**
 * A reference whose target is itself a bare reference, and so on back to the start, never names
 * a schema: no type can be written for it. Reports each such site once.
 */
function findRefCycles(refs: ReadonlyMap<string, string>): string[] {
  const cyclic: string[] = [];
  for (const start of refs.keys()) {
    const seen = new Set<string>([start]);
    let current = refs.get(start);
    while (current !== undefined && refs.has(current)) {
      if (current === start) {
        cyclic.push(start);
        break;
      }
      if (seen.has(current)) break;
      seen.add(current);
      current = refs.get(current);
    }
  }
  return cyclic;
}
