/**
 * How fast the emitter prints: a synthetic module shaped like the client generator's output
 * (validators with nested ifs and long conditions, descriptor objects behind pure calls,
 * documented interfaces, long unions, overloads), grown to about 20 MB of TypeScript, printed
 * in each mode. Run with `npx tsx bench/emit-speed.ts [megabytes] [modes]` (modes: a comma-separated
 * subset of ts,js,dts,json); prints MB/s per mode.
 */
import type { Expr, Module, Stmt } from '../generator/emit/ast.js';
import * as b from '../generator/emit/build.js';
import { printJson } from '../generator/emit/json.js';
import { printModule } from '../generator/emit/print.js';

const targetMegabytes = Number(process.argv[2] ?? 20);
const modes = (process.argv[3] ?? 'ts,js,dts,json').split(',');

function check(name: string, index: number): Stmt[] {
  const value = b.id('value');
  const errors = b.id('errors');
  const path = b.id('path');
  const field = (key: string): Expr => b.member(b.id('obj'), key);
  const reject = (key: string, keyword: string, message: string): Expr =>
    b.call(b.id('reject'), [errors, b.binary('+', path, b.str(`/${key}`)), b.str(keyword), b.str(message)]);
  const body: Stmt[] = [
    b.ifThen(
      b.or(
        b.neq(b.typeOf(value), b.str('object')),
        b.eq(value, b.nul),
        b.call(b.member(b.id('Array'), 'isArray'), [value]),
      ),
      [
        b.ifThen(b.call(b.id('reject'), [errors, path, b.str('type'), b.str('must be object')]), [
          b.ret(b.bool(false)),
        ]),
      ],
    ),
    b.constDecl('obj', b.as(value, b.typeRef('Record', [b.kw('string'), b.kw('unknown')]))),
  ];
  for (const key of ['code', 'message', 'documentationUrl', 'pointer']) {
    body.push(
      b.constDecl(key, field(key)),
      b.ifThen(
        b.eq(b.id(key), b.undef),
        [b.ifThen(reject(key, 'required', `must have required property '${key}'`), [b.ret(b.bool(false))])],
        [
          b.ifThen(
            b.and(
              b.or(
                b.neq(b.typeOf(b.id(key)), b.str('number')),
                b.not(b.call(b.member(b.id('Number'), 'isInteger'), [b.id(key)])),
              ),
              reject(key, 'type', 'must be integer'),
            ),
            [b.ret(b.bool(false))],
          ),
          b.ifThen(b.and(b.lt(b.id(key), b.num(1000 + index)), reject(key, 'minimum', 'must be >= 1000')), [
            b.ret(b.bool(false)),
          ]),
        ],
      ),
    );
  }
  body.push(b.ret(b.bool(true)));
  return [
    b.fn(
      `check${name}`,
      [
        b.param('value', b.kw('unknown')),
        b.param('errors', b.arrayType(b.typeRef('ValidationIssue')), { optional: true }),
        b.param('path', undefined, { default: b.str('') }),
      ],
      body,
      { returns: b.kw('boolean') },
    ),
    b.blank,
  ];
}

