import type { Module, Stmt, TypeMember, TypeNode } from '../emit/ast.js';
import { importFrom, indexed, kw, litType, objectType, propSig, typeRef } from '../emit/build.js';
import { printModule } from '../emit/print.js';
import { cachedText } from '../emit/print-cache.js';
import type { HttpMethod, Operation, Param, RenderedFile } from '../model/index.js';
import { byObject } from '../util/by-object.js';
import { append } from '../util/collections.js';
import type { RenderContext } from './context.js';
import { positionFreeJson } from '../plan/index.js';
import { header } from './header.js';
import { spaced } from './unit.js';

const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * `dist/types.d.ts` (the `./types` subpath): `paths`, `operations` and `components` in
 * openapi-typescript's shape, for `client.raw` (openapi-fetch's typing) and for code written against
 * openapi-typescript's output. Every schema is its named type, so the two views never disagree.
 */
export function renderTypesModule(ctx: RenderContext): RenderedFile[] {
  const { model, plan } = ctx;
  // What the module is made from, as text: the named types, their homes and their property names
  // (a type may require some of a referenced schema's: schema/type.ts `requiring`), and what each
  // operation's types are made of, in the model's order. `--watch` reuses the printed module while
  // these are the same: one interface of every operation is slow to print.
  const inputs = [
    positionFreeJson([
      model.title,
      model.sourceName,
      model.schemas.map((named) => [
        named.id,
        named.typeName,
        plan.home.get(named.id),
        named.schema.kind === 'schema' ? (named.schema.keywords.properties ?? []).map((property) => property.name) : [],
      ]),
    ]),
    ...model.operations.map(operationInputs),
  ].join('\n');
  let module: Module | undefined;
  const build = (): Module => (module ??= typesModule(ctx));
  return [
    { path: 'dist/types.js', contents: cachedText(`types.js\u0000${inputs}`, () => printModule(build(), 'js')) },
    { path: 'dist/types.d.ts', contents: cachedText(`types.d.ts\u0000${inputs}`, () => printModule(build(), 'dts')) },
  ];
}

/**
 * What an operation's types here are made of, as text; remembered by operation (the model is
 * never changed, and `--watch` keeps the operations an edit did not touch).
 */
const operationInputs = byObject((operation: Operation) =>
  positionFreeJson([
    operation.operationId,
    operation.path,
    operation.method,
    operation.summary,
    operation.params.map((param) => [param.in, param.name, param.required, param.schema]),
    operation.body === undefined
      ? null
      : [operation.body.required, operation.body.media.map((media) => [media.mediaType, media.schema])],
    operation.responses.map((response) => [
      response.status,
      response.description,
      response.content.map((entry) => [entry.mediaType, entry.schema]),
    ]),
  ]),
);

function typesModule(ctx: RenderContext): Module {
  const { model, plan } = ctx;
  const byFile = new Map<string, string[]>();
  for (const named of model.schemas) append(byFile, plan.home.get(named.id) || '', named.typeName);
  const imports = [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, names]) => importFrom(file === '' ? './schemas.js' : `./units/${file}.js`, names.sort(), true));
  const unique = uniqueOperationIds(model.operations);
  const body: Stmt[] = [
    header(model, `${model.title} in openapi-typescript's shape: \`paths\`, \`operations\` and \`components\`.`),
    ...imports,
    ...spaced([
      { kind: 'interface', name: 'paths', members: pathMembers(model.operations, unique, ctx), exported: true },
      { kind: 'typeAlias', name: 'webhooks', type: typeRef('Record', [kw('string'), kw('never')]), exported: true },
      { kind: 'interface', name: 'components', members: componentMembers(ctx), exported: true },
      { kind: 'typeAlias', name: '$defs', type: typeRef('Record', [kw('string'), kw('never')]), exported: true },
      {
        kind: 'interface',
        name: 'operations',
        members: model.operations
          .filter((operation) => unique.has(operation))
          .map((operation) => propSig(operation.operationId, operationType(operation, ctx))),
        exported: true,
      },
    ]),
  ];
  return { body };
}

