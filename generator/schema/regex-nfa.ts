import type { RegexScan } from './regex-scan.js';

/**
 * The Glushkov automaton of a regular expression: one state per atom occurrence, an edge p -> q
 * when q's atom can follow p's (one per way it can: `(a+)+` has two edges from `a` to itself,
 * as a backtracking matcher has two loops to try), labelled by the characters q's atom matches (as a set of
 * alphabet symbols, regex-alphabet.ts). Assertions (`^`, `$`, `\b`) become empty steps: more paths,
 * never fewer, which keeps the analysis on the safe side. Undefined for what it does not model
 * (lookarounds, back-references): the caller asks recheck instead.
 */
export interface Automaton {
  /** States reachable first (the search loop included for an unanchored pattern). */
  readonly initial: readonly number[];
  readonly follow: readonly (readonly number[])[];
  /** Per state, the symbols its atom matches, as a bit set. */
  readonly symbols: readonly Uint32Array[];
}

interface Part {
  readonly nullable: boolean;
  readonly first: readonly number[];
  readonly last: readonly number[];
}

const EMPTY: Part = { nullable: true, first: [], last: [] };

export function automatonOf(
  source: string,
  scan: RegexScan,
  symbolsOfAtom: (atomIndex: number) => Uint32Array,
  all: Uint32Array,
): Automaton | undefined {
  if (scan.complex) return undefined;
  const atomAt = new Map(scan.atoms.map((atom, index) => [atom.start, { ...atom, index }]));
  // Arrays, not sets: two loops that both lead from p to q (`(a+)+`) are two ways to match.
  const follow: number[][] = [];
  const symbols: Uint32Array[] = [];
  const state = (set: Uint32Array): number => {
    follow.push([]);
    symbols.push(set);
    return follow.length - 1;
  };
  const link = (from: readonly number[], to: readonly number[]): void => {
    for (const p of from) for (const q of to) follow[p]!.push(q);
  };
  let at = 0;

  const disjunction = (): Part => {
    let part = alternative();
    while (source[at] === '|') {
      at++;
      const other = alternative();
      part = {
        nullable: part.nullable || other.nullable,
        first: [...part.first, ...other.first],
        last: [...part.last, ...other.last],
      };
    }
    return part;
  };
  const alternative = (): Part => {
    let part = EMPTY;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const next = quantified(term());
      link(part.last, next.first);
      part = {
        nullable: part.nullable && next.nullable,
        first: part.nullable ? [...part.first, ...next.first] : part.first,
        last: next.nullable ? [...part.last, ...next.last] : next.last,
      };
    }
    return part;
  };
  const term = (): Part => {
    const atom = atomAt.get(at);
    if (atom !== undefined) {
      at = atom.end;
      const id = state(symbolsOfAtom(atom.index));
      return { nullable: false, first: [id], last: [id] };
    }
    const char = source[at]!;
    if (char === '(') {
      at = source.startsWith('(?<', at) ? source.indexOf('>', at) + 1 : source.startsWith('(?:', at) ? at + 3 : at + 1;
      const inner = disjunction();
      at++;
      return inner;
    }
    at += char === '\\' ? 2 : 1;
    return EMPTY;
  };
  const quantified = (part: Part): Part => {
    const match = /^(?:[*+?]|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(at));
    if (match === null) return part;
    at += match[0].length;
    const min = match[0][0] === '+' ? 1 : match[1] !== undefined ? Number(match[1]) : 0;
    const max =
      match[0][0] === '?' ? 1 : match[2] === undefined && match[1] !== undefined ? Number(match[1]) : Infinity;
    if (max > 1) link(part.last, part.first);
    return { ...part, nullable: part.nullable || min === 0 };
  };

  const whole = disjunction();
  if (!scan.anchoredStart) {
    // The search loop: `test` tries the pattern at every position, as a leading `[^]*?` would.
    const loop = state(all);
    link([loop], [loop, ...whole.first]);
    return { initial: [loop, ...whole.first], follow, symbols };
  }
  return { initial: whole.first, follow, symbols };
}
