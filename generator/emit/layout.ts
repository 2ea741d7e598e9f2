/**
 * Lays a doc out as text: Prettier 3's `printDocToString` (document/printer/printer.js), same
 * decisions, tuned for our output. Indentation is spaces only, so an indent is a number; every
 * string the code printer builds is one column per UTF-16 unit (literals.ts escapes anything
 * wider), so width is `length` unless the caller measures otherwise (JSON keeps raw text).
 * Breaks are propagated as docs are built (doc.ts), so there is no pass before layout.
 *
 * Cost is linear: `fits` stops at the first line break of the rest of the document, or as soon
 * as the line is over-full, so it never measures more than one line's worth of docs. Both
 * stacks are parallel arrays indexed by hand rather than objects pushed and popped, because a
 * large module lays out millions of docs.
 */
import type { Doc, DocNode, Fill, Group } from './doc.js';
import { BREAK, FLAT, fits, type Command, type FillRest, type Mode } from './fits.js';

const isSpaceOrTab = (code: number): boolean => code === 32 || code === 9;

const indentCache: string[] = [];
function newlineAndIndent(width: number): string {
  let text = indentCache[width];
  if (text === undefined) {
    text = '\n' + ' '.repeat(width);
    indentCache[width] = text;
  }
  return text;
}

/**
 * Lays `doc` out within `width` columns. `onBreak` hears the mark of every marked line that
 * became a line break (which object literals ended up expanded). `measure` gives a string's
 * columns when they are not its length.
 */
export function layout(
  doc: Doc,
  width: number,
  onBreak?: (mark: object) => void,
  measure?: (text: string) => number,
): string {
  return new Layout(width, measure).run(doc, onBreak);
}

/** A reusable layout: one per module, its stacks kept from statement to statement. */
export class Layout {
  // The command stack: entry i is docs[i] laid out at indents[i] columns in modes[i].
  readonly docs: Command[] = [];
  private readonly indents: number[] = [];
  readonly modes: Mode[] = [];
  top = 0;
  readonly groupModes = new Map<symbol, Mode>();
  /** Finished lines, each with its line break; the line being written is `current`. */
  private readonly lines: string[] = [];
  private current = '';
  private position = 0;
  private shouldRemeasure = false;

  private onBreak: ((mark: object) => void) | undefined;

  constructor(
    private readonly width: number,
    private readonly measure?: (text: string) => number,
  ) {}

  widthOf(text: string): number {
    return this.measure === undefined ? text.length : this.measure(text);
  }

  /** Lays `doc` out from column 0; `onBreak` hears marked lines that break (see `layout`). */
  run(doc: Doc, onBreak?: (mark: object) => void): string {
    this.onBreak = onBreak;
    this.top = 0;
    this.lines.length = 0;
    this.current = '';
    this.position = 0;
    this.shouldRemeasure = false;
    this.groupModes.clear();
    this.push(doc, 0, BREAK);
    while (this.top > 0) {
      this.top--;
      const current = this.docs[this.top]!;
      const indentation = this.indents[this.top]!;
      const mode = this.modes[this.top]!;
      if (typeof current === 'string') {
        this.current += current;
        this.position += this.widthOf(current);
      } else if (Array.isArray(current)) {
        this.array(current as readonly Doc[], indentation, mode);
      } else {
        this.node(current as DocNode | FillRest, indentation, mode);
      }
    }
    this.lines.push(this.current);
    return this.lines.join('');
  }

  /** Writes the strings an array starts with at once; stacks the rest, last first. */
  private array(parts: readonly Doc[], indentation: number, mode: Mode): void {
    let first = 0;
    for (; first < parts.length; first++) {
      const part = parts[first]!;
      if (typeof part !== 'string') break;
      this.current += part;
      this.position += this.widthOf(part);
    }
    for (let index = parts.length - 1; index >= first; index--) this.push(parts[index]!, indentation, mode);
  }

  private push(doc: Command, indentation: number, mode: Mode): void {
    const { top } = this;
    this.docs[top] = doc;
    this.indents[top] = indentation;
    this.modes[top] = mode;
    this.top = top + 1;
  }

  private node(node: DocNode | FillRest, indentation: number, mode: Mode): void {
    switch (node.type) {
      case 'indent':
        return this.push(node.contents, indentation + 2, mode);
      case 'align':
        return this.push(node.contents, indentation + node.n, mode);
      case 'label':
        return this.push(node.contents, indentation, mode);
      case 'group':
        return this.group(node, indentation, mode);
      case 'fill':
        return this.fill(node, 0, indentation, mode);
      case 'fill-rest':
        return this.fill(node.fill, node.offset, indentation, mode);
      case 'if-break':
      case 'indent-if-break':
        return this.ifBreak(node, indentation, mode);
      case 'line':
        if (node.mark !== undefined && (mode === BREAK || node.hard === true)) this.onBreak?.(node.mark);
        return this.line(node.hard === true, node.soft === true, indentation, mode);
      default:
        return;
    }
  }

