import type { MethodSignature, Param as AstParam, Stmt, TypeMember, TypeNode } from '../emit/ast.js';
import { intersection, litType, objectType, param, propSig, typeRef } from '../emit/build.js';
import type { Namespace } from '../model/index.js';
import type { RenderContext } from './context.js';
import { takesNothing } from './descriptor.js';
import { methodDoc } from './method-doc.js';
import type { OperationShape } from './operation-shapes.js';

/**
 * The interfaces of a unit's part of the client tree: each namespace lists its children as
 * readonly properties and its operations as methods, typed and documented.
 */
export function namespaceInterfaces(
  namespaces: readonly Namespace[],
  shapes: ReadonlyMap<string, OperationShape>,
  ctx: RenderContext,
): Stmt[] {
  const typeNameOf = new Map(namespaces.map((namespace) => [namespace.path.join('.'), namespace.typeName]));
  return namespaces.map((namespace): Stmt => {
    const children = namespace.children.map((child): TypeMember => {
      const typeName = typeNameOf.get([...namespace.path, child].join('.'));
      if (typeName === undefined) throw new Error(`render: no namespace ${[...namespace.path, child].join('.')}`);
      return propSig(child, typeRef(typeName), { readonly: true });
    });
    const methods = namespace.methods.flatMap(({ name, operation }) => {
      const shape = shapes.get(operation.descriptorName);
      if (shape === undefined) throw new Error(`render: no shape for ${operation.operationId}`);
      return methodSignatures(name, shape, ctx);
    });
    return {
      kind: 'interface',
      name: namespace.typeName,
      members: [...children, ...methods],
      exported: true,
      doc: [`\`client.${namespace.path.join('.')}\``],
    };
  });
}

/** What a method returns: a PagePromise for lists walked page by page, else an APIPromise. */
export function returnType(shape: OperationShape): TypeNode {
  return shape.item === undefined
    ? typeRef('APIPromise', [shape.result])
    : typeRef('PagePromise', [shape.result, shape.item]);
}

/**
 * One signature per way to call the operation. With several media types, each gets its own
 * overload, chosen by `options.contentType` (the default one may leave it out).
 */
function methodSignatures(name: string, shape: OperationShape, ctx: RenderContext): MethodSignature[] {
  const doc = methodDoc(shape, ctx);
  const returns = returnType(shape);
  const { inputs } = shape.operation;
  if (takesNothing(shape.operation))
    return [
      {
        kind: 'methodSignature',
        name,
        params: [param('options', typeRef('RequestOptions'), { optional: true })],
        returns,
        doc,
      },
    ];
  return inputs.map((input, index): MethodSignature => {
    const required = (input.schema.keywords.required?.length ?? 0) > 0;
    const contentType = input.media === undefined || inputs.length === 1 ? undefined : input.media.mediaType;
    const options: AstParam =
      contentType === undefined
        ? param('options', typeRef('RequestOptions'), { optional: true })
        : param(
            'options',
            intersection([
              typeRef('RequestOptions'),
              objectType([propSig('contentType', litType(contentType), { optional: index === 0 })]),
            ]),
            { optional: index === 0 },
          );
    return {
      kind: 'methodSignature',
      name,
      params: [param('params', typeRef(input.typeName), required || index > 0 ? {} : { optional: true }), options],
      returns,
      ...(index === 0 ? { doc } : {}),
    };
  });
}