/** Operations whose id no other shares: they are keyed in `operations`; the rest are written inline. */
function uniqueOperationIds(operations: readonly Operation[]): Set<Operation> {
  const counts = new Map<string, number>();
  for (const operation of operations) counts.set(operation.operationId, (counts.get(operation.operationId) ?? 0) + 1);
  return new Set(operations.filter((operation) => counts.get(operation.operationId) === 1));
}

function pathMembers(
  operations: readonly Operation[],
  unique: ReadonlySet<Operation>,
  ctx: RenderContext,
): TypeMember[] {
  const byPath = new Map<string, Operation[]>();
  for (const operation of operations) append(byPath, operation.path, operation);
  return [...byPath]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, list]) => {
      const members: TypeMember[] = [propSig('parameters', emptyParameters())];
      for (const method of METHODS) {
        const operation = list.find((candidate) => candidate.method === method);
        if (operation === undefined) members.push(propSig(method, kw('never'), { optional: true }));
        else {
          const type = unique.has(operation)
            ? indexed(typeRef('operations'), litType(operation.operationId))
            : operationType(operation, ctx);
          members.push(propSig(method, type, operation.summary === undefined ? {} : { doc: [operation.summary] }));
        }
      }
      return propSig(path, objectType(members, true));
    });
}

function emptyParameters(): TypeNode {
  return objectType(
    (['query', 'header', 'path', 'cookie'] as const).map((location) =>
      propSig(location, kw('never'), { optional: true }),
    ),
  );
}

function operationType(operation: Operation, ctx: RenderContext): TypeNode {
  const members: TypeMember[] = [propSig('parameters', parametersType(operation.params, ctx))];
  const body = operation.body;
  if (body === undefined) members.push(propSig('requestBody', kw('never'), { optional: true }));
  else {
    const content = objectType(body.media.map((media) => propSig(media.mediaType, ctx.type(media.schema, 'json'))));
    members.push(propSig('requestBody', objectType([propSig('content', content)]), { optional: !body.required }));
  }
  const responses = operation.responses.map((response) => {
    const headers = propSig(
      'headers',
      objectType([{ kind: 'indexSignature', keyName: 'name', keyType: kw('string'), type: kw('unknown') }]),
    );
    const content =
      response.content.length === 0
        ? propSig('content', kw('never'), { optional: true })
        : propSig(
            'content',
            objectType(response.content.map((entry) => propSig(entry.mediaType, ctx.type(entry.schema, 'json')))),
          );
    // A numeric key (`200`, not `'200'`): openapi-fetch finds success and error bodies by number.
    const numeric = /^\d+$/.test(response.status);
    return propSig(response.status, objectType([headers, content], true), {
      ...(numeric ? { numeric } : {}),
      ...(response.description === undefined ? {} : { doc: [response.description] }),
    });
  });
  members.push(propSig('responses', objectType(responses, true)));
  return objectType(members, true);
}

function parametersType(params: readonly Param[], ctx: RenderContext): TypeNode {
  return objectType(
    (['query', 'header', 'path', 'cookie'] as const).map((location) => {
      const here = params.filter((param) => param.in === location);
      if (here.length === 0) return propSig(location, kw('never'), { optional: true });
      const fields = here.map((param) =>
        propSig(param.name, ctx.type(param.schema, 'json'), { optional: !param.required }),
      );
      return propSig(location, objectType(fields), { optional: here.every((param) => !param.required) });
    }),
  );
}

function componentMembers(ctx: RenderContext): TypeMember[] {
  const schemas = objectType(
    // The spec's components only: a direction variant is no component.
    ctx.model.schemas
      .filter((named) => named.variant === undefined)
      .map((named) => propSig(named.id, typeRef(named.typeName))),
    true,
  );
  return [
    propSig('schemas', schemas),
    ...['responses', 'parameters', 'requestBodies', 'headers', 'pathItems'].map((name) => propSig(name, kw('never'))),
  ];
}
