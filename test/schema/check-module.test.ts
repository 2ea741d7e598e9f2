import { describe, expect, it } from 'vitest';
import { printModule } from '../../generator/emit/print.js';
import { CheckModule } from '../../generator/schema/check.js';
import { generateChecks } from './support/generated.js';
import { documentOf, readSpec } from './support/spec.js';

/** One output module's checks: what it declares, imports and asks its caller to import. */
const { named } = readSpec(
  documentOf({
    A: {
      type: 'object',
      properties: {
        b: { $ref: '#/components/schemas/B' },
        c: { anyOf: [{ type: 'string', pattern: '^x' }, { $ref: '#/components/schemas/C' }] },
      },
    },
    B: { type: 'string', pattern: '^x' },
    C: { type: 'integer' },
    Any: {},
  }),
);
const moduleOf = (ids: readonly string[]): CheckModule => {
  const module = new CheckModule({
    functionOf: (id) => `check${id}`,
    helpersFrom: '../runtime/index.js',
  });
  for (const id of ids) module.add(`check${id}`, named(id), { direction: 'json' });
  return module;
};

describe('CheckModule', () => {
  it('asks the caller to import the named checks it calls and does not declare', () => {
    expect([...moduleOf(['A']).referencedSchemas].sort()).toEqual(['B', 'C']);
    expect([...moduleOf(['A', 'B']).referencedSchemas]).toEqual(['C']);
  });

  it('declares each check, then its branch functions, after one import and the shared constants', () => {
    const statements = moduleOf(['A', 'B']).statements();
    const kinds = statements.map((statement) =>
      'name' in statement ? `${statement.kind} ${statement.name}` : statement.kind,
    );
    expect(kinds).toEqual([
      'import',
      'variable PATTERN',
      'function checkA',
      'function checkA_anyOf1',
      'function checkB',
    ]);
  });

  it('prints the same text every time', () => {
    const print = (): string => printModule({ body: moduleOf(['A', 'B', 'C']).statements() }, 'js');
    expect(print()).toBe(print());
  });

  it('a check that accepts anything reads none of its parameters', () => {
    expect(printModule({ body: moduleOf(['Any']).statements() }, 'ts')).toContain(
      "export function checkAny(_value: unknown, _sink?: IssueSink, _path: string = ''): boolean {\n  return true;\n}",
    );
  });

  it('imports only the helpers it uses, with the IssueSink type', () => {
    expect(printModule({ body: moduleOf(['C']).statements() }, 'ts').split('\n')[0]).toBe(
      "import { failType, type IssueSink } from '../runtime/index.js';",
    );
  });
});

describe('an inline subschema that occurs more than once', () => {
  const money = {
    type: 'object',
    required: ['amount', 'currency'],
    properties: { amount: { type: 'number', minimum: 0 }, currency: { type: 'string', enum: ['USD', 'EUR'] } },
  };
  const { schemas } = readSpec(
    documentOf({
      Invoice: {
        type: 'object',
        properties: {
          total: money,
          // Only its description differs: the same code checks it.
          tax: { ...money, description: 'The tax.' },
          lines: { type: 'array', items: money },
        },
      },
      Refund: money,
    }),
  );

  it('is checked by one function, called from every place it occurs', async () => {
    const checks = await generateChecks(schemas);
    const declared = checks.js.match(/^(export )?function \w+/gm) ?? [];
    expect(declared).toEqual(['export function check_Invoice', 'export function check_Refund']);
    expect(checks.js.match(/check_Refund\(/g)).toHaveLength(4);
  });

  it('reports each problem at its own place', async () => {
    const checks = await generateChecks(schemas);
    const value = { total: { amount: -1, currency: 'USD' }, tax: { amount: 1 }, lines: [{ amount: 1, currency: 'X' }] };
    expect(checks.issues('Invoice', value).map((issue) => `${issue.path} ${issue.keyword}`)).toEqual([
      '/total/amount minimum',
      '/tax required',
      '/lines/0/currency enum',
    ]);
    expect(checks.check('Invoice')(value)).toBe(false);
    expect(checks.check('Invoice')({ total: { amount: 1, currency: 'EUR' }, lines: [] })).toBe(true);
  });
});
