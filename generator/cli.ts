import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssue, SpecProblems, UsageError } from './errors.js';
import { generatePackage } from './generate.js';
import type { SpecIssue } from './model.js';
import { checkOutput, writeOutput } from './write.js';

const USAGE = `Usage: cf-billing-codegen [--spec spec/openapi.yaml] [--out generated] [--check] [--verbose]

  --spec FILE   the OpenAPI 3.0/3.1 document, YAML or JSON (default: spec/openapi.yaml)
  --out DIR     the package folder to write (default: generated)
  --check       write nothing; exit 1 listing every file that differs from what the spec gives
  --verbose     print stack traces of unexpected errors and every warning
  --help        this text

Exit codes: 0 success, 1 a problem with the spec, the flags or a stale --check, 2 a generator bug.`;

interface CliOptions {
  readonly spec: string;
  readonly out: string;
  readonly check: boolean;
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
    return await run(options);
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
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { spec, out, check, verbose, help } = parsed.values;
  if (help) return undefined;
  return { spec, out, check, verbose };
}

async function run(options: CliOptions): Promise<number> {
  const started = performance.now();
  const { model, files } = await generatePackage(options.spec, options.out, path.relative(process.cwd(), path.resolve(options.spec)));
  printWarnings(model.warnings, options.verbose);
  if (options.check) return runCheck(options.out, files);
  const report = await writeOutput(options.out, files);
  for (const file of report.foreign) console.warn(`note: ${path.join(options.out, file)} is not generated; left alone`);
  for (const file of report.removed) console.log(`removed ${path.join(options.out, file)} (no longer generated)`);
  const ms = Math.round(performance.now() - started);
  console.log(`${options.out}: ${files.length} files, ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed in ${ms} ms`);
  return 0;
}

async function runCheck(outDir: string, files: Parameters<typeof checkOutput>[1]): Promise<number> {
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
  console.error(`${outDir} does not match the spec; run \`npm run generate\`:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  return 1;
}

/** A handful of notes is useful; hundreds (a full Cloudflare spec) are noise unless asked for. */
function printWarnings(warnings: readonly SpecIssue[], verbose: boolean): void {
  const shown = verbose ? warnings : warnings.slice(0, 20);
  for (const warning of shown) console.warn(formatIssue(warning));
  if (shown.length < warnings.length) console.warn(`... and ${warnings.length - shown.length} more warnings (--verbose shows them all)`);
}

/** User errors: located lines, exit 1. Anything else is a bug: stack trace, exit 2. */
function report(error: unknown, verbose: boolean): number {
  if (error instanceof SpecProblems) {
    const errors = error.issues.filter((issue) => issue.severity === 'error');
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(`generation failed: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in the spec; nothing was written`);
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
