import { describe } from 'vitest';
import type { ClassDeclaration, FunctionDeclaration, InterfaceDeclaration, Stmt } from '../../generator/emit/ast.js';
import * as b from '../../generator/emit/build.js';
import { runTable, type Case } from './table.js';

/** The same statements printed in all three modes. */
function inEveryMode(name: string, given: readonly Stmt[], want: { ts: string; js: string; dts: string }): Case[] {
  return (['ts', 'js', 'dts'] as const).map((mode) => ({ name: `${name} (${mode})`, given, mode, want: want[mode] }));
}

const names = [
  'ResponseInfo',
  'ResultInfo',
  'ApiResponseCommonFailure',
  'BillingHistory',
  'BillingHistoryListResponse',
  'Invoice',
];

const overloaded: FunctionDeclaration = b.fn(
  'parse',
  [b.param('input', b.union([b.kw('string'), b.kw('number')]))],
  [b.ret(b.id('input'))],
  {
    exported: true,
    returns: b.kw('unknown'),
    doc: ['Parses input.'],
    overloads: [
      { params: [b.param('input', b.kw('string'))], returns: b.kw('string'), doc: ['Parses text.'] },
      { params: [b.param('input', b.kw('number'))], returns: b.kw('number') },
    ],
  },
);

const iface: InterfaceDeclaration = {
  kind: 'interface',
  name: 'Invoice',
  exported: true,
  doc: ['An invoice.'],
  extends: [b.typeRef('Base'), b.typeRef('Timestamps', [b.kw('string')])],
  members: [
    b.propSig('id', b.kw('string'), { readonly: true, doc: ['The id.'] }),
    b.propSig('total', b.kw('number'), { optional: true }),
  ],
};

const klass: ClassDeclaration = {
  kind: 'class',
  name: 'ApiError',
  exported: true,
  extends: b.id('Error'),
  members: [
    { kind: 'getter', name: 'status', returns: b.kw('number'), body: [b.ret(b.num(500))] },
    {
      kind: 'method',
      name: 'describe',
      params: [b.param('verbose', b.kw('boolean'), { default: b.bool(false) })],
      returns: b.kw('string'),
      body: [b.ret(b.str('x'))],
      async: true,
    },
  ],
};

describe('imports and exports', () => {
  runTable([
    ...inEveryMode(
      'type-only and mixed imports',
      [
        b.importFrom('./models.js', names, true),
        b.importFrom('./runtime.js', ['reject', { name: 'Issue', typeOnly: true }]),
        b.importFrom('./types.js', [{ name: 'Only', typeOnly: true }]),
      ],
      {
        ts: "import type {\n  ResponseInfo,\n  ResultInfo,\n  ApiResponseCommonFailure,\n  BillingHistory,\n  BillingHistoryListResponse,\n  Invoice,\n} from './models.js';\nimport { reject, type Issue } from './runtime.js';\nimport { type Only } from './types.js';\n",
        js: "import { reject } from './runtime.js';\n",
        // A declaration file names types only: value imports go, type specifiers stay as type imports.
        dts: "import type {\n  ResponseInfo,\n  ResultInfo,\n  ApiResponseCommonFailure,\n  BillingHistory,\n  BillingHistoryListResponse,\n  Invoice,\n} from './models.js';\nimport type { Issue } from './runtime.js';\nimport type { Only } from './types.js';\n",
      },
    ),
    {
      name: 'namespace, side-effect and aliased imports',
      given: [
        { kind: 'import', from: './a.js', namespace: 'a' },
        { kind: 'import', from: './polyfill.js' },
        b.importFrom('./b.js', [{ name: 'default', alias: 'b' }]),
      ],
      want: "import * as a from './a.js';\nimport './polyfill.js';\nimport { default as b } from './b.js';\n",
    },
    {
      name: 're-exports and local exports',
      given: [
        { kind: 'exportFrom', from: './a.js' },
        { kind: 'exportFrom', from: './b.js', namespace: 'b' },
        { kind: 'exportFrom', from: './c.js', names: [{ name: 'C' }], typeOnly: true },
        b.constDecl('local', b.num(1)),
        { kind: 'exportNames', names: [{ name: 'local', alias: 'default' }] },
      ],
      want: "export * from './a.js';\nexport * as b from './b.js';\nexport type { C } from './c.js';\nconst local = 1;\nexport { local as default };\n",
    },
  ]);
});

