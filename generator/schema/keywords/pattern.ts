import { conditional, gt, not, num, str } from '../../emit/build.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { regexpError } from '../read-values.js';
import { lengthOf, patternBound, patternConstant, patternTest, testPattern } from '../code.js';

/**
 * `pattern`: an ECMAScript regular expression with the `u` flag, as ajv compiles it, hoisted once
 * per module. A pattern the analyser (redos.ts) finds can backtrack super-linearly is tested only
 * on strings under a bound, so that a hostile value cannot stall the event loop.
 */
export const patternKeyword: KeywordDefinition<'pattern'> = {
  keyword: 'pattern',
  applies: 'string',
  read(raw, cx) {
    const source = raw.pattern;
    if (source === undefined) return undefined;
    const error = typeof source === 'string' ? regexpError(source) : 'not a string';
    if (error !== undefined || typeof source !== 'string') {
      cx.warn('invalid_schema', `pattern is not a valid regular expression (${error}): not checked`, 'pattern');
      return undefined;
    }
    const superLinear = cx.superLinear(source);
    if (superLinear)
      cx.warn(
        'super_linear_pattern',
        `pattern can backtrack super-linearly (a ReDoS risk): strings over ${patternBound(cx.sofar.maxLength)} UTF-16 units fail without being tested; set maxLength to choose the bound, and rewrite the pattern if its backtracking is exponential (nested or overlapping repetition such as (a|aa)+), which can stall even on short strings`,
        'pattern',
      );
    return { source, superLinear };
  },
  check({ source, superLinear }, cx) {
    const bound = patternBound(cx.schema.keywords.maxLength);
    const plain = MESSAGES.pattern(source);
    const message = superLinear
      ? conditional(gt(lengthOf(cx.data), num(bound)), str(MESSAGES.bounded(bound, source)), str(plain))
      : plain;
    // The RegExp constant is the runtime's `fail` parameter: no second copy of the source.
    const param = superLinear ? undefined : patternConstant(source, cx);
    cx.fail(not(patternTest(source, superLinear, cx.data, bound, cx)), {
      keyword: 'pattern',
      message,
      ...(param ? { param } : {}),
    });
  },
  test(pattern, data, cx) {
    const bound = patternBound(cx.schema.keywords.maxLength);
    if (testPattern(pattern.source, pattern.superLinear, data as string, bound)) return undefined;
    return cx.issue(
      'pattern',
      (data as string).length > bound && pattern.superLinear
        ? MESSAGES.bounded(bound, pattern.source)
        : MESSAGES.pattern(pattern.source),
    );
  },
  doc: (pattern) => `matches /${pattern.source}/`,
};
