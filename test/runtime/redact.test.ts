/**
 * redact.ts on its own: the edges of what it masks (secret length, the excerpt window) and of
 * the sanitised cause chain (depth, names, codes). Each case pins one rule of the docs in
 * redact.ts that a wrong comparison or a dropped guard would break.
 */
import { describe, expect, it } from 'vitest';
import { causeCode, excerpt, plainCode, redactor, sanitizeCause, type Redact } from '../../generator/runtime/redact.js';

/** A chain of `levels` errors, outermost first, each with its level in the message and code. */
function chain(levels: number): Error {
  let inner: Error | undefined;
  for (let level = levels - 1; level >= 0; level--) {
    const error: Error & { code?: string } = new Error(`level ${level}`, inner ? { cause: inner } : undefined);
    error.code = `E_LEVEL_${level}`;
    inner = error;
  }
  return inner!;
}

/** How many levels a sanitised chain has. */
function depthOf(error: unknown): number {
  let levels = 0;
  for (let at = error; at instanceof Error; at = at.cause) levels++;
  return levels;
}

describe('redactor', () => {
  it('masks the other forms a server can echo a credential in', () => {
    const mask = (secret: string, echoed: string): string => redactor([secret])(`<${echoed}>`);
    expect(mask('k3y-0123456789 ', 'k3y-0123456789')).toBe('<[redacted]>'); // fetch trims header values
    expect(mask('pa"ss\\word9', JSON.stringify('pa"ss\\word9'))).toBe('<"[redacted]">');
    expect(mask('abc/def/ghi', 'abc\\/def\\/ghi')).toBe('<[redacted]>'); // JSON with / escaped
    expect(mask('key with space!', 'key+with+space%21')).toBe('<[redacted]>'); // a form query
    expect(mask('tok/en~value', 'tok~1en~0value')).toBe('<[redacted]>'); // a JSON pointer token
    // A form shorter than six characters (here, trimmed) is a placeholder's, and left alone.
    expect(mask('   abc', 'abc')).toBe('<abc>');
  });

  it('masks credentials of six characters or more, and leaves shorter placeholders alone', () => {
    expect(redactor(['abcdef'])('x abcdef y')).toBe('x [redacted] y');
    expect(redactor(['abcde'])('x abcde y')).toBe('x abcde y');
  });

  it('with nothing to mask, returns text unchanged and reaches no further than it', () => {
    const none = redactor([]);
    expect(none('plain text')).toBe('plain text');
    expect(none.longest).toBe(0);
    expect(redactor(['abc'])('abc abc')).toBe('abc abc');
  });

  it('says how long its longest masked form is (the percent-encoded one when longer)', () => {
    expect(redactor(['abcdef', 'a-longer-secret-value']).longest).toBe('a-longer-secret-value'.length);
    expect(redactor(['abcdef', 'a b/c d']).longest).toBe(encodeURIComponent('a b/c d').length);
  });

  it('masks a credential that contains another whole, whichever is given first', () => {
    for (const secrets of [
      ['abcdefgh', 'abcdefghijkl'],
      ['abcdefghijkl', 'abcdefgh'],
    ])
      expect(redactor(secrets)('abcdefghijkl')).toBe('[redacted]');
  });
});

describe('excerpt', () => {
  it('replaces control characters with one space each run', () => {
    const none = redactor([]);
    expect(excerpt('a\r\nb\tc\u007fd', none)).toBe('a b c d');
  });

  it('cuts at max characters and shows no prefix of a credential that straddles the cut', () => {
    const secret = 'SECRET-straddling-the-cut-0123456789';
    const redact = redactor(['abcdef', secret]);
    const text = `${'x'.repeat(95)}${secret}${'y'.repeat(500)}`;
    const cut = excerpt(text, redact);
    expect(cut).toBe(`${'x'.repeat(95)}[reda…`);
    expect(cut).not.toContain('SECRET');
  });

  it('hands the redactor only max + longest characters of a long text', () => {
    const seen: number[] = [];
    const spy: Redact = Object.assign(
      (text: string) => {
        seen.push(text.length);
        return text;
      },
      { longest: 20 },
    );
    expect(excerpt('z'.repeat(10_000), spy, 50)).toBe(`${'z'.repeat(50)}…`);
    expect(excerpt('z'.repeat(30), spy, 50)).toBe('z'.repeat(30));
    expect(seen).toEqual([70, 30]);
  });
});

