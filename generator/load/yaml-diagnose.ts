import { isMap, isSeq, type CST, type Pair, type YAMLError } from 'yaml';
import { joinPointer } from '../util/pointer.js';
import type { TextProblem } from './issues.js';
import type { LineIndex } from './lines.js';
import { unclosedQuoteOffset } from './yaml-cst.js';
import { keyString } from './yaml-keys.js';
import {
  columnsOf,
  firstNonSpace,
  indentOf,
  nextContentLine,
  openLevels,
  opensBlock,
  previousContentLine,
} from './yaml-text.js';

/**
 * Turns one of yaml's errors into a problem a person can fix: placed on the line the mistake is
 * on (which yaml's position often is not), said in the terms of the mistake, with the fix when
 * there is an obvious one.
 */
export interface DiagnoseContext {
  readonly lines: LineIndex;
  readonly tokens: readonly CST.Token[];
  /** The composed document, for the first key of a duplicate. */
  readonly root: unknown;
}

/** A line the mistake was traced to, and how it was fixed there: re-indented to `indent` spaces, or blanked out. */
export interface Fix {
  readonly line: number;
  readonly indent?: number;
}

export function diagnose(error: YAMLError, fix: Fix, context: DiagnoseContext): TextProblem {
  const { lines } = context;
  const { line } = fix;
  const offset = error.pos[0];
  const onErrorLine = lines.position(offset).line === line;
  if (error.code === 'TAB_AS_INDENT') return tabIndent(offset);
  if (isStackOverflow(error)) return tooDeep(offset);
  if (error.code === 'DUPLICATE_KEY') return duplicateKey(offset, context) ?? generic(error, offset);
  if (/^Missing closing .?quote/.test(error.message)) return unclosedQuote(error, context);
  if (fix.indent !== undefined) return reindent(lines, line, fix.indent);
  if (/\bflow (sequence|map|mapping|collection)\b/i.test(error.message)) {
    const bracket = unclosedBracket(lines, line);
    if (bracket !== undefined) return bracket;
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && onErrorLine) {
    const colon = colonInPlainValue(lines, offset);
    if (colon !== undefined) return colon;
  }
  return badIndentation(lines, line) ?? generic(error, onErrorLine ? offset : firstNonSpace(lines, line));
}

/** yaml's composer recurses per level: past what the stack holds (maxDepth raised far), it reports this. */
export function isStackOverflow(error: YAMLError): boolean {
  return error.message.startsWith('Maximum call stack size exceeded');
}

function tooDeep(offset: number): TextProblem {
  const message = 'mappings and sequences nest too deeply here for the YAML parser: lower the maxDepth load limit';
  return { code: 'nesting_limit', offset, message };
}

/** yaml's own words, for the mistakes without a better explanation. */
function generic(error: YAMLError, offset: number): TextProblem {
  return { code: 'yaml_syntax', offset, message: error.message.split('\n')[0] ?? error.message };
}

function tabIndent(offset: number): TextProblem {
  const message = 'tabs are not allowed as indentation: YAML indents with spaces';
  return { code: 'yaml_tab_indent', offset, message, hint: 'replace the tab with spaces' };
}

/** Before the aliases are measured; an aliased key is rare enough to be named '' here. */
const NO_ALIASES = new Map<never, never>();

function duplicateKey(offset: number, context: DiagnoseContext): TextProblem | undefined {
  const found = findPair(context.root, offset, []);
  if (found === undefined) return undefined;
  const { map, pair, path } = found;
  const key = keyString(pair.key, NO_ALIASES);
  const first = map.find((other) => other !== pair && keyString(other.key, NO_ALIASES) === key);
  const firstOffset = (first?.key as { range?: [number] } | null)?.range?.[0];
  const where =
    firstOffset === undefined ? '' : `: already defined on line ${context.lines.position(firstOffset).line}`;
  const pointer = joinPointer('', ...path, key);
  return { code: 'yaml_duplicate_key', offset, pointer, message: `duplicate key ${JSON.stringify(key)}${where}` };
}

interface FoundPair {
  readonly map: readonly Pair[];
  readonly pair: Pair;
  readonly path: readonly (string | number)[];
}

