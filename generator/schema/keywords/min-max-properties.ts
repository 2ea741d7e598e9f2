import { gt, lt, num } from '../../emit/build.js';
import { keysOf, lengthOf } from '../code.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readCount, warnOrder } from '../read-values.js';

/** `minProperties` and `maxProperties`: the number of own keys. */
export const minPropertiesKeyword: KeywordDefinition<'minProperties'> = {
  keyword: 'minProperties',
  applies: 'object',
  read: (raw, cx) => readCount(raw, 'minProperties', cx),
  trivial: (limit) => limit === 0,
  check: (limit, cx) =>
    cx.fail(lt(lengthOf(keysOf(cx.data)), num(limit)), {
      keyword: 'minProperties',
      message: MESSAGES.minProperties(limit),
    }),
  test: (limit, data, cx) =>
    Object.keys(data as object).length < limit ? cx.issue('minProperties', MESSAGES.minProperties(limit)) : undefined,
  doc: (limit) => `at least ${limit} properties`,
};

export const maxPropertiesKeyword: KeywordDefinition<'maxProperties'> = {
  keyword: 'maxProperties',
  applies: 'object',
  read(raw, cx) {
    const limit = readCount(raw, 'maxProperties', cx);
    warnOrder(cx.sofar.minProperties, limit, ['minProperties', 'maxProperties'], cx);
    return limit;
  },
  check: (limit, cx) =>
    cx.fail(gt(lengthOf(keysOf(cx.data)), num(limit)), {
      keyword: 'maxProperties',
      message: MESSAGES.maxProperties(limit),
    }),
  test: (limit, data, cx) =>
    Object.keys(data as object).length > limit ? cx.issue('maxProperties', MESSAGES.maxProperties(limit)) : undefined,
  doc: (limit) => `at most ${limit} properties`,
};
