import { isDeepStrictEqual } from 'node:util';
import type { ValidateFunction } from 'ajv';
import type { KeywordName, Schema } from '../../../generator/model/schema.js';
import { subschemasOf } from '../../../generator/schema/walk.js';
import type { IssueSink } from '../../../generator/runtime/descriptor.js';
import type { LoadedCheck } from './generated.js';
import { ajvErrors, errorKeys } from './oracle.js';

/** What one value goes through: our check (both modes), the interpreter, and ajv. */
export interface Judges {
  readonly check: LoadedCheck;
  readonly interpret: (value: unknown) => boolean;
  readonly ajv: ValidateFunction;
  /** Compare errors exactly; otherwise ours need only be among ajv's. */
  readonly exactErrors: boolean;
}

/**
 * Why the judges disagree about `value`, or undefined. Verdicts must agree (check without and with
 * a sink, interpreter, ajv); errors are compared as sorted `path keyword` lists. Under
 * anyOf/oneOf/not/if/contains/propertyNames ajv also lists the errors of the branches it tried,
 * which we deliberately do not, so there ours need only be among ajv's.
 */
export function disagreement(value: unknown, judges: Judges): string | undefined {
  const expected = oracleVerdict(judges.ajv, value);
  if (expected === undefined) return undefined;
  const verdict = judges.check(value);
  if (verdict !== expected)
    return `ajv says ${expected ? 'valid' : 'invalid'}, the check ${verdict ? 'valid' : 'invalid'}: ${JSON.stringify(judges.ajv.errors ?? [])}`;
  const interpreted = judges.interpret(value);
  if (interpreted !== expected)
    return `ajv says ${expected ? 'valid' : 'invalid'}, the interpreter ${interpreted ? 'valid' : 'invalid'}`;
  const sink: IssueSink = { issues: [], omitted: 0 };
  judges.check(value, sink);
  if (expected)
    return sink.issues.length === 0 ? undefined : `valid, yet the sink holds ${JSON.stringify(sink.issues)}`;
  if (sink.issues.length === 0) return 'invalid, yet the sink holds no issue';
  const theirs = errorKeys(ajvErrors(judges.ajv));
  const mine = withoutKnownDifferences(errorKeys(sink.issues), theirs);
  const agrees = judges.exactErrors ? isDeepStrictEqual(mine, theirs) : isSubList(mine, theirs);
  return agrees ? undefined : `errors differ:\n  ours: ${JSON.stringify(mine)}\n  ajv:  ${JSON.stringify(theirs)}`;
}

/**
 * ajv's verdict, or undefined when ajv itself fails on the value: its deep equality (enum,
 * uniqueItems) calls an object's own `toString` key as a method. Such values are not comparable.
 */
export function oracleVerdict(ajv: ValidateFunction, value: unknown): boolean | undefined {
  try {
    return ajv(value) as boolean;
  } catch {
    return undefined;
  }
}

/**
 * Looking for duplicates among scalar items of a declared type, ajv skips items of other types, so
 * it misses `[null, null]` when items must be strings; we report it. The items' own type errors
 * are there either way, so the verdict is the same.
 */
function withoutKnownDifferences(mine: readonly string[], theirs: readonly string[]): string[] {
  return mine.filter((key) => {
    if (!key.endsWith(' uniqueItems') || theirs.includes(key)) return true;
    const path = key.slice(0, -' uniqueItems'.length);
    return !mine.some((other) => other.startsWith(`${path}/`));
  });
}

function isSubList(small: readonly string[], big: readonly string[]): boolean {
  let at = 0;
  for (const item of small) {
    while (at < big.length && big[at] !== item) at++;
    if (at++ >= big.length) return false;
  }
  return true;
}

const BRANCHING: readonly KeywordName[] = [
  'anyOf',
  'oneOf',
  'not',
  'if',
  'contains',
  'propertyNames',
  'dependentRequired',
];

/** Whether errors can differ by design: a branching keyword is reachable, through references too. */
export function reachesBranching(schema: Schema, named: (id: string) => Schema, seen = new Set<Schema>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  if (schema.kind === 'ref') return reachesBranching(named(schema.target), named, seen);
  if (BRANCHING.some((name) => schema.keywords[name] !== undefined)) return true;
  if (schema.keywords.pattern?.superLinear) return true;
  return subschemasOf(schema).some((child) => reachesBranching(child, named, seen));
}
