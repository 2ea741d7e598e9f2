/**
 * The types a user of the generated package gets, from generated/dist/*.d.ts.
 *
 * The assertions are `expectTypeOf` and `// @ts-expect-error`, which only the type checker sees:
 * `vitest run` executes them as no-ops. So the last describe compiles this very file with the
 * TypeScript API under the strict flags and fails on any diagnostic, and shows that a broken
 * assertion does produce one. Method calls below are never awaited: a PagePromise sends nothing
 * until it is awaited or iterated, so no test here touches the network.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  AuthenticationError,
  CloudflareAPIError,
  CloudflareError,
  createCloudflareBillingClient,
  PagePromise,
  RateLimitError,
  RequestValidationError,
  type APIMessage,
  type BillingHistory,
  type Invoice,
  type InvoiceHistoryResult,
  type InvoicePagination,
  type ListUserBillingHistoryPage,
  type ResultInfo,
  type ValidationIssue,
} from '../../generated/dist/index.js';

const cf = createCloudflareBillingClient({ apiToken: 'type-test-token' });
const history = cf.user.billing.history.list;
const invoices = cf.aiGateway.billing.invoiceHistory;

type ItemOf<T> = T extends AsyncIterable<infer Item> ? Item : never;

describe('parameter types', () => {
  it('accept the documented parameters of both methods', () => {
    expectTypeOf(history).toBeCallableWith();
    expectTypeOf(history).toBeCallableWith({ per_page: 50, order: 'occurred_at' });
    expectTypeOf(history).toBeCallableWith({
      action: 'subscription',
      type: 'charge',
      occurred_at: '2024-01-01T00:00:00Z',
      page: 2,
    });
    expectTypeOf(invoices).toBeCallableWith({ account_id: 'acc', type: 'all' });
    expectTypeOf(invoices).toBeCallableWith({ account_id: 'acc', page: 2, per_page: 20 }, { timeoutMs: 1000 });
  });

  it("reject an order outside 'type' | 'occurred_at' | 'action'", () => {
    // @ts-expect-error 'bogus' is not an order
    void cf.user.billing.history.list({ order: 'bogus' });
  });

  it('reject an invoice type outside auto | all | manual', () => {
    // @ts-expect-error 'monthly' is not an invoice type
    void cf.aiGateway.billing.invoiceHistory({ account_id: 'acc', type: 'monthly' });
  });

  it('require account_id for invoiceHistory', () => {
    // @ts-expect-error account_id is missing
    void cf.aiGateway.billing.invoiceHistory({ type: 'all' });
    // @ts-expect-error the parameters are required, since account_id is
    void cf.aiGateway.billing.invoiceHistory();
  });

  it('reject per_page as a string on both methods', () => {
    // @ts-expect-error per_page is a number
    void cf.user.billing.history.list({ per_page: '5' });
    // @ts-expect-error per_page is a number
    void cf.aiGateway.billing.invoiceHistory({ account_id: 'acc', per_page: '5' });
  });

  it('reject a parameter the spec does not have', () => {
    // @ts-expect-error colour is not a parameter
    void cf.user.billing.history.list({ colour: 'red' });
  });
});

describe('result types', () => {
  it('resolve history.list to { result: BillingHistory[], result_info }', () => {
    expectTypeOf(history).returns.resolves.toEqualTypeOf<ListUserBillingHistoryPage>();
    expectTypeOf<ListUserBillingHistoryPage['result']>().toEqualTypeOf<BillingHistory[]>();
    expectTypeOf<ListUserBillingHistoryPage['result_info']>().toEqualTypeOf<ResultInfo | undefined>();
  });

  it('type page.result[0]?.amount as number | undefined under noUncheckedIndexedAccess', () => {
    const page: ListUserBillingHistoryPage = { result: [] };
    expectTypeOf(page.result[0]?.amount).toEqualTypeOf<number | undefined>();
    expectTypeOf(page.result[0]?.zone.name).toEqualTypeOf<string | undefined>();
  });

  it('resolve invoiceHistory to { invoices: Invoice[], pagination }', () => {
    expectTypeOf(invoices).returns.resolves.toEqualTypeOf<InvoiceHistoryResult>();
    expectTypeOf<InvoiceHistoryResult['invoices'][number]>().toEqualTypeOf<Invoice>();
    expectTypeOf<InvoiceHistoryResult['pagination']>().toEqualTypeOf<InvoicePagination>();
    expectTypeOf<Invoice['amount_due']>().toEqualTypeOf<number>();
    expectTypeOf<Invoice['id']>().toEqualTypeOf<string | null | undefined>();
  });

  it('yield BillingHistory and Invoice items from for await, and whole pages from .pages()', () => {
    expectTypeOf<ItemOf<ReturnType<typeof history>>>().toEqualTypeOf<BillingHistory>();
    expectTypeOf<ItemOf<ReturnType<typeof invoices>>>().toEqualTypeOf<Invoice>();
    expectTypeOf<ItemOf<ReturnType<ReturnType<typeof history>['pages']>>>().toEqualTypeOf<ListUserBillingHistoryPage>();
    expectTypeOf(history).returns.toEqualTypeOf<PagePromise<ListUserBillingHistoryPage, BillingHistory>>();
    // The loop as a user writes it; defined, never run.
    async function walk(): Promise<void> {
      for await (const item of cf.user.billing.history.list({ per_page: 50 }))
        expectTypeOf(item).toEqualTypeOf<BillingHistory>();
      for await (const item of cf.aiGateway.billing.invoiceHistory({ account_id: 'acc' }))
        expectTypeOf(item).toEqualTypeOf<Invoice>();
    }
    expectTypeOf(walk).returns.toEqualTypeOf<Promise<void>>();
  });

  it('type raw calls by path, and reject a path the spec does not have', () => {
    // Defined, never run: raw sends at once.
    async function raw(): Promise<void> {
      const { data } = await cf.raw.GET('/user/billing/history', { params: { query: { per_page: 5 } } });
      expectTypeOf(data?.result).toEqualTypeOf<BillingHistory[] | undefined>();
      // @ts-expect-error not a path of the spec
      await cf.raw.GET('/user/billing/nowhere');
      // @ts-expect-error account_id is required by the path
      await cf.raw.GET('/accounts/{account_id}/ai-gateway/billing/invoice-history', { params: {} });
    }
    expectTypeOf(raw).returns.toEqualTypeOf<Promise<void>>();
  });
});

describe('error types', () => {
  /** What a user's catch block does; runs on a few values so the branches are real code. */
  function explain(error: unknown): string {
    if (error instanceof RateLimitError) {
      expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | null>();
      return `retry in ${error.retryAfterMs ?? 0} ms`;
    }
    if (error instanceof CloudflareAPIError) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.errors).toEqualTypeOf<readonly APIMessage[]>();
      expectTypeOf(error.requestId).toEqualTypeOf<string | null>();
      return `${error.status} ${error.method} ${error.path}`;
    }
    if (error instanceof RequestValidationError) {
      expectTypeOf(error.issues).toEqualTypeOf<readonly ValidationIssue[]>();
      return error.issues.map((issue) => issue.path).join();
    }
    if (error instanceof CloudflareError) {
      // @ts-expect-error only the API errors are known to carry a status
      return String(error.status);
    }
    return 'not from the client';
  }

  it('narrow with instanceof to the fields each class carries', () => {
    const unauthorized = new AuthenticationError('401', {
      method: 'GET',
      path: '/user/billing/history',
      status: 401,
      errors: [],
      messages: [],
      requestId: null,
      attempts: 1,
      retryAfterMs: null,
    });
    expect(explain(unauthorized)).toBe('401 GET /user/billing/history');
    expect(explain(new Error('other'))).toBe('not from the client');
    expectTypeOf<RateLimitError>().toExtend<CloudflareAPIError>();
    expectTypeOf<CloudflareAPIError>().toExtend<CloudflareError>();
    expectTypeOf<RequestValidationError>().not.toExtend<CloudflareAPIError>();
  });
});

