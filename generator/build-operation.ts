import { buildParams } from './build-params.js';
import { buildSchema, type SchemaContext } from './build-schema.js';
import { camelCase, isPropertyName, pascalCase } from './names.js';
import type {
  HttpMethod,
  Json,
  Operation,
  Pagination,
  ParamsByLocation,
  SecurityRequirement,
  SuccessResponse,
} from './model.js';
import { getAtPointer, isRecord, joinPointer } from './pointer.js';

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

/** What an operation needs to know about the rest of the spec. */
export interface OperationContext extends SchemaContext {
  readonly schemeNames: ReadonlySet<string>;
  /** Declared schemes the client cannot send (OAuth, cookies...): alternatives needing them are dropped. */
  readonly unsupportedSchemes: ReadonlySet<string>;
  readonly defaultSecurity: unknown;
}

export function buildOperation(pathKey: string, method: HttpMethod, ctx: OperationContext): Operation {
  const pathPointer = joinPointer('/paths', pathKey);
  const pointer = joinPointer(pathPointer, method);
  const node = getAtPointer(ctx.spec.document, pointer) as Record<string, unknown>;
  const at = ctx.spec.locate(pointer);
  const operationId = operationIdOf(node, pathKey, method, pointer, ctx);
  const name = camelCase(operationId);
  const params = buildParams(pathKey, pathPointer, pointer, ctx);
  checkRequestBody(pointer, node, ctx);
  const pagination = buildPagination(pointer, node, params, ctx);
  return {
    operationId,
    name,
    typeName: pascalCase(name),
    method,
    path: pathKey,
    sdkPath: sdkPathOf(node, name, pointer, ctx),
    ...text(node, 'summary'),
    ...text(node, 'description'),
    tags: stringList(node.tags),
    deprecated: node.deprecated === true,
    params,
    security: securityOf(node, pointer, ctx),
    permissions: stringList(node['x-permissions']),
    success: buildSuccess(pointer, node, ctx),
    ...(pagination ? { pagination } : {}),
    at,
  };
}

