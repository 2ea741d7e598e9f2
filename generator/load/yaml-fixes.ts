import type { LineIndex } from './lines.js';
import type { Fix } from './yaml-diagnose.js';
import {
  columnsOf,
  indentOf,
  isContentLine,
  nextContentLine,
  openLevels,
  opensBlock,
  previousContentLine,
} from './yaml-text.js';

/**
 * The small fixes tried near a YAML error, cheapest first: the lines around it re-indented to a
 * column a neighbour or an enclosing line uses (cost: the columns moved), or blanked out (cost:
 * a little more than moving two columns). Lines off the file's usual step go first on a tie: in
 * a file indented by two, the line at five spaces is the odd one out, not its neighbour at four.
 */
const MAX_FIXES = 16;
const BLANK_COST = 2.5;
const ON_STEP_COST = 0.5;

export function candidateFixes(lines: LineIndex, errorLine: number): Fix[] {
  const unit = indentUnit(lines);
  const errorIndent = indentOf(lines.lineText(errorLine));
  const parent = lastLessIndented(lines, errorLine);
  const candidates = [
    errorLine,
    nextContentLine(lines, errorLine),
    previousContentLine(lines, errorLine),
    parent,
    // The first line of the block sets its column: when that line is off, yaml blames its siblings.
    parent === undefined ? undefined : nextContentLine(lines, parent),
  ];
  const unique = [...new Set(candidates.filter((line): line is number => line !== undefined))];
  const scored = unique.flatMap((line) => {
    const own = indentOf(lines.lineText(line));
    const onStep = own % unit === 0 ? ON_STEP_COST : 0;
    const moves = indentsFor(lines, line, errorIndent, unit).map((indent) => ({
      fix: { line, indent },
      cost: Math.abs(indent - own) + onStep,
    }));
    return [...moves, { fix: { line }, cost: BLANK_COST + onStep }];
  });
  // Array.prototype.sort is stable: on equal cost, the error's own line comes first.
  return scored
    .sort((a, b) => a.cost - b.cost)
    .slice(0, MAX_FIXES)
    .map(({ fix }) => fix);
}

/**
 * The columns of the line before, the line after, the error's line and the lines enclosing it; one
 * step in from a line that opens a block; and for `- item`, the column that lines its content up
 * with the line after.
 */
function indentsFor(lines: LineIndex, line: number, errorIndent: number, unit: number): number[] {
  const text = lines.lineText(line);
  const own = indentOf(text);
  const previous = previousContentLine(lines, line);
  const next = nextContentLine(lines, line);
  const nextIndent = next === undefined ? undefined : indentOf(lines.lineText(next));
  const previousText = previous === undefined ? '' : lines.lineText(previous);
  const [content = own] = columnsOf(text);
  const indents = [
    ...openLevels(lines, line).map((level) => level.indent),
    nextIndent,
    errorIndent,
    previous !== undefined && opensBlock(previousText) ? indentOf(previousText) + unit : undefined,
    nextIndent === undefined || content === own ? undefined : nextIndent - (content - own),
  ];
  return [...new Set(indents)].filter(
    (indent): indent is number => indent !== undefined && indent >= 0 && indent !== own,
  );
}

/**
 * The nearest line above that is less indented than the error's line (its parent, or a line
 * dedented by mistake: yaml then complains only at the next sibling, which no longer lines up).
 */
function lastLessIndented(lines: LineIndex, line: number): number | undefined {
  const indent = indentOf(lines.lineText(line));
  for (let number = line - 1; number >= 1; number--) {
    if (isContentLine(lines, number) && indentOf(lines.lineText(number)) < indent) return number;
  }
  return undefined;
}

/** The most common step between a line and a more indented one after it; 2 when there is none. */
function indentUnit(lines: LineIndex): number {
  const counts = new Map<number, number>();
  let previous: number | undefined;
  for (let line = 1; line <= lines.lineCount; line++) {
    if (!isContentLine(lines, line)) continue;
    const indent = indentOf(lines.lineText(line));
    if (previous !== undefined && indent > previous && indent - previous <= 8) {
      counts.set(indent - previous, (counts.get(indent - previous) ?? 0) + 1);
    }
    previous = indent;
  }
  let unit = 2;
  for (const [step, count] of counts) if (count > (counts.get(unit) ?? 0)) unit = step;
  return unit;
}

/** The text with the fix applied; only the fixed line changes. */
export function applyFix(lines: LineIndex, fix: Fix): string {
  const { text } = lines;
  const start = lines.lineStart(fix.line);
  const content = lines.lineText(fix.line);
  const replacement =
    fix.indent === undefined ? ' '.repeat(content.length) : ' '.repeat(fix.indent) + content.trimStart();
  return text.slice(0, start) + replacement + text.slice(start + content.length);
}
