import fc from 'fast-check';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { printJson } from '../../generator/emit/json.js';

const JSON_OPTIONS = { parser: 'json', singleQuote: true, printWidth: 120 } as const;

describe('printJson', () => {
  it.each([
    { given: { a: 1 }, want: '{\n  "a": 1\n}\n' },
    { given: [], want: '[]\n' },
    {
      given: { empty: {}, list: [1, -2, 1e21, 1.5e-7], flag: true, none: null },
      want: '{\n  "empty": {},\n  "list": [1, -2, 1e21, 1.5e-7],\n  "flag": true,\n  "none": null\n}\n',
    },
    {
      given: [
        { a: 1, b: 2 },
        { a: 3, b: 4 },
      ],
      want: '[\n  {\n    "a": 1,\n    "b": 2\n  },\n  {\n    "a": 3,\n    "b": 4\n  }\n]\n',
    },
    { given: { skipped: undefined, date: new Date(0) }, want: '{\n  "date": "1970-01-01T00:00:00.000Z"\n}\n' },
  ])('prints $given', ({ given, want }) => {
    expect(printJson(given)).toBe(want);
  });

  it('throws for a value without a JSON form', () => {
    expect(() => printJson(undefined)).toThrow('has no JSON form');
  });

  it('equals Prettier on JSON.stringify(value, null, 2), and is a fixed point', async () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 4, stringUnit: 'grapheme' }),
      fc.array(text, { maxLength: 8 }),
      fc.dictionary(
        text,
        fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 40 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(value, async (json) => {
        const printed = printJson(json);
        expect(printed).toBe(await format(JSON.stringify(json, null, 2), JSON_OPTIONS));
        expect(await format(printed, JSON_OPTIONS)).toBe(printed);
      }),
      { numRuns: 300 },
    );
  });

  it('prints an object it has printed before from memory, and anything new afresh, run after run', () => {
    // --watch keeps the API surface's entries of unchanged units: the same objects, run after run.
    const a = { params: { id: { in: 'path', enum: ['x', 'y'] } }, list: [1, 2, 3] };
    const value = (edit: number) => ({
      version: `1.0.${edit}`,
      operations: { a, b: { params: { n: { maximum: edit } }, note: 'z'.repeat(130) } },
    });
    for (const edit of [0, 1, 1, 2]) expect(printJson(value(edit))).toBe(printJson(structuredClone(value(edit))));
    // Objects are never changed once printed: this one is, so its old text shows it was not printed again.
    a.list.push(4);
    expect(printJson(value(3))).toContain('"list": [1, 2, 3]');
    expect(printJson(structuredClone(value(3)))).toContain('"list": [1, 2, 3, 4]');
  });
});