describe('functions and variables', () => {
  runTable([
    ...inEveryMode('overloads', [overloaded], {
      ts: '/** Parses text. */\nexport function parse(input: string): string;\nexport function parse(input: number): number;\n/** Parses input. */\nexport function parse(input: string | number): unknown {\n  return input;\n}\n',
      // JavaScript drops doc comments: the .d.ts carries them for editors.
      js: 'export function parse(input) {\n  return input;\n}\n',
      dts: '/** Parses text. */\nexport declare function parse(input: string): string;\nexport declare function parse(input: number): number;\n',
    }),
    ...inEveryMode(
      'async generics with defaults',
      [
        b.fn('load', [b.param('id', b.kw('string')), b.param('retries', b.kw('number'), { default: b.num(3) })], [], {
          exported: true,
          async: true,
          typeParams: [{ name: 'T', constraint: b.kw('object') }],
          returns: b.typeRef('Promise', [b.typeRef('T')]),
        }),
        b.fn('local', [], []),
      ],
      {
        ts: 'export async function load<T extends object>(id: string, retries: number = 3): Promise<T> {}\nfunction local() {}\n',
        js: 'export async function load(id, retries = 3) {}\nfunction local() {}\n',
        dts: 'export declare function load<T extends object>(id: string, retries?: number): Promise<T>;\n',
      },
    ),
    ...inEveryMode(
      'variables',
      [
        b.constDecl('version', b.str('1.0'), { exported: true }),
        b.constDecl('limits', b.obj([b.prop('max', b.num(5))]), { exported: true, type: b.typeRef('Limits') }),
        { kind: 'variable', declare: 'let', name: 'count', type: b.kw('number'), exported: true, init: b.num(0) },
        b.constDecl('hidden', b.num(1)),
      ],
      {
        ts: "export const version = '1.0';\nexport const limits: Limits = { max: 5 };\nexport let count: number = 0;\nconst hidden = 1;\n",
        js: "export const version = '1.0';\nexport const limits = { max: 5 };\nexport let count = 0;\nconst hidden = 1;\n",
        dts: "export declare const version = '1.0';\nexport declare const limits: Limits;\nexport declare let count: number;\n",
      },
    ),
    {
      name: 'long parameters break one per line with a trailing comma',
      given: [
        b.fn(
          'validateListUserBillingHistoryResponse',
          [
            b.param('value', b.kw('unknown')),
            b.param('errors', b.arrayType(b.typeRef('ValidationIssue')), { optional: true }),
            b.param('path', b.kw('string'), { default: b.str('') }),
          ],
          [],
          { returns: b.typeRef('ValidationResult', [b.typeRef('ListUserBillingHistoryResponse')]) },
        ),
      ],
      want: "function validateListUserBillingHistoryResponse(\n  value: unknown,\n  errors?: ValidationIssue[],\n  path: string = '',\n): ValidationResult<ListUserBillingHistoryResponse> {}\n",
    },
    {
      name: 'a rest parameter has no trailing comma',
      given: [
        b.fn(
          'join',
          [
            b.param('separatorWithAVeryLongNameThatNeedsSomeRoom', b.kw('string')),
            b.param('partsWithAVeryLongNameThatNeedsSomeRoomToo', b.arrayType(b.kw('string')), { rest: true }),
          ],
          [],
          { returns: b.kw('string') },
        ),
      ],
      want: 'function join(\n  separatorWithAVeryLongNameThatNeedsSomeRoom: string,\n  ...partsWithAVeryLongNameThatNeedsSomeRoomToo: string[]\n): string {}\n',
    },
  ]);
});

describe('types, interfaces and classes', () => {
  runTable([
    ...inEveryMode(
      'interfaces and type aliases, exported or not',
      [iface, { kind: 'typeAlias', name: 'Local', type: b.kw('string') }],
      {
        ts: '/** An invoice. */\nexport interface Invoice extends Base, Timestamps<string> {\n  /** The id. */\n  readonly id: string;\n  total?: number;\n}\ntype Local = string;\n',
        js: '',
        dts: '/** An invoice. */\nexport interface Invoice extends Base, Timestamps<string> {\n  /** The id. */\n  readonly id: string;\n  total?: number;\n}\ntype Local = string;\n',
      },
    ),
    {
      name: 'an empty interface',
      given: [{ kind: 'interface', name: 'Empty', members: [] }],
      want: 'interface Empty {}\n',
    },
    ...inEveryMode('classes', [klass], {
      ts: "export class ApiError extends Error {\n  get status(): number {\n    return 500;\n  }\n  async describe(verbose: boolean = false): string {\n    return 'x';\n  }\n}\n",
      js: "export class ApiError extends Error {\n  get status() {\n    return 500;\n  }\n  async describe(verbose = false) {\n    return 'x';\n  }\n}\n",
      dts: 'export declare class ApiError extends Error {\n  get status(): number;\n  describe(verbose?: boolean): string;\n}\n',
    }),
  ]);
});
