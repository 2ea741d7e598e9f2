import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadAssets } from './assets.js';
import { SpecFileError } from './load/index.js';
import { generate, generationCache, type GenerateRequest, type Generation, type GenerationCache } from './pipeline.js';
import { formatChanges } from './surface/index.js';
import { formatIssue, warningLines } from './report.js';
import { SpecProblems } from './util/issue-list.js';
import { verifyOutput } from './verify.js';
import { watchPaths } from './watch.js';
import { ForeignOutputError, UnsafeOutputError, checkOutput, writeOutput } from './write/index.js';

const USAGE = `Usage: cf-billing-codegen [--spec FILE] [--out DIR] [--check | --watch] [options]

  --spec FILE       the OpenAPI 3.0/3.1 document, YAML or JSON (default: spec/openapi.yaml)
  --out DIR         the package folder to write (default: generated)
  --check           write nothing; exit 1 listing every file that differs from what the spec gives
  --watch           regenerate whenever the spec changes, until Ctrl-C
  --strict          treat every warning as an error (CI does, for the built-in spec)
  --force           write into a folder that is not ours, or over files changed by hand
  --version SEMVER  the package version (default: the previous one, raised by what changed)
  --verify          type-check the output under strict TypeScript after writing it
  --verbose         list every warning, and print stack traces of unexpected errors
  --help            this text

When the output changes, the API changes are listed first; BREAKING marks those that can break
code written against the previous package, and decides its next version (major, minor, patch).

Exit codes: 0 success, 1 a problem with the spec, the flags or the output folder, or a stale
--check, 2 a generator bug.`;

interface CliOptions extends GenerateRequest {
  readonly check: boolean;
  readonly watch: boolean;
  readonly verbose: boolean;
  readonly force: boolean;
  readonly verify: boolean;
  /** Whether --out was given: without it, a package from another spec is never overwritten. */
  readonly outGiven: boolean;
}

/** A bad flag or output folder: the user's problem, exit 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions | undefined;
  try {
    options = parseOptions(argv);
    if (options === undefined) {
      console.log(USAGE);
      return 0;
    }
    return options.watch ? await watchAndRegenerate(options) : await run(options);
  } catch (error) {
    return report(error, options?.verbose ?? argv.includes('--verbose'));
  }
}

function parseOptions(argv: readonly string[]): CliOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        spec: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        version: { type: 'string' },
        verify: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) return undefined;
  if (values.check && values.watch)
    throw new UsageError(`--check and --watch do not go together: --check writes nothing.\n\n${USAGE}`);
  if (values.version !== undefined && !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(values.version))
    throw new UsageError(`--version ${JSON.stringify(values.version)} is not a semantic version such as 1.2.3`);
  const spec = values.spec ?? 'spec/openapi.yaml';
  return {
    spec,
    displayName: displayPath(path.resolve(spec)),
    out: values.out ?? 'generated',
    outGiven: values.out !== undefined,
    strict: values.strict,
    ...(values.version === undefined ? {} : { version: values.version }),
    check: values.check,
    watch: values.watch,
    verbose: values.verbose,
    force: values.force,
    verify: values.verify,
  };
}

async function run(options: CliOptions, cache?: GenerationCache): Promise<number> {
  const started = performance.now();
  const generation = await generate(options, await loadAssets(), cache);
  guardOtherSpec(options, generation);
  for (const line of warningLines(generation.model.warnings, options.verbose)) console.warn(line);
  const changes = formatChanges(generation.changes);
  const spec = { name: generation.model.sourceName, sha256: generation.model.sourceHash };
  if (options.check) return runCheck(options.out, generation, changes, spec);
  const written = await writeOutput(options.out, generation.files, {
    spec,
    force: options.force,
    ...(cache === undefined ? {} : { memory: cache.output }),
  });
  for (const file of written.removed) console.log(`removed ${path.join(options.out, file)} (no longer generated)`);
  if (written.written.length > 0)
    for (const line of changes.length > 0 ? ['API changes:', ...changes.map((l) => `  ${l}`)] : []) console.log(line);
  if (options.verify) await verifyOutput(options.out);
  const ms = Math.round(performance.now() - started);
  const { operations } = generation.model;
  console.log(
    `${options.out}: ${generation.files.length} files, ${written.written.length} written, ${written.unchanged.length} unchanged, ` +
      `${written.removed.length} removed in ${ms} ms; ${operations.length} ${operations.length === 1 ? 'operation' : 'operations'}, ` +
      `version ${generation.version}`,
  );
  return 0;
}

/**
 * `--spec other.yaml` without `--out` would overwrite the default folder's package, generated
 * from another spec: refused, naming both. `--out` says the user means it.
 */
