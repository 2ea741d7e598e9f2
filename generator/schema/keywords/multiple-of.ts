import { call, not, num } from '../../emit/build.js';
import { RUNTIME } from '../helpers.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readNumber } from '../read-values.js';

/**
 * `multipleOf`, by ajv's rule (the runtime's matchesMultipleOf): the quotient must be an integer
 * as floating point computes it, so 0.3 is not a multiple of 0.1, and quotients of 1e21 or more fail.
 */
export const multipleOfKeyword: KeywordDefinition<'multipleOf'> = {
  keyword: 'multipleOf',
  applies: 'number',
  read(raw, cx) {
    const divisor = readNumber(raw, 'multipleOf', cx);
    if (divisor === undefined || divisor > 0) return divisor;
    cx.warn('invalid_schema', `multipleOf must be greater than 0, not ${divisor}: not checked`, 'multipleOf');
    return undefined;
  },
  check(divisor, cx) {
    const broken = not(call(cx.helper('matchesMultipleOf'), [cx.data, num(divisor)]));
    cx.fail(broken, { keyword: 'multipleOf', message: MESSAGES.multipleOf(divisor), param: num(divisor) });
  },
  test: (divisor, data, cx) =>
    RUNTIME.matchesMultipleOf(data as number, divisor)
      ? undefined
      : cx.issue('multipleOf', MESSAGES.multipleOf(divisor)),
  doc: (divisor) => `multiple of ${divisor}`,
};
