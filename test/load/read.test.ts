import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, resolveRefs, SpecFileError } from '../../generator/load/index.js';
import { SpecProblems } from '../../generator/util/issue-list.js';
import { yaml } from './support.js';

let folder: string;
let server: Server;
let requests = 0;
let origin: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'load-'));
  // A folder where a referenced file would be: reading it would throw EISDIR.
  await mkdir(path.join(folder, 'schemas.yaml'));
  server = createServer((_request, response) => {
    requests++;
    response.end('type: object\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

async function specFile(name: string, text: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, text);
  return file;
}

describe('loadSpec reads one file, the spec', () => {
  it('loads a spec and records the SHA-256 of its bytes', async () => {
    const text = yaml('openapi: 3.1.0', 'paths: {}');
    const spec = await loadSpec(await specFile('plain.yaml', text), 'spec/plain.yaml');
    expect(spec.file).toBe('spec/plain.yaml');
    expect(spec.document).toEqual({ openapi: '3.1.0', paths: {} });
    expect(spec.sourceHash).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('reads no other file and fetches nothing for a $ref in data, which it leaves as written', async () => {
    const source = yaml(
      'openapi: 3.1.0',
      'paths: {}',
      'components:',
      '  schemas:',
      '    Thing:',
      '      type: object',
      "      example: { $ref: './schemas.yaml' }",
      `      default: { $ref: '${origin}/default.yaml' }`,
      `      x-source: { $ref: '${origin}/extension.yaml' }`,
    );
    const resolved = resolveRefs(await loadSpec(await specFile('data.yaml', source), 'data.yaml'));
    expect(resolved.refs.size).toBe(0);
    expect(resolved.document).toMatchObject({
      components: {
        schemas: { Thing: { example: { $ref: './schemas.yaml' }, default: { $ref: `${origin}/default.yaml` } } },
      },
    });
    expect(requests).toBe(0);
  });

  it('reports a structural $ref to a file or a URL without reading or fetching it', async () => {
    const source = yaml(
      'openapi: 3.1.0',
      'components:',
      '  schemas:',
      "    Local: { $ref: './schemas.yaml#/Thing' }",
      `    Remote: { $ref: '${origin}/schemas.yaml' }`,
    );
    const spec = await loadSpec(await specFile('external.yaml', source), 'external.yaml');
    const error = (() => {
      try {
        resolveRefs(spec);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SpecProblems);
    expect((error as SpecProblems).issues.map((issue) => `${issue.at.line}:${issue.at.column} ${issue.code}`)).toEqual([
      '4:14 ref_external',
      '5:15 ref_external',
    ]);
    expect(requests).toBe(0);
  });

  it.each([
    { given: 'a missing file', name: 'missing.yaml', want: 'spec/missing.yaml: cannot read the spec (ENOENT)' },
    { given: 'a folder', name: 'schemas.yaml', want: 'spec/schemas.yaml: cannot read the spec (EISDIR)' },
  ])('says it cannot read $given, with the system code', async ({ name, want }) => {
    const loading = loadSpec(path.join(folder, name), `spec/${name}`);
    await expect(loading).rejects.toThrow(SpecFileError);
    await expect(loading).rejects.toThrow(want);
  });

  it('refuses a file over maxBytes before reading it', async () => {
    const file = await specFile('large.yaml', `openapi: 3.1.0\nx-pad: '${'x'.repeat(2000)}'\n`);
    const loading = loadSpec(file, 'large.yaml', { maxBytes: 1024 });
    await expect(loading).rejects.toThrow(SpecProblems);
    const problems = await loading.catch((error: SpecProblems) =>
      error.issues.map((issue) => `${issue.at.line}:${issue.at.column} ${issue.message} [${issue.code}]`),
    );
    expect(problems).toEqual([
      '1:1 the spec is 2,025 bytes, over the limit of 1,024 bytes: raise the maxBytes load limit to accept it [spec_too_large]',
    ]);
  });
});

describe('loadSpec reads -0 as 0', () => {
  // JSON Schema compares numbers by value; read as written, -0 would print apart from 0 (`-0`)
  // while comparing alike, and --watch could not tell an edit from one to the other.
  it.each([
    ['json', '{"a": -0, "b": [-0, 1, -0.0], "c": {"d": -0e3}, "__proto__": -0}'],
    ['yaml', 'a: -0\nb: [-0, 1, -0.0]\nc:\n  d: -0e3\n__proto__: -0\n'],
  ])('in %s, wherever it is', async (format, text) => {
    const { document } = await loadSpec(await specFile(`zeros.${format}`, text), `zeros.${format}`);
    const values = JSON.stringify(document, (_key, value: unknown) => (Object.is(value, -0) ? 'negative zero' : value));
    expect(JSON.parse(values)).toEqual({ a: 0, b: [0, 1, 0], c: { d: 0 }, ['__proto__']: 0 });
    expect(Object.keys(document as object)).toEqual(['a', 'b', 'c', '__proto__']);
  });
});
