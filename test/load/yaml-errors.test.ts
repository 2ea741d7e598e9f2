import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../generator/load/index.js';
import { INFO_HEAD, issuesOf, parse, problemsOf, shifted, yaml } from './support.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/specs/${name}`, import.meta.url), 'utf8');

describe('a YAML mistake is one problem, on the line that is wrong', () => {
  it.each([
    {
      given: 'a line moved left out of its mapping (seven problems before the rebuild)',
      source: shifted(INFO_HEAD, 4, -2),
      want: ['4:1 (#): bad indentation: this line starts at column 1, the lines around it at column 3 [yaml_syntax]'],
    },
    {
      given: 'a line indented one column too far',
      source: shifted(INFO_HEAD, 24, 1),
      want: ['24:6 (#): bad indentation: this line starts at column 6, the line above at column 5 [yaml_syntax]'],
    },
    {
      given: 'a line indented one column too little',
      source: shifted(INFO_HEAD, 23, -1),
      want: ['23:4 (#): bad indentation: this line starts at column 4, the line below at column 5 [yaml_syntax]'],
    },
    {
      given: 'a block scalar header indented one column too far (yaml blames the line above)',
      source: shifted(INFO_HEAD, 6, 1),
      want: ['6:4 (#): bad indentation: this line starts at column 4, the line above at column 3 [yaml_syntax]'],
    },
    {
      given: 'a key moved left to the top level (yaml complains only at a sibling 16 lines below)',
      source: shifted(INFO_HEAD, 6, -2),
      want: ['6:1 (#): bad indentation: this line starts at column 1, the line above at column 3 [yaml_syntax]'],
    },
    {
      given: 'a key after a sequence item indented like the dash, not the content',
      source: shifted(INFO_HEAD, 37, -1),
      want: ['37:4 (#): bad indentation: this line starts at column 4, the line above at column 5 [yaml_syntax]'],
    },
    {
      given: 'a sequence item one column left of where its block starts (yaml blames the line after it)',
      source: shifted(INFO_HEAD, 33, -1),
      want: [
        '33:2 (#): bad indentation: this line starts at column 2, one level in from the line above is column 3 [yaml_syntax]',
      ],
    },
    {
      given: 'the first line indented (yaml reports an error on every line after it)',
      source: shifted(INFO_HEAD, 1, 1),
      want: ['1:2 (#): bad indentation: this line starts at column 2, the line below at column 1 [yaml_syntax]'],
    },
  ])('$given', ({ source, want }) => {
    const issues = issuesOf(() => parse(source));
    expect(problemsOf(() => parse(source))).toEqual(want);
    const line = Number(want[0]?.split(':')[0]);
    expect(issues[0]?.hint).toMatch(/^indent it to column \d+$/);
    expect(issues[0]?.excerpt).toContain(`${line} | `);
  });
});

describe('a colon and a space in a plain value', () => {
  const source = yaml(
    'openapi: 3.1.0',
    'info: { title: x, version: "1" }',
    'paths:',
    '  /invoices:',
    '    get:',
    '      description: Only invoices: in this status.',
    '      responses: {}',
  );

  it('is one problem at the colon, with the quoted value as the hint', () => {
    const [issue, ...rest] = issuesOf(() => parse(source));
    expect(rest).toEqual([]);
    expect(issue && `${issue.at.line}:${issue.at.column} ${issue.code}`).toBe('6:33 yaml_syntax');
    expect(issue?.message).toBe(
      "a plain value cannot contain ': ' (a colon and a space): YAML reads it as a nested mapping",
    );
    expect(issue?.hint).toBe("quote the value: description: 'Only invoices: in this status.'");
  });

  it('comes with an excerpt that points at it', () => {
    expect(issuesOf(() => parse(source))[0]?.excerpt).toBe(
      [
        '4 |   /invoices:',
        '5 |     get:',
        '6 |       description: Only invoices: in this status.',
        `  | ${' '.repeat(32)}^`,
        '7 |       responses: {}',
      ].join('\n'),
    );
  });

  it('is quoted with double quotes when the value holds a single quote', () => {
    const issues = issuesOf(() => parse(yaml('openapi: 3.1.0', "summary: Don't: do this")));
    expect(issues[0]?.hint).toBe('quote the value: summary: "Don\'t: do this"');
  });

  it('is reported once per line when two lines have it', () => {
    const twice = yaml('openapi: 3.1.0', 'info:', '  title: Billing: the API', '  version: 1.0.0', 'summary: a: b');
    expect(problemsOf(() => parse(twice)).map((line) => line.split(' ')[0])).toEqual(['3:17', '5:11']);
  });
});

