/**
 * Prettier's `fits`: whether a doc, followed by the rest of the commands, fits on the current
 * line. It stops at the first line break in break mode or once the line is over-full, so it
 * measures at most one line's worth of docs.
 */
import type { Doc, DocNode, Fill } from './doc.js';

export const BREAK = 1;
export const FLAT = 0;
export type Mode = typeof BREAK | typeof FLAT;

/** A fill whose first `offset` parts are already printed (Prettier's DOC_FILL_PRINTED_LENGTH). */
export interface FillRest {
  readonly type: 'fill-rest';
  readonly fill: Fill;
  readonly offset: number;
}

export type Command = Doc | FillRest;

/** What `fits` reads of the layout: its command stack, the modes groups took, string widths. */
export interface FitsState {
  readonly docs: readonly Command[];
  readonly modes: readonly Mode[];
  readonly top: number;
  readonly groupModes: ReadonlyMap<symbol, Mode>;
  widthOf(text: string): number;
}

// The scratch stack `fits` measures with, reused across calls.
const docs: Command[] = [];
const modes: Mode[] = [];

/**
 * Whether `doc` in `mode`, followed by the rest of the commands, fits in `remaining` columns
 * up to the next line break. `mustBeFlat` (fill) rejects any already-broken group and, as in
 * Prettier, measures the doc alone.
 */
export function fits(layout: FitsState, doc: Doc, mode: Mode, remaining: number, mustBeFlat: boolean): boolean {
  if (remaining === Number.POSITIVE_INFINITY) return true;
  docs[0] = doc;
  modes[0] = mode;
  let size = 1;
  let restIndex = mustBeFlat ? 0 : layout.top;
  let pendingSpace = false;
  while (remaining >= 0) {
    if (size === 0) {
      if (restIndex === 0) return true;
      restIndex--;
      docs[0] = layout.docs[restIndex]!;
      modes[0] = layout.modes[restIndex]!;
      size = 1;
      continue;
    }
    size--;
    const current = docs[size]!;
    const currentMode = modes[size]!;
    if (typeof current === 'string') {
      if (current.length > 0) {
        remaining -= layout.widthOf(current) + (pendingSpace ? 1 : 0);
        pendingSpace = false;
      }
      continue;
    }
    if (Array.isArray(current)) {
      // Leading strings are measured at once, the rest stacked last first.
      let first = 0;
      for (; first < current.length; first++) {
        const part = current[first] as Doc;
        if (typeof part !== 'string') break;
        if (part.length > 0) {
          remaining -= layout.widthOf(part) + (pendingSpace ? 1 : 0);
          pendingSpace = false;
        }
      }
      for (let index = current.length - 1; index >= first; index--) {
        docs[size] = current[index] as Doc;
        modes[size] = currentMode;
        size++;
      }
      continue;
    }
    const node = current as DocNode | FillRest;
    let next: Command | undefined;
    let nextMode = currentMode;
    switch (node.type) {
      case 'fill':
      case 'fill-rest': {
        const parts = node.type === 'fill' ? node.parts : node.fill.parts;
        const end = node.type === 'fill' ? 0 : node.offset;
        for (let index = parts.length - 1; index >= end; index--) {
          docs[size] = parts[index]!;
          modes[size] = currentMode;
          size++;
        }
        break;
      }
      case 'indent':
      case 'align':
      case 'indent-if-break':
      case 'label':
        next = node.contents;
        break;
      case 'group': {
        if (mustBeFlat && node.break !== false) return false;
        if (node.break !== false) nextMode = BREAK;
        const states = node.expandedStates;
        next = states !== undefined && nextMode === BREAK ? states[states.length - 1]! : node.contents;
        break;
      }
      case 'if-break': {
        const groupMode = node.groupId === undefined ? currentMode : (layout.groupModes.get(node.groupId) ?? FLAT);
        next = groupMode === BREAK ? node.breakContents : node.flatContents;
        break;
      }
      case 'line':
        if (currentMode === BREAK || node.hard === true) return true;
        if (node.soft !== true) pendingSpace = true;
        break;
      default:
        break;
    }
    if (next !== undefined) {
      docs[size] = next;
      modes[size] = nextMode;
      size++;
    }
  }
  return false;
}
