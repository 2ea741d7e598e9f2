import { call, literal, neq, not } from '../../emit/build.js';
import type { Json } from '../../model/at.js';
import { RUNTIME } from '../helpers.js';
import { fitsType, isPrimitive, show } from '../json.js';
import type { KeywordDefinition } from '../keyword.js';
import { MESSAGES } from '../messages.js';

/** `const`: one allowed value, compared as JSON (deeply for objects and arrays). */
export const constKeyword: KeywordDefinition<'const'> = {
  keyword: 'const',
  applies: 'any',
  read(raw, cx) {
    if (!Object.hasOwn(raw, 'const')) return undefined;
    const value = raw.const as Json;
    const types = cx.sofar.type;
    if (types !== undefined && !types.some((type) => fitsType(value, type)))
      cx.warn(
        'invalid_schema',
        `const ${show(value)} is not of the schema's type ${types.join(' | ')}: no value can match`,
        'const',
      );
    return { value };
  },
  check({ value }, cx) {
    const broken = isPrimitive(value)
      ? neq(cx.data, literal(value))
      : not(
          call(cx.helper('deepEqual'), [
            cx.data,
            cx.constant('CONST', `const:${JSON.stringify(value)}`, () => literal(value)),
          ]),
        );
    cx.fail(broken, { keyword: 'const', message: MESSAGES.const() });
  },
  test: ({ value }, data, cx) => (RUNTIME.deepEqual(value, data) ? undefined : cx.issue('const', MESSAGES.const())),
  type: ({ value }) => ({ kind: 'literals', values: [value] }),
  doc: ({ value }) => `always ${show(value)}`,
};
