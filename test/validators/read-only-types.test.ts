/**
 * The types of readOnly and writeOnly required properties (see read-only.test.ts for the checks):
 * test/validators/fixtures/read-only-usage.ts, a user of the package generated from
 * read-only.yaml, must type-check under strict options, its `.d.ts` files included. The same
 * user against a package generated from the spec with `readOnly` and `writeOnly` taken out must
 * not: there every listed property is required both ways, so leaving one out is an error.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { type TscResult, typecheckConsumer } from '../support/strict-consumer.js';
import { generatePackage, removeGeneratedPackages } from './support/package.js';

const FIXTURE = 'test/validators/fixtures/read-only.yaml';
const USAGE = path.join(ROOT, 'test/validators/fixtures/read-only-usage.ts');
afterAll(removeGeneratedPackages);

/** tsc over the usage file, beside the package generated from `specFile`: its output and exit code. */
async function typecheckUsage(specFile: string): Promise<TscResult> {
  const { folder } = await generatePackage(specFile);
  return typecheckConsumer(path.dirname(folder), USAGE, 'usage.ts', 120_000);
}

describe('readOnly and writeOnly in the generated types', () => {
  it('a request may leave out a required readOnly property, a response a required writeOnly one', async () => {
    const result = await typecheckUsage(FIXTURE);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 130_000);

  it('without readOnly and writeOnly in the spec, the same user does not type-check', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'read-only-plain-'));
    const plain = path.join(folder, 'read-only-plain.yaml');
    const text = await readFile(path.join(ROOT, FIXTURE), 'utf8');
    await writeFile(plain, text.replace(/^\s*(readOnly|writeOnly): true\n/gm, ''));
    const result = await typecheckUsage(plain).finally(() => rm(folder, { recursive: true, force: true }));
    expect(result.code).not.toBe(0);
    // The requests that leave out `id` and `created_on`, and the response without `secret`; the
    // directives about what stays required still have their errors (no unused one, TS2578).
    expect(result.output).toMatch(/missing [^\n]*\bcreated_on\b/);
    expect(result.output).toMatch(/'secret' is missing/);
    expect(result.output).not.toMatch(/TS2578|TS2305/);
  }, 130_000);
});
