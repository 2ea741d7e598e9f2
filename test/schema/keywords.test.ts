import { beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../generator/model/at.js';
import { checkValue } from '../../generator/schema/value-check.js';
import { oracleVerdict, reachesBranching } from './support/compare.js';
import { generateChecks, type GeneratedChecks } from './support/generated.js';
import { DEFS, KEYWORD_CASES } from './support/keyword-cases.js';
import { ajvErrors, createOracle, errorKeys } from './support/oracle.js';
import { documentOf, readSpec, type ReadSpec } from './support/spec.js';
import { typecheck } from './support/typecheck.js';
import { KEYWORD_FAILS } from './support/keyword-fails.js';

/**
 * One table of `{ schema, data, valid }` per keyword, run against the generated check (without and
 * with a sink), the generation-time interpreter and ajv. Errors must equal ajv's (path and
 * keyword) unless a branching keyword is involved, where ajv also reports the branches it tried.
 */
const schemas: Record<string, Json> = { ...DEFS };
KEYWORD_CASES.forEach((row, index) => (schemas[`Case${index}`] = row.schema));
const document = documentOf(schemas);
const rows = KEYWORD_CASES.map((row, index) => ({ ...row, id: `Case${index}` }));

let read: ReadSpec;
let generated: GeneratedChecks;
let ajv: ReturnType<typeof createOracle>;
beforeAll(async () => {
  read = readSpec(document);
  generated = await generateChecks(read.schemas);
  ajv = createOracle(document);
});

describe('each keyword gives the verdict written down', () => {
  it.each(rows)('$keyword: $name', ({ id, data, valid }) => {
    expect(generated.check(id)(data)).toBe(valid);
    expect(generated.issues(id, data).length === 0).toBe(valid);
    expect(checkValue(read.named(id), data, read.named)).toEqual(
      valid ? undefined : expect.objectContaining({ keyword: expect.any(String) }),
    );
  });
});

describe('ajv agrees with every row', () => {
  it.each(rows)('$keyword: $name', ({ id, data, valid }) => {
    const validate = ajv(id);
    expect(oracleVerdict(validate, data)).toBe(valid);
    if (valid) return;
    const ours = errorKeys(generated.issues(id, data));
    const theirs = errorKeys(ajvErrors(validate));
    if (reachesBranching(read.named(id), read.named)) expect(theirs).toEqual(expect.arrayContaining(ours));
    else expect(ours).toEqual(theirs);
  });
});

describe("the interpreter's problem is one the check records, message included", () => {
  it.each(rows.filter((row) => !row.valid))('$keyword: $name', ({ id, data }) => {
    const issue = checkValue(read.named(id), data, read.named);
    const recorded = generated.issues(id, data).map((one) => `${one.path} ${one.keyword}: ${one.message}`);
    if (!reachesBranching(read.named(id), read.named))
      expect(recorded).toContain(`${issue?.path} ${issue?.keyword}: ${issue?.message}`);
  });
});

describe('the module made from the table', () => {
  it('type-checks under the strict flags, unused locals and parameters included', () => {
    expect(typecheck({ 'checks.ts': generated.ts, 'index.ts': RUNTIME_STUB })).toEqual([]);
  });
});

/** The helpers' signatures, as the runtime declares them. */
const RUNTIME_STUB = `
export interface IssueSink { readonly issues: { path: string; keyword: string; message: string }[]; omitted: number }
export declare function reject(sink: IssueSink | undefined, path: string, keyword: string, message: string): boolean;
export declare function fail(sink: IssueSink | undefined, path: string, keyword: string, param?: unknown): boolean;
${KEYWORD_FAILS}
export declare function codePointLength(text: string): number;
export declare function deepEqual(a: unknown, b: unknown): boolean;
export declare function duplicateItems(items: readonly unknown[]): readonly [number, number] | undefined;
export declare function pointerToken(key: string): string;
export declare function matchesMultipleOf(value: number, divisor: number): boolean;
export declare function isBinary(value: unknown): boolean;
export declare function matchesBounded(regexp: RegExp, text: string, maxLength: number): boolean;
export declare function matchesDateTime(text: string): boolean;
export declare function matchesEmail(text: string): boolean;
export declare function matchesInt32(value: number): boolean;
`;