describe('sanitizeCause', () => {
  const none = redactor([]);

  it('is undefined for nothing thrown', () => {
    expect(sanitizeCause(undefined, none)).toBeUndefined();
    expect(sanitizeCause(null, none)).toBeUndefined();
  });

  it('keeps at most four levels of a cause chain', () => {
    const copy = sanitizeCause(chain(6), none);
    expect(depthOf(copy)).toBe(4);
    expect(depthOf(sanitizeCause(chain(4), none))).toBe(4);
    expect(depthOf(sanitizeCause(chain(3), none))).toBe(3);
    expect(copy!.message).toBe('level 0 (E_LEVEL_0)');
  });

  it('gives an error without a cause a copy without one, and without a code property', () => {
    const copy = sanitizeCause(new Error('plain'), none)!;
    expect(copy.cause).toBeUndefined();
    expect(copy.message).toBe('plain');
    expect(Object.keys(copy)).toEqual([]);
  });

  it('turns a thrown string into an Error with that message', () => {
    const copy = sanitizeCause('socket hang up', none)!;
    expect(copy).toBeInstanceOf(Error);
    expect(copy.name).toBe('Error');
    expect(copy.message).toBe('socket hang up');
  });

  it('keeps a plain name, and calls anything else Error', () => {
    expect(sanitizeCause({ name: 'SocketError', message: 'm' }, none)!.name).toBe('SocketError');
    expect(sanitizeCause({ name: 'has spaces tok_secret', message: 'm' }, none)!.name).toBe('Error');
    expect(sanitizeCause({ name: 42, message: 'm' }, none)!.name).toBe('Error');
    expect(sanitizeCause({ message: 'm' }, none)!.name).toBe('Error');
  });

  it('gives an object without a message an empty one', () => {
    expect(sanitizeCause({ name: 'Quiet' }, none)!.message).toBe('');
  });

  it('keeps only upper-case constant codes', () => {
    const kept = sanitizeCause({ message: 'reset', code: 'ECONNRESET' }, none) as Error & { code?: string };
    expect(kept.code).toBe('ECONNRESET');
    expect(kept.message).toBe('reset (ECONNRESET)');
    const dropped = sanitizeCause({ message: 'm', code: 'tok_secret value' }, none)!;
    expect('code' in dropped).toBe(false);
    expect(dropped.message).toBe('m');
    expect(plainCode('econnreset')).toBeUndefined();
    expect(plainCode(7)).toBeUndefined();
    // Only a string: an array or object would print as a constant yet carry anything.
    expect(plainCode(['ECONNRESET'])).toBeUndefined();
  });

  it('behaves like any Error: its name can be reassigned or deleted', () => {
    const copy = sanitizeCause({ name: 'SocketError', message: 'm' }, none)!;
    copy.name = 'Renamed';
    expect(copy.name).toBe('Renamed');
    expect(delete (copy as { name?: string }).name).toBe(true);
    expect(copy.name).toBe('Error');
  });
});

describe('causeCode', () => {
  it('finds the first plain code within four levels, and none deeper', () => {
    const deep = { cause: { cause: { cause: { code: 'EFOURTH' } } } };
    expect(causeCode(deep)).toBe('EFOURTH');
    expect(causeCode({ cause: deep })).toBeUndefined();
    expect(causeCode({ cause: { cause: { cause: { cause: { cause: { code: 'ESIXTH' } } } } } })).toBeUndefined();
  });

  it('stops at the end of a chain or at a cause that is not an object', () => {
    expect(causeCode(new Error('no code'))).toBeUndefined();
    expect(causeCode({ cause: 'text' })).toBeUndefined();
    expect(causeCode({ cause: null })).toBeUndefined();
    expect(causeCode(undefined)).toBeUndefined();
  });
});
