import type { At, Json, ResolvedSpec, Schema } from '../model/index.js';
import type { IssueList } from '../util/issue-list.js';
import { isRecord, nodeAtPointer } from '../util/pointer.js';

/** What every part of the build stage reads from: the document, the issues, the schema reader. */
export interface BuildContext {
  readonly spec: ResolvedSpec;
  readonly issues: IssueList;
  readonly openapi30: boolean;
  /** The schema at a pointer, read once (see generator/schema/read.ts). */
  readonly schema: (pointer: string) => Schema;
  /** Told every node and `$ref` read through this context (what `--watch` checks before reusing a build). */
  readonly reads?: SpecReads;
}

export interface SpecReads {
  node(pointer: string, node: unknown): void;
  ref(site: string, target: string | undefined): void;
}

export function at(ctx: BuildContext, pointer: string): At {
  return ctx.spec.locate(pointer);
}

/** Where the node at `site` really is: through its structural `$ref`, if it has one. */
export function deref(ctx: BuildContext, site: string): string {
  let pointer = site;
  // A chain of references (A -> B -> node) is followed to its end; resolveRefs refused cycles.
  for (let target = refAt(ctx, pointer); target !== undefined; target = refAt(ctx, pointer)) {
    pointer = target;
  }
  return pointer;
}

function refAt(ctx: BuildContext, site: string): string | undefined {
  const target = ctx.spec.refs.get(site);
  ctx.reads?.ref(site, target);
  return target;
}

/** The node at a pointer (no `$ref` followed). */
export function nodeAt(ctx: BuildContext, pointer: string): unknown {
  const node = nodeAtPointer(ctx.spec.document, pointer);
  ctx.reads?.node(pointer, node);
  return node;
}

/** The object at `site` (after its `$ref`), or undefined when there is none or it is not an object. */
export function objectAt(ctx: BuildContext, site: string): { pointer: string; node: Record<string, Json> } | undefined {
  const pointer = deref(ctx, site);
  const node = nodeAt(ctx, pointer);
  return isRecord(node) ? { pointer, node: node as Record<string, Json> } : undefined;
}

export function text(node: Record<string, Json>, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `{ description }` when it is a non-empty string, else `{}`: for spreading under exactOptionalPropertyTypes. */
export function optionalText<K extends string>(node: Record<string, Json>, key: K): { [P in K]?: string } {
  const value = text(node, key);
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: string });
}

export function stringList(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
