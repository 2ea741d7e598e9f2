import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli.js';
import { validatorOf, type GeneratedValidator } from './support/differential.js';
import {
  generatePackage,
  importValidators,
  removeGeneratedPackages,
  type GeneratedPackage,
  type ValidatorExports,
} from './support/package.js';

/**
 * What a hostile value or a careless spec can do to the generated validators, on a package the
 * pipeline generates from test/validators/fixtures/safety.yaml: a catastrophic pattern is flagged
 * where it is written (and refused under --strict), and at run time no value makes a validator
 * hang, overflow the stack, or build an unbounded list of problems.
 */
const FIXTURE = 'test/validators/fixtures/safety.yaml';
/** Where `pattern: '^(a|aa)+$'` is written in the fixture. */
const PATTERN_AT = { line: 27, column: 7, pointer: '/components/schemas/Catastrophic/pattern' };

let pkg: GeneratedPackage;
let exports: ValidatorExports;
let ValidationError: new (...args: never[]) => Error;
const validator = (name: string): GeneratedValidator => validatorOf(exports, name);

beforeAll(async () => {
  pkg = await generatePackage(FIXTURE);
  exports = await importValidators(pkg);
  const runtime = (await import(pathToFileURL(path.join(pkg.folder, 'dist/runtime/index.js')).href)) as {
    ValidationError: typeof ValidationError;
  };
  ValidationError = runtime.ValidationError;
});
afterAll(removeGeneratedPackages);

describe('a catastrophic pattern, ^(a|aa)+$', () => {
  it('is warned about at generation, at the line and column of the pattern', () => {
    expect(pkg.warnings.map((issue) => ({ code: issue.code, ...issue.at }))).toEqual([
      { code: 'super_linear_pattern', file: FIXTURE, ...PATTERN_AT },
    ]);
  });

  it('makes --strict refuse the spec, naming the place, and write nothing', async () => {
    const temporary = mkdtempSync(path.join(tmpdir(), 'validators-strict-'));
    const out = path.join(temporary, 'package');
    try {
      const run = await runCliProcess(['--spec', FIXTURE, '--out', out, '--strict']);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(
        `${FIXTURE}:${PATTERN_AT.line}:${PATTERN_AT.column} (#${PATTERN_AT.pointer}): pattern can backtrack super-linearly`,
      );
      expect(run.stderr).toContain('[super_linear_pattern]');
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(temporary, { recursive: true, force: true });
    }
  }, 60_000);

  it('returns at once on a long string that would backtrack forever, with a problem that says why', () => {
    const hostile = `${'a'.repeat(100_000)}!`;
    const catastrophic = validator('Catastrophic');
    expect(catastrophic.is(hostile)).toBe(false);
    expect(catastrophic.validate(hostile)).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          keyword: 'pattern',
          message: 'must NOT have more than 1000 characters to be tested against pattern "^(a|aa)+$"',
        },
      ],
      omitted: 0,
    });
  });

  it('still tests the strings under the bound', () => {
    expect(validator('Catastrophic').is('a'.repeat(1000))).toBe(true);
    expect(validator('Catastrophic').is('ab')).toBe(false);
  });
});

describe('values no stack can walk', () => {
  const DEPTH_ISSUE = { path: '', keyword: 'depth', message: 'is nested too deeply to check (or contains a cycle)' };

  function cyclicTree(): unknown {
    const tree: { value: number; children: unknown[] } = { value: 1, children: [] };
    tree.children.push({ value: 2, children: [tree] });
    return tree;
  }

  function deepTree(depth: number): unknown {
    let tree: unknown = { value: 0 };
    for (let level = 0; level < depth; level++) tree = { value: level, children: [tree] };
    return tree;
  }

  function deepArray(depth: number): unknown {
    let array: unknown[] = [];
    for (let level = 0; level < depth; level++) array = [array];
    return array;
  }

  it.each([
    ['Tree', 'a cyclic tree', cyclicTree],
    ['Tree', 'a tree 100,000 levels deep', () => deepTree(100_000)],
    ['Nested', 'arrays 100,000 levels deep', () => deepArray(100_000)],
  ])('%s: %s is invalid, reported as a depth problem, and assertX throws ValidationError', (name, _what, make) => {
    const value = make();
    const check = validator(name);
    expect(check.is(value)).toBe(false);
    expect(check.validate(value)).toEqual({ ok: false, errors: [DEPTH_ISSUE], omitted: 0 });
    let thrown: unknown;
    try {
      check.assert(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).not.toBeInstanceOf(RangeError);
    expect((thrown as { issues: unknown }).issues).toEqual([DEPTH_ISSUE]);
  });

  it('a tree just deep enough to be valid, but not too deep, is still valid', () => {
    expect(validator('Tree').is(deepTree(100))).toBe(true);
  });
});

describe('a huge invalid array', () => {
  const COUNT = 1_000_000;

  it('keeps the first 100 problems and counts the rest', () => {
    const result = validator('Naturals').validate(new Array<number>(COUNT).fill(-1));
    if (result.ok) throw new Error('a million negative numbers passed minimum: 0');
    expect(result.errors).toHaveLength(100);
    expect(result.errors[0]).toEqual({ path: '/0', keyword: 'minimum', message: 'must be >= 0' });
    expect(result.errors[99]).toMatchObject({ path: '/99', keyword: 'minimum' });
    expect((result as unknown as { omitted: number }).omitted).toBe(COUNT - 100);
  });

  it('assertX says how many more there are', () => {
    expect(() => validator('Naturals').assert(new Array<number>(COUNT).fill(-1))).toThrow(`and ${COUNT - 5} more`);
  });
});

describe('uniqueItems on integers', () => {
  /** The array behind a Proxy that counts how often an item is read: the work done, without a clock. */
  function counted(items: number[]): { items: number[]; reads: () => number } {
    let reads = 0;
    const proxy = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { items: proxy, reads: () => reads };
  }

  /** Reads per item to check n distinct integers, and to find the duplicate of the first one at the end. */
  function readsPerItem(n: number): { valid: number; invalid: number } {
    const distinct = counted(Array.from({ length: n }, (_, index) => index));
    expect(validator('UniqueIntegers').is(distinct.items)).toBe(true);
    const repeated = counted(Array.from({ length: n }, (_, index) => (index === n - 1 ? 0 : index)));
    expect(validator('UniqueIntegers').validate(repeated.items)).toMatchObject({
      ok: false,
      errors: [{ path: '', keyword: 'uniqueItems' }],
    });
    return { valid: distinct.reads() / n, invalid: repeated.reads() / n };
  }

  it('reads each of 60,000 items a bounded number of times, as for 6,000: linear, not quadratic', () => {
    // A pairwise comparison would read each item thousands of times, and ten times more for ten
    // times the items. The small array is checked first: a quadratic check would take minutes on the large one.
    const small = readsPerItem(6_000);
    for (const perItem of [small.valid, small.invalid]) expect(perItem).toBeLessThan(10);
    const large = readsPerItem(60_000);
    for (const perItem of [large.valid, large.invalid]) expect(perItem).toBeLessThan(10);
    expect(large.valid / small.valid).toBeLessThan(1.5);
    expect(large.invalid / small.invalid).toBeLessThan(1.5);
  });
});
