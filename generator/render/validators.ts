import type { ApiModel, Operation, RenderedFile, Schema, SchemaObject } from '../model.js';
import { _, type Code, CodeWriter, docBlock, ident, jsdoc, join, Names } from './codegen.js';
import { emitSchema } from './validators-schema.js';
import { type FnScope, ModuleScope, PathExpr, RUNTIME_HELPERS, type SchemaFunctions } from './validators-scope.js';

/**
 * validators.ts: for every named schema, and every operation's parameters and success body,
 * `isX` (a type guard that stops at the first problem), `validateX` (every problem, each with a
 * JSON pointer) and `assertX`. Plain straight-line TypeScript: no ajv, no eval, nothing built
 * at run time but the regular expressions of `pattern`.
 */
export function renderValidators(model: ApiModel): RenderedFile {
  const targets = validationTargets(model);
  const module = new ModuleScope(schemaFunctions(model), moduleNames(targets));
  const body = new CodeWriter();
  for (const target of targets) writeTarget(target, module, body);
  return { path: 'src/validators.ts', contents: assemble(model, targets, module, body) };
}

/** One validated type: `typeName` is exported by models.ts. */
interface Target {
  readonly typeName: string;
  readonly schema: Schema;
  /** For doc comments: "the `BillingHistory` schema". */
  readonly what: string;
}

function validationTargets(model: ApiModel): Target[] {
  const targets: Target[] = model.schemas.map((named) => ({
    typeName: named.typeName,
    schema: named.schema,
    what: `the \`${named.name}\` schema`,
  }));
  for (const operation of model.operations) {
    const label = `\`${operation.method.toUpperCase()} ${operation.path}\``;
    targets.push({
      typeName: `${operation.typeName}Params`,
      schema: paramsSchema(operation),
      what: `the parameters of ${label}`,
    });
    targets.push({
      typeName: `${operation.typeName}Response`,
      schema: operation.success.schema,
      what: `the ${operation.success.status} response body of ${label}`,
    });
  }
  return targets;
}

/** The SDK takes path, query and header parameters as one flat object, and nothing else. */
function paramsSchema(operation: Operation): SchemaObject {
  const { path, query, header } = operation.params;
  return {
    kind: 'schema',
    at: operation.at,
    types: ['object'],
    properties: [...path, ...query, ...header].map((param) => ({
      name: param.name,
      required: param.required,
      schema: param.schema,
    })),
    additionalProperties: false,
  };
}

/** The exported functions of a type, and `checkX`, which does the work. */
interface TargetFunctions extends SchemaFunctions {
  readonly is: Code;
  readonly validate: Code;
  readonly assert: Code;
}

function functionsFor(typeName: string): TargetFunctions {
  return {
    is: ident(`is${typeName}`),
    check: ident(`check${typeName}`),
    validate: ident(`validate${typeName}`),
    assert: ident(`assert${typeName}`),
  };
}

function schemaFunctions(model: ApiModel): Map<string, SchemaFunctions> {
  return new Map(model.schemas.map((named) => [named.name, functionsFor(named.typeName)]));
}

/** Every module-level name is claimed up front, so a clash is found before any code is written. */
function moduleNames(targets: readonly Target[]): Names {
  const names = new Names(['value', 'path', 'errors', ...RUNTIME_HELPERS]);
  for (const { typeName } of targets) {
    if (names.has(`is${typeName}`)) throw new Error(`validators: two validated types are both named ${typeName}`);
    for (const fn of Object.values(functionsFor(typeName))) names.reserve(fn.toString());
  }
  return names;
}

/**
 * Globals and runtime names the generated code uses. A schema may be called `Record` or `Set`:
 * its type is then imported as `Record_`, so that it does not hide the global.
 */
const USED_GLOBALS: ReadonlySet<string> = new Set([
  'Array',
  'JSON',
  'Number',
  'Object',
  'ReadonlySet',
  'Record',
  'RegExp',
  'Set',
  'ValidationError',
  'ValidationIssue',
  'ValidationResult',
]);

