import type { At, Json } from '../model/at.js';
import type { SpecIssueCode } from '../model/issue.js';
import type { Keywords, Schema, SchemaNode } from '../model/schema.js';
import type { ResolvedSpec } from '../model/spec.js';
import type { IssueList } from '../util/issue-list.js';
import { joinPointer, nodeAtPointer, pointerAndAncestors, unescapeToken } from '../util/pointer.js';
import { ANNOTATION_KEYS, readAnnotations, UNSUPPORTED_KEYS } from './annotations.js';
import type { RawSchema, ReadContext } from './keyword.js';
import { definitionOf, KEYWORD_NAMES } from './keywords/index.js';
import { isObject } from './read-values.js';
import type { ReadEvent, RememberedRead, SchemaMemory } from './read-memory.js';
import { PatternAnalyser } from './redos.js';
import { checkValue } from './value-check.js';

export interface ReaderContext {
  readonly spec: ResolvedSpec;
  readonly issues: IssueList;
  /** OpenAPI 3.0: `nullable`, boolean exclusive bounds, `example`, and `$ref` siblings ignored. */
  readonly openapi30: boolean;
}

const COMPONENT_SCHEMA = /^\/components\/schemas\/([^/]+)$/;

/** A read in progress: what it did so far, and whether it may be kept for the next run. */
interface Recording {
  readonly events: ReadEvent[];
  keepable: boolean;
}

/** Every key a keyword definition reads. */
const KEYWORD_KEYS: ReadonlySet<string> = new Set(
  KEYWORD_NAMES.flatMap((name) => [name, ...(definitionOf(name).alsoReads ?? [])]),
);

/**
 * Builds the model of the schema at a pointer, each keyword read by its own definition. Spec
 * defects warn and never refuse: what can still be generated correctly is. Results are cached by
 * pointer, so a schema referenced a thousand times is read once.
 */
export class SchemaReader {
  readonly #ctx: ReaderContext;
  readonly #cache = new Map<string, Schema>();
  /** Pointers being read right now: a `$ref` back into one of them is recursion outside the components. */
  readonly #reading = new Set<string>();
  readonly #said = new Set<string>();
  readonly patterns = new PatternAnalyser();
  readonly #memory: SchemaMemory | undefined;
  /** Every pointer at or above a read made afresh this run, not replayed (only with a memory). */
  readonly #freshAbove = new Set<string>();
  /** The reads in progress, innermost last (only with a memory). */
  readonly #recordings: Recording[] = [];

  /** With `memory` (`--watch`), a read of a node unchanged since the last run is that run's read, replayed. */
  constructor(ctx: ReaderContext, memory?: SchemaMemory) {
    this.#ctx = ctx;
    this.#memory = memory;
  }

  read(pointer: string): Schema {
    return this.#cache.get(pointer) ?? this.#readAt(pointer, nodeAtPointer(this.#ctx.spec.document, pointer));
  }

