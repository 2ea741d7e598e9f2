/**
 * Lays a doc out as text: Prettier 3's `printDocToString` (document/printer/printer.js), same
 * decisions, tuned for our output. Indentation is spaces only, so an indent is a number; every
 * string the code printer builds is one column per UTF-16 unit (literals.ts escapes anything
 * wider), so width is `length` unless the caller measures otherwise (JSON keeps raw text). The command stack is three parallel arrays rather than one object per
 * command, because a large module lays out millions of docs.
 *
 * Cost is linear: `fits` stops at the first line break of the rest of the document, or as soon
 * as the line is over-full, so it never measures more than one line's worth of docs.
 */
import type { Doc, DocNode, Fill, Group } from './doc.js';

const BREAK = 1;
const FLAT = 0;
type Mode = typeof BREAK | typeof FLAT;

/** A fill whose first `offset` parts are already printed (Prettier's DOC_FILL_PRINTED_LENGTH). */
interface FillRest {
  readonly type: 'fill-rest';
  readonly fill: Fill;
  readonly offset: number;
}

type Command = Doc | FillRest;

const EXIT = Symbol('exit');

const isSpaceOrTab = (code: number): boolean => code === 32 || code === 9;

/** Marks every group that holds a hard break as broken, as Prettier's propagateBreaks. */
export function propagateBreaks(doc: Doc): void {
  const visited = new Set<Group>();
  const groups: Group[] = [];
  const stack: (Doc | typeof EXIT)[] = [doc];
  const breakParentGroup = (): void => {
    const parent = groups[groups.length - 1];
    // A conditional group chooses among its states itself: breaks do not pass through it.
    if (parent !== undefined && parent.expandedStates === undefined && parent.break === false)
      parent.break = 'propagated';
  };
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === EXIT) {
      if (groups.pop()!.break !== false) breakParentGroup();
    } else if (typeof current !== 'string') {
      if (Array.isArray(current)) pushReversed(stack, current as readonly Doc[], 0);
      else visitNode(current as DocNode);
    }
  }

  function visitNode(node: DocNode): void {
    switch (node.type) {
      case 'break-parent':
        breakParentGroup();
        return;
      case 'group':
        stack.push(EXIT);
        groups.push(node);
        if (visited.has(node)) return;
        visited.add(node);
        if (node.expandedStates === undefined) stack.push(node.contents);
        else pushReversed(stack, node.expandedStates, 0);
        return;
      case 'fill':
        pushReversed(stack, node.parts, 0);
        return;
      case 'if-break':
        stack.push(node.flatContents, node.breakContents);
        return;
      case 'indent':
      case 'align':
      case 'indent-if-break':
      case 'label':
        stack.push(node.contents);
        return;
      default:
        return;
    }
  }
}

function pushReversed<T>(stack: T[], items: readonly T[], end: number): void {
  for (let index = items.length - 1; index >= end; index--) stack.push(items[index]!);
}

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
 * became a line break (which object literals ended up expanded).
 */
export function layout(
  doc: Doc,
  width: number,
  onBreak?: (mark: object) => void,
  measure: (text: string) => number = (text) => text.length,
): string {
  propagateBreaks(doc);
  return new Layout(width, onBreak, measure).run(doc);
}

class Layout {
  private readonly docs: Command[] = [];
  private readonly indents: number[] = [];
  private readonly modes: Mode[] = [];
  private readonly groupModes = new Map<symbol, Mode>();
  private readonly out: string[] = [];
  private position = 0;
  private shouldRemeasure = false;
  private readonly fitsDocs: Command[] = [];
  private readonly fitsModes: Mode[] = [];

  constructor(
    private readonly width: number,
    private readonly onBreak: ((mark: object) => void) | undefined,
    /** Columns a string takes: its length for code (literals.ts escapes wide characters). */
    private readonly measure: (text: string) => number,
  ) {}

  run(doc: Doc): string {
    this.push(doc, 0, BREAK);
    while (this.docs.length > 0) {
      const current = this.docs.pop()!;
      const indentation = this.indents.pop()!;
      const mode = this.modes.pop()!;
      if (typeof current === 'string') {
        if (current.length > 0) this.out.push(current);
        this.position += this.measure(current);
      } else if (Array.isArray(current)) {
        for (let index = current.length - 1; index >= 0; index--) this.push(current[index] as Doc, indentation, mode);
      } else {
        this.node(current as DocNode | FillRest, indentation, mode);
      }
    }
    return this.out.join('');
  }

  private push(doc: Command, indentation: number, mode: Mode): void {
    this.docs.push(doc);
    this.indents.push(indentation);
    this.modes.push(mode);
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
    let chosenMode: Mode;
    let contents: Doc;
    if (mode === FLAT && !this.shouldRemeasure) {
      chosenMode = group.break === false ? FLAT : BREAK;
      contents = group.contents;
    } else {
      this.shouldRemeasure = false;
      [chosenMode, contents] = this.chooseGroupState(group);
    }
    this.push(contents, indentation, chosenMode);
    if (group.id !== undefined) this.groupModes.set(group.id, chosenMode);
  }

