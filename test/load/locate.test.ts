import { describe, expect, it } from 'vitest';
import { parse, yaml } from './support.js';

const JSON_SPEC = [
  '{',
  '  "openapi": "3.1.0",',
  '  "paths": {',
  '    "/things/{id}": {',
  '      "get": {',
  '        "parameters": [',
  '          { "name": "id", "in": "path" },',
  '          { "name": "page", "in": "query" }',
  '        ]',
  '      }',
  '    }',
  '  },',
  '  "a\\/b": [1, [2, 3]]',
  '}',
].join('\n');

const YAML_SPEC = yaml(
  'openapi: 3.1.0',
  'paths:',
  '  /things/{id}:',
  '    get:',
  '      parameters:',
  '        - name: id',
  '          in: path',
  '        - { name: page, in: query }',
  'a/b: [1, [2, 3]]',
);

/** The same places in both texts: a member is found at its key, an item or the root at its value. */
const PLACES = [
  { given: 'the root', pointer: '', json: '1:1', yaml: '1:1' },
  { given: 'a member, at its key', pointer: '/openapi', json: '2:3', yaml: '1:1' },
  { given: 'a key with a slash (~1)', pointer: '/paths/~1things~1{id}', json: '4:5', yaml: '3:3' },
  {
    given: 'an array item, at its value',
    pointer: '/paths/~1things~1{id}/get/parameters/1',
    json: '8:11',
    yaml: '8:11',
  },
  {
    given: 'a member of an array item',
    pointer: '/paths/~1things~1{id}/get/parameters/0/in',
    json: '7:27',
    yaml: '7:11',
  },
  { given: 'a key written with an escape', pointer: '/a~1b', json: '13:3', yaml: '9:1' },
  { given: 'an item of a nested array', pointer: '/a~1b/1/1', json: '13:19', yaml: '9:14' },
  {
    given: 'a missing member: the deepest node that exists',
    pointer: '/paths/~1things~1{id}/post/responses',
    json: '4:5',
    yaml: '3:3',
  },
  { given: 'an index past the end: the array', pointer: '/a~1b/7', json: '13:3', yaml: '9:1' },
  { given: 'an index with a leading zero, which is no index', pointer: '/a~1b/01', json: '13:3', yaml: '9:1' },
  { given: 'a step into a scalar: the scalar', pointer: '/openapi/x', json: '2:3', yaml: '1:1' },
];

describe('locate', () => {
  it.each(PLACES)('finds $given in JSON', ({ pointer, json }) => {
    const at = parse(JSON_SPEC, 'spec.json').locate(pointer);
    expect(`${at.line}:${at.column}`).toBe(json);
    expect(at.pointer).toBe(pointer);
    expect(at.file).toBe('spec.json');
  });

  it.each(PLACES)('finds $given in YAML', ({ pointer, yaml: want }) => {
    const at = parse(YAML_SPEC).locate(pointer);
    expect(`${at.line}:${at.column}`).toBe(want);
  });

  it('follows a YAML alias to the anchored node', () => {
    const spec = parse(yaml('base: &base', '  kind: shared', 'copy: *base'));
    const at = spec.locate('/copy/kind');
    expect(`${at.line}:${at.column}`).toBe('2:3');
  });

  it('finds members of a large object by key, not by position', () => {
    const members = Array.from({ length: 2000 }, (_, index) => `"k${index}": ${index}`);
    const spec = parse(`{\n${members.join(',\n')}\n}`, 'spec.json');
    expect(spec.locate('/k1999').line).toBe(2001);
    expect(spec.locate('/k0').line).toBe(2);
  });
});

describe('an At', () => {
  it('has its line and column found on first read, then kept as plain data', () => {
    const at = parse(JSON_SPEC, 'spec.json').locate('/openapi');
    expect(Object.getOwnPropertyDescriptor(at, 'line')?.get).toBeTypeOf('function');
    expect(at.column).toBe(3);
    expect(Object.getOwnPropertyDescriptor(at, 'line')).toEqual({
      value: 2,
      enumerable: true,
      writable: false,
      configurable: false,
    });
  });

  it('serialises, spreads and compares as a plain object before it was read', () => {
    const spec = parse(YAML_SPEC);
    const plain = { file: 'spec.yaml', pointer: '/paths', line: 2, column: 1 };
    expect(JSON.parse(JSON.stringify(spec.locate('/paths')))).toEqual(plain);
    expect({ ...spec.locate('/paths') }).toEqual(plain);
    expect(spec.locate('/paths')).toEqual(plain);
    expect(Object.keys(spec.locate('/paths'))).toEqual(['file', 'pointer', 'line', 'column']);
  });
});
