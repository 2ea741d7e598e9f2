/**
 * The API surface and its diff: what a spec change does to callers, BREAKING where their code can
 * break. The package version that follows from it is in version.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/build/index.js';
import { loadSpec, resolveRefs } from '../../generator/load/index.js';
import { SchemaReader } from '../../generator/schema/read.js';
import { buildApiSurface, diffApiSurface, formatChanges, parseApiSurface } from '../../generator/surface/index.js';
import type { ApiSurface, FieldSurface, OperationSurface, ParamSurface } from '../../generator/surface/surface.js';
import { ROOT } from '../support/cli.js';

const PER_PAGE: ParamSurface = { in: 'query', required: false, type: 'number', minimum: 5, maximum: 50, default: 20 };
const ORDER: ParamSurface = { in: 'query', required: false, type: 'string', enum: ['type', 'occurred_at', 'action'] };
const FIELDS: Record<string, FieldSurface> = {
  result: { required: true, type: 'array' },
  'result[]': { required: true, type: 'object' },
  'result[].id': { required: true, type: 'string', maxLength: 32 },
  'result[].zone': { required: true, type: 'object' },
  'result[].zone.name': { required: false, type: 'string' },
  'result[].status': { required: true, type: 'string', enum: ['paid', 'open'] },
};
const LIST: OperationSurface = {
  operationId: 'listUserBillingHistory',
  method: 'GET',
  path: '/user/billing/history',
  deprecated: false,
  paginated: true,
  contentTypes: [],
  params: { order: ORDER, per_page: PER_PAGE },
  response: FIELDS,
};
const BEFORE: ApiSurface = {
  surfaceVersion: 2,
  title: 'API',
  version: '1.0.0',
  apiVersion: '4.0.0',
  operations: { 'user.billing.history.list': LIST },
};

/** The base surface with one operation changed. */
function withList(change: Partial<OperationSurface>): ApiSurface {
  return { ...BEFORE, operations: { 'user.billing.history.list': { ...LIST, ...change } } };
}
function withParam(name: string, param: ParamSurface | undefined): ApiSurface {
  const params: Record<string, ParamSurface> = { ...LIST.params };
  if (param === undefined) delete params[name];
  else params[name] = param;
  return withList({ params });
}
function withField(name: string, field: FieldSurface | undefined): ApiSurface {
  const response: Record<string, FieldSurface> = { ...FIELDS };
  if (field === undefined) delete response[name];
  else response[name] = field;
  return withList({ response });
}

const OP = 'user.billing.history.list';