function guardOtherSpec(options: CliOptions, generation: Generation): void {
  const before = generation.previous.specName;
  if (options.outGiven || before === undefined || before === generation.model.sourceName) return;
  throw new UsageError(
    `${options.out} holds the package generated from ${before}; generating ${generation.model.sourceName} there would replace it. ` +
      `Pass --out DIR to generate ${options.displayName} into a folder of its own (or --out ${options.out} to replace it on purpose).`,
  );
}

async function runCheck(
  outDir: string,
  generation: Generation,
  changes: readonly string[],
  spec: { name: string; sha256: string },
): Promise<number> {
  const report = await checkOutput(outDir, generation.files, spec);
  const problems = [
    ...report.stale.map((file) => `stale: ${path.join(outDir, file)}`),
    ...report.missing.map((file) => `missing: ${path.join(outDir, file)}`),
    ...report.obsolete.map((file) => `obsolete: ${path.join(outDir, file)} (no longer generated)`),
  ];
  if (problems.length === 0) {
    console.log(`${outDir}: up to date (${generation.files.length} files)`);
    return 0;
  }
  console.error(
    `${outDir} does not match the spec; run \`npm run generate\`:\n${problems.map((line) => `  ${line}`).join('\n')}`,
  );
  for (const line of changes.length > 0 ? ['API changes:', ...changes.map((l) => `  ${l}`)] : []) console.error(line);
  return 1;
}

/** Generates, then again on every change of the spec, until SIGINT or SIGTERM: exit 0. */
async function watchAndRegenerate(options: CliOptions): Promise<number> {
  let stopping = false;
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      stopping = true;
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const cache = generationCache();
  const once = async (): Promise<void> => {
    try {
      await run(options, cache);
    } catch (error) {
      report(error, options.verbose);
    }
  };
  await Promise.race([once(), stopped]);
  if (stopping) return 0;
  const spec = path.resolve(options.spec);
  let watcher;
  try {
    watcher = watchPaths([{ path: spec, kind: 'file' }], async (changed) => {
      console.log(`\nchanged: ${changed.map(displayPath).join(', ')}`);
      await once();
    });
  } catch (error) {
    // The spec's folder is missing or unreadable: the user's problem (exit 1), not a bug.
    throw new UsageError(
      `cannot watch ${displayPath(spec)}: its folder cannot be watched (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  console.log(`watching ${displayPath(spec)} (Ctrl-C to stop)`);
  await stopped;
  await watcher.close();
  return 0;
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** User errors: located lines, exit 1. Anything else is a bug: stack trace, exit 2. */
function report(error: unknown, _verbose: boolean): number {
  if (error instanceof SpecProblems) {
    const errors = error.issues.filter((issue) => issue.severity === 'error');
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(
      `generation failed: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in the spec; nothing was written`,
    );
    return 1;
  }
  if (
    error instanceof UsageError ||
    error instanceof SpecFileError ||
    error instanceof ForeignOutputError ||
    error instanceof UnsafeOutputError
  ) {
    console.error(error.message);
    return 1;
  }
  console.error('cf-billing-codegen: unexpected error (a bug; please report it with this trace):');
  console.error(error instanceof Error ? error.stack : String(error));
  return 2;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
