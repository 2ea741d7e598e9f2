/**
 * Offsets to line and column, and the code excerpt printed under a syntax error. The line table
 * is built on first use only: a spec that loads without problems never needs it.
 */
export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (as editors and the yaml package count). */
  readonly column: number;
}

export class LineIndex {
  readonly text: string;
  #starts: Int32Array | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Offset of the first character of every line. */
  get starts(): Int32Array {
    return (this.#starts ??= lineStarts(this.text));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }
}

function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts[line++] = index + 1;
  return starts;
}

/** Wider lines are cut around the column: a minified JSON spec is one 4 MB line. */
const EXCERPT_WIDTH = 100;

/**
 * Two lines before the place, its line, a caret under the column and one line after, numbered:
 *
 * ```
 *    7 |     get:
 *    8 |       description: Only invoices: in this status.
 *      |                                 ^
 *    9 |       responses: {}
 * ```
 */
export function excerpt(lines: LineIndex, { line, column }: Position): string {
  const last = Math.min(line + 1, lines.lineCount);
  const width = String(last).length;
  const window = windowAround(lines.lineText(line), column);
  const rows: string[] = [];
  for (let number = Math.max(1, line - 2); number <= last; number++) {
    const text = number === line ? window.text : cut(lines.lineText(number), window.from);
    rows.push(`${String(number).padStart(width)} | ${visible(text)}`.trimEnd());
    if (number === line) rows.push(`${' '.repeat(width)} | ${' '.repeat(window.caret)}^`);
  }
  return rows.join('\n');
}

function windowAround(text: string, column: number): { text: string; from: number; caret: number } {
  if (text.length <= EXCERPT_WIDTH) return { text, from: 0, caret: column - 1 };
  const from = Math.max(0, Math.min(column - 1 - EXCERPT_WIDTH / 2, text.length - EXCERPT_WIDTH));
  const prefix = from > 0 ? '…' : '';
  return { text: prefix + cut(text, from), from, caret: column - 1 - from + prefix.length };
}

function cut(text: string, from: number): string {
  const part = text.slice(from, from + EXCERPT_WIDTH);
  return from + EXCERPT_WIDTH < text.length ? `${part}…` : part;
}

/** A tab shown as a space would hide a tab error; `→` keeps the caret aligned. */
function visible(text: string): string {
  return text.replace(/\t/g, '→');
}