  private group(group: Group, indentation: number, mode: Mode): void {
    let chosenMode: Mode = group.break === false ? FLAT : BREAK;
    let contents: Doc = group.contents;
    if (group.inert === true && group.id === undefined) {
      // Either mode prints the same; only the measuring Prettier would do has a side effect.
      this.shouldRemeasure = false;
      this.push(contents, indentation, chosenMode);
      return;
    }
    if (mode !== FLAT || this.shouldRemeasure) {
      this.shouldRemeasure = false;
      const remaining = this.width - this.position;
      const states = group.expandedStates;
      if (group.break === false && fits(this, contents, FLAT, remaining, false)) {
        chosenMode = FLAT;
      } else if (states === undefined) {
        chosenMode = BREAK;
      } else {
        // A conditional group: the first alternative that fits flat, else the last, broken.
        chosenMode = BREAK;
        contents = states[states.length - 1]!;
        for (let index = 1; group.break === false && index < states.length - 1; index++) {
          if (fits(this, states[index]!, FLAT, remaining, false)) {
            chosenMode = FLAT;
            contents = states[index]!;
            break;
          }
        }
      }
    }
    if (group.id !== undefined) this.groupModes.set(group.id, chosenMode);
    if (chosenMode === FLAT && group.simple === true && contents === group.contents) this.writeFlat(contents);
    else this.push(contents, indentation, chosenMode);
  }

  /**
   * Writes a simple doc laid out flat, without the command stack: what the stack would print
   * (lines as spaces, soft lines as nothing, if-breaks their flat side, nested groups flat).
   */
  private writeFlat(doc: Doc): void {
    if (typeof doc === 'string') {
      this.current += doc;
      this.position += this.widthOf(doc);
      return;
    }
    if (Array.isArray(doc)) {
      for (const part of doc as readonly Doc[]) this.writeFlat(part);
      return;
    }
    const node = doc as DocNode;
    switch (node.type) {
      case 'line':
        if (node.soft !== true) {
          this.current += ' ';
          this.position += 1;
        }
        return;
      case 'group':
        if (node.id !== undefined) this.groupModes.set(node.id, FLAT);
        return this.writeFlat(node.contents);
      case 'if-break':
        return this.writeFlat(node.flatContents);
      case 'indent':
      case 'align':
      case 'label':
        return this.writeFlat(node.contents);
      default:
        return;
    }
  }

  private fill(fill: Fill, offset: number, indentation: number, mode: Mode): void {
    const { parts } = fill;
    const length = parts.length - offset;
    if (length === 0) return;
    const remaining = this.width - this.position;
    const content = parts[offset]!;
    const contentFits = fits(this, content, FLAT, remaining, true);
    if (length === 1) {
      this.push(content, indentation, contentFits ? FLAT : BREAK);
      return;
    }
    const whitespace = parts[offset + 1]!;
    if (length === 2) {
      this.push(whitespace, indentation, contentFits ? FLAT : BREAK);
      this.push(content, indentation, contentFits ? FLAT : BREAK);
      return;
    }
    const pair: Doc = [content, whitespace, parts[offset + 2]!];
    const pairFits = fits(this, pair, FLAT, remaining, true);
    this.push({ type: 'fill-rest', fill, offset: offset + 2 }, indentation, mode);
    this.push(whitespace, indentation, pairFits ? FLAT : BREAK);
    this.push(content, indentation, pairFits || contentFits ? FLAT : BREAK);
  }

  private ifBreak(node: DocNode & { type: 'if-break' | 'indent-if-break' }, indentation: number, mode: Mode): void {
    const groupMode = node.groupId === undefined ? mode : this.groupModes.get(node.groupId);
    if (node.type === 'if-break') {
      if (groupMode === BREAK) this.push(node.breakContents, indentation, mode);
      else if (groupMode === FLAT) this.push(node.flatContents, indentation, mode);
    } else if (groupMode !== undefined) {
      this.push(node.contents, groupMode === BREAK ? indentation + 2 : indentation, mode);
    }
  }

  private line(hard: boolean, soft: boolean, indentation: number, mode: Mode): void {
    if (mode === FLAT && !hard) {
      if (!soft) {
        this.current += ' ';
        this.position += 1;
      }
      return;
    }
    // A hard line inside a flat group: the next group must measure again from here.
    if (mode === FLAT) this.shouldRemeasure = true;
    // Prettier trims the spaces a line ends with (an empty line's indentation, a space before a break).
    let end = this.current.length;
    while (end > 0 && isSpaceOrTab(this.current.charCodeAt(end - 1))) end--;
    this.lines.push(end === this.current.length ? this.current : this.current.slice(0, end));
    this.current = newlineAndIndent(indentation);
    this.position = indentation;
  }
}
