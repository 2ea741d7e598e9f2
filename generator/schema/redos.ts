import { createRequire } from 'node:module';
import { infinitelyAmbiguous } from './ambiguity.js';
import { alphabetOf } from './regex-alphabet.js';
import { automatonOf } from './regex-nfa.js';
import { scanRegex, type RegexScan } from './regex-scan.js';

/**
 * Whether a `pattern` can backtrack super-linearly on some input (a ReDoS risk), decided at
 * generation time and remembered per source. Three steps, cheapest first:
 *
 * 1. `provablyLinear`: most real patterns (no loop on a group, at most one loop when anchored)
 *    are linear by a one-line argument.
 * 2. The rest, with bounded repetitions `{n,m}` read as `*` or `+` (a superset of the paths, so
 *    ambiguity can only grow: a safe over-approximation that keeps automata small), go through
 *    the ambiguity test of ambiguity.ts on their Glushkov automaton over a small alphabet
 *    (regex-nfa.ts, regex-alphabet.ts): milliseconds, deterministic.
 * 3. What that does not model (lookarounds, back-references, `\p{...}`) goes to recheck (pure
 *    JavaScript build, automaton checker, no fuzzing), loaded only then. It is the reference the
 *    tests hold step 2 to (test/schema/redos.test.ts). An analysis that cannot finish counts as
 *    super-linear: a wrong "yes" costs a length bound, a wrong "no" a stalled server.
 */
export class PatternAnalyser {
  readonly #verdicts = new Map<string, boolean>();
  #analysed = 0;
  #recheck = 0;
  #analysisMs = 0;

  superLinear(source: string): boolean {
    let verdict = this.#verdicts.get(source);
    if (verdict === undefined) {
      verdict = !provablyLinear(scanRegex(source)) && this.#analyse(source);
      this.#verdicts.set(source, verdict);
    }
    return verdict;
  }

  /** How many patterns needed the analyser, and the time it took: for `bench/`. */
  get stats(): {
    readonly patterns: number;
    readonly analysed: number;
    readonly byRecheck: number;
    readonly analysisMs: number;
  } {
    return {
      patterns: this.#verdicts.size,
      analysed: this.#analysed,
      byRecheck: this.#recheck,
      analysisMs: this.#analysisMs,
    };
  }

  #analyse(source: string): boolean {
    const started = performance.now();
    this.#analysed++;
    try {
      const simplified = withUnboundedRepetition(source);
      const scan = scanRegex(simplified);
      const alphabet = alphabetOf(scan, simplified);
      const automaton = alphabet && automatonOf(simplified, scan, (atom) => alphabet.ofAtom[atom]!, alphabet.all);
      if (automaton !== undefined && automaton.follow.length <= MAX_STATES) return infinitelyAmbiguous(automaton);
      this.#recheck++;
      return recheckSays(simplified);
    } finally {
      this.#analysisMs += performance.now() - started;
    }
  }
}

/**
 * Linear for sure: no unbounded quantifier (each start position does bounded work), or a pattern
 * anchored at the start with one unbounded quantifier, on a single character, and no group
 * repeated more than once (one position, one loop).
 */
export function provablyLinear(scan: RegexScan): boolean {
  if (scan.complex) return false;
  if (scan.quantifiers.some((quantifier) => quantifier.onGroup && quantifier.max > 1)) return false;
  const unbounded = scan.quantifiers.filter((quantifier) => quantifier.max === Infinity);
  return unbounded.length === 0 || (scan.anchoredStart && unbounded.length === 1 && !unbounded[0]!.onGroup);
}

/** `x{2,5}` -> `x+`, `x{0,63}` -> `x*` (lazy `?` kept). */
export function withUnboundedRepetition(source: string): string {
  let out = '';
  let from = 0;
  for (const { start, end, min, max } of scanRegex(source).quantifiers) {
    if (source[start] !== '{' || max === Infinity) continue;
    const lazy = source[end - 1] === '?' ? '?' : '';
    out += source.slice(from, start) + (min === 0 ? '*' : '+') + lazy;
    from = end;
  }
  return out + source.slice(from);
}

/** Past this many states the product automata get large: recheck decides instead. */
const MAX_STATES = 200;

interface Recheck {
  checkSync(source: string, flags: string, params: Record<string, unknown>): { status: string };
}

let recheck: Recheck | undefined;

function recheckSays(source: string): boolean {
  recheck ??= createRequire(import.meta.url)('recheck') as Recheck;
  // recheck's synchronous API runs in a worker unless told to stay in this thread.
  const before = process.env.RECHECK_SYNC_BACKEND;
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  try {
    return recheck.checkSync(source, 'u', { checker: 'automaton', timeout: 10_000 }).status !== 'safe';
  } finally {
    if (before === undefined) delete process.env.RECHECK_SYNC_BACKEND;
    else process.env.RECHECK_SYNC_BACKEND = before;
  }
}
