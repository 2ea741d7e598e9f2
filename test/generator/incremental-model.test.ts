/**
 * `--watch` keeps the model of what an edit did not touch: schema reads and operation builds are
 * replayed (warnings included) when nothing they read has changed, named schemas and operations
 * stay the same objects. After every edit, the files and the warnings (each at its place in the
 * edited text) must be exactly a cold run's. Each edit below reaches a kept part through
 * something other than its own spec node: a shared parameter or response, a named schema an
 * operation looks into, a readOnly that makes a request variant, a warning given only the first
 * time, a `$ref` outside the components, lines moved above a warned node.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../../generator/assets.js';
import { generate, generationCache, type GenerationCache } from '../../generator/pipeline.js';
import type { Assets } from '../../generator/render/index.js';
import { SpecProblems } from '../../generator/util/issue-list.js';
import { replaceOnce, scratchFolder } from './support.js';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let assets: Assets;
beforeAll(async () => {
  scratch = await scratchFolder('incremental-model');
  assets = await loadAssets();
});
afterAll(async () => {
  await scratch.remove();
});

const SPEC = `openapi: 3.1.0
info:
  title: Kept model
  version: 1.0.0
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - $ref: '#/components/parameters/PerPage'
      responses:
        '200':
          description: The things.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ThingList'
        4XX:
          $ref: '#/components/responses/Failure'
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewThing'
      responses:
        '200':
          description: The thing.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
  /other:
    get:
      operationId: getOther
      parameters:
        - name: q
          in: query
          schema:
            type: string
            frobnicate: 1
      responses:
        '200':
          description: A copy of another body.
          content:
            application/json:
              schema:
                type: object
                properties:
                  copy:
                    $ref: '#/paths/~1second/get/responses/200/content/application~1json/schema'
  /second:
    get:
      operationId: getSecond
      responses:
        '200':
          description: Its body is referenced by /other's.
          content:
            application/json:
              schema:
                type: object
                properties:
                  n:
                    type: integer
                    frobnicate: 2
components:
  parameters:
    PerPage:
      name: per_page
      in: query
      schema:
        type: integer
        maximum: 50
  responses:
    Failure:
      description: It failed.
      content:
        application/json:
          schema:
            type: object
            properties:
              code:
                type: integer
  schemas:
    Thing:
      type: object
      required: [id, name]
      properties:
        id:
          type: string
          readOnly: true
        name:
          type: string
        size:
          type: integer
          maximum: 5
          default: 9
    ThingList:
      type: array
      items:
        $ref: '#/components/schemas/Thing'
    NewThing:
      description: Requires what Thing declares; whether a request must send it is up to Thing.
      allOf:
        - $ref: '#/components/schemas/Thing'
        - required: [id]
    ListThingsParams:
      description: Takes the name the operation's params type would have.
      type: string
`;

const EDITS: readonly { readonly what: string; readonly edit: (text: string) => string }[] = [
  { what: 'lines moved above every warned node', edit: (text) => `# moved\n# down\n${text}` },
  {
    what: 'a shared parameter',
    edit: (text) => replaceOnce(text, '      name: per_page\n', '      name: page_size\n'),
  },
  {
    what: "a shared parameter's schema",
    edit: (text) => replaceOnce(text, '        maximum: 50\n', '        maximum: 25\n'),
  },
  {
    what: 'a named schema an operation looks into (a list no more)',
    edit: (text) =>
      replaceOnce(
        text,
        "    ThingList:\n      type: array\n      items:\n        $ref: '#/components/schemas/Thing'\n",
        "    ThingList:\n      type: object\n      properties:\n        items:\n          $ref: '#/components/schemas/Thing'\n",
      ),
  },
  {
    what: 'readOnly dropped: no request variant any more',
    edit: (text) => replaceOnce(text, '          type: string\n          readOnly: true\n', '          type: string\n'),
  },
  {
    what: 'the first unknown keyword removed: the second one warns now',
    edit: (text) =>
      replaceOnce(text, '            type: string\n            frobnicate: 1\n', '            type: string\n'),
  },
  {
    what: 'a shared response',
    edit: (text) =>
      replaceOnce(
        text,
        '              code:\n                type: integer\n',
        '              code:\n                type: string\n',
      ),
  },
  {
    what: 'the target of a $ref outside the components',
    edit: (text) =>
      replaceOnce(
        text,
        '                  n:\n                    type: integer\n',
        '                  n:\n                    type: boolean\n',
      ),
  },
  {
    what: 'readOnly back',
    edit: (text) =>
      replaceOnce(
        text,
        '        id:\n          type: string\n',
        '        id:\n          type: string\n          readOnly: true\n',
      ),
  },
];

async function run(spec: string, out: string, cache?: GenerationCache) {
  const generation = await generate({ spec, displayName: 'spec/openapi.yaml', out, strict: false }, assets, cache);
  return {
    files: new Map(generation.files.map((file) => [file.path, file.contents])),
    warnings: generation.model.warnings.map(
      ({ code, at, message }) => `${code} ${at.file}:${at.line}:${at.column} #${at.pointer}: ${message}`,
    ),
  };
}

/** SPEC in a folder of its own, laid out as in the project, and a cache for --watch's runs. */
async function watched(name: string): Promise<{ spec: string; out: string; cache: GenerationCache }> {
  const root = path.join(scratch.path, name);
  const spec = path.join(root, 'spec/openapi.yaml');
  await mkdir(path.dirname(spec), { recursive: true });
  await writeFile(spec, SPEC);
  return { spec, out: path.join(root, 'generated'), cache: generationCache() };
}

describe('--watch keeps the model of what an edit did not touch', () => {
  it("gives a cold run's files and warnings, each warning where it now is, after every edit", async () => {
    const { spec, out, cache } = await watched('edits');
    const first = await run(spec, out, cache);
    // The spec warns where the edits reach: a default its schema rejects, an unknown keyword, and
    // a name clash located at an operation that is kept from run to run.
    expect(first.warnings.map((line) => line.split(' ')[0])).toEqual(
      expect.arrayContaining(['default_invalid', 'unsupported_keyword', 'name_collision']),
    );
    let text = SPEC;
    for (const { what, edit } of EDITS) {
      text = edit(text);
      await writeFile(spec, text);
      const incremental = await run(spec, out, cache);
      const cold = await run(spec, out);
      expect(incremental.warnings, what).toEqual(cold.warnings);
      expect(incremental.files, what).toEqual(cold.files);
    }
  });
});

describe('--watch refuses what a cold run refuses', () => {
  it('refuses a $ref whose target an edit removed, though the part holding the $ref is kept', async () => {
    const { spec, out, cache } = await watched('dangling');
    await run(spec, out, cache);
    // /things is unchanged (its references are kept); the parameter it references is gone.
    await writeFile(spec, replaceOnce(SPEC, '    PerPage:\n', '    Renamed:\n'));
    const cold = await run(spec, out).then(
      () => 'generated',
      (error: unknown) => String(error instanceof SpecProblems ? error.issues.map((issue) => issue.message) : error),
    );
    expect(cold).toContain("$ref '#/components/parameters/PerPage' points at nothing");
    await expect(run(spec, out, cache)).rejects.toThrow(SpecProblems);
    const incremental = await run(spec, out, cache).catch((error: unknown) =>
      String(error instanceof SpecProblems ? error.issues.map((issue) => issue.message) : error),
    );
    expect(incremental).toBe(cold);
  });
});
