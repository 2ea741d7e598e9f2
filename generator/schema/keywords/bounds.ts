import type { Expr } from '../../emit/ast.js';
import { binary, num } from '../../emit/build.js';
import type { BinaryOperator } from '../../emit/ast.js';
import type { KeywordDefinition, RawSchema, ReadContext } from '../keyword.js';
import { MESSAGES } from '../messages.js';
import { readNumber, warnOrder } from '../read-values.js';

/**
 * `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`. OpenAPI 3.0 writes an exclusive
 * bound as `minimum: 5, exclusiveMinimum: true`; it is read as 3.1's `exclusiveMinimum: 5`.
 */
type Bound = 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum';

const BROKEN: Readonly<Record<Bound, BinaryOperator>> = {
  minimum: '<',
  maximum: '>',
  exclusiveMinimum: '<=',
  exclusiveMaximum: '>=',
};

const PHRASE: Readonly<Record<Bound, string>> = {
  minimum: '>=',
  maximum: '<=',
  exclusiveMinimum: '>',
  exclusiveMaximum: '<',
};

const EXCLUSIVE_OF: Readonly<Record<'minimum' | 'maximum', Bound>> = {
  minimum: 'exclusiveMinimum',
  maximum: 'exclusiveMaximum',
};

function broken(bound: Bound, data: Expr, limit: number): Expr {
  return binary(BROKEN[bound], data, num(limit));
}

function isBroken(bound: Bound, data: number, limit: number): boolean {
  switch (bound) {
    case 'minimum':
      return data < limit;
    case 'maximum':
      return data > limit;
    case 'exclusiveMinimum':
      return data <= limit;
    case 'exclusiveMaximum':
      return data >= limit;
  }
}

/** An inclusive bound, unless a 3.0 boolean `exclusive*: true` beside it makes it exclusive. */
function readInclusive(bound: 'minimum' | 'maximum', raw: RawSchema, cx: ReadContext): number | undefined {
  if (raw[EXCLUSIVE_OF[bound]] === true) return undefined;
  return readNumber(raw, bound, cx);
}

function readExclusive(
  bound: 'exclusiveMinimum' | 'exclusiveMaximum',
  raw: RawSchema,
  cx: ReadContext,
): number | undefined {
  const value = raw[bound];
  if (typeof value !== 'boolean') return readNumber(raw, bound, cx);
  if (!cx.openapi30)
    cx.warn('invalid_schema', `a boolean ${bound} is OpenAPI 3.0; in 3.1 write the bound itself (honoured)`, bound);
  const inclusive = bound === 'exclusiveMinimum' ? 'minimum' : 'maximum';
  if (value && raw[inclusive] === undefined)
    cx.warn('invalid_schema', `${bound}: true without ${inclusive} has no effect`, bound);
  return value ? readNumber(raw, inclusive, cx) : undefined;
}

function definition(bound: Bound, read: KeywordDefinition<Bound>['read']): KeywordDefinition<Bound> {
  return {
    keyword: bound,
    applies: 'number',
    read,
    check: (limit, cx) =>
      cx.fail(broken(bound, cx.data, limit), { keyword: bound, message: MESSAGES[bound](limit), param: num(limit) }),
    test: (limit, data, cx) =>
      isBroken(bound, data as number, limit) ? cx.issue(bound, MESSAGES[bound](limit)) : undefined,
    doc: (limit) => `${PHRASE[bound]} ${limit}`,
  };
}

export const minimumKeyword = definition('minimum', (raw, cx) =>
  readInclusive('minimum', raw, cx),
) as KeywordDefinition<'minimum'>;
export const maximumKeyword = definition('maximum', (raw, cx) =>
  readInclusive('maximum', raw, cx),
) as KeywordDefinition<'maximum'>;
export const exclusiveMinimumKeyword = definition('exclusiveMinimum', (raw, cx) =>
  readExclusive('exclusiveMinimum', raw, cx),
) as KeywordDefinition<'exclusiveMinimum'>;

/** Read last of the four, so it can say when the lower bound is above the upper one. */
export const exclusiveMaximumKeyword = definition('exclusiveMaximum', (raw, cx) => {
  const limit = readExclusive('exclusiveMaximum', raw, cx);
  const { minimum, maximum, exclusiveMinimum } = cx.sofar;
  const low = Math.max(minimum ?? -Infinity, exclusiveMinimum ?? -Infinity);
  const high = Math.min(maximum ?? Infinity, limit ?? Infinity);
  if (Number.isFinite(low) && Number.isFinite(high)) warnOrder(low, high, ['minimum', 'maximum'], cx);
  return limit;
}) as KeywordDefinition<'exclusiveMaximum'>;
