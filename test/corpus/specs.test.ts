/**
 * The spec corpus: every broken spec in test/corpus/specs/ is rejected with exit 1, one located
 * line naming the problem, no stack trace, and the output folder byte-for-byte as it was; every
 * acceptable real-world spec generates, with a located warning.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPTABLE_SPECS, BROKEN_SPECS, codeOf, type BrokenSpec } from './specs/cases.js';
import {
  copyOfGenerated,
  hashFiles,
  pool,
  ROOT,
  runCliInProcess,
  runCliProcess,
  stackFrames,
  type CliRun,
} from './support.js';

const SPECS = 'test/corpus/specs';

let scratch: string;
/** The CLI binary runs start at once and go on in the background while the in-process cases run. */
let binaryRuns: Promise<Rejection[]>;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'cf-corpus-'));
  binaryRuns = pool(
    BROKEN_SPECS.filter((given) => given.cli),
    4,
    (given) => reject(given, runCliProcess),
  );
  binaryRuns.catch(() => undefined); // awaited, and so reported, by its test
});

const inProcess = { tried: 0, clean: 0 };
const binary = { tried: 0, clean: 0 };
afterAll(async () => {
  await binaryRuns.catch(() => undefined);
  await rm(scratch, { recursive: true, force: true });
  console.log(
    `bad specs: ${inProcess.tried} tried, ${inProcess.clean} rejected cleanly, generated/ unchanged` +
      ` (${binary.tried} of them also through the CLI binary, ${binary.clean} rejected cleanly)`,
  );
});

/** What one run of a broken spec did: its output, and the output folder before and after. */
interface Rejection {
  readonly given: BrokenSpec;
  readonly result: CliRun;
  readonly before: Map<string, string>;
  readonly after: Map<string, string>;
  /** What sits beside the output folder afterwards: a staging folder left behind would show. */
  readonly siblings: string[];
}

/** Runs one broken spec against its own copy of generated/. */
async function reject(given: BrokenSpec, run: (args: string[]) => Promise<CliRun>): Promise<Rejection> {
  const out = await copyOfGenerated(scratch, given.spec);
  const before = await hashFiles(out);
  const result = await run(['--spec', `${SPECS}/${given.spec}`, '--out', out]);
  return { given, result, before, after: await hashFiles(out), siblings: await readdir(path.dirname(out)) };
}

function expectCleanRejection({ given, result, before, after, siblings }: Rejection, tally: typeof inProcess): void {
  tally.tried++;
  const lines = result.stderr.split('\n');
  expect(lines).toContain(`${SPECS}/${given.spec}:${given.want}`);
  // One mistake, one error: no second error that is only a consequence of the first.
  const count = given.errors ?? 1;
  const errors = lines.filter((line) => line.startsWith(`${SPECS}/${given.spec}:`) && !line.includes('): warning: '));
  expect(errors).toHaveLength(count);
  expect(lines).toContain(
    `generation failed: ${count} ${count === 1 ? 'problem' : 'problems'} in the spec; nothing was written`,
  );
  expect(stackFrames(`${result.stdout}${result.stderr}`)).toEqual([]);
  expect(result.code).toBe(1);
  expect(after).toEqual(before);
  expect(siblings).toEqual(['generated']);
  tally.clean++;
}

describe('broken specs are rejected: exit 1, one located line, no stack trace, output untouched', () => {
  it('has a spec file for every case and a case for every spec file', async () => {
    const files = (await readdir(path.join(ROOT, SPECS))).filter((file) => /\.(ya?ml|json)$/.test(file)).sort();
    expect(files).toEqual(BROKEN_SPECS.map((given) => given.spec).sort());
    expect(BROKEN_SPECS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(BROKEN_SPECS.map((given) => ({ ...given, code: codeOf(given.want) })))(
    'rejects $given ($spec -> $code)',
    async (given) => {
      expectCleanRejection(await reject(given, runCliInProcess), inProcess);
    },
  );

  it('rejects the same way through the CLI binary, one process per spec', async () => {
    const runs = await binaryRuns;
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (const run of runs) expectCleanRejection(run, binary);
  }, 120_000);
});

describe('real-world specs that are acceptable generate, with a located warning', () => {
  it.each(ACCEPTABLE_SPECS)(
    'generates $given ($spec)',
    async (given) => {
      const out = path.join(scratch, `acceptable-${given.spec}`, 'generated');
      const result = await runCliInProcess(['--spec', `${SPECS}/acceptable/${given.spec}`, '--out', out]);
      const lines = result.stderr.split('\n');
      for (const warning of given.warnings) expect(lines).toContain(`${SPECS}/acceptable/${given.spec}:${warning}`);
      expect(stackFrames(`${result.stdout}${result.stderr}`)).toEqual([]);
      expect(result.stdout).toMatch(/ \d+ files, \d+ written, 0 unchanged, 0 removed in \d+ ms$/m);
      expect(result.code).toBe(0);
      if (given.generated)
        expect(await readFile(path.join(out, given.generated.file), 'utf8')).toContain(given.generated.contains);
    },
    60_000,
  );
});
