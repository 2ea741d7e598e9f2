import type { At, Locate } from '../model/at.js';
import type { Position } from './lines.js';

/**
 * An `At` whose line and column are found when first read. Every model node carries an `At`, but
 * only the few that end up in a message are ever read: the source is scanned for positions then,
 * not while loading.
 */
export function lazyAt(file: string, pointer: string, place: () => Position): At {
  return placedAt(file, pointer, place, undefined);
}

/**
 * Positions that follow the document: `--watch` keeps model nodes from one run to the next when
 * their spec nodes did not change, but an edit above a node moves it. An `At` made here names
 * its pointer in whichever document the positions follow now: `follow` hands them a new one.
 * One read settles it, as with `lazyAt`, until the next `follow`.
 */
export class FollowingPositions {
  #locate: Locate | undefined;
  /** Read since the last `follow`: only these hold a position to forget. */
  #settled: At[] = [];

  /** The `Locate` of `locate`'s document, whose `At`s (and every one made before) follow the next `follow`. */
  follow(locate: Locate): Locate {
    this.#locate = locate;
    const settled = this.#settled;
    this.#settled = [];
    for (const at of settled) {
      const place = (): Position => this.#place(at.pointer);
      Object.defineProperties(at, {
        line: { get: () => settle(at, place, this).line, enumerable: true, configurable: true },
        column: { get: () => settle(at, place, this).column, enumerable: true, configurable: true },
      });
    }
    const file = locate('').file;
    return (pointer) => placedAt(file, pointer, () => this.#place(pointer), this);
  }

  /** Called by an `At` of these positions as it settles. */
  settled(at: At): void {
    this.#settled.push(at);
  }

  #place(pointer: string): Position {
    const at = this.#locate?.(pointer);
    return { line: at?.line ?? 1, column: at?.column ?? 1 };
  }
}

/**
 * It behaves as plain data: `line` and `column` are own enumerable properties from the start
 * (getters, so `JSON.stringify`, spreading and `toEqual` see numbers), and the first read turns
 * both into ordinary read-only data properties, so a printed or inspected `At` shows numbers.
 * Settled data is final, except under `FollowingPositions` (`positions` given): then it stays
 * configurable and is remembered, so that the next document can unsettle it.
 */
function placedAt(file: string, pointer: string, place: () => Position, positions: FollowingPositions | undefined): At {
  const at = {
    file,
    pointer,
    get line(): number {
      return settle(at, place, positions).line;
    },
    get column(): number {
      return settle(at, place, positions).column;
    },
  };
  Object.defineProperty(at, 'toJSON', TO_JSON);
  return at;
}

function settle(at: At, place: () => Position, positions: FollowingPositions | undefined): Position {
  const position = place();
  const fixed = { enumerable: true, writable: false, configurable: positions !== undefined };
  Object.defineProperties(at, {
    line: { ...fixed, value: position.line },
    column: { ...fixed, value: position.column },
  });
  positions?.settled(at);
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
