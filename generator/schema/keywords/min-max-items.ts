import { gt, lt, num } from '../../emit/build.js';
import { lengthOf } from '../code.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readCount, warnOrder } from '../read-values.js';

/** `minItems` and `maxItems`. */
export const minItemsKeyword: KeywordDefinition<'minItems'> = {
  keyword: 'minItems',
  applies: 'array',
  read: (raw, cx) => readCount(raw, 'minItems', cx),
  trivial: (limit) => limit === 0,
  check: (limit, cx) =>
    cx.fail(lt(lengthOf(cx.data), num(limit)), {
      keyword: 'minItems',
      message: MESSAGES.minItems(limit),
      param: num(limit),
    }),
  test: (limit, data, cx) =>
    (data as readonly unknown[]).length < limit ? cx.issue('minItems', MESSAGES.minItems(limit)) : undefined,
  doc: (limit) => `at least ${limit} items`,
};

export const maxItemsKeyword: KeywordDefinition<'maxItems'> = {
  keyword: 'maxItems',
  applies: 'array',
  read(raw, cx) {
    const limit = readCount(raw, 'maxItems', cx);
    warnOrder(cx.sofar.minItems, limit, ['minItems', 'maxItems'], cx);
    return limit;
  },
  check: (limit, cx) =>
    cx.fail(gt(lengthOf(cx.data), num(limit)), {
      keyword: 'maxItems',
      message: MESSAGES.maxItems(limit),
      param: num(limit),
    }),
  test: (limit, data, cx) =>
    (data as readonly unknown[]).length > limit ? cx.issue('maxItems', MESSAGES.maxItems(limit)) : undefined,
  doc: (limit) => `at most ${limit} items`,
};
