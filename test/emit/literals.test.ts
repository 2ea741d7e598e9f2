import fc from 'fast-check';
import { util } from 'prettier';
import { describe, expect, it } from 'vitest';
import { printString } from '../../generator/emit/literals.js';
import { stringWidth } from '../../generator/emit/string-width.js';

describe('string literals', () => {
  it('print only characters Prettier counts as one column each, so width is length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const printed = printString(value);
        expect(util.getStringWidth(printed)).toBe(printed.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('print the value they were given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        expect((0, eval)(printString(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stringWidth', () => {
  it('measures as Prettier does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          ...(['grapheme', 'binary', 'grapheme-composite'] as const).map((unit) => fc.string({ unit, maxLength: 20 })),
        ),
        (text) => {
          expect(stringWidth(text)).toBe(util.getStringWidth(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
