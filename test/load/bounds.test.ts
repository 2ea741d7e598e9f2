import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveRefs } from '../../generator/load/index.js';
import { issuesOf, parse, problemsOf, yaml } from './support.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/specs/${name}`, import.meta.url), 'utf8');

/** `x-data` with one anchored sequence of `items` values, and `copies` aliases to it. */
function aliasedArray(items: number, copies: number): string {
  return yaml(
    'openapi: 3.1.0',
    `x-data: &big [${Array.from({ length: items }, () => '1').join(',')}]`,
    `x-copies: [${Array.from({ length: copies }, () => '*big').join(', ')}]`,
  );
}

describe('YAML aliases are bounded by what they expand to', () => {
  it('refuses a "billion laughs" alias bomb at the alias that stands for the most', () => {
    expect(problemsOf(() => parse(corpus('yaml-alias-bomb.yaml')))).toEqual([
      '13:10 (#/x-bomb/i/0): YAML aliases expand the document from 97 to 490,329,061 values, more than 1,000,000 and 10 times its own size; ' +
        '*h alone stands for 48,427,561: write the values out or use $ref, or raise the maxAliasNodes load limit to accept it [alias_expansion_limit]',
    ]);
  });

  it('refuses one 200,000-item anchor aliased 999 times (a 400 kB file that expands to 200 million values)', () => {
    const [issue] = issuesOf(() => parse(aliasedArray(200_000, 999)));
    expect(issue?.code).toBe('alias_expansion_limit');
    expect(`${issue?.at.line}:${issue?.at.column} (#${issue?.at.pointer})`).toBe('3:12 (#/x-copies/0)');
    expect(issue?.message).toBe(
      'YAML aliases expand the document from 201,003 to 200,001,003 values, more than 1,000,000 and 10 times its own size; ' +
        '*big alone stands for 200,001: write the values out or use $ref, or raise the maxAliasNodes load limit to accept it',
    );
  });

  it('refuses an expansion over maxAliasNodes and ten times the document, and accepts it once the limit is raised', () => {
    const source = aliasedArray(2_000, 12);
    expect(issuesOf(() => parse(source, 'spec.yaml', { maxAliasNodes: 1_000 }))[0]?.message).toMatch(
      /^YAML aliases expand the document from 2,016 to 26,016 values, more than 1,000 and 10 times its own size;/,
    );
    const document = parse(source, 'spec.yaml', { maxAliasNodes: 30_000 }).document as { 'x-copies': unknown[] };
    expect(document['x-copies']).toHaveLength(12);
  });

  it('accepts an expansion over maxAliasNodes that is less than ten times the document', () => {
    expect(() => parse(aliasedArray(2_000, 5), 'spec.yaml', { maxAliasNodes: 1_000 })).not.toThrow();
  });

  it('refuses an expansion over maxNodes, however large the document', () => {
    expect(issuesOf(() => parse(aliasedArray(2_000, 5), 'spec.yaml', { maxNodes: 10_000 }))[0]?.message).toMatch(
      /more than the 10,000 allowed; .* raise the maxNodes load limit to accept it$/,
    );
  });

  it('refuses an alias inside the node it names', () => {
    expect(problemsOf(() => parse(yaml('a: &a', '  b: *a')))).toEqual([
      '2:6 (#/a/b): alias *a is inside the node it names (&a): it would expand forever [alias_expansion_limit]',
    ]);
  });

  it('counts the nesting an alias brings with it', () => {
    const deep = (depth: number, inner: string): string => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
    const source = yaml(`a: &deep ${deep(300, '1')}`, `b: ${deep(300, '*deep')}`);
    expect(problemsOf(() => parse(source))).toEqual([
      `2:304 (#/b${'/0'.repeat(300)}): ` +
        'alias *deep makes mappings and sequences nest more than 512 deep: raise the maxDepth load limit to accept it [nesting_limit]',
    ]);
  });
});