  /**
   * read(pointer), for a caller that knows the node there is the very object the last run read (an
   * operation kept because the path item holding the node is unchanged): a remembered read is
   * replayed without looking the node up in the new document.
   */
  readKept(pointer: string): Schema {
    const cached = this.#cache.get(pointer);
    if (cached !== undefined) return cached;
    const remembered = this.#memory?.get(pointer);
    if (remembered === undefined || remembered.openapi30 !== this.#ctx.openapi30 || !this.#replayable(pointer))
      return this.read(pointer);
    this.#replay(pointer, remembered);
    return remembered.schema;
  }

  /** `raw` is the value at `pointer`: a parent hands its children over without walking from the root. */
  #readAt(pointer: string, raw: unknown): Schema {
    const memory = this.#memory;
    if (memory === undefined) {
      const cached = this.#cache.get(pointer);
      return cached ?? this.#readFresh(pointer, raw);
    }
    const cached = this.#cache.get(pointer);
    const outer = this.#recordings.at(-1);
    if (cached !== undefined) {
      if (outer !== undefined) {
        const known = memory.recall(pointer, raw, this.#ctx.openapi30);
        if (known === undefined || known.schema !== cached) outer.keepable = false;
        else outer.events.push({ read: pointer, remembered: known });
      }
      return cached;
    }
    let remembered = memory.recall(pointer, raw, this.#ctx.openapi30);
    if (remembered !== undefined && this.#replayable(pointer)) {
      this.#replay(pointer, remembered);
    } else {
      for (const above of pointerAndAncestors(pointer)) this.#freshAbove.add(above);
      const recording: Recording = { events: [], keepable: true };
      this.#recordings.push(recording);
      let schema: Schema;
      try {
        schema = this.#readFresh(pointer, raw);
      } finally {
        this.#recordings.pop();
      }
      remembered = { raw, openapi30: this.#ctx.openapi30, schema, events: recording.events };
      if (recording.keepable) memory.keep(pointer, remembered);
      else memory.forget(pointer);
      if (!recording.keepable && outer !== undefined) outer.keepable = false;
    }
    outer?.events.push({ read: pointer, remembered });
    return remembered.schema;
  }

  #readFresh(pointer: string, raw: unknown): Schema {
    this.#reading.add(pointer);
    try {
      const schema = this.#readNode(pointer, raw);
      this.#cache.set(pointer, schema);
      return schema;
    } finally {
      this.#reading.delete(pointer);
    }
  }

  /**
   * Whether replaying gives what reading would: a nested read this run has already made must
   * have given the object the remembered read holds (a cold read would have used that one). A
   * kept read nests only reads below its own pointer, and a nested read this run replayed gave
   * the very object kept with it, so only a read made afresh this run below `pointer` can differ.
   */
  #replayable(pointer: string): boolean {
    return !this.#freshAbove.has(pointer);
  }

  /** A remembered read's warnings and nested reads, in their order, as reading would have made them. */
  #replay(pointer: string, remembered: RememberedRead): void {
    for (const event of remembered.events) {
      if ('warn' in event) this.#ctx.issues.warn(event.warn, this.#ctx.spec.locate(event.pointer), event.message);
      else if (!this.#cache.has(event.read)) this.#replay(event.read, event.remembered);
    }
    this.#memory?.keep(pointer, remembered);
    this.#cache.set(pointer, remembered.schema);
  }

  /**
   * Warns about every `default` and example (of a schema read so far) that its own schema
   * rejects: "a `default: 100` beside `maximum: 50`" is a located warning saying what is wrong.
   * Call it once reading is done; the generation-time interpreter decides, without ajv.
   */
  checkAnnotations(): void {
    const named = (id: string): Schema => this.read(joinPointer('/components/schemas', id));
    for (const [pointer, schema] of [...this.#cache]) {
      if (schema.kind !== 'schema' || schema.at.pointer !== pointer) continue;
      if (schema.annotations.default !== undefined)
        this.#checkExample(schema, schema.annotations.default.value, [pointer, 'default'], named);
      const examples = schema.annotations.examples;
      if (examples === undefined) continue;
      const raw = nodeAtPointer(this.#ctx.spec.document, pointer) as RawSchema;
      const listed = Array.isArray(raw.examples) ? raw.examples.length : 0;
      examples.forEach((example, index) => {
        const at = index < listed ? [pointer, 'examples', index] : [pointer, 'example'];
        this.#checkExample(schema, example, at as [string, ...(string | number)[]], named);
      });
    }
  }

  #checkExample(
    schema: SchemaNode,
    value: Json,
    [pointer, ...tokens]: [string, ...(string | number)[]],
    named: (id: string) => Schema,
  ): void {
    const issue = checkValue(schema, value, named);
    if (issue === undefined) return;
    const what = tokens[0] === 'default' ? 'default' : 'example';
    const where = issue.path === '' ? '' : ` at ${issue.path}`;
    const code = what === 'default' ? 'default_invalid' : 'example_invalid';
    this.#warn(
      code,
      this.#ctx.spec.locate(joinPointer(pointer, ...tokens)),
      `${what} ${JSON.stringify(value)} breaks its schema${where}: ${issue.message} (${issue.keyword})`,
    );
  }

  #readNode(pointer: string, raw: unknown): Schema {
    const at = this.#ctx.spec.locate(pointer);
    if (typeof raw === 'boolean') return raw ? emptyNode(at) : falseNode(at);
    if (!isObject(raw)) {
      this.#warn('invalid_schema', at, 'a schema must be an object or a boolean: read as {}');
      return emptyNode(at);
    }
    const target = this.#ctx.spec.refs.get(pointer);
    return target === undefined ? this.#readObject(pointer, raw, at) : this.#readRef(pointer, target, raw, at);
  }

