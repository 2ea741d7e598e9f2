/**
 * The type tests (*.test-d.ts) fail the suite when an assertion does not hold: vitest's typecheck
 * mode, run as the main config runs it, over a fixture with deliberate type errors.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

interface JsonReport {
  readonly success: boolean;
  readonly testResults: readonly {
    readonly assertionResults: readonly { title: string; status: string; failureMessages: string[] }[];
  }[];
}

/** vitest, in a child process without this run's own VITEST* variables. */
function typecheckFixture(): Promise<{ code: number; report: JsonReport }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const args = ['run', '--config', 'test/typecheck/fixtures/vitest.config.ts', '--reporter=json'];
  return new Promise((resolve, reject) => {
    execFile(path.join(ROOT, 'node_modules/.bin/vitest'), args, { cwd: ROOT, env }, (error, stdout) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, report: JSON.parse(stdout) as JsonReport });
    });
  });
}

describe('type tests', () => {
  it('fail the run, test by test, when an assertion does not hold', async () => {
    const { code, report } = await typecheckFixture();
    expect(code).toBe(1);
    expect(report.success).toBe(false);
    const results = report.testResults.flatMap((file) => file.assertionResults);
    expect(results.map(({ title, status, failureMessages }) => ({ title, status, failureMessages }))).toEqual([
      { title: 'holds where the types are right', status: 'passed', failureMessages: [] },
      {
        title: 'fails where an assertion is wrong',
        status: 'failed',
        failureMessages: [expect.stringContaining('"Expected string, Actual number"')],
      },
      {
        title: 'fails where an @ts-expect-error has nothing to expect',
        status: 'failed',
        failureMessages: ["Unused '@ts-expect-error' directive."],
      },
    ]);
  });
});
