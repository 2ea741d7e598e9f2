import { describe } from 'vitest';
import type { Stmt, TypeMember, TypeNode } from '../../generator/emit/ast.js';
import * as b from '../../generator/emit/build.js';
import { runTable } from './table.js';

const alias = (type: TypeNode, name = 'T'): Stmt[] => [{ kind: 'typeAlias', name, type, exported: true }];
const ref = (name: string, ...args: TypeNode[]): TypeNode => b.typeRef(name, args);
const lit = (value: string | number | boolean): TypeNode => b.litType(value);
const states = [
  'active',
  'inactive',
  'pending',
  'deleted',
  'suspended',
  'archived',
  'unknown-state',
  'another-state',
  'more',
  'and-more',
];
const longRef = (name: string): TypeNode => b.typeRef(`${name}WithAVeryLongTypeNameThatNeedsRoom`);

describe('keyword, literal and reference types', () => {
  runTable([
    {
      name: 'keywords',
      given: alias(b.union([b.kw('string'), b.kw('unknown'), b.kw('never')])),
      want: 'export type T = string | unknown | never;\n',
    },
    {
      name: 'literals, negative numbers included',
      given: alias(b.union([lit("it's"), lit(-1), lit(true)])),
      want: 'export type T = "it\'s" | -1 | true;\n',
    },
    {
      name: 'qualified references with arguments',
      given: alias(ref('ns.Map', b.kw('string'), ref('Array', b.kw('number')))),
      want: 'export type T = ns.Map<string, Array<number>>;\n',
    },
    {
      name: 'long type arguments break one per line',
      given: alias(ref('Record', longRef('Key'), longRef('Value'), longRef('Other'))),
      want: 'export type T = Record<\n  KeyWithAVeryLongTypeNameThatNeedsRoom,\n  ValueWithAVeryLongTypeNameThatNeedsRoom,\n  OtherWithAVeryLongTypeNameThatNeedsRoom\n>;\n',
    },
  ]);
});

describe('unions and intersections', () => {
  runTable([
    {
      name: 'a long union in a type alias breaks with leading bars',
      given: alias(b.union(states.map(lit))),
      want: "export type T =\n  | 'active'\n  | 'inactive'\n  | 'pending'\n  | 'deleted'\n  | 'suspended'\n  | 'archived'\n  | 'unknown-state'\n  | 'another-state'\n  | 'more'\n  | 'and-more';\n",
    },
    {
      name: 'a long union as a property type is indented under it',
      given: [{ kind: 'interface', name: 'I', members: [b.propSig('status', b.union(states.map(lit)))] }],
      want: "interface I {\n  status:\n    | 'active'\n    | 'inactive'\n    | 'pending'\n    | 'deleted'\n    | 'suspended'\n    | 'archived'\n    | 'unknown-state'\n    | 'another-state'\n    | 'more'\n    | 'and-more';\n}\n",
    },
    {
      name: 'a union with null hugs an object type',
      given: alias(b.union([b.objectType([b.propSig('a', b.kw('string'))]), b.kw('null')])),
      want: 'export type T = { a: string } | null;\n',
    },
    {
      name: 'unions inside arrays and intersections get parentheses',
      given: alias(
        b.intersection([b.arrayType(b.union([b.kw('string'), b.kw('number')])), b.union([ref('A'), ref('B')])]),
      ),
      want: 'export type T = (string | number)[] & (A | B);\n',
    },
    {
      name: 'an intersection of objects keeps them on the line',
      given: alias(b.intersection([ref('Base'), b.objectType([b.propSig('extra', b.kw('string'))], true)])),
      want: 'export type T = Base & {\n  extra: string;\n};\n',
    },
    {
      name: 'a long intersection of references breaks before &',
      given: alias(b.intersection([longRef('First'), longRef('Second'), longRef('Third')])),
      want: 'export type T = FirstWithAVeryLongTypeNameThatNeedsRoom &\n  SecondWithAVeryLongTypeNameThatNeedsRoom &\n  ThirdWithAVeryLongTypeNameThatNeedsRoom;\n',
    },
  ]);
});

