/**
 * Synthetic OpenAPI 3.1 specs of any size, for the generator's scale curve. Operations come in
 * four shapes that cycle, so every size exercises the same mix the real spec does: path and
 * query parameters with constraints, enums, nested $ref schemas, both pagination styles
 * (`totalCount` and `hasMore`) and deprecated operations. Each operation gets its own resource
 * schema, so the schema count grows with the operation count as it does in Cloudflare's spec.
 *
 * Run alone: `npx tsx bench/synth-spec.ts 100 > spec.json`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type JsonObject = { [key: string]: unknown };

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

const SHARED_SCHEMAS: JsonObject = {
  Message: {
    type: 'object',
    required: ['code', 'message'],
    properties: { code: { type: 'integer', minimum: 1000 }, message: { type: 'string' } },
  },
  ResultInfo: {
    type: 'object',
    properties: {
      count: { type: 'number' },
      page: { type: 'number' },
      per_page: { type: 'number' },
      total_count: { type: 'number' },
    },
  },
  Pagination: {
    type: 'object',
    required: ['has_more', 'page', 'per_page'],
    properties: { has_more: { type: 'boolean' }, page: { type: 'integer' }, per_page: { type: 'integer' } },
  },
  Zone: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string', maxLength: 32 }, name: { type: 'string' } },
  },
  Owner: {
    type: 'object',
    required: ['id', 'type'],
    properties: {
      id: { type: 'string', maxLength: 32 },
      type: { type: 'string', enum: ['user', 'organization'] },
      zone: ref('Zone'),
    },
  },
  Failure: {
    type: 'object',
    required: ['errors', 'messages', 'result', 'success'],
    properties: {
      errors: { type: 'array', minItems: 1, items: ref('Message') },
      messages: { type: 'array', items: ref('Message') },
      result: { type: 'null' },
      success: { type: 'boolean', const: false },
    },
  },
};

function resourceSchema(): JsonObject {
  return {
    type: 'object',
    required: ['id', 'name', 'status', 'created_on', 'owner'],
    properties: {
      id: { type: 'string', maxLength: 32 },
      name: { type: 'string', minLength: 1, maxLength: 255 },
      status: { type: 'string', enum: ['active', 'pending', 'deleted'] },
      created_on: { type: 'string', format: 'date-time' },
      amount: { type: 'number', minimum: 0 },
      description: { type: ['string', 'null'] },
      tags: { type: 'array', maxItems: 10, items: { type: 'string', pattern: '^[a-z0-9-]+$' } },
      owner: ref('Owner'),
      settings: {
        type: 'object',
        properties: { enabled: { type: 'boolean' }, mode: { type: 'string', enum: ['strict', 'relaxed'] } },
      },
    },
  };
}

function envelope(result: JsonObject, extra: JsonObject = {}): JsonObject {
  return {
    type: 'object',
    required: ['errors', 'messages', 'result', 'success'],
    properties: {
      errors: { type: 'array', items: ref('Message') },
      messages: { type: 'array', items: ref('Message') },
      result,
      success: { type: 'boolean', const: true },
      ...extra,
    },
  };
}

const query = (name: string, schema: JsonObject, description: string): JsonObject => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const pathParam = (name: string): JsonObject => ({
  name,
  in: 'path',
  required: true,
  description: `The ${name}.`,
  schema: { type: 'string', maxLength: 32 },
});

function jsonResponse(schemaName: string): JsonObject {
  return {
    '200': { description: 'Success.', content: { 'application/json': { schema: ref(schemaName) } } },
    '4XX': { $ref: '#/components/responses/Failure' },
  };
}

/** What one operation adds: its path, its method, its schemas. */
interface OperationParts {
  readonly path: string;
  readonly operation: JsonObject;
  readonly schemas: JsonObject;
}

function totalCountList(n: number): OperationParts {
  return {
    path: `/zones/resources${n}`,
    operation: {
      operationId: `listResource${n}`,
      'x-sdk-method': `resource${n}.list`,
      summary: `List resource ${n}`,
      description: `Lists every resource ${n}, a page at a time.`,
      parameters: [
        query('page', { type: 'integer', minimum: 1, default: 1 }, 'Page number.'),
        query('per_page', { type: 'integer', minimum: 5, maximum: 50, default: 20 }, 'Items per page.'),
        query('order', { type: 'string', enum: ['name', 'created_on', 'status'] }, 'Sort field.'),
        query('name', { type: 'string', maxLength: 30 }, 'Filter by name.'),
        query('since', { type: 'string', format: 'date-time' }, 'Created on or after.'),
      ],
      'x-sdk-pagination': {
        style: 'page-number',
        pageParam: 'page',
        perPageParam: 'per_page',
        items: '/result',
        totalCount: '/result_info/total_count',
      },
      responses: jsonResponse(`Resource${n}ListResponse`),
    },
    schemas: {
      [`Resource${n}`]: resourceSchema(),
      [`Resource${n}ListResponse`]: envelope(
        { type: 'array', items: ref(`Resource${n}`) },
        { result_info: ref('ResultInfo') },
      ),
    },
  };
}

