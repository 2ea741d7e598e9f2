import fc from 'fast-check';
import { doc as prettierDoc } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  align,
  conditionalGroup,
  fill,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  line,
  softline,
  type Doc,
} from '../../generator/emit/doc.js';
import { layout } from '../../generator/emit/layout.js';

const WIDTH = 40;

/** Random docs over the whole algebra; group ids refer to groups printed earlier in a sequence. */
function docArbitrary(): fc.Arbitrary<Doc> {
  const ids = [Symbol('a'), Symbol('b')];
  const { doc } = fc.letrec<{ doc: Doc; leaf: Doc }>((tie) => ({
    leaf: fc.oneof(
      fc.constantFrom('a', 'bb', 'cccc', 'dddddddd', 'eeeeeeeeeeeeeeee', '', ' ', ', '),
      fc.constantFrom<Doc>(line, softline, hardline),
    ),
    doc: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('leaf'),
      fc.array(tie('doc'), { maxLength: 5 }),
      fc
        .record({ contents: tie('doc'), shouldBreak: fc.boolean(), id: fc.constantFrom(undefined, ...ids) })
        .map(({ contents, shouldBreak, id }) =>
          group(contents, id === undefined ? { shouldBreak } : { shouldBreak, id }),
        ),
      tie('doc').map(indent),
      fc.tuple(fc.integer({ min: 0, max: 3 }), tie('doc')).map(([n, contents]) => align(n, contents)),
      fc.tuple(tie('doc'), tie('doc'), fc.constantFrom(undefined, ...ids)).map(([a, b, id]) => ifBreak(a, b, id)),
      fc.tuple(tie('doc'), fc.constantFrom(...ids)).map(([contents, id]) => indentIfBreak(contents, id)),
      fc
        .array(tie('doc'), { minLength: 1, maxLength: 3 })
        .map((states) => conditionalGroup([states[0]!, ...states.slice(1)])),
      fc
        .array(fc.tuple(tie('doc'), fc.constantFrom<Doc>(line, softline, hardline, [',', line])), { maxLength: 6 })
        .map((pairs) => fill(pairs.flat().slice(0, -1))),
    ),
  }));
  return doc;
}

describe('layout', () => {
  it('lays out any doc exactly as Prettier’s doc printer does', () => {
    fc.assert(
      fc.property(docArbitrary(), (doc) => {
        const ours = layout(doc, WIDTH);
        const theirs = prettierDoc.printer.printDocToString(doc as prettierDoc.builders.Doc, {
          printWidth: WIDTH,
          tabWidth: 2,
          useTabs: false,
        }).formatted;
        expect(ours).toBe(theirs);
      }),
      { numRuns: 3000 },
    );
  });
});