  private chooseGroupState(group: Group): [Mode, Doc] {
    const remaining = this.width - this.position;
    if (group.break === false && this.fits(group.contents, FLAT, remaining, false)) return [FLAT, group.contents];
    const states = group.expandedStates;
    if (states === undefined) return [BREAK, group.contents];
    if (group.break === false) {
      for (let index = 1; index < states.length - 1; index++) {
        if (this.fits(states[index]!, FLAT, remaining, false)) return [FLAT, states[index]!];
      }
    }
    return [BREAK, states[states.length - 1]!];
  }

  private fill(fill: Fill, offset: number, indentation: number, mode: Mode): void {
    const { parts } = fill;
    const length = parts.length - offset;
    if (length === 0) return;
    const remaining = this.width - this.position;
    const content = parts[offset]!;
    const contentFits = this.fits(content, FLAT, remaining, true);
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
    const pairFits = this.fits(pair, FLAT, remaining, true);
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
        this.out.push(' ');
        this.position += 1;
      }
      return;
    }
    // A hard line inside a flat group: the next group must measure again from here.
    if (mode === FLAT) this.shouldRemeasure = true;
    this.trimTrailingSpaces();
    this.out.push(newlineAndIndent(indentation));
    this.position = indentation;
  }

  /** Prettier trims the spaces a line ends with (an empty line's indentation, a space before a break). */
  private trimTrailingSpaces(): void {
    const { out } = this;
    while (out.length > 0) {
      const last = out[out.length - 1]!;
      let end = last.length;
      while (end > 0 && isSpaceOrTab(last.charCodeAt(end - 1))) end--;
      if (end === last.length) return;
      if (end > 0) {
        out[out.length - 1] = last.slice(0, end);
        return;
      }
      out.pop();
    }
  }

  /**
   * Whether `doc` in `mode`, followed by the rest of the commands, fits in `remaining` columns
   * up to the next line break. `mustBeFlat` (fill) rejects any already-broken group.
   */
  private fits(doc: Doc, mode: Mode, remaining: number, mustBeFlat: boolean): boolean {
    if (remaining === Number.POSITIVE_INFINITY) return true;
    const { fitsDocs: docs, fitsModes: modes } = this;
    docs.length = 0;
    modes.length = 0;
    docs.push(doc);
    modes.push(mode);
    let restIndex = mustBeFlat ? 0 : this.docs.length;
    let pendingSpace = false;
    while (remaining >= 0) {
      if (docs.length === 0) {
        if (restIndex === 0) return true;
        restIndex--;
        docs.push(this.docs[restIndex]!);
        modes.push(this.modes[restIndex]!);
        continue;
      }
      const current = docs.pop()!;
      const currentMode = modes.pop()!;
      if (typeof current === 'string') {
        if (current.length > 0) {
          remaining -= this.measure(current) + (pendingSpace ? 1 : 0);
          pendingSpace = false;
        }
        continue;
      }
      if (Array.isArray(current)) {
        for (let index = current.length - 1; index >= 0; index--) {
          docs.push(current[index] as Doc);
          modes.push(currentMode);
        }
        continue;
      }
      const node = current as DocNode | FillRest;
      switch (node.type) {
        case 'fill':
        case 'fill-rest': {
          const parts = node.type === 'fill' ? node.parts : node.fill.parts;
          const end = node.type === 'fill' ? 0 : node.offset;
          for (let index = parts.length - 1; index >= end; index--) {
            docs.push(parts[index]!);
            modes.push(currentMode);
          }
          break;
        }
        case 'indent':
        case 'align':
        case 'indent-if-break':
        case 'label':
          docs.push(node.contents);
          modes.push(currentMode);
          break;
        case 'group': {
          if (mustBeFlat && node.break !== false) return false;
          const groupMode = node.break === false ? currentMode : BREAK;
          const states = node.expandedStates;
          docs.push(states !== undefined && groupMode === BREAK ? states[states.length - 1]! : node.contents);
          modes.push(groupMode);
          break;
        }
        case 'if-break': {
          const groupMode = node.groupId === undefined ? currentMode : (this.groupModes.get(node.groupId) ?? FLAT);
          const contents = groupMode === BREAK ? node.breakContents : node.flatContents;
          docs.push(contents);
          modes.push(currentMode);
          break;
        }
        case 'line':
          if (currentMode === BREAK || node.hard === true) return true;
          if (node.soft !== true) pendingSpace = true;
          break;
        default:
          break;
      }
    }
    return false;
  }
}
