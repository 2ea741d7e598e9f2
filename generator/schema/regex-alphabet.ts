import type { RegexScan } from './regex-scan.js';

/**
 * A small alphabet for a pattern: one symbol per set of characters that every atom of the
 * pattern (literal, escape, class, `.`) treats alike, so the analysis reads `[\S]` as a handful
 * of symbols rather than all of Unicode, with every atom's verdict on every character kept.
 *
 * The sets' edges are the code points the pattern writes (literals, `\x41`, `\u{1F600}`) and the
 * known edges of `\d \w \s` and `.`; `\p{...}` and the like would need Unicode tables, so such a
 * pattern gets undefined and goes to recheck as written.
 */
export interface Alphabet {
  /** The symbols atom `index` (of the scan) matches, as a bit set. */
  readonly ofAtom: readonly Uint32Array[];
  /** Every symbol: what the search loop reads. */
  readonly all: Uint32Array;
}

export function alphabetOf(scan: RegexScan, source: string): Alphabet | undefined {
  const texts = scan.atoms.map((atom) => source.slice(atom.start, atom.end));
  if (texts.some((text) => /\\[pPck1-9]|\\u\{?[dD][89a-fA-F]/.test(text))) return undefined;
  const matchers = texts.map((text) => new RegExp(`^(?:${text})$`, 'u'));
  const cells = cellsOf(edgesOf(texts), matchers);
  const words = Math.ceil(cells.length / 32) || 1;
  const ofAtom = texts.map(() => new Uint32Array(words));
  cells.forEach((atoms, symbol) => {
    for (const atom of atoms) ofAtom[atom]![symbol >>> 5]! |= 1 << (symbol & 31);
  });
  const all = new Uint32Array(words);
  for (let symbol = 0; symbol < cells.length; symbol++) all[symbol >>> 5]! |= 1 << (symbol & 31);
  return { ofAtom, all };
}

const CLASS_EDGES: Readonly<Record<string, readonly number[]>> = {
  d: [0x30, 0x3a],
  w: [0x30, 0x3a, 0x41, 0x5b, 0x5f, 0x60, 0x61, 0x7b],
  s: [
    0x09, 0x0e, 0x20, 0x21, 0xa0, 0xa1, 0x1680, 0x1681, 0x2000, 0x200b, 0x2028, 0x202a, 0x202f, 0x2030, 0x205f, 0x2060,
    0x3000, 0x3001, 0xfeff, 0xff00,
  ],
};
const DOT_EDGES = [0x0a, 0x0b, 0x0d, 0x0e, 0x2028, 0x202a];
const WRITTEN = /\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g;

/** Every code point where some atom's verdict may change. */
function edgesOf(texts: readonly string[]): number[] {
  const edges = new Set<number>([0, 1, 0x110000]);
  const add = (codePoint: number): void => {
    edges.add(codePoint);
    edges.add(codePoint + 1);
  };
  for (const text of texts) {
    for (const char of text) add(char.codePointAt(0)!);
    for (const match of text.matchAll(WRITTEN)) add(parseInt(match[1] ?? match[2] ?? match[3]!, 16));
    for (const [name, list] of Object.entries(CLASS_EDGES))
      if (new RegExp(`\\\\${name}`, 'i').test(text)) list.forEach((edge) => edges.add(edge));
    if (text === '.') DOT_EDGES.forEach((edge) => edges.add(edge));
  }
  return [...edges].filter((edge) => edge <= 0x110000).sort((a, b) => a - b);
}

/** The distinct sets of atoms matching each cell between edges: one symbol per set. */
function cellsOf(edges: readonly number[], matchers: readonly RegExp[]): number[][] {
  const seen = new Map<string, number[]>();
  for (const codePoint of edges.slice(0, -1)) {
    const char = String.fromCodePoint(codePoint);
    const atoms = matchers.flatMap((matcher, index) => (matcher.test(char) ? [index] : []));
    seen.set(atoms.join(','), atoms);
  }
  return [...seen.values()];
}
