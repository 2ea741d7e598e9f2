import { call, chain, element, num, str } from '../../emit/build.js';
import { isDefined } from '../code.js';
import { RUNTIME } from '../helpers.js';
import type { KeywordDefinition } from '../keyword.js';
import { UNIQUE_ITEMS_PARTS, uniqueItemsMessage } from '../messages.js';

/**
 * `uniqueItems`, by the runtime's duplicate finder: linear for primitives (a Map), deep equality
 * only among objects and arrays. It reports the pair ajv's loop reports.
 */
export const uniqueItemsKeyword: KeywordDefinition<'uniqueItems'> = {
  keyword: 'uniqueItems',
  applies: 'array',
  read(raw, cx) {
    const value = raw.uniqueItems;
    if (value === undefined || value === true) return value;
    if (value !== false) cx.warn('invalid_schema', 'uniqueItems must be a boolean: ignored', 'uniqueItems');
    return undefined;
  },
  trivial: (unique) => !unique,
  check(_unique, cx) {
    const pair = cx.local('duplicate', call(cx.helper('duplicateItems'), [cx.data]));
    const [before, between, after] = UNIQUE_ITEMS_PARTS;
    const message = chain('+', [str(before), element(pair, num(0)), str(between), element(pair, num(1)), str(after)]);
    cx.fail(isDefined(pair), { keyword: 'uniqueItems', message, param: pair });
  },
  test(_unique, data, cx) {
    const pair = RUNTIME.duplicateItems(data as readonly unknown[]);
    return pair && cx.issue('uniqueItems', uniqueItemsMessage(pair[0], pair[1]));
  },
  doc: () => 'unique items',
};