function getById(n: number): OperationParts {
  return {
    path: `/resources${n}/{resource_id}`,
    operation: {
      operationId: `getResource${n}`,
      'x-sdk-method': `resource${n}.get`,
      summary: `Get resource ${n}`,
      parameters: [
        pathParam('resource_id'),
        query('include', { type: 'string', enum: ['owner', 'settings', 'all'] }, 'Related data to embed.'),
      ],
      responses: jsonResponse(`Resource${n}Response`),
    },
    schemas: {
      [`Resource${n}`]: resourceSchema(),
      [`Resource${n}Response`]: envelope(ref(`Resource${n}`)),
    },
  };
}

function hasMoreList(n: number): OperationParts {
  return {
    path: `/accounts/{account_id}/resources${n}/items`,
    operation: {
      operationId: `listResource${n}Items`,
      'x-sdk-method': `resource${n}.items.list`,
      summary: `List items of resource ${n}`,
      parameters: [
        pathParam('account_id'),
        query('page', { type: 'integer', minimum: 1 }, 'Page number.'),
        query('per_page', { type: 'integer', minimum: 1, maximum: 100 }, 'Items per page.'),
        query('status', { type: 'string', enum: ['active', 'pending', 'deleted'], default: 'active' }, 'Filter.'),
      ],
      'x-sdk-pagination': {
        style: 'page-number',
        pageParam: 'page',
        perPageParam: 'per_page',
        items: '/result/items',
        hasMore: '/result/pagination/has_more',
      },
      responses: jsonResponse(`Resource${n}PageResponse`),
    },
    schemas: {
      [`Resource${n}`]: resourceSchema(),
      [`Resource${n}Page`]: {
        type: 'object',
        required: ['items', 'pagination'],
        properties: { items: { type: 'array', items: ref(`Resource${n}`) }, pagination: ref('Pagination') },
      },
      [`Resource${n}PageResponse`]: envelope(ref(`Resource${n}Page`)),
    },
  };
}

function deprecatedList(n: number): OperationParts {
  return {
    path: `/legacy/resources${n}`,
    operation: {
      operationId: `listLegacyResource${n}`,
      'x-sdk-method': `legacy.resource${n}.list`,
      deprecated: true,
      summary: `List resource ${n} (legacy)`,
      parameters: [
        query('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'At most this many.'),
        query('tag', { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 64 }, 'Filter by tag.'),
      ],
      responses: jsonResponse(`LegacyResource${n}Response`),
    },
    schemas: {
      [`Resource${n}`]: resourceSchema(),
      [`LegacyResource${n}Response`]: envelope({ type: 'array', items: ref(`Resource${n}`) }),
    },
  };
}

const SHAPES = [totalCountList, getById, hasMoreList, deprecatedList] as const;

function operationParts(n: number): OperationParts {
  const shape = SHAPES[n % SHAPES.length] ?? totalCountList;
  return shape(n);
}

/** A valid spec with exactly `operationCount` operations. */
export function syntheticSpec(operationCount: number): JsonObject {
  const paths: JsonObject = {};
  const schemas: JsonObject = { ...SHARED_SCHEMAS };
  for (let n = 0; n < operationCount; n++) {
    const parts = operationParts(n);
    paths[parts.path] = { get: parts.operation };
    Object.assign(schemas, parts.schemas);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: `Synthetic API (${operationCount} operations)`,
      version: '1.0.0',
      'x-sdk': { packageName: 'synthetic-client', packageVersion: '0.0.0', clientFactory: 'createSyntheticClient' },
    },
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ api_token: [] }],
    paths,
    components: {
      securitySchemes: { api_token: { type: 'http', scheme: 'bearer', 'x-sdk-env': 'SYNTHETIC_API_TOKEN' } },
      responses: {
        Failure: { description: 'Failure.', content: { 'application/json': { schema: ref('Failure') } } },
      },
      schemas,
    },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const count = Number(process.argv[2] ?? '10');
  process.stdout.write(`${JSON.stringify(syntheticSpec(count), null, 2)}\n`);
}