const HERE = fileURLToPath(import.meta.url);
/** A file next to this one that must fail to compile, proving the check below can fail. */
const BROKEN = join(dirname(HERE), '__virtual__', 'broken-assertions.ts');
const BROKEN_SOURCE = `import { expectTypeOf } from 'vitest';
import { createCloudflareBillingClient, type BillingHistory } from '../../../generated/dist/index.js';
const cf = createCloudflareBillingClient({ apiToken: 't' });
// @ts-expect-error a valid order, so this directive has nothing to expect
void cf.user.billing.history.list({ order: 'type' });
expectTypeOf(cf.user.billing.history.list).returns.resolves.toEqualTypeOf<{ result: BillingHistory }>();
`;

/** Diagnostics per file of one program over this file and BROKEN, under the project's flags. */
function compile(): Map<string, ts.Diagnostic[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(dirname(HERE), '..', '..', 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('tsconfig.json did not parse');
  const options: ts.CompilerOptions = {
    ...config.options,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    name === BROKEN
      ? ts.createSourceFile(name, BROKEN_SOURCE, language)
      : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => name === BROKEN || fileExists.call(host, name);
  host.readFile = (name) => (name === BROKEN ? BROKEN_SOURCE : readFile.call(host, name));
  const program = ts.createProgram({ rootNames: [HERE, BROKEN], options, host });
  const byFile = new Map<string, ts.Diagnostic[]>([
    [HERE, []],
    [BROKEN, []],
  ]);
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = diagnostic.file?.fileName ?? '(global)';
    byFile.set(name, [...(byFile.get(name) ?? []), diagnostic]);
  }
  return byFile;
}

function describeDiagnostics(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('the type assertions of this file', () => {
  let diagnostics: Map<string, ts.Diagnostic[]>;
  beforeAll(() => {
    diagnostics = compile();
  });

  it('all hold: the file compiles with no diagnostics under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', () => {
    expect(
      describeDiagnostics([...diagnostics].filter(([name]) => name !== BROKEN).flatMap(([, list]) => list)),
    ).toEqual([]);
  });

  it('would fail if one did not: an unneeded @ts-expect-error and a wrong expectTypeOf are both reported', () => {
    const found = describeDiagnostics(diagnostics.get(BROKEN) ?? []);
    expect(found).toContainEqual(expect.stringMatching(/^4: TS2578 Unused '@ts-expect-error' directive/));
    expect(found).toContainEqual(expect.stringMatching(/^6: TS\d+ /));
  });
});
