import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model/at.js';
import { PatternAnalyser, withUnboundedRepetition } from '../../generator/schema/redos.js';
import { CLOUDFLARE_SPEC, loadDocument } from './support/spec.js';

/**
 * The fast analysis (ambiguity of the pattern's automaton) against recheck, the reference, on
 * Cloudflare's patterns and the classic ReDoS shapes: it never calls a pattern linear that recheck
 * finds super-linear, and it is wrong the other way only where listed (a safe over-approximation).
 */
const CLASSICS = [
  '^(a+)+$',
  '^(\\w+\\s?)*$',
  '^([a-z0-9]+\\.)*[a-z]+$',
  '(x+x+)+y',
  '^\\d+$',
  '[a-z]+x',
  '^(a|a)*$',
  '^(a|ab)*c$',
  '\\s*#?\\s*$',
  '^[a-z]+[0-9]*[a-z]+$',
  'a*b?a*$',
  '^(\\d+)*$',
  '^([^@]+)@([^@]+)$',
  '^.*a.*b$',
  '^[\\w.]+@[\\w.]+\\.[a-z]{2,}$',
  '^(https?:\\/\\/)?([\\da-z.-]+)\\.([a-z.]{2,6})([\\/\\w .-]*)*\\/?$',
  '^(?:[0-9a-f]{32})?$',
];
/** Nullable and unanchored: `test` succeeds at once, which the automaton does not know. */
const OVER_APPROXIMATED = new Set(['(a*)*']);

function specPatterns(): string[] {
  if (CLOUDFLARE_SPEC === undefined) return [];
  const found = new Set<string>();
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'pattern' && typeof value === 'string') found.add(value);
        walk(value);
      }
  };
  walk(loadDocument(CLOUDFLARE_SPEC));
  return [...found];
}

const PATTERNS = [...new Set([...CLASSICS, ...OVER_APPROXIMATED, ...specPatterns()])];
let recheck: { checkSync(source: string, flags: string, params: object): { status: string } } | undefined;

describe('super-linear patterns, against recheck', () => {
  it.each(PATTERNS)(
    '%s',
    (pattern) => {
      process.env.RECHECK_SYNC_BACKEND = 'pure';
      recheck ??= createRequire(import.meta.url)('recheck');
      const reference =
        recheck!.checkSync(withUnboundedRepetition(pattern), 'u', { checker: 'automaton', timeout: 30_000 }).status !==
        'safe';
      const ours = new PatternAnalyser().superLinear(pattern);
      expect(ours).toBe(OVER_APPROXIMATED.has(pattern) ? true : reference);
    },
    60_000,
  );

  it("decides Cloudflare's patterns in milliseconds, without recheck", () => {
    const analyser = new PatternAnalyser();
    const patterns = specPatterns();
    const started = performance.now();
    for (const pattern of patterns) analyser.superLinear(pattern);
    expect(analyser.stats.byRecheck).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
