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
  return { file, pointer, line: position.line, column: position.column };
}
