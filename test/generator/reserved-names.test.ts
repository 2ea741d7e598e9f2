/**
 * Names the spec does not control: the runtime's exports and options are reserved (and the lists
 * of them stay true to the runtime), a type name two spec objects would share is resolved with a
 * warning, and properties named like JavaScript's own (`__proto__`, `constructor`, `eval`...) give
 * a package that compiles and validates as ajv does.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_OPTIONS, RUNTIME_EXPORTS } from '../../generator/build/reserved.js';
import { PUBLIC_RUNTIME_TYPES, PUBLIC_RUNTIME_VALUES } from '../../generator/render/index-module.js';
import { ROOT, runCliInProcess as cli } from '../support/cli.js';
import { strictDiagnostics } from '../support/strict-consumer.js';
import { scratchFolder } from './support.js';

const RUNTIME_INDEX = path.join(ROOT, 'generator/runtime/index.ts');

/** The runtime's public module, as the type checker sees it. */
function runtimeExports(): ts.Symbol[] {
  const program = ts.createProgram([RUNTIME_INDEX], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(RUNTIME_INDEX);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error('runtime/index.ts did not compile');
  return checker
    .getExportsOfModule(symbol)
    .map((entry) => (entry.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(entry) : entry));
}

describe('the reserved lists', () => {
  const exported = runtimeExports();

  it('reserve exactly what the package re-exports from the runtime, plus the types module', () => {
    expect([...RUNTIME_EXPORTS].sort()).toEqual(
      [...PUBLIC_RUNTIME_VALUES, ...PUBLIC_RUNTIME_TYPES, 'components', 'operations', 'paths'].sort(),
    );
  });

  it('name only things the runtime exports', () => {
    const names = new Set(exported.map((entry) => entry.name));
    expect([...PUBLIC_RUNTIME_VALUES, ...PUBLIC_RUNTIME_TYPES].filter((name) => !names.has(name))).toEqual([]);
  });

  it('list exactly the options of BaseClientOptions', () => {
    const options = exported.find((entry) => entry.name === 'BaseClientOptions');
    const members = [...(options?.members?.keys() ?? [])].map(String);
    expect(members.sort()).toEqual([...CLIENT_OPTIONS].sort());
  });
});

/** Properties named after JavaScript's own, and a schema named like an operation's response type. */
const SPEC = `openapi: 3.1.0
info:
  title: Odd API
  version: 1.0.0
  x-sdk:
    packageName: odd-client
    clientFactory: createOddClient
servers:
  - url: https://api.example.com
paths:
  /things:
    get:
      operationId: listThings
      x-sdk-method: things.list
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Odd'
components:
  schemas:
    ListThingsResponse:
      type: object
      properties:
        a:
          type: string
    Odd:
      type: object
      required: [undefined, constructor]
      properties:
        undefined:
          type: string
        eval:
          type: integer
          minimum: 0
        arguments:
          type: array
          items:
            type: string
        constructor:
          type: boolean
        __proto__:
          type: object
          required: [x]
          properties:
            x:
              type: string
`;

describe('a spec with awkward names', () => {
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  let app: string;
  let out: string;
  let stderr: string;
  beforeAll(async () => {
    scratch = await scratchFolder('reserved');
    app = path.join(scratch.path, 'app');
    out = path.join(app, 'odd');
    await mkdir(app);
    const spec = path.join(scratch.path, 'odd.yaml');
    await writeFile(spec, SPEC);
    const result = await cli(['--spec', spec, '--out', out, '--verbose']);
    expect(result.code, result.stderr).toBe(0);
    stderr = result.stderr;
    // The package's dependencies resolve from the project's node_modules, as in a consumer's app.
    await symlink(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir');
  });
  afterAll(async () => {
    await scratch.remove();
  });

  it('resolves the schema ListThingsResponse beside operation listThings with a located warning', () => {
    expect(stderr).toMatch(
      /^\S+odd\.yaml:12:5 \(#\/paths\/~1things\/get\): warning: operation 'listThings' would be named ListThingsResponse, which schema 'ListThingsResponse' already is; .* \[name_collision\]$/m,
    );
  });

  it('compiles, under strict flags, with an app that uses both names and every awkward property', async () => {
    const entry = path.join(app, 'app.ts');
    await writeFile(
      entry,
      [
        "import { createOddClient, type ListThingsResponse, type ListThings2Response, type Odd } from './odd/dist/index.js';",
        "import { isOdd } from './odd/dist/validators.js';",
        "const schema: ListThingsResponse = { a: 'schema' };",
        "const odd: Odd = { undefined: 'u', constructor: true, eval: 1, arguments: ['a'], ['__proto__']: { x: 'y' } };",
        'const response: ListThings2Response = odd;',
        "const client = createOddClient({ baseUrl: 'http://127.0.0.1:1' });",
        'export async function use(value: unknown): Promise<string> {',
        '  const listed: Odd = await client.things.list();',
        '  if (isOdd(value)) return value.undefined + String(value.eval ?? 0);',
        '  return `${schema.a}${response.undefined}${listed.constructor}`;',
        '}',
        '',
      ].join('\n'),
    );
    expect(strictDiagnostics(entry)).toEqual([]);
  }, 180_000);

  // `valid` is JSON Schema's answer. ajv gives it too, except under a property named __proto__:
  // ajv's compiler drops that key from `properties` (its own prototype-pollution guard), so it
  // accepts any value there; for those rows the answer is written out and ajv is not asked.
  it.each([
    {
      given: 'every property',
      valid: true,
      json: '{"undefined":"u","constructor":true,"eval":1,"arguments":["a"],"__proto__":{"x":"y"}}',
    },
    { given: 'the required ones only', valid: true, json: '{"undefined":"u","constructor":false}' },
    { given: 'no own constructor (only the inherited one)', valid: false, json: '{"undefined":"u"}' },
    { given: 'constructor of the wrong type', valid: false, json: '{"undefined":"u","constructor":"yes"}' },
    { given: 'undefined of the wrong type', valid: false, json: '{"undefined":1,"constructor":true}' },
    { given: 'eval below its minimum', valid: false, json: '{"undefined":"u","constructor":true,"eval":-1}' },
    { given: 'arguments with a number', valid: false, json: '{"undefined":"u","constructor":true,"arguments":[1]}' },
    { given: 'an empty object', valid: false, json: '{}' },
    {
      given: 'an own __proto__ of the wrong shape',
      valid: false,
      ajv: false,
      json: '{"undefined":"u","constructor":true,"__proto__":{"x":1}}',
    },
    {
      given: 'an own __proto__ that is not an object',
      valid: false,
      ajv: false,
      json: '{"undefined":"u","constructor":true,"__proto__":"x"}',
    },
  ])('validates $given: $valid', async ({ json, valid, ajv = true }) => {
    const schema = (parse(SPEC) as { components: { schemas: Record<string, object> } }).components.schemas['Odd'];
    const ajvValidate = new Ajv2020({ strict: false }).compile(schema ?? {});
    const validators = (await import(pathToFileURL(path.join(out, 'dist/validators.js')).href)) as {
      isOdd: (value: unknown) => boolean;
    };
    // JSON.parse makes "__proto__" an own property, as a server's response would.
    const value: unknown = JSON.parse(json);
    if (ajv) expect(ajvValidate(value), 'ajv').toBe(valid);
    expect(validators.isOdd(value)).toBe(valid);
  });
});