describe('other YAML syntax problems', () => {
  it.each([
    {
      given: 'an unclosed flow sequence, at the bracket that opens it',
      source: corpus('yaml-syntax.yaml'),
      want: "5:11 (#): this flow sequence is never closed: ']' expected [yaml_syntax]",
    },
    {
      given: 'tab indentation',
      source: corpus('tab-indent.yaml'),
      want: '4:1 (#): tabs are not allowed as indentation: YAML indents with spaces [yaml_tab_indent]',
    },
    {
      given: 'a duplicate key, at the second one',
      source: corpus('duplicate-key.yaml'),
      want: '12:7 (#/paths/~1things/get/operationId): duplicate key "operationId": already defined on line 8 [yaml_duplicate_key]',
    },
    {
      given: 'an empty file',
      source: corpus('empty.yaml'),
      want: '1:1 (#): the spec is empty: expected an OpenAPI document [empty_document]',
    },
    {
      given: 'a file of comments only',
      source: corpus('comments-only.yaml'),
      want: '1:1 (#): the spec is empty: expected an OpenAPI document [empty_document]',
    },
    {
      given: 'a quoted value never closed, at its opening quote',
      source: yaml('openapi: 3.1.0', 'info:', '  title: "Billing API', '  version: 1.0.0', 'paths: {}'),
      want: '3:10 (#): this quoted value is never closed: YAML reads on to the end of the file looking for its closing " [yaml_syntax]',
    },
    {
      given: 'an alias with no anchor',
      source: corpus('yaml-unknown-alias.yaml'),
      want: '5:12 (#/info/contact): alias *maintainer has no anchor &maintainer before it [yaml_syntax]',
    },
    {
      given: 'a mistake without a better explanation, in yaml’s words at yaml’s place',
      source: yaml('openapi: 3.1.0', 'title: "bad \\q escape"'),
      want: '2:13 (#): Invalid escape sequence \\q [yaml_syntax]',
    },
    {
      given: 'two documents in one file',
      source: yaml('openapi: 3.1.0', '---', 'openapi: 3.0.3'),
      want: '2:1 (#): the file holds more than one YAML document (a --- line): a spec is one document [yaml_syntax]',
    },
  ])('$given', ({ source, want }) => {
    expect(problemsOf(() => parse(source))).toEqual([want]);
  });

  it('reports independent mistakes in different places, each once', () => {
    const source = yaml(
      'openapi: 3.1.0',
      'info:',
      '  title: Billing API',
      '   version: 1.0.0',
      'paths:',
      '  /things:',
      '    get:',
      '      operationId: list',
      '      operationId: again',
      '      description: Things: all of them.',
    );
    expect(problemsOf(() => parse(source)).map((line) => line.replace(/\): .*\[/, '): [').trim())).toEqual([
      '4:4 (#): [yaml_syntax]',
      '9:7 (#/paths/~1things/get/operationId): [yaml_duplicate_key]',
      '10:26 (#): [yaml_syntax]',
    ]);
  });

  it('shows no excerpt for an empty file', () => {
    expect(issuesOf(() => parse(corpus('empty.yaml')))[0]?.excerpt).toBeUndefined();
  });

  it('hints at a fix for tabs and unclosed brackets', () => {
    expect(issuesOf(() => parse(corpus('tab-indent.yaml')))[0]?.hint).toBe('replace the tab with spaces');
    expect(issuesOf(() => parse(corpus('yaml-syntax.yaml')))[0]?.hint).toMatch(/^close it with '\]'/);
  });

  it('shows a tab as an arrow in the excerpt, so the caret stays in place', () => {
    expect(issuesOf(() => parse(corpus('tab-indent.yaml')))[0]?.excerpt).toContain('4 | →version: 1.0.0\n  | ^');
  });
});

describe('YAML that loads', () => {
  it('keeps keys as the strings written: 200 and 1.0 are not numbers', () => {
    const { document } = parse(yaml('200: ok', '1.0: one', 'true: yes', '~: nothing'));
    expect(Object.keys(document as object)).toEqual(['200', '1.0', 'true', '~']);
  });

  it('makes __proto__ an ordinary key, not the prototype', () => {
    const { document } = parse(yaml('__proto__: { polluted: true }'));
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
    expect(Object.keys(document as object)).toEqual(['__proto__']);
  });

  it('passes an unknown tag on as text, with a warning', () => {
    const spec = parse(yaml('openapi: 3.1.0', 'x-when: !date 2024-01-01'));
    expect(spec.document).toEqual({ openapi: '3.1.0', 'x-when': '2024-01-01' });
    expect(
      spec.warnings.map((warning) => `${warning.at.line}:${warning.at.column} ${warning.code} ${warning.severity}`),
    ).toEqual(['2:9 yaml_syntax warning']);
  });

  it('shares an aliased node instead of copying it', () => {
    const spec = parse(yaml('a: &x { b: 1 }', 'c: *x'));
    const document = spec.document as { a: unknown; c: unknown };
    expect(document.c).toBe(document.a);
  });

  it('reads bytes as UTF-8, without a byte order mark, and UTF-16 when one says so', () => {
    const text = 'title: Zürich\n';
    const utf8 = new TextEncoder().encode(`\uFEFF${text}`);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(parseSpec(utf8, 'spec.yaml').document).toEqual({ title: 'Zürich' });
    expect(parseSpec(utf16, 'spec.yaml').document).toEqual({ title: 'Zürich' });
  });

  it('refuses bytes that are not text', () => {
    expect(problemsOf(() => parseSpec(new Uint8Array([0x6f, 0x3a, 0x20, 0xc3, 0x28]), 'spec.yaml'))).toEqual([
      '1:1 (#): the spec is not UTF-8 text: save it as UTF-8 [spec_not_text]',
    ]);
  });
});
