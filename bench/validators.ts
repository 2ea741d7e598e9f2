/**
 * Part of the generator section: validations per second of whole response pages, our generated validators against
 * ajv compiled from the same spec. ajv is configured as the project's oracle is
 * (test/validators/support/oracle.ts: strictNumbers, ownProperties), so both check the same rules;
 * the fast comparison uses ajv's default `allErrors: false`, the invalid page `allErrors: true`
 * against our full error report.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  isBillingHistoryListResponse,
  isInvoiceHistoryResponse,
  validateBillingHistoryListResponse,
  validateInvoiceHistoryResponse,
} from '../generated/dist/validators.js';
import { loadSpec } from '../generator/load/index.js';
import {
  BILLING_PAGE_SIZE,
  billingHistoryPage,
  INVOICE_PAGE_SIZE,
  invalidBillingHistoryPage,
  invoiceHistoryPage,
} from './fixtures.js';
import { errorMessage, num, ratio, table, type Goal } from './report.js';
import { batched, batchSize, ROUND_TIME_MS, ROUNDS, runTasks, type BenchTask, type TaskFigures } from './tinybench.js';

const SPEC = 'spec/openapi.yaml';

async function compileAjv(allErrors: boolean): Promise<(schemaName: string) => ValidateFunction> {
  const { document } = await loadSpec(SPEC, SPEC);
  const ajv = new Ajv2020({ strict: false, strictNumbers: true, ownProperties: true, allErrors });
  addFormats.default(ajv);
  ajv.addSchema(document as object, 'spec');
  return (schemaName) => ajv.compile({ $ref: `spec#/components/schemas/${schemaName}` });
}

interface Case {
  readonly page: string;
  readonly data: unknown;
  /** What every validator of the case must answer. */
  readonly valid: boolean;
  readonly ours: readonly Validator[];
  readonly ajv: Validator;
}

interface Validator {
  readonly name: string;
  /** Returns how many problems it found (0 = valid), so results are consumed and comparable. */
  readonly check: (data: unknown) => number;
}

const fromResult = (result: { ok: boolean; errors?: readonly unknown[] }): number =>
  result.ok ? 0 : (result.errors?.length ?? 1);
const fromAjv =
  (validate: ValidateFunction) =>
  (data: unknown): number =>
    validate(data) ? 0 : (validate.errors?.length ?? 1);

async function cases(): Promise<Case[]> {
  const fast = await compileAjv(false);
  const all = await compileAjv(true);
  return [
    {
      page: `billing history, ${BILLING_PAGE_SIZE} items, valid`,
      data: billingHistoryPage(1, BILLING_PAGE_SIZE, 2000),
      valid: true,
      ours: [
        {
          name: 'ours validateBillingHistoryListResponse',
          check: (data) => fromResult(validateBillingHistoryListResponse(data)),
        },
        { name: 'ours isBillingHistoryListResponse', check: (data) => (isBillingHistoryListResponse(data) ? 0 : 1) },
      ],
      ajv: { name: 'ajv (allErrors: false)', check: fromAjv(fast('BillingHistoryListResponse')) },
    },
    {
      page: `invoice history, ${INVOICE_PAGE_SIZE} invoices, valid`,
      data: invoiceHistoryPage(1, INVOICE_PAGE_SIZE, 200),
      valid: true,
      ours: [
        {
          name: 'ours validateInvoiceHistoryResponse',
          check: (data) => fromResult(validateInvoiceHistoryResponse(data)),
        },
        { name: 'ours isInvoiceHistoryResponse', check: (data) => (isInvoiceHistoryResponse(data) ? 0 : 1) },
      ],
      ajv: { name: 'ajv (allErrors: false)', check: fromAjv(fast('InvoiceHistoryResponse')) },
    },
    {
      page: `billing history, ${BILLING_PAGE_SIZE} items, 4 problems`,
      data: invalidBillingHistoryPage(),
      valid: false,
      ours: [
        {
          name: 'ours validateBillingHistoryListResponse (every error, with paths)',
          check: (data) => fromResult(validateBillingHistoryListResponse(data)),
        },
      ],
      ajv: { name: 'ajv (allErrors: true)', check: fromAjv(all('BillingHistoryListResponse')) },
    },
  ];
}

/** Each validator must agree with the case before it is timed; one that does not is reported, not timed. */
function disagreement(testCase: Case, validator: Validator): string | undefined {
  try {
    const problems = validator.check(testCase.data);
    return (problems === 0) === testCase.valid
      ? undefined
      : `answered ${problems} problems on a page that is ${testCase.valid ? 'valid' : 'invalid'}`;
  } catch (error) {
    return errorMessage(error);
  }
}

