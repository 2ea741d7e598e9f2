import type { LineIndex } from './lines.js';

/** Reading a YAML text line by line, for diagnosing syntax errors: indentation and neighbours. */

export function indentOf(text: string): number {
  return /^ */.exec(text)?.[0].length ?? 0;
}

/** A line that holds YAML content: not blank, not only a comment. */
export function isContentLine(lines: LineIndex, line: number): boolean {
  const text = lines.lineText(line).trim();
  return text !== '' && !text.startsWith('#');
}

export function previousContentLine(lines: LineIndex, line: number): number | undefined {
  for (let number = line - 1; number >= 1; number--) if (isContentLine(lines, number)) return number;
  return undefined;
}

export function nextContentLine(lines: LineIndex, line: number): number | undefined {
  for (let number = line + 1; number <= lines.lineCount; number++) if (isContentLine(lines, number)) return number;
  return undefined;
}

export function firstNonSpace(lines: LineIndex, line: number): number {
  return lines.lineStart(line) + indentOf(lines.lineText(line));
}

/** `key:`, `- `, or a block scalar header (`key: |`): the lines after it may be indented more. */
export function opensBlock(text: string): boolean {
  const code = text.replace(/\s#.*$/, '').trimEnd();
  return code.endsWith(':') || /(^|\s)-$/.test(code) || /(:|^-)\s+[|>][-+0-9]*$/.test(code);
}

/** Where a line's content starts: its indentation, and for `- name: x` also the content after the dash. */
export function columnsOf(text: string): number[] {
  const indent = indentOf(text);
  const item = /^ *-( +)\S/.exec(text);
  return item?.[1] === undefined ? [indent] : [indent + 1 + item[1].length, indent];
}

/** The columns the lines above leave open: the line above, then each less indented one before it. */
export function openLevels(lines: LineIndex, line: number): { line: number; indent: number }[] {
  const levels: { line: number; indent: number }[] = [];
  for (
    let number = previousContentLine(lines, line);
    number !== undefined;
    number = previousContentLine(lines, number)
  ) {
    const columns = columnsOf(lines.lineText(number));
    for (const column of columns) {
      const last = levels.at(-1);
      if (last === undefined || column < last.indent) levels.push({ line: number, indent: column });
    }
    if (columns.includes(0)) break;
  }
  return levels;
}
