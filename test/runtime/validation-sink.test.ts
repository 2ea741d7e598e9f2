/**
 * validation.ts's two ways of running a check: only a stack overflow (deep or cyclic input)
 * becomes a result; any other exception is a bug in the check and must surface.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../generator/runtime/descriptor.js';
import { collect, passes, ValidationError } from '../../generator/runtime/validation.js';

const overflows: Check = () => {
  throw new RangeError('Maximum call stack size exceeded');
};
const broken: Check = () => {
  throw new TypeError('a bug in the check');
};

describe('collect and passes', () => {
  it('turn a stack overflow into a depth issue and a no', () => {
    const sink = collect(overflows, {});
    expect(sink.issues).toHaveLength(1);
    expect(sink.issues[0]!.path).toBe('');
    expect(passes(overflows, {})).toBe(false);
  });

  it('let any other exception through', () => {
    expect(() => collect(broken, {})).toThrow(TypeError);
    expect(() => passes(broken, {})).toThrow(TypeError);
  });
});

describe('ValidationError', () => {
  it('is named ValidationError (not a minified class name) and carries its issues', () => {
    const issues = [{ path: '/id', keyword: 'type', message: 'must be string' }];
    const error = new ValidationError('Tree', issues, 2);
    expect(error.name).toBe('ValidationError');
    expect(String(error)).toBe('ValidationError: Tree is invalid: /id must be string; and 2 more');
    expect(error.issues).toBe(issues);
    expect(error.omitted).toBe(2);
  });
});
