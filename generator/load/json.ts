import type { Json } from '../model/at.js';
import { SpecProblems } from '../util/issue-list.js';
import { lazyAt } from './at.js';
import { type ParsedText, type TextProblem, textIssue } from './issues.js';
import { findDuplicateKeys, pointerWhereScanStops } from './json-paths.js';
import { JsonPositions } from './json-positions.js';
import type { JsonScanResult } from './json-scan.js';
import { formatCount, type Limits, raiseLimit } from './limits.js';
import { LineIndex } from './lines.js';

/**
 * A JSON spec: checked by one scan (syntax, bounds, the number of keys), built by JSON.parse,
 * which is many times faster than a YAML parser on the same text. The checking scan records
 * where every value starts (JsonPositions), so a located message never scans the text again:
 * most real specs warn, and `--watch` locates warnings on every save.
 */
export function parseJson(text: string, file: string, limits: Limits): ParsedText {
  const lines = new LineIndex(text);
  const { scan, positions } = JsonPositions.scan(text, limits);
  if (!scan.ok) throw new SpecProblems([textIssue(file, lines, scanProblem(text, scan, limits))]);
  const document = parseChecked(text, file, lines);
  // JSON.parse keeps the last of two equal keys: fewer keys than the scan counted means duplicates.
  if (countKeysAndZeroNegativeZeros(document) !== scan.keys) throw duplicateKeys(text, file, lines, limits);
  const locate = (pointer: string) => lazyAt(file, pointer, () => lines.position(positions?.offsetOf(pointer) ?? 0));
  return { document, locate, warnings: [] };
}

function scanProblem(text: string, scan: Extract<JsonScanResult, { ok: false }>, limits: Limits): TextProblem {
  const { offset, message } = scan;
  if (scan.reason === 'syntax') return { code: 'json_syntax', offset, message };
  const pointer = pointerWhereScanStops(text, limits);
  if (scan.reason === 'depth') {
    const nesting = `objects and arrays nest more than ${limits.maxDepth} deep here`;
    return { code: 'nesting_limit', offset, pointer, message: `${nesting}: ${raiseLimit('maxDepth')}` };
  }
  const count = `the spec has more than ${formatCount(limits.maxNodes)} values`;
  return { code: 'spec_too_large', offset, pointer, message: `${count}: ${raiseLimit('maxNodes')}` };
}

/** The scan accepts exactly what JSON.parse accepts; should they ever disagree, V8's offset still locates it. */
function parseChecked(text: string, file: string, lines: LineIndex): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
    const message = error.message.replace(/ in JSON at position \d+.*$/, '');
    throw new SpecProblems([textIssue(file, lines, { code: 'json_syntax', offset, message })]);
  }
}

/**
 * The number of keys, for the duplicate check; on the way, every `-0` becomes `0`. JSON Schema
 * compares numbers by value, so the two mean the same; read as written they would print apart
 * (`-0`) while comparing alike, and `--watch`, which tells a save's changes by what a value
 * prints as, could not see an edit from one to the other. Iterative: the depth is bounded by
 * maxDepth, which a caller may raise past what the stack holds.
 */
function countKeysAndZeroNegativeZeros(document: Json): number {
  let count = 0;
  const pending: Json[] = [document];
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      const items = value as Json[];
      for (let index = 0; index < items.length; index++) {
        const item = items[index]!;
        if (typeof item === 'object' && item !== null) pending.push(item);
        else if (Object.is(item, -0)) items[index] = 0;
      }
      continue;
    }
    const record = value as { [key: string]: Json };
    for (const key in record) {
      count++;
      const member = record[key];
      if (typeof member === 'object' && member !== null) pending.push(member);
      // Defined, not assigned: a key named __proto__ is an own data property here.
      else if (Object.is(member, -0))
        Object.defineProperty(record, key, { value: 0, enumerable: true, writable: true, configurable: true });
    }
  }
  return count;
}

function duplicateKeys(text: string, file: string, lines: LineIndex, limits: Limits): SpecProblems {
  const issues = findDuplicateKeys(text, limits).map(({ key, offset, firstOffset, pointer }) => {
    const first = lines.position(firstOffset).line;
    const message = `duplicate key ${JSON.stringify(key)}: already defined on line ${first}`;
    return textIssue(file, lines, { code: 'json_duplicate_key', offset, pointer, message });
  });
  return new SpecProblems(issues);
}