describe('diffApiSurface: what a spec change does, BREAKING where callers can break', () => {
  it.each<{ given: string; before?: ApiSurface; after: ApiSurface; want: { breaking: boolean; message: string }[] }>([
    { given: 'no change', after: BEFORE, want: [] },
    // operations
    {
      given: 'a removed operation',
      after: { ...BEFORE, operations: {} },
      want: [{ breaking: true, message: 'operation removed (was GET /user/billing/history)' }],
    },
    {
      given: 'an added operation',
      after: {
        ...BEFORE,
        operations: { ...BEFORE.operations, 'zones.list': { ...LIST, operationId: 'listZones', path: '/zones' } },
      },
      want: [{ breaking: false, message: 'operation added (GET /zones)' }],
    },
    {
      given: 'a renamed operationId',
      after: withList({ operationId: 'listHistory' }),
      want: [
        {
          breaking: true,
          message: 'operationId listUserBillingHistory -> listHistory (the exported type names follow it)',
        },
      ],
    },
    {
      given: 'a moved path',
      after: withList({ path: '/user/billing/items' }),
      want: [{ breaking: false, message: 'now GET /user/billing/items (was GET /user/billing/history)' }],
    },
    {
      given: 'a newly deprecated operation',
      after: withList({ deprecated: true }),
      want: [{ breaking: false, message: 'now deprecated' }],
    },
    {
      given: 'pagination dropped',
      after: withList({ paginated: false }),
      want: [{ breaking: true, message: 'no longer paginated (for await and .pages() stop working)' }],
    },
    {
      given: 'a request body media type dropped',
      before: withList({ contentTypes: ['application/json', 'multipart/form-data'] }),
      after: withList({ contentTypes: ['application/json'] }),
      want: [{ breaking: true, message: 'no longer accepts multipart/form-data bodies' }],
    },
    {
      given: 'a request body media type added',
      after: withList({ contentTypes: ['application/json'] }),
      want: [{ breaking: false, message: 'now accepts application/json bodies' }],
    },
    // parameters
    {
      given: 'a removed parameter',
      after: withParam('order', undefined),
      want: [{ breaking: true, message: 'parameter order removed' }],
    },
    {
      given: 'a new optional parameter',
      after: withParam('since', { in: 'query', required: false, type: 'string', format: 'date-time' }),
      want: [{ breaking: false, message: 'new optional parameter since (query, string, format "date-time")' }],
    },
    {
      given: 'a new required parameter',
      after: withParam('zone_id', { in: 'query', required: true, type: 'string', maxLength: 32 }),
      want: [{ breaking: true, message: 'new required parameter zone_id (query, string, maxLength 32)' }],
    },
    {
      given: 'a parameter made required',
      after: withParam('order', { ...ORDER, required: true }),
      want: [{ breaking: true, message: 'parameter order: now required' }],
    },
    {
      given: 'a parameter made optional',
      before: withParam('order', { ...ORDER, required: true }),
      after: BEFORE,
      want: [{ breaking: false, message: 'parameter order: now optional' }],
    },
    {
      given: 'a narrowed enum',
      after: withParam('order', { ...ORDER, enum: ['type', 'occurred_at'] }),
      want: [{ breaking: true, message: 'parameter order: allowed values lose "action"' }],
    },
    {
      given: 'a widened enum',
      after: withParam('order', { ...ORDER, enum: [...(ORDER.enum ?? []), 'amount'] }),
      want: [{ breaking: false, message: 'parameter order: allowed values gain "amount"' }],
    },
    {
      given: 'an enum imposed',
      after: withParam('per_page', { ...PER_PAGE, enum: [20, 50] }),
      want: [{ breaking: true, message: 'parameter per_page: now restricted to 20, 50' }],
    },
    {
      given: 'a lower maximum',
      after: withParam('per_page', { ...PER_PAGE, maximum: 25 }),
      want: [{ breaking: true, message: 'parameter per_page: maximum 50 -> 25 (tightened)' }],
    },
    {
      given: 'a higher maximum',
      after: withParam('per_page', { ...PER_PAGE, maximum: 100 }),
      want: [{ breaking: false, message: 'parameter per_page: maximum 50 -> 100 (loosened)' }],
    },
    {
      given: 'a higher minimum',
      after: withParam('per_page', { ...PER_PAGE, minimum: 10 }),
      want: [{ breaking: true, message: 'parameter per_page: minimum 5 -> 10 (tightened)' }],
    },
    {
      given: 'a removed minimum',
      after: withParam('per_page', { in: 'query', required: false, type: 'number', maximum: 50, default: 20 }),
      want: [{ breaking: false, message: 'parameter per_page: minimum 5 removed (loosened)' }],
    },
    {
      given: 'a new pattern',
      after: withParam('order', { ...ORDER, pattern: '^[a-z_]+$' }),
      want: [{ breaking: true, message: 'parameter order: pattern "^[a-z_]+$" added (tightened)' }],
    },
    {
      given: 'a narrowed type',
      after: withParam('per_page', { ...PER_PAGE, type: 'integer' }),
      want: [{ breaking: true, message: 'parameter per_page: type number -> integer' }],
    },
    {
      given: 'a widened type',
      after: withParam('per_page', { ...PER_PAGE, type: 'number|string' }),
      want: [{ breaking: false, message: 'parameter per_page: type number -> number|string' }],
    },
    {
      given: 'a changed default',
      after: withParam('per_page', { ...PER_PAGE, default: 50 }),
      want: [{ breaking: false, message: 'parameter per_page: default 20 -> 50' }],
    },
    // response fields
    {
      given: 'a removed response field',
      after: withField('result[].id', undefined),
      want: [{ breaking: true, message: 'response field result[].id removed' }],
    },
    {
      given: 'a removed object, reported once for its fields',
      after: withList({
        response: Object.fromEntries(Object.entries(FIELDS).filter(([name]) => !name.startsWith('result[].zone'))),
      }),
      want: [{ breaking: true, message: 'response field result[].zone removed' }],
    },
    {
      given: 'an added response field',
      after: withField('result[].tax', { required: false, type: 'number' }),
      want: [{ breaking: false, message: 'response field result[].tax added (number, optional)' }],
    },
    {
      given: 'a field that may now be absent',
      after: withField('result[].id', { required: false, type: 'string', maxLength: 32 }),
      want: [{ breaking: true, message: 'response field result[].id: may now be absent' }],
    },
    {
      given: 'a field now always present',
      after: withField('result[].zone.name', { required: true, type: 'string' }),
      want: [{ breaking: false, message: 'response field result[].zone.name: now always present' }],
    },
    {
      given: 'a field that may now be null',
      after: withField('result[].id', { required: true, type: 'null|string', maxLength: 32 }),
      want: [{ breaking: true, message: 'response field result[].id: type string -> null|string' }],
    },
    {
      given: 'a response enum with a new value',
      after: withField('result[].status', { required: true, type: 'string', enum: ['paid', 'open', 'void'] }),
      want: [{ breaking: true, message: 'response field result[].status: allowed values gain "void"' }],
    },
    {
      given: 'a response enum losing a value',
      after: withField('result[].status', { required: true, type: 'string', enum: ['paid'] }),
      want: [{ breaking: false, message: 'response field result[].status: allowed values lose "open"' }],
    },
    {
      given: 'a response constraint tightened',
      after: withField('result[].id', { required: true, type: 'string', maxLength: 16 }),
      want: [{ breaking: false, message: 'response field result[].id: maxLength 32 -> 16 (tightened)' }],
    },
  ])('$given', ({ before = BEFORE, after, want }) => {
    expect(diffApiSurface(before, after)).toEqual(
      want.map((change) => ({
        operation: change.message.startsWith('operation added') ? 'zones.list' : OP,
        ...change,
      })),
    );
  });

  it('reports a new API version (info.version) on its own line, for the API as a whole', () => {
    expect(diffApiSurface(BEFORE, { ...BEFORE, apiVersion: '4.1.0' })).toEqual([
      { breaking: false, operation: '', message: 'API version 4.0.0 -> 4.1.0' },
    ]);
  });

  it('says nothing about the package version: that follows from the report, not into it', () => {
    expect(diffApiSurface(BEFORE, { ...BEFORE, version: '2.0.0' })).toEqual([]);
  });
});

