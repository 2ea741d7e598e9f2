/**
 * serialize.ts on its own: the edges of the query and header forms (empty arrays, null entries,
 * primitives) that the client tests reach only through whole requests.
 */
import { describe, expect, it } from 'vitest';
import { encode, joined, plain, queryPart, Unsendable } from '../../generator/runtime/serialize.js';

describe('queryPart', () => {
  it('sends nothing for an empty array, exploded or not', () => {
    expect(queryPart('ids', [])).toBe('');
    expect(queryPart('ids', [], 'form', false)).toBe('');
    expect(queryPart('ids', [], 'pipeDelimited', false)).toBe('');
  });

  it('leaves out null and undefined object entries, exploded or not', () => {
    const filter = { a: 1, b: null, c: undefined, d: 'x y' };
    expect(queryPart('f', filter, 'form', false)).toBe('f=a,1,d,x%20y');
    expect(queryPart('f', filter)).toBe('a=1&d=x%20y');
    expect(queryPart('f', filter, 'deepObject', true)).toBe('f[a]=1&f[d]=x%20y');
  });

  it('sends a null array item as text, as openapi-fetch does', () => {
    expect(queryPart('ids', [1, null], 'form', false)).toBe('ids=1,null');
    expect(queryPart('ids', [1, null])).toBe('ids=1&ids=null');
  });

  it('refuses an object nested in an array', () => {
    expect(() => queryPart('ids', [{ a: 1 }])).toThrow(Unsendable);
    expect(() => encode({})).toThrow('must not nest objects or arrays');
  });
});

describe('joined', () => {
  it('passes a primitive (a path or header value) through the encoder', () => {
    expect(joined('a b', false, plain)).toBe('a b');
    expect(joined(7, true, encode)).toBe('7');
    expect(joined(null, false, plain)).toBe('null');
  });

  it('joins object entries as k,v or k=v, leaving out null ones', () => {
    const value = { a: 1, b: null, c: 'x' };
    expect(joined(value, false, plain)).toBe('a,1,c,x');
    expect(joined(value, true, plain)).toBe('a=1,c=x');
  });
});
