/** What a call resolves or rejects with, given what the server answered. */
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  CloudflareAPIError,
  CloudflareError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
} from '../../generated/dist/index.js';
import { responseValidators } from '../../generated/dist/response-validators.js';
import { envelope, sendJson, type Handler } from '../runtime/server.js';
import {
  ACCOUNT,
  ENDPOINTS,
  HISTORY_PATH,
  INVOICE_PATH,
  PATHS,
  billingItem,
  callEndpoint,
  clientFor,
  rayFor,
  rejection,
  sendFailure,
  serveHistory,
  serveInvoices,
  startFileServer,
} from './harness.js';

const server = await startFileServer();

describe('envelope unwrapping', () => {
  it('history.list resolves to { result, result_info } without success, errors or messages', async () => {
    const items = serveHistory(server, 3);
    const page = await clientFor(server).user.billing.history.list({ per_page: 50, order: 'occurred_at' });
    expect(page).toEqual({ result: items, result_info: { page: 1, per_page: 50, count: 3, total_count: 3 } });
  });

  it('invoiceHistory resolves to the result itself: { invoices, pagination }', async () => {
    const invoices = serveInvoices(server, 2);
    const result = await clientFor(server).aiGateway.billing.invoiceHistory({ account_id: ACCOUNT, type: 'all' });
    expect(result).toEqual({ invoices, pagination: { page: 1, per_page: 20, total_count: 2, has_more: false } });
  });

  it.each(ENDPOINTS)('rejects a 200 whose envelope says success: false on the %s endpoint', async (endpoint) => {
    server.route('GET', PATHS[endpoint], (_req, res) => sendFailure(res, 200, 'Billing is unavailable'));
    const error = await rejection(callEndpoint(clientFor(server), endpoint));
    expect(error).toBeInstanceOf(CloudflareAPIError);
    expect(error.message).toBe(`GET ${PATHS[endpoint]} failed with status 200: Billing is unavailable (code 2000)`);
  });
});

const STATUSES = [
  { status: 400, type: BadRequestError, name: 'BadRequestError' },
  { status: 401, type: AuthenticationError, name: 'AuthenticationError' },
  { status: 403, type: PermissionDeniedError, name: 'PermissionDeniedError' },
  { status: 404, type: NotFoundError, name: 'NotFoundError' },
  { status: 409, type: ConflictError, name: 'ConflictError' },
  { status: 418, type: CloudflareAPIError, name: 'CloudflareAPIError' },
  { status: 422, type: UnprocessableEntityError, name: 'UnprocessableEntityError' },
  { status: 429, type: RateLimitError, name: 'RateLimitError' },
  { status: 500, type: InternalServerError, name: 'InternalServerError' },
  { status: 502, type: InternalServerError, name: 'InternalServerError' },
  { status: 503, type: InternalServerError, name: 'InternalServerError' },
];

describe('API errors by status', () => {
  const cases = ENDPOINTS.flatMap((endpoint) => STATUSES.map((row) => ({ endpoint, ...row })));

  it.each(cases)(
    'a $status from the $endpoint endpoint rejects as $name with status, errors, messages, requestId, method and path',
    async ({ endpoint, status, type, name }) => {
      server.route('GET', PATHS[endpoint], (_req, res) => sendFailure(res, status, `Failure ${status}`));
      const error = await rejection(callEndpoint(clientFor(server, { maxRetries: 0 }), endpoint));
      expect(error).toBeInstanceOf(type);
      expect(error).toBeInstanceOf(CloudflareAPIError);
      expect(error).toBeInstanceOf(CloudflareError);
      expect(error).toBeInstanceOf(Error);
      const apiError = error as CloudflareAPIError;
      expect(apiError.name).toBe(name);
      expect({ ...apiError }).toMatchObject({
        status,
        errors: [{ code: status * 10, message: `Failure ${status}` }],
        messages: [{ code: 1, message: 'see the docs' }],
        requestId: rayFor(status),
        method: 'GET',
        path: PATHS[endpoint],
        attempts: 1,
      });
      expect(apiError.message).toBe(
        `GET ${PATHS[endpoint]} failed with status ${status}: Failure ${status} (code ${status * 10})`,
      );
    },
  );
});

describe('response validation', () => {
  const badHistory: Handler = (_req, res) =>
    sendJson(res, 200, envelope([{ ...billingItem(1), id: 123 }], { total_count: 1 }), { 'cf-ray': rayFor('bad') });

  it('rejects a billing history body breaking the schema with ResponseValidationError at /result/0/id when validateResponses is on', async () => {
    server.route('GET', HISTORY_PATH, badHistory);
    const error = await rejection(
      clientFor(server, { validateResponses: responseValidators }).user.billing.history.list(),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    const failed = error as ResponseValidationError;
    expect(failed.message).toBe(
      `GET ${HISTORY_PATH} failed with status 200: body does not match the schema: /result/0/id must be string`,
    );
    expect(failed.issues).toEqual([{ path: '/result/0/id', keyword: 'type', message: 'must be string' }]);
    expect({ status: failed.status, requestId: failed.requestId }).toEqual({ status: 200, requestId: rayFor('bad') });
  });

  it('points into the invoices of an invoice history body breaking the schema', async () => {
    server.route('GET', INVOICE_PATH, (_req, res) =>
      sendJson(
        res,
        200,
        envelope({
          invoices: [{ amount_due: '1', amount_paid: 0, amount_remaining: 0, currency: 'USD' }],
          pagination: { has_more: false, page: 1, per_page: 20, total_count: 1 },
        }),
      ),
    );
    const error = await rejection(
      clientFor(server, { validateResponses: responseValidators }).aiGateway.billing.invoiceHistory({
        account_id: ACCOUNT,
      }),
    );
    expect((error as ResponseValidationError).issues).toEqual([
      { path: '/result/invoices/0/amount_due', keyword: 'type', message: 'must be number' },
    ]);
  });

  it('is off by default: the same bad body resolves as sent', async () => {
    server.route('GET', HISTORY_PATH, badHistory);
    const page = await clientFor(server).user.billing.history.list();
    expect(page.result[0]?.id).toBe(123);
  });
});
