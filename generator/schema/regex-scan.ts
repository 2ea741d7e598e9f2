/**
 * A scan of an ECMAScript regular expression source (`u` flag, already known to compile): its
 * quantifiers, what each applies to, and the features no cheap argument covers. redos.ts uses it
 * to prove most real patterns linear without the analyser, and to simplify the others for it.
 */
export interface Quantifier {
  /** Where the quantifier's own text (`*`, `{2,5}?`) starts and ends in the source. */
  readonly start: number;
  readonly end: number;
  readonly min: number;
  readonly max: number;
  /** It repeats a group rather than one character (a literal, class, escape or `.`). */
  readonly onGroup: boolean;
}

/** One thing that matches one character: a literal, an escape, a class or `.`. */
export interface Atom {
  readonly start: number;
  readonly end: number;
  readonly kind: 'char' | 'escape' | 'class' | 'dot';
}

export interface RegexScan {
  readonly quantifiers: readonly Quantifier[];
  readonly atoms: readonly Atom[];
  /** `^` first, outside any group, and no top-level `|`: only the first position can match. */
  readonly anchoredStart: boolean;
  /** Back-references or lookarounds: leave the question to the analyser. */
  readonly complex: boolean;
}

export function scanRegex(source: string): RegexScan {
  const quantifiers: Quantifier[] = [];
  const atoms: Atom[] = [];
  const groupStarts: number[] = [];
  let complex = false;
  let topLevelAlternation = false;
  let lastAtom: { onGroup: boolean } | undefined;
  let at = 0;
  while (at < source.length) {
    const char = source[at]!;
    if (char === '\\') {
      const escape = source[at + 1] ?? '';
      if (/[1-9k]/.test(escape)) complex = true;
      const end = escapeEnd(source, at);
      if (!/[bB]/.test(escape)) atoms.push({ start: at, end, kind: 'escape' });
      at = end;
      lastAtom = { onGroup: false };
    } else if (char === '[') {
      const end = classEnd(source, at);
      atoms.push({ start: at, end, kind: 'class' });
      at = end;
      lastAtom = { onGroup: false };
    } else if (char === '(') {
      if (/^\(\?(?:[=!]|<[=!])/.test(source.slice(at, at + 4))) complex = true;
      groupStarts.push(at);
      at =
        source.startsWith('(?<', at) && !/^\(\?<[=!]/.test(source.slice(at, at + 4))
          ? source.indexOf('>', at) + 1
          : source.startsWith('(?', at)
            ? at + 3
            : at + 1;
      lastAtom = undefined;
    } else if (char === ')') {
      groupStarts.pop();
      at++;
      lastAtom = { onGroup: true };
    } else if (char === '|') {
      if (groupStarts.length === 0) topLevelAlternation = true;
      at++;
      lastAtom = undefined;
    } else if (
      char === '*' ||
      char === '+' ||
      char === '?' ||
      (char === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(at)))
    ) {
      const quantifier = readQuantifier(source, at, lastAtom?.onGroup ?? false);
      quantifiers.push(quantifier);
      at = quantifier.end;
      lastAtom = undefined;
    } else {
      const width = String.fromCodePoint(source.codePointAt(at)!).length;
      if (char !== '^' && char !== '$') atoms.push({ start: at, end: at + width, kind: char === '.' ? 'dot' : 'char' });
      at += width;
      lastAtom = char === '^' || char === '$' ? undefined : { onGroup: false };
    }
  }
  return { quantifiers, atoms, anchoredStart: source.startsWith('^') && !topLevelAlternation, complex };
}

function readQuantifier(source: string, start: number, onGroup: boolean): Quantifier {
  const char = source[start]!;
  let end = start + 1;
  let min = char === '+' ? 1 : 0;
  let max = char === '?' ? 1 : Infinity;
  if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(start))!;
    min = Number(match[1]);
    max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    end = start + match[0].length;
  }
  if (source[end] === '?') end++;
  return { start, end, min, max, onGroup };
}

/** The index after `\x`, `\u{1F600}`, `\p{Letter}`, `\k<name>`... */
function escapeEnd(source: string, at: number): number {
  const rest = source.slice(at);
  const long = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|\d+)/.exec(rest);
  return at + (long ? long[0].length : Math.min(2, rest.length));
}

/** The index after a character class's closing `]`. */
function classEnd(source: string, at: number): number {
  let index = at + 1;
  while (index < source.length && source[index] !== ']')
    index = source[index] === '\\' ? escapeEnd(source, index) : index + 1;
  return index + 1;
}