describe('formatChanges', () => {
  it('marks breaking lines, aligns the rest, and counts both', () => {
    const changes = diffApiSurface(BEFORE, withParam('per_page', { ...PER_PAGE, maximum: 25, default: 25 }));
    expect(formatChanges(changes)).toEqual([
      'BREAKING  user.billing.history.list: parameter per_page: maximum 50 -> 25 (tightened)',
      '          user.billing.history.list: parameter per_page: default 20 -> 25',
      '1 breaking change, 1 other',
    ]);
  });

  it('says nothing when nothing changed', () => {
    expect(formatChanges([])).toEqual([]);
  });
});

describe('the API surface of the real spec', () => {
  it('keys operations by SDK method, parameters by name and response fields by their path in the body', async () => {
    const spec = resolveRefs(await loadSpec(path.join(ROOT, 'spec/openapi.yaml'), 'spec/openapi.yaml'));
    const model = buildModel(spec, {
      sourceName: 'spec/openapi.yaml',
      schemaReader: (ctx) => new SchemaReader(ctx),
    });
    const surface = buildApiSurface(model, '0.2.0');
    expect(surface).toMatchObject({ version: '0.2.0', apiVersion: '4.0.0' });
    expect(Object.keys(surface.operations)).toEqual(['aiGateway.billing.invoiceHistory', 'user.billing.history.list']);
    const list = surface.operations['user.billing.history.list'];
    expect(list?.params['per_page']).toEqual({
      in: 'query',
      required: false,
      type: 'number',
      minimum: 5,
      maximum: 50,
      default: 20,
    });
    expect(list?.response['result[].zone.name']).toEqual({ required: false, type: 'string' });
    expect(surface.operations['aiGateway.billing.invoiceHistory']?.response['result.invoices[].status']).toEqual({
      required: false,
      type: 'null|string',
    });
    expect(parseApiSurface(JSON.stringify(surface))).toEqual(surface);
  });

  it('stops at a cycle through allOf and oneOf (Pet: oneOf [Cat], Cat: allOf [Pet])', async () => {
    const file = 'test/generator/fixtures/polymorphic-cycle.yaml';
    const spec = resolveRefs(await loadSpec(path.join(ROOT, file), file));
    const model = buildModel(spec, { sourceName: file, schemaReader: (ctx) => new SchemaReader(ctx) });
    const response = buildApiSurface(model, '1.0.0').operations['pets.create']?.response;
    expect(response?.['petType']).toEqual({ required: true, type: 'string' });
    expect(response?.['parent']).toEqual({ required: false, type: 'object', recursive: 'Pet' });
    // In one member only: present, not required.
    expect(response?.['lives']).toEqual({ required: false, type: 'integer' });
    expect(response?.['bark']).toEqual({ required: false, type: 'boolean' });
  });

  it.each([
    { given: 'not JSON', text: '{' },
    { given: 'another surface version', text: JSON.stringify({ ...BEFORE, surfaceVersion: 0 }) },
    {
      given: 'a field without a type',
      text: JSON.stringify(withField('result[].id', { required: true } as FieldSurface)),
    },
  ])('is not read back from $given (the report is skipped, not the generation)', ({ text }) => {
    expect(parseApiSurface(text)).toBeUndefined();
  });
});
