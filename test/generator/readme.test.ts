/**
 * The generated README: spec text reaches it as plain text, never as Markdown or HTML (issue
 * "Security", item 6), and it stays a readable size for a very large API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../../generator/assets.js';
import { generate } from '../../generator/pipeline.js';
import * as md from '../../generator/render/markdown.js';
import { METHOD_INDEX_LIMIT } from '../../generator/render/readme.js';

const SCRIPT = '</script><script>alert(1)</script>';
const FENCE_ESCAPE = 'before\n```\n# Injected heading\n\n<img src=x onerror=alert(1)>\n```\nafter';

/** A spec whose every human-written string is hostile. */
function hostileSpec(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: `Evil ${SCRIPT} API\n===\n# Title heading`,
      version: '1.0.0',
      description: `Intro ${SCRIPT}\n\n${FENCE_ESCAPE}\n\n| a | b |\n| --- | --- |\n| table | injected |\n\n    indented code\n1. list\n> quote`,
      'x-sdk': { packageName: 'hostile-client', clientFactory: 'createHostileClient' },
    },
    servers: [{ url: 'https://hostile.example.test/v1' }],
    security: [{ token: [] }],
    components: {
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description: `Token ${SCRIPT} \`\`\`\n## Scheme heading`,
          'x-sdk-env': 'HOSTILE_TOKEN',
        },
      },
    },
    paths: {
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          'x-sdk-method': 'things.get',
          summary: `Get | a thing ${SCRIPT}\n## Summary heading\n\`\`\``,
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string' },
              example: '```\n## Example heading',
            },
            {
              name: 'mode',
              in: 'query',
              description: `Mode ${SCRIPT} | pipe\n# Param heading`,
              schema: { type: 'string', enum: ['</script>|`x`', 'plain'] },
            },
          ],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/things': {
        get: {
          operationId: 'listThings',
          'x-sdk-method': 'things.list',
          deprecated: true,
          summary: 'Pipes | and `back``ticks` and\nnew | lines',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  };
}

let dir: string;
let readme: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'readme-'));
  const spec = path.join(dir, 'spec.json');
  writeFileSync(spec, JSON.stringify(hostileSpec()));
  const generation = await generate(
    { spec, displayName: 'spec.json', out: path.join(dir, 'out'), strict: false },
    await loadAssets(),
  );
  const file = generation.files.find((candidate) => candidate.path === 'README.md');
  if (file === undefined) throw new Error('no README.md');
  readme = file.contents;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The block structure a CommonMark reader sees, as far as these tests need it: fenced code blocks
 * (opened by 3+ backticks or tildes, closed by a line of the same character at least as long),
 * and outside them the ATX and setext headings, raw HTML and table rows.
 */
function blocks(markdown: string) {
  const lines = markdown.split('\n');
  const headings: string[] = [];
  const codeBlocks: { info: string; body: string[] }[] = [];
  const prose: string[] = [];
  let open: { char: string; length: number; info: string; body: string[] } | undefined;
  lines.forEach((line, index) => {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open !== undefined) {
      const closing = fence?.[1];
      if (
        closing !== undefined &&
        closing[0] === open.char &&
        closing.length >= open.length &&
        fence?.[2]?.trim() === ''
      ) {
        codeBlocks.push({ info: open.info, body: open.body });
        open = undefined;
      } else open.body.push(line);
      return;
    }
    if (fence?.[1] !== undefined && !(fence[1][0] === '`' && fence[2]?.includes('`'))) {
      open = { char: fence[1][0] ?? '`', length: fence[1].length, info: fence[2]?.trim() ?? '', body: [] };
      return;
    }
    prose.push(line);
    const atx = /^ {0,3}(#{1,6})(\s|$)(.*)$/.exec(line);
    if (atx !== undefined && atx !== null) headings.push(line);
    const previous = lines[index - 1] ?? '';
    if (/^ {0,3}(=+|-+)\s*$/.test(line) && previous.trim() !== '' && !previous.startsWith('|'))
      headings.push(`setext: ${previous}`);
  });
  if (open !== undefined) codeBlocks.push({ info: open.info, body: open.body });
  return { headings, codeBlocks, prose };
}

