import type {
  HttpMethod,
  Json,
  Operation,
  Param,
  RequestBody,
  ResponseEntry,
  SecurityRequirement,
  SuccessResponse,
} from '../model/index.js';
import { isRecord, joinPointer } from '../util/pointer.js';
import { buildRequestBody } from './body.js';
import { type BuildContext, at, objectAt, stringList, text } from './context.js';
import { camelCase } from './identifiers.js';
import type { NamedLookup } from './object-shape.js';
import { buildPagination } from './pagination.js';
import { buildParams } from './params.js';
import { buildResponseEntries, buildSuccess, isArraySchema } from './responses.js';

export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];

/** An operation before the names that need every other operation: its SDK path and type names. */
export type OperationDraft = Omit<Operation, 'sdkPath' | 'sdkPathSource' | 'typeName' | 'descriptorName' | 'inputs'> & {
  readonly node: Readonly<Record<string, Json>>;
  readonly pointer: string;
  /** Whether it returns a list: a GET on a collection is then `list`, not `get`. */
  readonly listLike: boolean;
};

export interface OperationInputs {
  readonly named: NamedLookup;
  /** Security alternatives by the pointer of the list that declares them (the operation's, else the document's). */
  readonly security: (listPointer: string) => SecurityRequirement[];
}

export function buildOperationDraft(
  ctx: BuildContext,
  pathKey: string,
  method: HttpMethod,
  inputs: OperationInputs,
): OperationDraft | undefined {
  // A path item may be a $ref: its parameters and operations are where it points.
  const pathPointer = objectAt(ctx, joinPointer('/paths', pathKey))?.pointer ?? joinPointer('/paths', pathKey);
  const pointer = joinPointer(pathPointer, method);
  const found = objectAt(ctx, pointer);
  if (found === undefined) return undefined;
  const { node } = found;
  warnOwnServers(ctx, [pathPointer, pointer], `${method.toUpperCase()} ${pathKey}`);
  const params = buildParams(ctx, pathKey, pathPointer, pointer);
  const body = buildRequestBody(ctx, pointer, params, inputs.named);
  const responses = buildResponseEntries(ctx, pointer);
  const success = buildSuccess(ctx, pointer, responses, inputs.named);
  const pagination = buildPagination(ctx, pointer, node, params, success, inputs.named);
  return {
    operationId: operationIdOf(ctx, node, method, pathKey, pointer),
    method,
    path: pathKey,
    ...optional(node, 'summary'),
    ...optional(node, 'description'),
    tags: stringList(node.tags),
    deprecated: node.deprecated === true,
    params,
    ...(body === undefined ? {} : { body }),
    success,
    responses,
    security: inputs.security(Object.hasOwn(node, 'security') ? joinPointer(pointer, 'security') : '/security'),
    permissions: permissionsOf(node),
    ...(pagination === undefined ? {} : { pagination }),
    ...externalDocsOf(node),
    at: at(ctx, pointer),
    node,
    pointer,
    listLike: pagination !== undefined || returnsList(success, inputs.named),
  };
}

/**
 * `servers` on the path item or the operation: the client sends every call to its one base URL
 * (the spec's first server, or the baseUrl option), which may be another host than these name.
 * The operation is still generated; the warning says where to look.
 */
function warnOwnServers(ctx: BuildContext, sites: readonly string[], what: string): void {
  for (const site of sites) {
    const servers = objectAt(ctx, site)?.node.servers;
    if (Array.isArray(servers) && servers.length > 0)
      ctx.issues.warn(
        'unsupported_servers',
        at(ctx, joinPointer(site, 'servers')),
        `${what} names servers of its own, which the client does not use: it sends the call to its base URL`,
      );
  }
}

function optional(
  node: Record<string, Json>,
  key: 'summary' | 'description',
): { summary?: string; description?: string } {
  const value = text(node, key);
  return value === undefined ? {} : { [key]: value };
}

/** Real specs carry ids such as `zone-level-access-applications-list-access-applications`: fine, kept. */
function operationIdOf(
  ctx: BuildContext,
  node: Record<string, Json>,
  method: HttpMethod,
  pathKey: string,
  pointer: string,
): string {
  const declared = text(node, 'operationId');
  if (declared !== undefined) return declared;
  const derived = camelCase(`${method} ${pathKey.replace(/[{}]/g, ' ')}`);
  ctx.issues.warn(
    'operation_id_sanitised',
    at(ctx, pointer),
    `the operation has no operationId; its types are named after ${derived}`,
  );
  return derived;
}

/** Our `x-permissions`, or Cloudflare's `x-cfPermissionsRequired: { enum: [...] }`. */
function permissionsOf(node: Record<string, Json>): string[] {
  const own = stringList(node['x-permissions']);
  if (own.length > 0) return own;
  const cloudflare = node['x-cfPermissionsRequired'];
  return isRecord(cloudflare) ? stringList(cloudflare.enum) : [];
}

function externalDocsOf(node: Record<string, Json>): Pick<Operation, 'externalDocs'> {
  const docs = node.externalDocs;
  if (!isRecord(docs) || typeof docs.url !== 'string') return {};
  return {
    externalDocs: { url: docs.url, ...(typeof docs.description === 'string' ? { description: docs.description } : {}) },
  };
}

function returnsList(success: SuccessResponse, named: NamedLookup): boolean {
  const schema = success.unwrap === 'none' ? success.schema : success.resultSchema;
  return schema !== undefined && isArraySchema(schema, named);
}

export type { Param, RequestBody, ResponseEntry };
