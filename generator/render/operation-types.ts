import type { ApiModel, Operation, Schema } from '../model.js';
import { admitsType, deref, indexSchemas, propertySchema, schemaAtPointer, type SchemaIndex } from '../schema-query.js';
import { splitPointer } from '../pointer.js';
import { jsLiteral } from './template-engine.js';

/**
 * The decisions about what each SDK method takes and returns, made once and shared by the
 * renderers of models.ts and client.ts.
 */
export interface OperationTypes {
  readonly operation: Operation;
  /** `ListUserBillingHistoryParams` */
  readonly params: string;
  readonly paramsExpr: string;
  /** True when every parameter is optional, so the SDK method may be called with none. */
  readonly paramsOptional: boolean;
  /** The whole response body: `ListUserBillingHistoryResponse`. */
  readonly response: string;
  readonly responseExpr: string;
  /** What the method resolves to, and how the runtime unwraps the body to get it. */
  readonly unwrap: 'result' | 'page' | 'body';
  readonly value: string;
  /** Set when `value` is an alias that models.ts must declare. */
  readonly valueExpr?: string;
  /** The type of one item of a paged list. */
  readonly item?: string;
  readonly itemExpr?: string;
}

export function operationTypes(model: ApiModel): OperationTypes[] {
  const index = indexSchemas(model.schemas);
  const names = new Map(model.schemas.map((schema) => [schema.name, schema.typeName]));
  return model.operations.map((operation) => typesOf(operation, index, names));
}

function typesOf(operation: Operation, index: SchemaIndex, names: ReadonlyMap<string, string>): OperationTypes {
  const stem = operation.typeName;
  const response = `${stem}Response`;
  const unwrap = unwrapOf(operation, index);
  const value = valueOf(operation, unwrap, response, stem, index, names);
  return {
    operation,
    params: `${stem}Params`,
    paramsExpr: paramsExpr(operation),
    paramsOptional: [...operation.params.path, ...operation.params.query, ...operation.params.header].every(
      (param) => !param.required,
    ),
    response,
    responseExpr: responseExpr(operation),
    unwrap,
    ...value,
    ...itemOf(operation, response, stem, index, names),
  };
}

function unwrapOf(operation: Operation, index: SchemaIndex): OperationTypes['unwrap'] {
  if (!operation.success.envelope) return 'body';
  const result = propertySchema(operation.success.schema, 'result', index);
  return result !== undefined && isArraySchema(result, index) ? 'page' : 'result';
}

function isArraySchema(schema: Schema, index: SchemaIndex): boolean {
  const object = deref(schema, index);
  return object?.types !== undefined && admitsType(schema, 'array', index);
}

function valueOf(
  operation: Operation,
  unwrap: OperationTypes['unwrap'],
  response: string,
  stem: string,
  index: SchemaIndex,
  names: ReadonlyMap<string, string>,
): Pick<OperationTypes, 'value' | 'valueExpr'> {
  if (unwrap === 'body') return { value: response };
  if (unwrap === 'page') {
    const keys = propertySchema(operation.success.schema, 'result_info', index)
      ? "'result' | 'result_info'"
      : "'result'";
    return { value: `${stem}Page`, valueExpr: `Pick<${response}, ${keys}>` };
  }
  const named = namedType(propertySchema(operation.success.schema, 'result', index), names);
  return named ? { value: named } : { value: `${stem}Result`, valueExpr: `${response}['result']` };
}

function itemOf(
  operation: Operation,
  response: string,
  stem: string,
  index: SchemaIndex,
  names: ReadonlyMap<string, string>,
): Pick<OperationTypes, 'item' | 'itemExpr'> {
  const pagination = operation.pagination;
  if (!pagination) return {};
  const list = schemaAtPointer(operation.success.schema, pagination.itemsPointer, index);
  const named = namedType(list === undefined ? undefined : deref(list, index)?.items, names);
  if (named) return { item: named };
  return { item: `${stem}Item`, itemExpr: `${indexedAccess(response, pagination.itemsPointer)}[number]` };
}

function namedType(schema: Schema | undefined, names: ReadonlyMap<string, string>): string | undefined {
  return schema?.kind === 'ref' ? names.get(schema.name) : undefined;
}

/** `/result/invoices` -> `NonNullable<NonNullable<R['result']>['invoices']>` */
function indexedAccess(root: string, pointer: string): string {
  return splitPointer(pointer).reduce((type, token) => `NonNullable<${type}[${jsLiteral(token)}]>`, root);
}

function operationExpr(operation: Operation): string {
  return `paths[${jsLiteral(operation.path)}][${jsLiteral(operation.method)}]`;
}

/** One flat object of every parameter, as the official SDK takes them. Absent locations are left out: `never` would swallow the intersection. */
function paramsExpr(operation: Operation): string {
  const parts = (['path', 'query', 'header'] as const)
    .filter((location) => operation.params[location].length > 0)
    .map((location) => `NonNullable<${operationExpr(operation)}['parameters'][${jsLiteral(location)}]>`);
  return parts.length > 0 ? parts.join(' & ') : 'Record<string, never>';
}

function responseExpr(operation: Operation): string {
  const { status, contentType } = operation.success;
  if (contentType === '') return 'unknown';
  const statusKey = /^\d+$/.test(status) ? status : jsLiteral(status);
  return `${operationExpr(operation)}['responses'][${statusKey}]['content'][${jsLiteral(contentType)}]`;
}