/** The mapping entry whose key starts at `offset`, and the path to its mapping. */
function findPair(node: unknown, offset: number, path: (string | number)[]): FoundPair | undefined {
  if (isMap(node)) {
    const pairs = node.items as Pair[];
    const pair = pairs.find((item) => (item.key as { range?: [number] } | null)?.range?.[0] === offset);
    if (pair !== undefined) return { map: pairs, pair, path };
    for (const item of pairs) {
      const found = findPair(item.value, offset, [...path, keyString(item.key, NO_ALIASES)]);
      if (found !== undefined) return found;
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = findPair(item, offset, [...path, index]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** yaml reports a missing closing quote at the end of the file; the mistake is where the quote opens. */
function unclosedQuote(error: YAMLError, context: DiagnoseContext): TextProblem {
  const offset = unclosedQuoteOffset(context.tokens) ?? error.pos[0];
  const quote = context.lines.text[offset] === "'" ? "'" : '"';
  const message = `this quoted value is never closed: YAML reads on to the end of the file looking for its closing ${quote}`;
  return { code: 'yaml_syntax', offset, message, hint: `add the closing ${quote}` };
}

/** The first `[` or `{` on the line that the line does not close. */
function unclosedBracket(lines: LineIndex, line: number): TextProblem | undefined {
  const text = lines.lineText(line);
  const open: number[] = [];
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote !== undefined) quote = char === quote ? undefined : quote;
    else if ((char === '"' || char === "'") && /^$|[\s[{,:]$/.test(text.slice(Math.max(0, index - 1), index)))
      quote = char;
    else if (char === '#' && (index === 0 || text[index - 1] === ' ')) break;
    else if (char === '[' || char === '{') open.push(index);
    else if (char === ']' || char === '}') open.pop();
  }
  const column = open[0];
  if (column === undefined) return undefined;
  const bracket = text[column] ?? '[';
  const close = bracket === '[' ? ']' : '}';
  const kind = bracket === '[' ? 'sequence' : 'mapping';
  return {
    code: 'yaml_syntax',
    offset: lines.lineStart(line) + column,
    message: `this flow ${kind} is never closed: '${close}' expected`,
    hint: `close it with '${close}'; if it goes on over several lines, indent them more than its key`,
  };
}

/** `description: Only invoices: in this status.`: a plain value with ': ' in it. */
function colonInPlainValue(lines: LineIndex, offset: number): TextProblem | undefined {
  const { line, column } = lines.position(offset);
  const text = lines.lineText(line);
  const value = text
    .slice(column - 1)
    .replace(/\s#.*$/, '')
    .trimEnd();
  const colon = /:(\s|$)/.exec(value);
  if (colon === null || value === '') return undefined;
  const key = text.slice(0, column - 1).trim();
  const message = `a plain value cannot contain ': ' (a colon and a space): YAML reads it as a nested mapping`;
  return {
    code: 'yaml_syntax',
    offset: offset + colon.index,
    message,
    hint: `quote the value: ${key} ${quoted(value)}`,
  };
}

function quoted(value: string): string {
  return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
}

/** A line that parses once moved to `indent` spaces: says which lines it then lines up with. */
function reindent(lines: LineIndex, line: number, indent: number): TextProblem {
  const own = indentOf(lines.lineText(line));
  return {
    code: 'yaml_syntax',
    offset: firstNonSpace(lines, line),
    message: `bad indentation: this line starts at column ${own + 1}, ${alignedWith(lines, line, indent)}`,
    hint: `indent it to column ${indent + 1}`,
  };
}

function alignedWith(lines: LineIndex, line: number, indent: number): string {
  const previous = previousContentLine(lines, line);
  const next = nextContentLine(lines, line);
  const column = `column ${indent + 1}`;
  const previousText = previous === undefined ? '' : lines.lineText(previous);
  const above = previous !== undefined && columnsOf(previousText).includes(indent);
  const below = next !== undefined && indentOf(lines.lineText(next)) === indent;
  if (above && below) return `the lines around it at ${column}`;
  if (above) return `the line above at ${column}`;
  if (below) return `the line below at ${column}`;
  if (previous !== undefined && opensBlock(previousText) && indent > indentOf(previousText)) {
    return `one level in from the line above is ${column}`;
  }
  const level = openLevels(lines, line).find((open) => open.indent === indent);
  return level === undefined ? `not ${column}` : `line ${level.line} at ${column}`;
}

/**
 * A line indented unlike its neighbours: between two lines at the same column, or back to a
 * column no line above it opened. Says which column it belongs at.
 */
function badIndentation(lines: LineIndex, line: number): TextProblem | undefined {
  const own = indentOf(lines.lineText(line));
  const previous = previousContentLine(lines, line);
  const next = nextContentLine(lines, line);
  const expected =
    previous === undefined ? nextIndent(lines, next, own) : expectedIndent(lines, line, previous, next, own);
  if (expected === undefined) return undefined;
  return {
    code: 'yaml_syntax',
    offset: firstNonSpace(lines, line),
    message: `bad indentation: this line starts at column ${own + 1}, ${expected.why}`,
    hint: `indent it to column ${expected.indent + 1}`,
  };
}

interface Expected {
  readonly indent: number;
  readonly why: string;
}

function nextIndent(lines: LineIndex, next: number | undefined, own: number): Expected | undefined {
  if (next === undefined) return undefined;
  const indent = indentOf(lines.lineText(next));
  return indent === own ? undefined : { indent, why: `the next line at column ${indent + 1}` };
}

function expectedIndent(
  lines: LineIndex,
  line: number,
  previous: number,
  next: number | undefined,
  own: number,
): Expected | undefined {
  const above = lines.lineText(previous);
  const aboveIndent = indentOf(above);
  if (opensBlock(above)) return undefined;
  const nextIndent = next === undefined ? undefined : indentOf(lines.lineText(next));
  if (nextIndent === aboveIndent && own !== aboveIndent) {
    return { indent: aboveIndent, why: `the lines around it at column ${aboveIndent + 1}` };
  }
  const levels = openLevels(lines, line);
  if (levels.some((level) => level.indent === own)) return undefined;
  const closest = levels.reduce((best, level) =>
    Math.abs(level.indent - own) < Math.abs(best.indent - own) ? level : best,
  );
  return { indent: closest.indent, why: `line ${closest.line} at column ${closest.indent + 1}` };
}
