import type { Stmt, TypeNode } from '../emit/ast.js';
import { indexed, kw, litType, propSig, typeRef, union } from '../emit/build.js';
import type { BodyPath, Operation, OperationInput, Param, Schema } from '../model/index.js';
import type { RenderContext } from './context.js';
import { takesNothing } from './descriptor.js';
import { paramDoc, propertyDoc } from './method-doc.js';
import { BINARY_BODY_TYPE } from '../schema/type.js';

/**
 * What an operation's method takes and returns, as types, and the declarations those types need:
 * `XParams` per way to call it, `XResponse` (the body), `XResult` (an inline `result`), `XPage`
 * (a list's `{ result, result_info }`).
 */
export interface OperationShape {
  readonly operation: Operation;
  readonly declarations: readonly Stmt[];
  /** What the method resolves to. */
  readonly result: TypeNode;
  /** For paginated methods: one item. */
  readonly item?: TypeNode;
  /** Whether every key of the default params object is optional (the method may be called without). */
  readonly paramsOptional: boolean;
}

export function operationShape(operation: Operation, ctx: RenderContext): OperationShape {
  const declarations: Stmt[] = takesNothing(operation)
    ? []
    : operation.inputs.map((input) => paramsInterface(operation, input, ctx));
  const { success, typeName } = operation;
  if (success.kind === 'json' && success.schema !== undefined) {
    declarations.push(
      alias(`${typeName}Response`, ctx.type(success.schema, 'json'), [
        `The ${success.status} response body of \`${label(operation)}\`.`,
      ]),
    );
  }
  if (success.unwrap === 'result' && success.resultSchema !== undefined && success.resultSchema.kind !== 'ref') {
    declarations.push(
      alias(`${typeName}Result`, ctx.type(success.resultSchema, 'json'), [
        `The \`result\` of \`${label(operation)}\`.`,
      ]),
    );
  }
  if (success.unwrap === 'page') {
    const pick = typeRef('Pick', [typeRef(`${typeName}Response`), union([litType('result'), litType('result_info')])]);
    declarations.push(
      alias(`${typeName}Page`, pick, [
        `What \`${operation.sdkPath.join('.')}()\` resolves to: one page, \`result\` and \`result_info\`.`,
      ]),
    );
  }
  const result = resultType(operation, ctx);
  const item = operation.pagination === undefined ? undefined : itemType(operation, ctx);
  return {
    operation,
    declarations,
    result,
    ...(item === undefined ? {} : { item }),
    paramsOptional: !(operation.inputs[0]?.schema.keywords.required?.length ?? 0),
  };
}

export function label(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

function alias(name: string, type: TypeNode, doc: readonly string[]): Stmt {
  return { kind: 'typeAlias', name, type, exported: true, doc };
}

function resultType(operation: Operation, ctx: RenderContext): TypeNode {
  const type = bodyType(operation, ctx);
  return operation.success.orEmpty ? union([type, kw('undefined')]) : type;
}

/** What a 2XX body resolves to. */
function bodyType(operation: Operation, ctx: RenderContext): TypeNode {
  const { success, typeName } = operation;
  if (success.kind === 'empty') return kw('void');
  if (success.kind === 'binary') return typeRef('Blob');
  if (success.kind === 'text') return kw('string');
  if (success.unwrap === 'page') return typeRef(`${typeName}Page`);
  if (success.unwrap === 'result') {
    const result = success.resultSchema;
    return result?.kind === 'ref' ? ctx.type(result, 'json') : typeRef(`${typeName}Result`);
  }
  return typeRef(`${typeName}Response`);
}

/**
 * One item of a paginated list: the named type of the array's items when the model can follow
 * the items path to it, else the element type reached through indexed access on the body type.
 */
function itemType(operation: Operation, ctx: RenderContext): TypeNode {
  const path = operation.pagination?.items ?? [];
  const schema = operation.success.schema;
  const items = schema === undefined ? undefined : itemsSchemaAt(schema, path, ctx);
  if (items !== undefined) return ctx.type(items, 'json');
  let type: TypeNode = typeRef(`${operation.typeName}Response`);
  for (const key of path) type = indexed(typeRef('NonNullable', [type]), litType(key));
  return indexed(typeRef('NonNullable', [type]), kw('number'));
}

function itemsSchemaAt(schema: Schema, path: BodyPath, ctx: RenderContext): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const key of path) {
    current = propertyOf(current, key, ctx);
    if (current === undefined) return undefined;
  }
  const node = current.kind === 'ref' ? ctx.named(current.target)?.schema : current;
  return node?.kind === 'schema' ? node.keywords.items : undefined;
}

function propertyOf(schema: Schema | undefined, key: string, ctx: RenderContext): Schema | undefined {
  for (let depth = 0; schema !== undefined && depth < 32; depth++) {
    if (schema.kind === 'ref') {
      schema = ctx.named(schema.target)?.schema;
      continue;
    }
    const own = schema.keywords.properties?.find((property) => property.name === key);
    if (own !== undefined) return own.schema;
    const fromAllOf = (schema.keywords.allOf ?? [])
      .map((member) => propertyOf(member, key, ctx))
      .filter((found) => found !== undefined);
    return fromAllOf.length === 1 ? fromAllOf[0] : undefined;
  }
  return undefined;
}

/** `XParams`: each parameter by key, then the body (its fields flattened, or under its key), each with its doc. */
function paramsInterface(operation: Operation, input: OperationInput, ctx: RenderContext): Stmt {
  const required = new Set(input.schema.keywords.required ?? []);
  const params = new Map(operation.params.map((param) => [param.key, param]));
  const members = (input.schema.keywords.properties ?? []).map((property) => {
    const param: Param | undefined = params.get(property.name);
    const direction = input.media === undefined || input.media.kind === 'json' ? 'json' : 'request';
    // A whole binary body has no schema to type it by (any bytes go): it is what the runtime sends.
    const binaryBody = param === undefined && input.media?.kind === 'binary' && property.name === input.media.bodyKey;
    const type = binaryBody ? BINARY_BODY_TYPE : ctx.type(property.schema, param === undefined ? direction : 'request');
    const doc = param === undefined ? propertyDoc(property.schema, ctx) : paramDoc(param, ctx);
    return propSig(property.name, type, { optional: !required.has(property.name), ...(doc.length > 0 ? { doc } : {}) });
  });
  const what = input.media === undefined ? '' : ` (body as ${input.media.mediaType})`;
  return {
    kind: 'interface',
    name: input.typeName,
    members,
    exported: true,
    doc: [
      `Parameters of \`${label(operation)}\`${what}: path, query and header parameters${input.media === undefined ? '' : ' and the body'} in one object.`,
    ],
  };
}
