import { and, call, gt, lt, num } from '../../emit/build.js';
import { RUNTIME } from '../helpers.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readCount, warnOrder } from '../read-values.js';
import { lengthOf } from '../code.js';

/**
 * `minLength` and `maxLength`, in Unicode code points as JSON Schema counts (a surrogate pair is
 * one character). A code point is one or two UTF-16 units, so the cheap `.length` test settles
 * most strings and the count runs only near the limit.
 */
export const minLengthKeyword: KeywordDefinition<'minLength'> = {
  keyword: 'minLength',
  applies: 'string',
  read: (raw, cx) => readCount(raw, 'minLength', cx),
  trivial: (limit) => limit === 0,
  check(limit, cx) {
    const broken = and(
      lt(lengthOf(cx.data), num(limit * 2)),
      lt(call(cx.helper('codePointLength'), [cx.data]), num(limit)),
    );
    cx.fail(broken, { keyword: 'minLength', message: MESSAGES.minLength(limit), param: num(limit) });
  },
  test: (limit, data, cx) =>
    RUNTIME.codePointLength(data as string) < limit ? cx.issue('minLength', MESSAGES.minLength(limit)) : undefined,
  doc: (limit) => `at least ${limit} characters`,
};

export const maxLengthKeyword: KeywordDefinition<'maxLength'> = {
  keyword: 'maxLength',
  applies: 'string',
  read(raw, cx) {
    const limit = readCount(raw, 'maxLength', cx);
    warnOrder(cx.sofar.minLength, limit, ['minLength', 'maxLength'], cx);
    return limit;
  },
  check(limit, cx) {
    const broken = and(
      gt(lengthOf(cx.data), num(limit)),
      gt(call(cx.helper('codePointLength'), [cx.data]), num(limit)),
    );
    cx.fail(broken, { keyword: 'maxLength', message: MESSAGES.maxLength(limit), param: num(limit) });
  },
  test: (limit, data, cx) =>
    RUNTIME.codePointLength(data as string) > limit ? cx.issue('maxLength', MESSAGES.maxLength(limit)) : undefined,
  doc: (limit) => `at most ${limit} characters`,
};
