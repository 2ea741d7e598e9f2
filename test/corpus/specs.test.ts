/**
 * The spec corpus: every broken spec in test/corpus/specs/ is rejected with exit 1, one located
 * line naming the problem, no stack trace, and the output folder byte-for-byte as it was; every
 * other spec (odd, sloppy or using what the old generator refused) generates, with a located
 * warning for each liberty taken.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPTABLE_SPECS,
  BROKEN_SPECS,
  codeOf,
  GENERATED_SPECS,
  type BrokenSpec,
  type GeneratedSpec,
} from './specs/cases.js';
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
    expect(files).toEqual([...BROKEN_SPECS, ...GENERATED_SPECS].map((given) => given.spec).sort());
    const acceptable = (await readdir(path.join(ROOT, SPECS, 'acceptable'))).sort();
    expect(acceptable).toEqual(ACCEPTABLE_SPECS.map((given) => given.spec).sort());
    expect(BROKEN_SPECS.length).toBeGreaterThanOrEqual(15);
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

/** Generates one spec in-process with --verbose (every warning on its own located line). */
async function generateSpec(given: GeneratedSpec, folder: string): Promise<{ result: CliRun; out: string }> {
  const out = path.join(scratch, `generated-${given.spec}`, 'generated');
  const args = ['--verbose', '--spec', `${folder}/${given.spec}`, '--out', out];
  return { result: await runCliInProcess(given.verify ? [...args, '--verify'] : args), out };
}

async function expectGenerated(given: GeneratedSpec, folder: string): Promise<void> {
  const { result, out } = await generateSpec(given, folder);
  const lines = result.stderr.split('\n');
  const located = lines.filter((line) => line.startsWith(`${folder}/${given.spec}:`) && !line.includes('[no_server]'));
  // Each liberty taken, located, and no warning the case does not list (nor any error).
  expect(located).toEqual(given.warnings.map((warning) => `${folder}/${given.spec}:${warning}`));
  expect(stackFrames(`${result.stdout}${result.stderr}`)).toEqual([]);
  expect(result.stdout).toMatch(
    / \d+ files, \d+ written, 0 unchanged, 0 removed in \d+ ms; \d+ operations?, version /m,
  );
  expect(result.code).toBe(0);
  if (given.generated)
    expect(await readFile(path.join(out, given.generated.file), 'utf8')).toContain(given.generated.contains);
}

describe('specs the old generator refused generate, each liberty a located warning', () => {
  const known = GENERATED_SPECS.filter((given) => given.gap === undefined);
  it.each(known.map((given) => ({ ...given, codes: given.warnings.map(codeOf).join(', ') || 'no warning' })))(
    'generates $given ($spec: $codes)',
    (given) => expectGenerated(given, SPECS),
    120_000,
  );

  // Known gaps: each asserts the warning it should give, and fails until the generator gives it.
  const gaps = GENERATED_SPECS.filter((given) => given.gap !== undefined);
  it.fails.each(gaps)('gap: $given ($spec): $gap', async (given) => {
    const { result } = await generateSpec(given, SPECS);
    const want = given.gapWarning;
    expect(want).toBeDefined();
    const prefix = `${SPECS}/${given.spec}:`;
    expect(
      result.stderr
        .split('\n')
        .some(
          (line) =>
            line.startsWith(prefix) &&
            line.includes(`(#${want?.pointer}): warning: `) &&
            line.endsWith(`[${want?.code}]`),
        ),
    ).toBe(true);
  });
});

describe('real-world specs that are acceptable generate, with a located warning', () => {
  it.each(ACCEPTABLE_SPECS)(
    'generates $given ($spec)',
    (given) => expectGenerated(given, `${SPECS}/acceptable`),
    60_000,
  );
});
