import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { issuesOf, located, parse, problemsOf } from './support.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/specs/${name}`, import.meta.url), 'utf8');

describe('a JSON syntax error is located at the character that is wrong', () => {
  it.each([
    {
      given: 'a missing comma between members',
      source: corpus('json-syntax.json'),
      want: "7:3 (#): missing ',' between members [json_syntax]",
    },
    {
      given: 'a missing comma between items',
      source: '[1 2]',
      want: "1:4 (#): expected ',' or ']', found '2' [json_syntax]",
    },
    {
      given: 'a trailing comma in an object',
      source: '{\n  "a": 1,\n}',
      want: "2:9 (#): trailing comma: JSON allows no ',' before '}' [json_syntax]",
    },
    {
      given: 'a trailing comma in an array',
      source: '[1, 2,]',
      want: "1:6 (#): trailing comma: JSON allows no ',' before ']' [json_syntax]",
    },
    {
      given: 'an unquoted key',
      source: '{ openapi: 1 }',
      want: "1:3 (#): expected a key in double quotes or '}', found 'openapi' [json_syntax]",
    },
    {
      given: 'a single-quoted string',
      source: `{"a": 'b'}`,
      want: '1:7 (#): expected a value, found a single quote (JSON strings take double quotes) [json_syntax]',
    },
    {
      given: 'a comment',
      source: '{\n  // the spec\n}',
      want: "2:3 (#): expected a key in double quotes or '}', found a comment (JSON has none) [json_syntax]",
    },
    {
      given: 'a missing colon',
      source: '{"a" 1}',
      want: "1:6 (#): expected ':' after the key, found '1' [json_syntax]",
    },
    { given: 'a bare word', source: '{"a": yes}', want: "1:7 (#): expected a value, found 'yes' [json_syntax]" },
    {
      given: 'a string that never closes, at its opening quote',
      source: '{"a": "b\n}',
      want: '1:7 (#): unterminated string [json_syntax]',
    },
    {
      given: 'a raw tab inside a string',
      source: '{"a": "b\tc"}',
      want: '1:9 (#): control character in a string: write it as an escape such as \\t [json_syntax]',
    },
    {
      given: 'an invalid escape',
      source: '{"a": "\\x41"}',
      want: "1:8 (#): invalid escape '\\x' in a string [json_syntax]",
    },
    { given: 'a number with a dot and no digits', source: '[1.]', want: '1:2 (#): invalid number [json_syntax]' },
    { given: 'a lone minus', source: '[-]', want: '1:2 (#): invalid number [json_syntax]' },
    {
      given: 'a file cut short',
      source: '{"a": [1,',
      want: '1:10 (#): unexpected end of the file: expected a value [json_syntax]',
    },
    {
      given: 'an object not closed',
      source: '{"a": 1',
      want: "1:8 (#): unexpected end of the file: expected '}' [json_syntax]",
    },
    {
      given: 'text after the document',
      source: '{} {}',
      want: '1:4 (#): unexpected text after the end of the document [json_syntax]',
    },
  ])('$given', ({ source, want }) => {
    expect(problemsOf(() => parse(source, 'spec.json'))).toEqual([want]);
  });

  it('cuts the excerpt of a one-line 100 kB file around the place', () => {
    const source = `{"a": "${'x'.repeat(100_000)}", "b": nope}`;
    const [issue] = issuesOf(() => parse(source, 'spec.json'));
    expect(issue && located(issue)).toBe("1:100016 (#): expected a value, found 'nope' [json_syntax]");
    const [text = '', caret = ''] = issue?.excerpt?.split('\n') ?? [];
    expect(text.startsWith('1 | …')).toBe(true);
    expect(text.length).toBeLessThan(120);
    expect(caret.indexOf('^')).toBe(text.indexOf('nope'));
  });
});

describe('duplicate keys in JSON', () => {
  it.each([
    {
      given: 'a duplicate path, at the second one',
      source: corpus('json-duplicate-key.json'),
      want: ['11:5 (#/paths/~1things): duplicate key "/things": already defined on line 5 [json_duplicate_key]'],
    },
    {
      given: 'a key written once plainly and once with an escape',
      source: '{\n  "ab": 1,\n  "a\\u0062": 2\n}',
      want: ['3:3 (#/ab): duplicate key "ab": already defined on line 2 [json_duplicate_key]'],
    },
    {
      given: 'two duplicates in different objects',
      source: '{"a": {"x": 1, "x": 2}, "b": [{"y": 1, "y": 1}]}',
      want: [
        '1:16 (#/a/x): duplicate key "x": already defined on line 1 [json_duplicate_key]',
        '1:40 (#/b/0/y): duplicate key "y": already defined on line 1 [json_duplicate_key]',
      ],
    },
  ])('are refused: $given', ({ source, want }) => {
    expect(problemsOf(() => parse(source, 'spec.json'))).toEqual(want);
  });

  it('are not confused with equal keys in different objects', () => {
    expect(parse('{"a": {"x": 1}, "b": {"x": 1}, "x": 1}', 'spec.json').document).toEqual({
      a: { x: 1 },
      b: { x: 1 },
      x: 1,
    });
  });
});

describe('telling JSON from YAML', () => {
  it('parses a text that starts with { or [ with JSON.parse, whatever the file is called', () => {
    const parseJson = vi.spyOn(JSON, 'parse');
    try {
      const spec = parse('\n  {"openapi": "3.1.0"}', 'spec.yaml');
      expect(spec.format).toBe('json');
      expect(parseJson).toHaveBeenCalledTimes(1);
    } finally {
      parseJson.mockRestore();
    }
  });

  it('parses anything else as YAML, a .json file included', () => {
    expect(parse('openapi: 3.1.0', 'spec.json').format).toBe('yaml');
  });

  it('ignores a byte order mark', () => {
    expect(parse('\uFEFF{"openapi": "3.1.0"}', 'spec.json').document).toEqual({ openapi: '3.1.0' });
  });

  it.each([
    { given: 'an array', source: '[1, 2]', want: [1, 2] },
    { given: 'an empty object', source: '{}', want: {} },
    { given: 'a number, as YAML', source: '42', want: 42 },
    { given: 'a string, as YAML', source: '"text"', want: 'text' },
  ])('leaves a root that is $given to later stages', ({ source, want }) => {
    expect(parse(source, 'spec.json').document).toEqual(want);
  });

  it('records the SHA-256 of the bytes', () => {
    expect(parse('{}', 'spec.json').sourceHash).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
  });
});