function text(
  node: Record<string, unknown>,
  key: 'summary' | 'description',
): { summary?: string; description?: string } {
  return typeof node[key] === 'string' ? { [key]: node[key] } : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Real specs carry ids like `user-billing-history-(-deprecated)-billing-history-details`: sanitised, with a note. */
function operationIdOf(
  node: Record<string, unknown>,
  pathKey: string,
  method: HttpMethod,
  pointer: string,
  ctx: OperationContext,
): string {
  if (typeof node.operationId === 'string' && node.operationId !== '') {
    const name = camelCase(node.operationId);
    if (name !== node.operationId) {
      ctx.issues.warn(
        'operation_id_sanitised',
        ctx.spec.locate(joinPointer(pointer, 'operationId')),
        `operationId '${node.operationId}' is not an identifier; the SDK calls it ${name}`,
      );
    }
    return node.operationId;
  }
  const derived = camelCase(`${method} ${pathKey}`);
  ctx.issues.warn(
    'operation_id_sanitised',
    ctx.spec.locate(pointer),
    `operation has no operationId; the SDK calls it ${derived}`,
  );
  return derived;
}

function sdkPathOf(node: Record<string, unknown>, name: string, pointer: string, ctx: OperationContext): string[] {
  const declared = node['x-sdk-method'];
  if (declared === undefined) return [name];
  const segments = typeof declared === 'string' ? declared.split('.') : [];
  const bad = segments.find((segment) => !isPropertyName(segment));
  if (segments.length === 0 || bad !== undefined) {
    const problem =
      bad === undefined
        ? `must be a string, not ${JSON.stringify(declared)}`
        : `${JSON.stringify(declared)} has '${bad}', which is not an identifier`;
    ctx.issues.error(
      'invalid_sdk_method',
      ctx.spec.locate(joinPointer(pointer, 'x-sdk-method')),
      `x-sdk-method ${problem}: write dot-separated identifiers such as 'user.billing.history.list'`,
    );
    return [name];
  }
  return segments;
}

/** The SDK methods take parameters only: a body the spec requires would silently never be sent. */
function checkRequestBody(pointer: string, node: Record<string, unknown>, ctx: OperationContext): void {
  if (node.requestBody === undefined) return;
  const site = joinPointer(pointer, 'requestBody');
  const body = getAtPointer(ctx.spec.document, ctx.spec.refs.get(site) ?? site);
  const at = ctx.spec.locate(site);
  if (isRecord(body) && body.required === true) {
    ctx.issues.error(
      'unsupported_request_body',
      at,
      'request bodies are not supported: the SDK method could not send this required body',
    );
  } else {
    ctx.issues.warn(
      'unsupported_request_body',
      at,
      'request bodies are not supported: the SDK method sends none (this one is optional, so the operation is kept)',
    );
  }
}

function securityOf(node: Record<string, unknown>, pointer: string, ctx: OperationContext): SecurityRequirement[] {
  const own = Object.hasOwn(node, 'security');
  const declared = own ? node.security : ctx.defaultSecurity;
  const listPointer = own ? joinPointer(pointer, 'security') : '/security';
  if (declared === undefined) return [];
  if (!Array.isArray(declared)) {
    ctx.issues.error('invalid_schema', ctx.spec.locate(listPointer), 'security must be an array of requirements');
    return [];
  }
  const usable = declared.flatMap((requirement, index): SecurityRequirement[] => {
    if (!isRecord(requirement)) return [];
    const names = Object.keys(requirement);
    for (const scheme of names.filter(
      (scheme) => !ctx.schemeNames.has(scheme) && !ctx.unsupportedSchemes.has(scheme),
    )) {
      ctx.issues.error(
        'security_scheme_undefined',
        ctx.spec.locate(joinPointer(listPointer, index, scheme)),
        `security requirement names '${scheme}', which components.securitySchemes does not define`,
      );
    }
    return names.some((scheme) => ctx.unsupportedSchemes.has(scheme)) ? [] : [names];
  });
  if (declared.length > 0 && usable.length === 0) {
    ctx.issues.error(
      'unsupported_security_scheme',
      ctx.spec.locate(listPointer),
      'every security alternative needs a scheme the client cannot send (it sends bearer tokens and header API keys)',
    );
  }
  return usable;
}

const SUCCESS = /^2(\d\d|XX)$/;
const JSON_MEDIA = /^application\/(.+\+)?json(;.*)?$/;

function buildSuccess(pointer: string, node: Record<string, unknown>, ctx: OperationContext): SuccessResponse {
  const responses = isRecord(node.responses) ? node.responses : {};
  const status = Object.keys(responses)
    .sort()
    .find((code) => SUCCESS.test(code));
  if (status === undefined) {
    ctx.issues.error(
      'missing_success_response',
      ctx.spec.locate(joinPointer(pointer, 'responses')),
      'the operation declares no 2XX response: the SDK has nothing to return',
    );
    return {
      status: '200',
      contentType: '',
      schema: { kind: 'schema', at: ctx.spec.locate(pointer) },
      envelope: false,
      examples: [],
    };
  }
  const site = joinPointer(pointer, 'responses', status);
  const responsePointer = ctx.spec.refs.get(site) ?? site;
  const response = getAtPointer(ctx.spec.document, responsePointer);
  const content = isRecord(response) && isRecord(response.content) ? response.content : {};
  const contentType = Object.keys(content).find((type) => JSON_MEDIA.test(type));
  const description =
    isRecord(response) && typeof response.description === 'string' ? { description: response.description } : {};
  if (contentType === undefined) {
    // A 204 or a non-JSON body: the SDK resolves to the body as is.
    return {
      status,
      contentType: '',
      schema: { kind: 'schema', at: ctx.spec.locate(site) },
      envelope: false,
      examples: [],
      ...description,
    };
  }
  const mediaPointer = joinPointer(responsePointer, 'content', contentType);
  const schema = buildSchema(joinPointer(mediaPointer, 'schema'), ctx);
  return {
    status,
    contentType,
    schema,
    envelope: isEnvelope(joinPointer(mediaPointer, 'schema'), ctx),
    examples: mediaExamples(mediaPointer, ctx),
    ...description,
  };
}

/** A Cloudflare envelope says `success` and carries `result`, directly or through allOf. */
function isEnvelope(schemaPointer: string, ctx: SchemaContext): boolean {
  const names = propertyNames(schemaPointer, ctx, new Set());
  return names.has('success') && names.has('result');
}

function propertyNames(pointer: string, ctx: SchemaContext, seen: Set<string>): Set<string> {
  const target = ctx.spec.refs.get(pointer) ?? pointer;
  if (seen.has(target)) return new Set();
  seen.add(target);
  const node = getAtPointer(ctx.spec.document, target);
  if (!isRecord(node)) return new Set();
  const names = new Set(isRecord(node.properties) ? Object.keys(node.properties) : []);
  if (Array.isArray(node.allOf)) {
    node.allOf.forEach((_, index) =>
      propertyNames(joinPointer(target, 'allOf', index), ctx, seen).forEach((name) => names.add(name)),
    );
  }
  return names;
}

function mediaExamples(mediaPointer: string, ctx: SchemaContext): { name: string; value: Json }[] {
  const media = getAtPointer(ctx.spec.document, mediaPointer);
  if (!isRecord(media)) return [];
  if (Object.hasOwn(media, 'example')) return [{ name: 'example', value: media.example as Json }];
  if (!isRecord(media.examples)) return [];
  return Object.keys(media.examples).flatMap((name) => {
    const site = joinPointer(mediaPointer, 'examples', name);
    const example = getAtPointer(ctx.spec.document, ctx.spec.refs.get(site) ?? site);
    return isRecord(example) && Object.hasOwn(example, 'value') ? [{ name, value: example.value as Json }] : [];
  });
}

function buildPagination(
  pointer: string,
  node: Record<string, unknown>,
  params: ParamsByLocation,
  ctx: OperationContext,
): Pagination | undefined {
  const declared = node['x-sdk-pagination'];
  if (declared === undefined) return undefined;
  const where = joinPointer(pointer, 'x-sdk-pagination');
  const at = ctx.spec.locate(where);
  const fail = (message: string): undefined => {
    ctx.issues.error('invalid_pagination', at, `x-sdk-pagination: ${message}`);
    return undefined;
  };
  if (!isRecord(declared)) return fail('must be an object');
  const { style, pageParam, perPageParam, items, hasMore, totalCount } = declared;
  if (style !== 'page-number') return fail(`style ${JSON.stringify(style)} is not supported; use 'page-number'`);
  if (typeof pageParam !== 'string' || typeof perPageParam !== 'string')
    return fail('pageParam and perPageParam must name query parameters');
  for (const name of [pageParam, perPageParam]) {
    if (!params.query.some((param) => param.name === name))
      return fail(`names the query parameter '${name}', which the operation does not declare`);
  }
  if (!isBodyPointer(items)) return fail('items must be a JSON pointer into the response body, such as /result');
  if (hasMore !== undefined && !isBodyPointer(hasMore))
    return fail('hasMore must be a JSON pointer into the response body');
  if (totalCount !== undefined && !isBodyPointer(totalCount))
    return fail('totalCount must be a JSON pointer into the response body');
  return {
    style,
    pageParam,
    perPageParam,
    itemsPointer: items,
    ...(hasMore !== undefined ? { hasMorePointer: hasMore } : {}),
    ...(totalCount !== undefined ? { totalCountPointer: totalCount } : {}),
    at,
  };
}

function isBodyPointer(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/');
}