/** A code span: a run of backticks, then anything up to the same run (CommonMark's rule). */
const CODE_SPAN = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/** Cells of a table row: split on `|` not escaped by a backslash. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/);
}

describe('spec text in the README is plain text', () => {
  it('a hostile spec still gives exactly the headings of the template', () => {
    const { headings } = blocks(readme);
    expect(headings.filter((line) => !line.startsWith('## ') && !line.startsWith('### ')).length).toBe(1);
    expect(headings[0]).toMatch(/^# Evil /);
    expect(headings[0]).not.toContain('\n');
    expect(headings.slice(1).join('\n')).not.toMatch(
      /Injected|Title heading|Scheme heading|Summary heading|Example heading|Param heading/,
    );
  });

  it('no raw HTML: `</script><script>` and `<img>` stay text', () => {
    const { prose } = blocks(readme);
    const html = prose.filter((line) => /(^|[^\\`])<\/?(script|img)\b/i.test(line.replace(CODE_SPAN, '')));
    expect(html).toEqual([]);
    // The text is still there, escaped, for the reader.
    expect(readme).toContain('\\</script>\\<script>alert(1)\\</script>');
  });

  it('a ``` in a description cannot close a code block or start one', () => {
    const { codeBlocks } = blocks(readme);
    // Every code block is one the template writes, in TypeScript, and none holds the spec's prose.
    expect(codeBlocks.map((block) => block.info)).toEqual(codeBlocks.map(() => 'ts'));
    expect(codeBlocks.some((block) => block.body.some((line) => line.includes('Injected heading')))).toBe(false);
    expect(codeBlocks.length).toBe((readme.match(/^`{3,}ts$/gm) ?? []).length);
    // The example value holding ``` is fenced by four.
    expect(readme).toContain("'```\\n## Example heading'");
    expect(readme).toMatch(/^````ts$/m);
  });

  it('no spec line becomes an indented code block, list, quote or table of its own', () => {
    const intro = readme.slice(readme.indexOf('Intro'), readme.indexOf('`hostile-client`'));
    for (const line of intro.split('\n').filter((candidate) => candidate !== ''))
      expect(line, line).toMatch(/^(?![ \t]|[-+*>|]|\d+[.)])/);
  });

  it('table cells escape `|` and keep one line: every row has the columns of its header', () => {
    const lines = readme.split('\n');
    lines.forEach((line, index) => {
      if (!line.startsWith('| ---')) return;
      const width = cells(lines[index - 1] ?? '').length;
      for (let row = index + 1; lines[row] !== undefined && lines[row] !== ''; row++) {
        expect(lines[row], `row ${row} of the table at line ${index}`).toMatch(/^\|/);
        expect(cells(lines[row] ?? '').length, lines[row]).toBe(width);
      }
    });
    const row = lines.find((line) => line.includes('client.things.list()'));
    expect(row).toContain('Pipes \\| and \\`back\\`\\`ticks\\` and new \\| lines');
  });

  it('rules quoting spec values are code spans, their pipes escaped', () => {
    const row = readme.split('\n').find((line) => line.startsWith('| `mode` |'));
    expect(row).toContain('| ``one of "</script>\\|`x`", "plain"`` |');
  });

  it('a deprecated method is marked in the index and listed under Deprecations', () => {
    expect(readme).toMatch(/\| `client\.things\.list\(\)` \*\*\(deprecated\)\*\* \|/);
    expect(readme.slice(readme.indexOf('## Deprecations'))).toContain('`client.things.list()`');
  });
});

describe('markdown escapes', () => {
  it('inline code uses a longer fence than any backtick run inside, padded at a backtick edge', () => {
    expect(md.code('a`b')).toBe('``a`b``');
    expect(md.code('``x')).toBe('``` ``x ```');
    expect(md.code('a|b', true)).toBe('`a\\|b`');
    expect(md.code('a\nb')).toBe('`a b`');
  });

  it('a code block is fenced longer than any backtick run in it', () => {
    const block = md.codeBlock('ts', ['````', '# not a heading']);
    expect(block.split('\n')[0]).toBe('`````ts');
    const { headings, codeBlocks } = blocks(`${block}\n`);
    expect(headings).toEqual([]);
    expect(codeBlocks).toEqual([{ info: 'ts', body: ['````', '# not a heading'] }]);
  });

  it('text escapes what starts a block and what is inline syntax', () => {
    expect(md.text('# h')).toBe('\\# h');
    expect(md.text('12. x')).toBe('12\\. x');
    expect(md.text('- x')).toBe('\\- x');
    expect(md.text('a <b> & *c* _d_ [e](f) | ~g~')).toBe('a \\<b> \\& \\*c\\* \\_d\\_ \\[e\\](f) \\| \\~g\\~');
    expect(md.text('a\n===\nb')).toBe('a === b'); // one line: no setext underline
  });
});

describe('size', () => {
  it('beyond METHOD_INDEX_LIMIT operations, one row per namespace instead of one per method', async () => {
    const paths: Record<string, object> = {};
    for (let index = 0; index <= METHOD_INDEX_LIMIT; index++)
      paths[`/group${index % 7}/items${index}`] = {
        get: {
          operationId: `get${index}`,
          'x-sdk-method': `group${index % 7}.item${index}`,
          summary: `Item ${index}`,
          responses: { '200': { description: 'ok' } },
        },
      };
    const spec = path.join(dir, 'large.json');
    writeFileSync(spec, JSON.stringify({ ...hostileSpec(), paths }));
    const generation = await generate(
      { spec, displayName: 'large.json', out: path.join(dir, 'large'), strict: false },
      await loadAssets(),
    );
    const large = generation.files.find((file) => file.path === 'README.md')?.contents ?? '';
    expect(large).not.toContain('| `client.group0.item0()`');
    expect(large).toContain('| `client.group0` | 22 | 0 |');
    expect(large).toContain(`${METHOD_INDEX_LIMIT + 1} methods`);
  });
});

describe('the quick start says which credentials go together', () => {
  it('a token, or an email and a key: the pair is joined by "and", the alternatives by "or"', async () => {
    const spec = path.join(dir, 'pair.json');
    const apiKey = (header: string, env: string) => ({ type: 'apiKey', in: 'header', name: header, 'x-sdk-env': env });
    writeFileSync(
      spec,
      JSON.stringify({
        ...hostileSpec(),
        security: [{ token: [] }, { email: [], key: [] }],
        components: {
          securitySchemes: {
            token: { type: 'http', scheme: 'bearer', 'x-sdk-env': 'PAIR_TOKEN' },
            email: apiKey('X-Email', 'PAIR_EMAIL'),
            key: apiKey('X-Key', 'PAIR_KEY'),
          },
        },
      }),
    );
    const generation = await generate(
      { spec, displayName: 'pair.json', out: path.join(dir, 'pair'), strict: false },
      await loadAssets(),
    );
    const pair = generation.files.find((file) => file.path === 'README.md')?.contents ?? '';
    expect(pair).toContain('// Credentials from the environment: PAIR_TOKEN, or PAIR_EMAIL and PAIR_KEY.\n');
  });
});

describe('the tree-shakable entry', () => {
  it('is shown with the resource of the first method, imported from its resources/ module', () => {
    const block = blocks(readme).codeBlocks.find((code) => code.body.some((line) => line.includes('/tree-shakable')));
    expect(block?.body.slice(0, 4)).toEqual([
      "import { createClient } from 'hostile-client/tree-shakable';",
      "import { things } from 'hostile-client/resources/things';",
      '',
      'const client = createClient({ token: process.env.HOSTILE_TOKEN, resources: [things] });',
    ]);
  });
});
