import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApiSurface, parseApiSurface, SURFACE_FILE } from './api-surface.js';
import { formatIssue, SpecProblems, UsageError } from './errors.js';
import { generatePackage } from './generate.js';
import type { ApiModel, SpecIssue } from './model.js';
import { diffApiSurface, formatChanges } from './surface-diff.js';
import { watchPaths } from './watch.js';
import { checkOutput, writeOutput } from './write.js';

const USAGE = `Usage: cf-billing-codegen [--spec spec/openapi.yaml] [--out generated] [--check | --watch] [--verbose]

  --spec FILE   the OpenAPI 3.0/3.1 document, YAML or JSON (default: spec/openapi.yaml)
  --out DIR     the package folder to write (default: generated)
  --check       write nothing; exit 1 listing every file that differs from what the spec gives
  --watch       regenerate whenever the spec or a template changes, until Ctrl-C
  --verbose     print stack traces of unexpected errors and every warning
  --help        this text

When the output changes, the API changes are listed first (from DIR/${SURFACE_FILE}); BREAKING
marks those that can break code written against the previous client.

Exit codes: 0 success, 1 a problem with the spec, the flags or a stale --check, 2 a generator bug.`;

/** The generator's own templates, watched with the spec. */
const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

interface CliOptions {
  readonly spec: string;
  readonly out: string;
  readonly check: boolean;
  readonly watch: boolean;
  readonly verbose: boolean;
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
        spec: { type: 'string', default: 'spec/openapi.yaml' },
        out: { type: 'string', default: 'generated' },
        check: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { spec, out, check, watch, verbose, help } = parsed.values;
  if (help) return undefined;
  if (check && watch)
    throw new UsageError(`--check and --watch do not go together: --check writes nothing.\n\n${USAGE}`);
  return { spec, out, check, watch, verbose };
}

async function run(options: CliOptions): Promise<number> {
  const started = performance.now();
  const { model, files } = await generatePackage(
    options.spec,
    options.out,
    path.relative(process.cwd(), path.resolve(options.spec)),
  );
  printWarnings(model.warnings, options.verbose);
  const changes = await apiChanges(options.out, model);
  if (options.check) return runCheck(options.out, files, changes);
  const report = await writeOutput(options.out, files);
  for (const file of report.foreign) console.warn(`note: ${path.join(options.out, file)} is not generated; left alone`);
  for (const file of report.removed) console.log(`removed ${path.join(options.out, file)} (no longer generated)`);
  if (report.written.length > 0) for (const line of changes) console.log(line);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${options.out}: ${files.length} files, ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed in ${ms} ms`,
  );
  return 0;
}

/**
 * The change report: the surface the output folder holds against the one the spec gives now.
 * Lines to print, empty when the API did not change.
 */
async function apiChanges(outDir: string, model: ApiModel): Promise<string[]> {
  const file = path.join(outDir, SURFACE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return [];
  }
  const before = parseApiSurface(text);
  if (before === undefined)
    return [`note: ${file} is not an API surface this generator reads; no change report this time`];
  const lines = formatChanges(diffApiSurface(before, buildApiSurface(model)));
  return lines.length === 0 ? [] : [`API changes (against ${file}):`, ...lines.map((line) => `  ${line}`)];
}

async function runCheck(
  outDir: string,
  files: Parameters<typeof checkOutput>[1],
  changes: readonly string[],
): Promise<number> {
  const report = await checkOutput(outDir, files);
  const problems = [
    ...report.stale.map((file) => `stale: ${path.join(outDir, file)}`),
    ...report.missing.map((file) => `missing: ${path.join(outDir, file)}`),
    ...report.obsolete.map((file) => `obsolete: ${path.join(outDir, file)} (no longer generated)`),
  ];
  if (problems.length === 0) {
    console.log(`${outDir}: up to date (${files.length} files)`);
    return 0;
  }
  console.error(
    `${outDir} does not match the spec; run \`npm run generate\`:\n${problems.map((line) => `  ${line}`).join('\n')}`,
  );
  for (const line of changes) console.error(line);
  return 1;
}

/**
 * Generates, then again on every change of the spec or a template, until SIGINT (Ctrl-C) or
 * SIGTERM: exit 0. A failed generation is reported like a single run's and waits for the next edit.
 */
async function watchAndRegenerate(options: CliOptions): Promise<number> {
  // Listening first, so that Ctrl-C during the first generation exits 0 too (once it has written).
  let stopping = false;
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      stopping = true;
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const once = async (): Promise<void> => {
    try {
      await run(options);
    } catch (error) {
      report(error, options.verbose);
    }
  };
  await Promise.race([once(), stopped]);
  if (stopping) return 0;
  const spec = path.resolve(options.spec);
  let watcher;
  try {
    watcher = watchPaths(
      [
        { path: spec, kind: 'file' },
        { path: TEMPLATES_DIR, kind: 'folder' },
      ],
      async (changed) => {
        console.log(`\nchanged: ${changed.map(displayPath).join(', ')}`);
        await once();
      },
    );
  } catch (error) {
    throw new UsageError(`cannot watch ${displayPath(spec)}: ${(error as Error).message}`);
  }
  console.log(`watching ${displayPath(spec)} and ${displayPath(TEMPLATES_DIR)} (Ctrl-C to stop)`);
  await stopped;
  await watcher.close();
  return 0;
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** A handful of notes is useful; hundreds (a full Cloudflare spec) are noise unless asked for. */
function printWarnings(warnings: readonly SpecIssue[], verbose: boolean): void {
  const shown = verbose ? warnings : warnings.slice(0, 20);
  for (const warning of shown) console.warn(formatIssue(warning));
  if (shown.length < warnings.length)
    console.warn(`... and ${warnings.length - shown.length} more warnings (--verbose shows them all)`);
}

/** User errors: located lines, exit 1. Anything else is a bug: stack trace, exit 2. */
function report(error: unknown, verbose: boolean): number {
  if (error instanceof SpecProblems) {
    const errors = error.issues.filter((issue) => issue.severity === 'error');
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(
      `generation failed: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in the spec; nothing was written`,
    );
    if (verbose) console.error(error.stack);
    return 1;
  }
  if (error instanceof UsageError) {
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