  /**
   * A component schema stays a reference (recursion works through it, and each is checked and
   * typed once); anything else is read inline. In 3.1 keywords beside `$ref` apply too: an allOf.
   */
  #readRef(pointer: string, target: string, raw: RawSchema, at: At): Schema {
    const ref = this.#refTo(target, at);
    const siblings = Object.keys(raw).filter((key) => key !== '$ref' && !key.startsWith('x-'));
    if (siblings.length === 0) return ref;
    if (this.#ctx.openapi30) {
      const ignored = siblings.filter((key) => !ANNOTATION_KEYS.has(key) || key === 'nullable');
      if (ignored.length > 0)
        this.#warn('ref_sibling_ignored', at, `keywords beside $ref are ignored in OpenAPI 3.0: ${ignored.join(', ')}`);
      return ref;
    }
    const { $ref: _ref, ...rest } = raw;
    const own = this.#readObject(pointer, rest, at);
    return { ...own, keywords: { ...own.keywords, allOf: [ref, ...(own.keywords.allOf ?? [])] } };
  }

  #refTo(target: string, at: At): Schema {
    const component = COMPONENT_SCHEMA.exec(target)?.[1];
    if (component !== undefined) return { kind: 'ref', target: unescapeToken(component), at };
    // What it reads depends on another node (and on what is being read around it): not kept.
    this.#unkeepable();
    if (this.#reading.has(target)) {
      this.#warn('ref_cycle', at, `$ref to #${target} recurses outside #/components/schemas: read as {} (not checked)`);
      return emptyNode(at);
    }
    return this.read(target);
  }

  #readObject(pointer: string, raw: RawSchema, at: At): SchemaNode {
    this.#reportUnsupported(pointer, raw);
    const keywords: { -readonly [K in keyof Keywords]?: Keywords[K] } = {};
    const cx = this.#context(pointer, raw, keywords);
    for (const name of KEYWORD_NAMES) {
      const value = definitionOf(name).read(raw, cx);
      if (value !== undefined) (keywords as Record<string, unknown>)[name] = value;
    }
    return { kind: 'schema', at, keywords, annotations: readAnnotations(raw) };
  }

  #context(pointer: string, raw: RawSchema, sofar: Partial<Keywords>): ReadContext {
    return {
      pointer,
      openapi30: this.#ctx.openapi30,
      sofar,
      schema: (...tokens) => this.#readAt(joinPointer(pointer, ...tokens), childOf(raw, tokens)),
      warn: (code, message, ...tokens) =>
        this.#warn(code, this.#ctx.spec.locate(joinPointer(pointer, ...tokens)), message),
      firstTime: (key) => this.#firstTime(key),
      superLinear: (source) => this.patterns.superLinear(source),
    };
  }

  #reportUnsupported(pointer: string, raw: RawSchema): void {
    for (const key of Object.keys(raw)) {
      if (UNSUPPORTED_KEYS.has(key))
        this.#warn(
          'unsupported_keyword',
          this.#ctx.spec.locate(joinPointer(pointer, key)),
          `the schema keyword '${key}' is not supported: not checked`,
        );
      else if (
        !KEYWORD_KEYS.has(key) &&
        !ANNOTATION_KEYS.has(key) &&
        !key.startsWith('x-') &&
        key !== '$ref' &&
        this.#firstTime(`key:${key}`)
      )
        this.#warn(
          'unsupported_keyword',
          this.#ctx.spec.locate(joinPointer(pointer, key)),
          `unknown schema keyword '${key}': ignored`,
        );
    }
  }

  #firstTime(key: string): boolean {
    // Its answer depends on every read before it, kept or not: a read that asks is not kept.
    this.#unkeepable();
    if (this.#said.has(key)) return false;
    this.#said.add(key);
    return true;
  }

  #warn(code: SpecIssueCode, at: At, message: string): void {
    this.#recordings.at(-1)?.events.push({ warn: code, pointer: at.pointer, message });
    this.#ctx.issues.warn(code, at, message);
  }

  #unkeepable(): void {
    const recording = this.#recordings.at(-1);
    if (recording !== undefined) recording.keepable = false;
  }
}

function childOf(raw: unknown, tokens: readonly (string | number)[]): unknown {
  let node = raw;
  for (const token of tokens)
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[token] : undefined;
  return node;
}

function emptyNode(at: At): SchemaNode {
  return { kind: 'schema', at, keywords: {}, annotations: {} };
}

/** The `false` schema: no type at all. */
function falseNode(at: At): SchemaNode {
  return { kind: 'schema', at, keywords: { type: [] }, annotations: {} };
}