describe('object, array, tuple and function types', () => {
  const members: TypeMember[] = [
    b.propSig('id', b.kw('string'), { readonly: true, doc: ['The id.'] }),
    b.propSig('name', b.kw('string'), { optional: true }),
    { kind: 'indexSignature', keyName: 'key', keyType: b.kw('string'), type: b.kw('unknown') },
    { kind: 'methodSignature', name: 'new', params: [], returns: b.kw('void') },
    { kind: 'callSignature', params: [b.param('x', b.kw('number'))], returns: b.kw('string') },
  ];
  runTable([
    {
      name: 'a short object type on one line',
      given: alias(
        b.objectType([b.propSig('a', b.kw('string')), b.propSig('b-c', b.kw('number'), { optional: true })]),
      ),
      want: "export type T = { a: string; 'b-c'?: number };\n",
    },
    {
      name: 'every kind of member, documented',
      given: alias(b.objectType(members)),
      want: "export type T = {\n  /** The id. */\n  readonly id: string;\n  name?: string;\n  [key: string]: unknown;\n  'new'(): void;\n  (x: number): string;\n};\n",
    },
    {
      name: 'readonly arrays and tuples',
      given: alias(
        b.union([
          b.arrayType(b.kw('string'), true),
          {
            kind: 'tupleType',
            readonly: true,
            elements: [{ type: b.kw('string') }, { type: b.kw('number'), optional: true }],
          },
        ]),
      ),
      want: 'export type T = readonly string[] | readonly [string, number?];\n',
    },
    {
      name: 'named tuple members and a rest',
      given: alias({
        kind: 'tupleType',
        elements: [
          { name: 'first', type: b.kw('string') },
          { name: 'rest', rest: true, type: b.arrayType(b.kw('number')) },
        ],
      }),
      want: 'export type T = [first: string, ...rest: number[]];\n',
    },
    {
      name: 'function types, in a union with parentheses',
      given: alias(
        b.union([
          { kind: 'functionType', params: [b.param('a', b.kw('string'))], returns: b.kw('void') },
          b.kw('null'),
        ]),
      ),
      want: 'export type T = ((a: string) => void) | null;\n',
    },
    {
      name: 'indexed access, typeof and keyof',
      given: alias(b.indexed({ kind: 'keyof', type: { kind: 'typeQuery', name: 'config.defaults' } }, lit('a'))),
      want: "export type T = (keyof typeof config.defaults)['a'];\n",
    },
    {
      name: 'mapped types',
      given: alias({
        kind: 'mappedType',
        param: 'K',
        constraint: { kind: 'keyof', type: ref('T') },
        type: b.indexed(ref('T'), ref('K')),
        readonly: true,
        optional: '-',
      }),
      want: 'export type T = { readonly [K in keyof T]-?: T[K] };\n',
    },
    {
      name: 'conditional types with infer',
      given: [
        {
          kind: 'typeAlias',
          name: 'Unwrap',
          typeParams: [{ name: 'T' }],
          type: {
            kind: 'conditionalType',
            check: ref('T'),
            extends: ref('Promise', { kind: 'inferType', name: 'U' }),
            then: ref('U'),
            else: ref('T'),
          },
        },
      ],
      want: 'type Unwrap<T> = T extends Promise<infer U> ? U : T;\n',
    },
    {
      name: 'template literal types',
      given: alias({
        kind: 'templateLiteralType',
        texts: ['/users/', '/`$', ''],
        types: [b.kw('string'), b.kw('number')],
      }),
      want: 'export type T = `/users/${string}/\\`$${number}`;\n',
    },
    {
      name: 'type parameters with constraints and defaults break the left side',
      given: [
        {
          kind: 'typeAlias',
          name: 'Pair',
          typeParams: [
            { name: 'A', constraint: b.kw('string') },
            { name: 'B', default: ref('A') },
          ],
          type: { kind: 'tupleType', elements: [{ type: ref('A') }, { type: ref('B') }] },
        },
      ],
      want: 'type Pair<A extends string, B = A> = [A, B];\n',
    },
    {
      name: 'a lone parameter typed by an object hugs the parentheses',
      given: [
        b.fn(
          'configure',
          [
            b.param(
              'options',
              b.objectType([b.propSig('first', longRef('First')), b.propSig('second', longRef('Second'))]),
            ),
          ],
          [],
          { returns: b.kw('void') },
        ),
      ],
      want: 'function configure(options: {\n  first: FirstWithAVeryLongTypeNameThatNeedsRoom;\n  second: SecondWithAVeryLongTypeNameThatNeedsRoom;\n}): void {}\n',
    },
    {
      name: 'type predicates as return types',
      given: [
        b.fn('isFoo', [b.param('value', b.kw('unknown'))], [b.ret(b.bool(true))], {
          returns: { kind: 'typePredicate', param: 'value', type: ref('Foo') },
        }),
        b.fn('assertFoo', [b.param('value', b.kw('unknown'))], [], {
          returns: { kind: 'typePredicate', param: 'value', type: ref('Foo'), asserts: true },
        }),
      ],
      want: 'function isFoo(value: unknown): value is Foo {\n  return true;\n}\nfunction assertFoo(value: unknown): asserts value is Foo {}\n',
    },
  ]);
});