interface CaseResult {
  readonly testCase: Case;
  readonly figures: readonly TaskFigures[];
  /** Problems each validator reported on the case, by name. */
  readonly problems: ReadonlyMap<string, number>;
}

let sink = 0;

async function measureCase(testCase: Case): Promise<CaseResult> {
  const validators = [...testCase.ours, testCase.ajv];
  const failures = new Map(validators.map((validator) => [validator.name, disagreement(testCase, validator)]));
  const tasks: BenchTask[] = validators
    .filter((validator) => failures.get(validator.name) === undefined)
    .map((validator) => {
      const call = (): number => (sink += validator.check(testCase.data));
      return { name: validator.name, fn: batched(call, batchSize(call)), async: false };
    });
  const measured = await runTasks(`validators: ${testCase.page}`, tasks);
  const figures = validators.map(
    (validator): TaskFigures =>
      measured.find((task) => task.name === validator.name) ?? {
        name: validator.name,
        roundMediansUs: [],
        samples: 0,
        error: failures.get(validator.name) ?? 'not run',
      },
  );
  const problems = new Map(validators.map((validator) => [validator.name, safeCount(validator, testCase.data)]));
  return { testCase, figures, problems };
}

function safeCount(validator: Validator, data: unknown): number {
  try {
    return validator.check(data);
  } catch {
    return Number.NaN;
  }
}

function caseRows(result: CaseResult): string[][] {
  const ajvOps = result.figures.find((figures) => figures.name === result.testCase.ajv.name)?.opsPerSec;
  return result.figures.map((figures) => {
    const isAjv = figures.name === result.testCase.ajv.name;
    return [
      result.testCase.page,
      figures.name,
      figures.error ? `failed: ${figures.error}` : num(figures.opsPerSec),
      num(figures.medianUs),
      String(result.problems.get(figures.name) ?? ''),
      isAjv ? '1.00× (baseline)' : ratio(figures.opsPerSec && ajvOps ? figures.opsPerSec / ajvOps : undefined),
    ];
  });
}

/** The goal of issue 13: each of our validators at least 5× ajv's validations per second on the valid pages. */
const GOAL_FACTOR = 5;

function goal(results: readonly CaseResult[]): Goal {
  const ratios = results
    .filter((result) => result.testCase.valid)
    .flatMap((result) => {
      const ajvOps = result.figures.find((figures) => figures.name === result.testCase.ajv.name)?.opsPerSec;
      return result.testCase.ours.map((validator) => {
        const ops = result.figures.find((figures) => figures.name === validator.name)?.opsPerSec;
        return { name: validator.name, ratio: ops && ajvOps ? ops / ajvOps : undefined };
      });
    });
  const measured = ratios.every((entry) => entry.ratio !== undefined);
  return {
    text: `every one of our validators checks a valid page at least ${GOAL_FACTOR}× as fast as ajv`,
    met: measured ? ratios.every((entry) => (entry.ratio ?? 0) >= GOAL_FACTOR) : undefined,
    detail: ratios.map((entry) => `${entry.name.replace(/^ours /, '')} ${ratio(entry.ratio)}`).join(', '),
  };
}

/** Our validators of the built-in spec against ajv: a table, and the ≥5× goal. */
export async function validators(): Promise<{ body: string; goals: Goal[] }> {
  const results: CaseResult[] = [];
  for (const testCase of await cases()) results.push(await measureCase(testCase));
  const body = [
    "ajv: `Ajv2020` + ajv-formats, the spec added as `spec`, each schema compiled from `{ $ref: 'spec#/components/schemas/…' }`, " +
      "with the oracle's settings (`strict: false, strictNumbers: true, ownProperties: true`). Ours: the compiled " +
      '`generated/dist/validators.js`. Each sample times a batch of calls (about 20 µs) and records the mean call; ' +
      `${ROUNDS} rounds of ${ROUND_TIME_MS} ms per validator, interleaved, median of the round medians. ` +
      '"÷ ajv" is validations per second of the row over ajv\'s: 1.00× or more means ours is no slower.',
    table(
      [
        { title: 'page' },
        { title: 'validator' },
        { title: 'validations/s', align: 'right' },
        { title: 'median µs', align: 'right' },
        { title: 'problems found', align: 'right' },
        { title: '÷ ajv', align: 'right' },
      ],
      results.flatMap(caseRows),
    ),
    `(checksum ${sink > 0 ? 'consumed' : 'empty'}: results are summed so no call can be optimised away.)`,
  ].join('\n\n');
  return { body, goals: [goal(results)] };
}
