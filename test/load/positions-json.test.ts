import { describe, expect, it } from 'vitest';
import { fixedAt, lazyAt, withoutPositions } from '../../generator/load/at.js';
import { positionFreeJson } from '../../generator/plan/index.js';
import { nodeAtPointer } from '../../generator/util/pointer.js';

const place = () => ({ line: 3, column: 7 });

describe('positions in JSON', () => {
  it('are plain data outside withoutPositions', () => {
    const at = lazyAt('spec.json', '/a', place);
    expect(JSON.parse(JSON.stringify({ at }))).toEqual({
      at: { file: 'spec.json', pointer: '/a', line: 3, column: 7 },
    });
    expect(Object.keys(at)).toEqual(['file', 'pointer', 'line', 'column']);
    expect({ ...fixedAt('spec.json', '/b', { line: 1, column: 2 }) }).toStrictEqual({
      file: 'spec.json',
      pointer: '/b',
      line: 1,
      column: 2,
    });
  });

  it('are left out of positionFreeJson, where the spec own data keeps its at keys', () => {
    const node = (line: number) => ({
      kind: 'schema',
      at: lazyAt('spec.json', '/components/schemas/A', () => ({ line, column: 1 })),
      enum: [{ at: { file: 'x', pointer: '/y' } }],
      items: [fixedAt('spec.json', '/c', { line, column: 9 })],
    });
    expect(positionFreeJson(node(1))).toBe(positionFreeJson(node(40)));
    expect(positionFreeJson(node(1))).toBe(
      '{"kind":"schema","enum":[{"at":{"file":"x","pointer":"/y"}}],"items":[null]}',
    );
    // Hidden only inside: afterwards the same value has its positions again.
    expect(JSON.stringify(node(5))).toContain('"line":5');
    expect(withoutPositions(() => JSON.stringify(node(5)))).not.toContain('"line"');
  });
});

describe('nodeAtPointer', () => {
  it('finds what a walk from the root finds, escaped tokens and missing steps included', () => {
    const document = { paths: { '/a~b': { get: { tags: ['x', 'y'] } } }, '': { '': 1 } };
    expect(nodeAtPointer(document, '/paths/~1a~0b/get/tags/1')).toBe('y');
    expect(nodeAtPointer(document, '/paths/~1a~0b/get')).toBe(document.paths['/a~b'].get);
    expect(nodeAtPointer(document, '/paths/missing/get')).toBeUndefined();
    expect(nodeAtPointer(document, '/paths/~1a~0b/get/tags/01')).toBeUndefined();
    expect(nodeAtPointer(document, '//')).toBe(1);
    expect(nodeAtPointer(document, '')).toBe(document);
  });
});
