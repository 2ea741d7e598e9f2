import type { At } from '../model/at.js';
import type { Position } from './lines.js';

/**
 * An `At` whose line and column are found when first read. Every model node carries an `At`, but
 * only the few that end up in a message are ever read: the source is scanned for positions then,
 * not while loading.
 *
 * It behaves as plain data: `line` and `column` are own enumerable properties from the start
 * (getters, so `JSON.stringify`, spreading and `toEqual` see numbers), and the first read turns
 * both into ordinary read-only data properties, so a printed or inspected `At` shows numbers.
 */
export function lazyAt(file: string, pointer: string, place: () => Position): At {
  const at = {
    file,
    pointer,
    get line(): number {
      return settle(at, place).line;
    },
    get column(): number {
      return settle(at, place).column;
    },
  };
  Object.defineProperty(at, 'toJSON', TO_JSON);
  return at;
}

function settle(at: object, place: () => Position): Position {
  const position = place();
  Object.defineProperties(at, {
    line: { value: position.line, enumerable: true, writable: false, configurable: false },
    column: { value: position.column, enumerable: true, writable: false, configurable: false },
  });
  return position;
}

export function fixedAt(file: string, pointer: string, position: Position): At {
  return Object.defineProperty({ file, pointer, line: position.line, column: position.column }, 'toJSON', TO_JSON);
}

/**
 * `JSON.stringify` inside `work` leaves out every position made here (as if each `at` were
 * absent): the model's JSON without source positions, which change on every edit above a node
 * and never change the output, written by V8 itself rather than through a replacer called for
 * every key (a sixth of a `--watch` run on 1,000 operations). Outside it a position is plain
 * data: its own `toJSON` (not enumerable, so spreading and `toEqual` never see it) returns it.
 */
export function withoutPositions<T>(work: () => T): T {
  positionsHidden = true;
  try {
    return work();
  } finally {
    positionsHidden = false;
  }
}

let positionsHidden = false;

const TO_JSON: PropertyDescriptor = {
  value: function toJSON(this: At): At | undefined {
    return positionsHidden ? undefined : this;
  },
  enumerable: false,
  writable: false,
  configurable: false,
};
