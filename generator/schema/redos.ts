import { createRequire } from 'node:module';
import { scanRegex, type RegexScan } from './regex-scan.js';

/**
 * Whether a `pattern` can backtrack super-linearly on some input (a ReDoS risk), decided at
 * generation time and remembered per source.
 *
 * Most patterns are settled by a cheap argument (`provablyLinear`); the rest go to recheck
 * (pure JavaScript build, automaton checker: an exact, deterministic analysis, no fuzzing), which
 * is loaded only when a pattern needs it. Before analysis, bounded repetitions `{n,m}` become `*`
 * or `+`: a superset of the pattern's paths, so ambiguity, and with it super-linearity, can only
 * grow (a safe over-approximation), and the automaton stays small where `[a-z]{0,63}` would copy
 * its state 63 times. An analysis that cannot finish counts as super-linear: the cost of a wrong
 * "yes" is a length bound, that of a wrong "no" a stalled server.
 */
export class PatternAnalyser {
  readonly #verdicts = new Map<string, boolean>();
  #analysed = 0;
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
  get stats(): { readonly patterns: number; readonly analysed: number; readonly analysisMs: number } {
    return { patterns: this.#verdicts.size, analysed: this.#analysed, analysisMs: this.#analysisMs };
  }

  #analyse(source: string): boolean {
    const started = performance.now();
    this.#analysed++;
    try {
      return analyse(withUnboundedRepetition(source));
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

interface Recheck {
  checkSync(source: string, flags: string, params: Record<string, unknown>): { status: string };
}

let recheck: Recheck | undefined;

function analyse(source: string): boolean {
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
