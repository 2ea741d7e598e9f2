import { readFile } from 'node:fs/promises';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { IssueList, UsageError } from './errors.js';
import type { At, Json, LoadedSpec, SpecIssueCode } from './model.js';
import { splitPointer } from './pointer.js';

/**
 * Reads a YAML or JSON spec, keeping source positions so that any later stage can turn a JSON
 * pointer into `file:line:column`. Syntax problems are reported all at once, located.
 */
export async function loadSpec(file: string, displayName: string = file): Promise<LoadedSpec> {
  const source = await readSource(file, displayName);
  return parseSpec(source, displayName);
}

/** The pure half of loadSpec, for callers that already hold the text. */
export function parseSpec(source: string, file: string): LoadedSpec {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  const keyIndex = new WeakMap<object, ReadonlyMap<string, Pair>>();
  const locate = (pointer: string): At => locateInDocument(doc, lineCounter, keyIndex, file, pointer);
  const issues = new IssueList();
  for (const error of doc.errors) {
    issues.error(yamlIssueCode(error.code), positionAt(file, error.linePos?.[0]), firstLine(error.message));
  }
  if (!doc.errors.length && (doc.contents === null || isEmptyScalar(doc.contents))) {
    issues.error('empty_document', positionAt(file, undefined), 'the spec is empty: expected an OpenAPI document');
  }
  issues.throwIfErrors();
  for (const warning of doc.warnings) {
    issues.warn('yaml_syntax', positionAt(file, warning.linePos?.[0]), firstLine(warning.message));
  }
  const document = toJson(doc, lineCounter, file);
  return { file, document, source, locate, warnings: issues.warnings };
}

/** Enough for any hand-written spec; a few nested aliases can otherwise expand to gigabytes. */
const MAX_ALIAS_COUNT = 1000;

/**
 * yaml throws a ReferenceError from toJS for an alias with no anchor before it and for aliases
 * that expand past the limit ("billion laughs"). Both are the spec's fault: report them located.
 */
function toJson(doc: Document, lines: LineCounter, file: string): Json {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Json;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliases = aliasesOf(doc);
    const dangling = aliases.find((alias) => alias.resolve(doc) === undefined);
    const at = (node: Node | undefined): At => positionAt(file, lines.linePos(node?.range?.[0] ?? 0));
    const issues = new IssueList();
    if (dangling) {
      issues.error(
        'yaml_syntax',
        at(dangling),
        `alias *${dangling.source} has no anchor &${dangling.source} before it`,
      );
    } else {
      const problem = `aliases expand to more than ${MAX_ALIAS_COUNT} nodes, which looks like a resource exhaustion attack`;
      issues.error('yaml_alias_limit', at(aliases[0]), `${problem}: write the nodes out or use $ref`);
    }
    issues.throwIfErrors();
    throw error;
  }
}

function aliasesOf(doc: Document): Alias[] {
  const aliases: Alias[] = [];
  visit(doc, { Alias: (_key, node) => void aliases.push(node) });
  return aliases;
}

async function readSource(file: string, displayName: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UsageError(`${displayName}: cannot read the spec (${code})`);
  }
}

function yamlIssueCode(code: string): SpecIssueCode {
  if (code === 'TAB_AS_INDENT') return 'yaml_tab_indent';
  if (code === 'DUPLICATE_KEY') return 'yaml_duplicate_key';
  return 'yaml_syntax';
}

/** The yaml package appends a code frame after the first line; the located line is enough. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function positionAt(file: string, pos: { line: number; col: number } | undefined): At {
  return { file, pointer: '', line: pos?.line ?? 1, column: pos?.col ?? 1 };
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && (node.value === null || node.value === '');
}

/**
 * Walks the YAML tree along the pointer. A missing step stops the walk: the location of the
 * deepest node that exists is the most useful place to point at.
 */
function locateInDocument(doc: Document, lines: LineCounter, keyIndex: KeyIndex, file: string, pointer: string): At {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const token of splitPointer(pointer)) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairsOf(node, keyIndex).get(token);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(token)];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const { line, col } = lines.linePos(offset ?? 0);
  return { file, pointer, line, column: col };
}

/** Every model node asks for its place: without an index, a spec with many paths is quadratic. */
type KeyIndex = WeakMap<object, ReadonlyMap<string, Pair>>;

function pairsOf(map: YAMLMap, index: KeyIndex): ReadonlyMap<string, Pair> {
  let pairs = index.get(map);
  if (pairs === undefined) {
    const built = new Map<string, Pair>();
    for (const item of map.items) if (isScalar(item.key)) built.set(String(item.key.value), item as Pair);
    index.set(map, (pairs = built));
  }
  return pairs;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
