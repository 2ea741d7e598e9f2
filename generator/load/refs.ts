import type { Json } from '../model/at.js';
import type { SpecIssueCode } from '../model/issue.js';
import type { LoadedSpec, ResolvedSpec } from '../model/spec.js';
import { IssueList } from '../util/issue-list.js';
import { nodeAtPointer } from '../util/pointer.js';
import { type NodeKind, walkDocument } from './walk.js';

/**
 * Checks every `$ref` in a structural position: local, pointing at something, and not part of a
 * cycle of bare references. References are recorded, not inlined (schemas may be recursive). A
 * `$ref` inside data is never seen (see walk.ts); an external one is reported, never read: the
 * generator reads one file, the spec.
 */
export function resolveRefs(spec: LoadedSpec, memory?: RefMemory): ResolvedSpec {
  const issues = new IssueList();
  const refs = new Map<string, string>();
  const kinds: { readonly site: string; readonly ref: string; readonly kind: NodeKind }[] = [];
  const exists = memoized((target: string) => nodeAtPointer(spec.document, target) !== undefined);
  const note = (site: string, ref: Json | undefined, kind: NodeKind): void => {
    const checked = checkRef(ref, exists);
    if ('target' in checked) {
      refs.set(site, checked.target);
      kinds.push({ site, ref: checked.ref, kind });
    } else {
      issues.error(checked.code, spec.locate(`${site}/$ref`), checked.message);
    }
  };
  const found: {
    readonly pointer: string;
    readonly node: object;
    readonly kind: NodeKind;
    readonly refs: FoundRef[];
  }[] = [];
  walkDocument(spec.document, (node, kind, path) => {
    if (memory !== undefined && isKeptPart(path.tokens)) {
      const pointer = path.pointer;
      const known = memory.get(node);
      if (known?.kind === kind) {
        // The same object as a run before: the same references, whose targets are checked again.
        for (const ref of known.refs) note(pointer + ref.site, ref.ref, ref.kind);
        return false;
      }
      found.push({ pointer, node, kind, refs: [] });
    }
    if (!Object.hasOwn(node, '$ref')) return;
    const site = path.pointer;
    const part = found.at(-1);
    if (part !== undefined && (site === part.pointer || site.startsWith(`${part.pointer}/`)))
      part.refs.push({ site: site.slice(part.pointer.length), ref: node.$ref, kind });
    note(site, node.$ref, kind);
  });
  const cyclic = refCycles(refs);
  for (const { site, ref, kind } of cyclic.size === 0 ? [] : kinds) {
    if (!cyclic.has(site)) continue;
    const message = `$ref '${ref}' is part of a cycle of references that never reaches a ${words(kind)}`;
    issues.error('ref_cycle', spec.locate(`${site}/$ref`), message);
  }
  issues.throwIfErrors();
  for (const part of found) memory?.set(part.node, { kind: part.kind, refs: part.refs });
  return { ...spec, refs };
}

/**
 * The references found in each path item and component, by its node: `--watch` walks again
 * only the parts an edit changed (unchanged ones are the same objects, see `shareUnchanged`).
 */
export type RefMemory = WeakMap<object, { readonly kind: NodeKind; readonly refs: readonly FoundRef[] }>;

/** A `$ref` below a kept part: its site relative to the part, its value, the kind of node it stands for. */
interface FoundRef {
  readonly site: string;
  readonly ref: Json | undefined;
  readonly kind: NodeKind;
}

/** `/paths/{path}` and `/components/{type}/{name}`: the parts whose references are kept. */
function isKeptPart(tokens: readonly (string | number)[]): boolean {
  return (tokens.length === 2 && tokens[0] === 'paths') || (tokens.length === 3 && tokens[0] === 'components');
}

type Checked =
  { readonly ref: string; readonly target: string } | { readonly code: SpecIssueCode; readonly message: string };

function checkRef(ref: Json | undefined, exists: (target: string) => boolean): Checked {
  if (typeof ref !== 'string') {
    return {
      code: 'ref_invalid',
      message: `$ref must be a string such as '#/components/schemas/Name', not ${describe(ref)}`,
    };
  }
  if (ref === '')
    return { code: 'ref_invalid', message: `$ref is empty: write a pointer such as '#/components/schemas/Name'` };
  if (!ref.startsWith('#')) return { code: 'ref_external', message: externalMessage(ref) };
  if (ref !== '#' && !ref.startsWith('#/')) {
    const why = `names an anchor, which the generator does not follow: write a JSON pointer such as '#/components/schemas/Name'`;
    return { code: 'ref_invalid', message: `$ref '${ref}' ${why}` };
  }
  const target = decodeFragment(ref);
  if (target === undefined) return { code: 'ref_invalid', message: `$ref '${ref}' has a malformed %-escape` };
  if (!exists(target)) {
    return { code: 'ref_not_found', message: `$ref '${ref}' points at nothing: no node at #${target}` };
  }
  return { ref, target };
}

/** Thousands of references point at a few hundred schemas: each target is looked up once. */
function memoized(find: (target: string) => boolean): (target: string) => boolean {
  const known = new Map<string, boolean>();
  return (target) => {
    let found = known.get(target);
    if (found === undefined) known.set(target, (found = find(target)));
    return found;
  };
}

/** `#/components/schemas/Foo%20Bar` -> `/components/schemas/Foo Bar`: a URI fragment holding a JSON pointer. */
function decodeFragment(ref: string): string | undefined {
  if (!ref.includes('%')) return ref.slice(1);
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
}

function externalMessage(ref: string): string {
  const resource = ref.split('#')[0] ?? ref;
  const bundle = 'bundle it first (for example `redocly bundle`)';
  if (/^[a-z][a-z0-9+.-]+:/i.test(ref)) {
    return `$ref '${ref}' points at a URL (${resource}); the generator reads one document and fetches nothing: ${bundle}`;
  }
  return `$ref '${ref}' points into another file (${resource}); the generator reads one document: ${bundle}`;
}

function describe(value: Json | undefined): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${JSON.stringify(value)}`;
}

/** `pathItem` -> `path item`. */
function words(kind: NodeKind): string {
  return kind.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/**
 * The sites on a cycle of references that are all bare `$ref`s (A -> B -> A): no chain from them
 * reaches a node. Each site is followed once, so this is linear in the number of references.
 */
function refCycles(refs: ReadonlyMap<string, string>): Set<string> {
  const done = new Set<string>();
  const cyclic = new Set<string>();
  for (const [start, target] of refs) {
    // Almost every reference points at a node, not at another reference: nothing to follow.
    if (!refs.has(target) || done.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && refs.has(current) && !done.has(current) && !onChain.has(current)) {
      chain.push(current);
      onChain.add(current);
      current = refs.get(current);
    }
    if (current !== undefined && onChain.has(current))
      for (const site of chain.slice(chain.indexOf(current))) cyclic.add(site);
    for (const site of chain) done.add(site);
  }
  return cyclic;
}
