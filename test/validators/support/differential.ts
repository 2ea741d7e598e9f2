import { isDeepStrictEqual } from 'node:util';
import { errorKeys, type OracleValidate } from './oracle.js';

/** The three functions generated for one type, as the generated module exports them. */
export interface GeneratedValidator {
  readonly is: (value: unknown) => boolean;
  readonly validate: (
    value: unknown,
  ) => { readonly ok: true } | { readonly ok: false; readonly errors: readonly { path: string; keyword: string }[] };
  readonly assert: (value: unknown) => void;
}

/** isX, validateX and assertX for the type `name`, from a generated validators module. */
export function validatorOf(exports: Readonly<Record<string, unknown>>, name: string): GeneratedValidator {
  const fn = (prefix: string): ((value: unknown) => never) => {
    const found = exports[`${prefix}${name}`];
    if (typeof found !== 'function') throw new Error(`the generated module has no ${prefix}${name}`);
    return found as (value: unknown) => never;
  };
  return { is: fn('is'), validate: fn('validate'), assert: fn('assert') };
}

/** The type names a generated validators module has a validateX for. */
export function validatedNames(exports: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(exports)
    .filter((key) => /^validate[A-Z]/.test(key) && typeof exports[key] === 'function')
    .map((key) => key.slice('validate'.length));
}

/**
 * One value through our validator and ajv. Returns why they disagree, or undefined.
 *
 * Verdicts must agree, and `is`, `validate` and (when asked) `assert` must agree with each other.
 * Errors are compared as sorted `path keyword` lists. Under anyOf/oneOf ajv also lists the
 * errors of every failed branch, which we deliberately do not, so there ours need only be
 * among ajv's.
 */
export function disagreement(
  ours: GeneratedValidator,
  oracle: OracleValidate,
  value: unknown,
  options: CompareOptions,
): string | undefined {
  const expected = oracle(value);
  const verdict = ours.is(value);
  if (verdict !== expected)
    return `ajv says ${expected ? 'valid' : 'invalid'}, isX says ${verdict ? 'valid' : 'invalid'} ${JSON.stringify(oracle.errors)}`;
  const result = ours.validate(value);
  if (result.ok !== expected) return `validateX says ${result.ok ? 'valid' : 'invalid'}`;
  if (options.checkAssert && throws(ours, value) === expected) return `assertX ${expected ? 'threw' : 'did not throw'}`;
  if (result.ok) return undefined;
  if (result.errors.length === 0) return 'validateX failed with no errors';
  const theirs = errorKeys(oracle.errors);
  const mine = withoutKnownDifferences(errorKeys(result.errors), theirs);
  if (options.exactErrors ? !isDeepStrictEqual(mine, theirs) : !isSubList(mine, theirs)) {
    return `errors differ:\n  ours: ${JSON.stringify(mine)}\n  ajv:  ${JSON.stringify(theirs)}`;
  }
  return undefined;
}

/**
 * Looking for duplicates among scalar items, ajv skips items of the wrong type, so it misses
 * `[null, null]` when items must be strings; we report it. The items' own type errors are
 * there either way, so the verdict is the same.
 */
function withoutKnownDifferences(mine: readonly string[], theirs: readonly string[]): string[] {
  return mine.filter((key) => {
    if (!key.endsWith(' uniqueItems') || theirs.includes(key)) return true;
    const path = key.slice(0, -' uniqueItems'.length);
    return !mine.some((other) => other.startsWith(`${path}/`));
  });
}

export interface CompareOptions {
  readonly exactErrors: boolean;
  readonly checkAssert: boolean;
}

function throws(ours: GeneratedValidator, value: unknown): boolean {
  try {
    ours.assert(value);
    return false;
  } catch {
    return true;
  }
}

/** Every item of `small` in `big`, as many times (both sorted). */
function isSubList(small: readonly string[], big: readonly string[]): boolean {
  let at = 0;
  for (const item of small) {
    while (at < big.length && big[at] !== item) at++;
    if (at++ >= big.length) return false;
  }
  return true;
}