function typeAlias(typeName: string): Code {
  return ident(USED_GLOBALS.has(typeName) ? `${typeName}_` : typeName);
}

function writeTarget(target: Target, module: ModuleScope, out: CodeWriter): void {
  const fns = functionsFor(target.typeName);
  const type = typeAlias(target.typeName);
  const issues = _`${module.helper('issuesOf')}(${fns.check}, value)`;
  out.blank().line(jsdoc(`Whether \`value\` matches ${target.what}. Stops at the first problem.`));
  out.block(_`export function ${fns.is}(value: unknown): value is ${type}`, () =>
    out.line(_`return ${fns.check}(value);`),
  );
  out.blank().line(jsdoc(`Checks \`value\` against ${target.what}; reports every problem, each with a JSON pointer.`));
  out.block(_`export function ${fns.validate}(value: unknown): ValidationResult<${type}>`, () => {
    out.line(_`if (${fns.is}(value)) return { ok: true, value };`);
    out.line(_`return { ok: false, errors: ${issues} };`);
  });
  out.blank().line(jsdoc(`Throws a ValidationError listing every problem unless \`value\` matches ${target.what}.`));
  out.block(_`export function ${fns.assert}(value: unknown): asserts value is ${type}`, () => {
    out.line(_`if (!${fns.is}(value)) throw new ${module.helper('ValidationError')}(${target.typeName}, ${issues});`);
  });
  writeCheck(fns.check, target.schema, module, out);
  // Branch functions of anyOf/oneOf, and the branches those ask for in turn.
  for (let next = module.pending.shift(); next !== undefined; next = module.pending.shift()) {
    writeCheck(next.name, next.schema, module, out);
  }
}

/**
 * `checkX(value, errors?, path?)`: without `errors`, whether the value is valid; with them, every
 * problem recorded there and `true`, so that the caller goes on checking.
 */
function writeCheck(name: Code, schema: Schema, module: ModuleScope, out: CodeWriter): void {
  const body = new CodeWriter();
  if (schema.kind === 'ref') body.line(_`return ${module.functionsOf(schema.name).check}(value, errors, path);`);
  else {
    const s: FnScope = { w: body, locals: new Names([], module.names), module, owner: name.toString() };
    emitSchema(schema, { data: _`value`, path: new PathExpr([_`path`]) }, s);
  }
  // A schema that accepts anything never reads its arguments; the underscores say so to tsc.
  const [value, errors, path] = body.empty ? [_`_value`, _`_errors`, _`_path`] : [_`value`, _`errors`, _`path`];
  out.blank();
  out.block(_`function ${name}(${value}: unknown, ${errors}?: ValidationIssue[], ${path} = ''): boolean`, () => {
    out.append(body);
    if (schema.kind !== 'ref') out.line(_`return true;`);
  });
}

function assemble(model: ApiModel, targets: readonly Target[], module: ModuleScope, body: CodeWriter): string {
  const out = new CodeWriter();
  for (const line of docBlock(header(model))) out.line(line);
  const types = join(
    targets.map((target) =>
      USED_GLOBALS.has(target.typeName)
        ? _`${ident(target.typeName)} as ${typeAlias(target.typeName)}`
        : ident(target.typeName),
    ),
    _`, `,
  );
  out.line(_`import type { ${types} } from './models.js';`);
  const helpers = [...module.helpers].sort().map((helper) => ident(helper));
  const imports = join([...helpers, _`type ValidationIssue`, _`type ValidationResult`], _`, `);
  out.line(_`import { ${imports} } from './runtime/validation.js';`);
  if (module.constants.toString() !== '\n') out.blank().append(module.constants);
  return out.blank().append(body).toString();
}

function header(model: ApiModel): string[] {
  return [
    `Validators for ${model.title}.`,
    '',
    "For every schema, and for every operation's parameters and success response body: `isX` (a",
    'type guard), `validateX` (every problem, each with a JSON pointer) and `assertX`. Plain',
    'TypeScript with no eval or new Function, so it also runs under a strict CSP.',
    '',
    `Generated from ${model.sourceName} by cloudflare-billing-codegen; do not edit.`,
  ];
}