function unit(index: number): Stmt[] {
  const name = `Resource${index}`;
  const members = Array.from({ length: 10 }, (_, field) =>
    b.propSig(`field${field}`, field % 2 === 0 ? b.kw('string') : b.union([b.kw('number'), b.kw('null')]), {
      optional: field % 3 === 0,
      readonly: true,
      doc: [`Field ${field} of ${name}.`, '', `@example ${field}`],
    }),
  );
  const descriptor = b.obj(
    Array.from({ length: 8 }, (_, field) =>
      b.prop(
        `field${field}`,
        b.obj(
          [
            b.prop('type', b.str('string')),
            b.prop('required', b.bool(field % 2 === 0)),
            b.prop('description', b.str(`The field number ${field} of the resource called ${name}.`)),
          ],
          true,
        ),
      ),
    ),
    true,
  );
  return [
    { kind: 'interface', name, exported: true, doc: [`A ${name}.`], members },
    b.blank,
    {
      kind: 'typeAlias',
      name: `${name}Status`,
      exported: true,
      type: b.union(
        ['active', 'inactive', 'pending', 'deleted', 'suspended', 'archived', 'failed', 'succeeded', 'unknown'].map(
          (state) => b.litType(`${state}-${index}`),
        ),
      ),
    },
    b.blank,
    b.constDecl(`${name}Schema`, b.call(b.id('object'), [descriptor], { pure: true }), {
      exported: true,
      type: b.typeRef('Schema', [b.typeRef(name)]),
    }),
    b.blank,
    ...check(name, index),
    b.fn(`is${name}`, [b.param('value', b.kw('unknown'))], [b.ret(b.call(b.id(`check${name}`), [b.id('value')]))], {
      exported: true,
      returns: { kind: 'typePredicate', param: 'value', type: b.typeRef(name) },
      doc: [`Whether \`value\` matches the \`${name}\` schema.`],
    }),
    b.blank,
    b.fn(
      `list${name}s`,
      [b.param('params', b.typeRef(`${name}Params`), { default: b.obj([]) })],
      [
        b.ret(
          b.call(b.member(b.id('client'), 'request'), [
            b.str('GET'),
            b.str(`/accounts/{account_id}/resources/${index}`),
            b.obj([b.prop('query', b.id('params')), b.prop('validate', b.id(`is${name}`))]),
          ]),
        ),
      ],
      {
        exported: true,
        returns: b.typeRef('Promise', [b.arrayType(b.typeRef(name))]),
        overloads: [{ params: [], returns: b.typeRef('Promise', [b.arrayType(b.typeRef(name))]) }],
      },
    ),
    b.blank,
  ];
}

export function syntheticModule(units: number): Module {
  const imports: Stmt[] = [
    { kind: 'comment', doc: ['Generated by the benchmark; do not edit.'] },
    b.blank,
    b.importFrom('./runtime/validation.js', ['reject', 'issuesOf', { name: 'ValidationIssue', typeOnly: true }]),
    b.blank,
  ];
  return { body: [...imports, ...Array.from({ length: units }, (_, index) => unit(index)).flat()] };
}

/**
 * Prints with wall-clock and CPU time: on a shared machine the wall clock includes time other
 * processes took, so CPU time is the figure that says what the printer costs.
 */
function measure(label: string, print: () => string): void {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const text = print();
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = Buffer.byteLength(text) / 1e6;
  const rate = (time: number): string => `${(megabytes / time).toFixed(1)} MB/s`;
  console.log(
    `${label.padEnd(5)} ${megabytes.toFixed(1).padStart(6)} MB: ${seconds.toFixed(2)} s wall (${rate(seconds)}), ${cpuSeconds.toFixed(2)} s CPU (${rate(cpuSeconds)})`,
  );
}

if (process.argv[1]?.endsWith('emit-speed.ts')) main();

function main(): void {
  const unitBytes = Buffer.byteLength(printModule(syntheticModule(1), 'ts'));
  const module = syntheticModule(Math.ceil((targetMegabytes * 1e6) / unitBytes));
  // A warm-up in every mode, so the figures are steady state rather than the JIT's first run.
  const warmUp = syntheticModule(200);
  for (const mode of ['ts', 'js', 'dts'] as const) printModule(warmUp, mode);
  for (const mode of ['ts', 'js', 'dts'] as const) {
    if (modes.includes(mode)) measure(mode, () => printModule(module, mode));
  }
  if (modes.includes('json')) {
    // The AST's JSON is about ten times the size of its code, so it gets its own, smaller module.
    const jsonUnitBytes = Buffer.byteLength(printJson(syntheticModule(1)));
    const value = syntheticModule(Math.ceil((targetMegabytes * 1e6) / jsonUnitBytes));
    measure('json', () => printJson(value));
  }
}