describe('nesting is bounded before anything recurses', () => {
  const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('accepts 512 levels of JSON and refuses 513, at the bracket that opens the 513th', () => {
    expect(() => parse(nested(512), 'spec.json')).not.toThrow();
    const [issue] = issuesOf(() => parse(nested(513), 'spec.json'));
    expect(`${issue?.at.line}:${issue?.at.column} ${issue?.code}`).toBe('1:513 nesting_limit');
    expect(issue?.at.pointer).toBe('/0'.repeat(512));
    expect(issue?.message).toBe(
      'objects and arrays nest more than 512 deep here: raise the maxDepth load limit to accept it',
    );
  });

  it('accepts 512 levels of YAML and refuses 513, before yaml composes them', () => {
    expect(() => parse(`x: ${nested(511)}`)).not.toThrow();
    expect(problemsOf(() => parse(`x: ${nested(512)}`))).toEqual([
      '1:515 (#): mappings and sequences nest more than 512 deep here: raise the maxDepth load limit to accept it [nesting_limit]',
    ]);
  });

  it('refuses 20,000 levels of YAML without overflowing the stack', () => {
    expect(issuesOf(() => parse(`x: ${nested(20_000)}`))[0]?.code).toBe('nesting_limit');
  });

  it('follows JSON as deep as maxDepth is raised', () => {
    expect(() => parse(nested(5_000), 'spec.json', { maxDepth: 10_000 })).not.toThrow();
  });

  it('refuses YAML deeper than its parser can follow, even with maxDepth raised, and says to convert it to JSON', () => {
    expect(problemsOf(() => parse(`x: ${nested(700)}`, 'spec.yaml', { maxDepth: 10_000 }))).toEqual([
      '1:603 (#): mappings and sequences nest more than 600 deep here, more than the YAML parser can follow: convert the spec to JSON [nesting_limit]',
    ]);
  });

  it('bounds block nesting too, with the limit lowered', () => {
    const source = yaml('a:', '  b:', '    c:', '      d: 1');
    expect(problemsOf(() => parse(source, 'spec.yaml', { maxDepth: 2 }))).toEqual([
      '3:5 (#): mappings and sequences nest more than 2 deep here: raise the maxDepth load limit to accept it [nesting_limit]',
    ]);
  });
});

describe('the number of values is bounded', () => {
  it.each([
    {
      given: 'JSON',
      source: `[${Array.from({ length: 20 }, (_, index) => index).join(', ')}]`,
      file: 'spec.json',
      want: '1:29 (#/9)',
    },
    {
      given: 'YAML',
      source: yaml(...Array.from({ length: 20 }, (_, index) => `- ${index}`)),
      file: 'spec.yaml',
      want: '10:3 (#)',
    },
  ])('in $given', ({ source, file, want }) => {
    const [issue] = issuesOf(() => parse(source, file, { maxNodes: 10 }));
    expect(issue?.code).toBe('spec_too_large');
    expect(issue?.message).toBe('the spec has more than 10 values: raise the maxNodes load limit to accept it');
    expect(`${issue?.at.line}:${issue?.at.column} (#${issue?.at.pointer})`).toBe(want);
  });
});

describe('the size of the text is bounded', () => {
  it('refuses text over maxBytes given to parseSpec directly', () => {
    expect(problemsOf(() => parse('openapi: 3.1.0\n', 'spec.yaml', { maxBytes: 8 }))).toEqual([
      '1:1 (#): the spec is 15 bytes, over the limit of 8 bytes: raise the maxBytes load limit to accept it [spec_too_large]',
    ]);
  });
});

describe('large data loads', () => {
  it('loads a JSON spec with a 1,000,000-item x-data array, which resolveRefs never enters', () => {
    const data = Array.from({ length: 1_000_000 }, (_, index) => index % 10);
    const source = `{"openapi": "3.1.0", "paths": {}, "x-data": [${data.join(',')}], "x-ref": {"$ref": "/etc/passwd"}}`;
    const resolved = resolveRefs(parse(source, 'spec.json'));
    expect((resolved.document as { 'x-data': unknown[] })['x-data']).toHaveLength(1_000_000);
    expect(resolved.refs.size).toBe(0);
  });
});
