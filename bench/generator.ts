/**
 * Section 4: the generator, whole processes only, so start-up is counted as a user pays it.
 *  - the real spec: our CLI against openapi-typescript alone (which makes only types.ts), 5
 *    cold runs each, interleaved;
 *  - the scale curve: synthetic specs of 10, 100 and 1,000 operations (bench/synth-spec.ts),
 *    wall time, peak RSS, and where the time goes, stage by stage (bench/generator-child.ts).
 * A run over the time cap is stopped; the stages it finished, and the one it was in, still show.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { median, num, ratio, table, type Goal, type SectionResult } from './report.js';
import { failureText, hasGnuTime, runProcess, type ProcessRun } from './spawn.js';
import { parseStageLine, type StageEvent } from './stage-events.js';
import { syntheticSpec } from './synth-spec.js';

const COLD_RUNS = 5;
const SIZES = [10, 100, 1000] as const;
const GOAL_OPERATIONS = 1000;
const GOAL_MS = 10_000;
const GOAL_RSS_KB = 1024 * 1024;
/** For the goal-sized run, unless `--full`: the goal is 10 s, so a cap well above it still decides it. */
const GOAL_RUN_CAP_MS = 25_000;

const TSX = 'node_modules/.bin/tsx';
const OPENAPI_TS = 'node_modules/.bin/openapi-typescript';
const REAL_SPEC = 'spec/openapi.yaml';

export interface GeneratorOptions {
  /** Run every size to completion, however long it takes. */
  readonly full: boolean;
}

// ---------------------------------------------------------------------------------------------
// The real spec, cold: ours against openapi-typescript alone
// ---------------------------------------------------------------------------------------------

interface ColdResult {
  readonly name: string;
  readonly runsMs: number[];
  error?: string;
}

async function coldRuns(work: string): Promise<ColdResult[]> {
  const ours: ColdResult = {
    name: `ours: \`tsx generator/cli.ts --spec ${REAL_SPEC}\` (59 files, tsc + Prettier)`,
    runsMs: [],
  };
  const theirs: ColdResult = { name: `\`openapi-typescript ${REAL_SPEC}\` alone (types.ts only)`, runsMs: [] };
  for (let run = 0; run < COLD_RUNS; run++) {
    record(
      ours,
      await runProcess(TSX, ['generator/cli.ts', '--spec', REAL_SPEC, '--out', path.join(work, `cold-${run}`)]),
    );
    record(theirs, await runProcess(OPENAPI_TS, [REAL_SPEC, '-o', path.join(work, `cold-${run}.ts`)]));
  }
  return [ours, theirs];
}

function record(result: ColdResult, run: ProcessRun): void {
  if (run.exitCode === 0) result.runsMs.push(run.ms);
  else result.error ??= failureText(run);
}

function coldTable(results: readonly ColdResult[]): string {
  const theirs = results[1];
  const theirMedian = theirs && theirs.runsMs.length > 0 ? median(theirs.runsMs) : undefined;
  return table(
    [
      { title: 'command (whole process, cold)' },
      { title: 'median ms', align: 'right' },
      { title: 'min–max ms', align: 'right' },
      { title: '÷ openapi-typescript', align: 'right' },
    ],
    results.map((result) => {
      const ms = result.runsMs.length > 0 ? median(result.runsMs) : undefined;
      return [
        result.name,
        result.error && ms === undefined ? `failed: ${result.error}` : num(ms),
        ms === undefined ? '' : `${num(Math.min(...result.runsMs))}–${num(Math.max(...result.runsMs))}`,
        ms === undefined || theirMedian === undefined ? 'n/a' : ratio(ms / theirMedian),
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The scale curve
// ---------------------------------------------------------------------------------------------

interface StageTime {
  readonly stage: string;
  readonly ms: number;
  /** The run was stopped during this stage: `ms` is how long it had run by then. */
  readonly running: boolean;
}

/** A stage event and when the parent read it, in ms since spawn. */
interface Arrival {
  readonly event: StageEvent;
  readonly atMs: number;
}

const STARTUP = 'start-up: node, tsx, imports (spawn to first stage)';

interface ScaleResult {
  readonly operations: number;
  readonly specBytes: number;
  readonly run: ProcessRun;
  readonly stages: readonly StageTime[];
  /** GNU time's figure; for a stopped run, the peak up to the stop; else the child's own report. */
  readonly maxRssKb?: number;
  readonly rssExact: boolean;
}

async function scaleRun(work: string, operations: number, capMs: number | undefined): Promise<ScaleResult> {
  const specPath = path.join(work, `synthetic-${operations}.json`);
  await writeFile(specPath, JSON.stringify(syntheticSpec(operations)));
  const arrivals: Arrival[] = [];
  const spawned = performance.now();
  const run = await runProcess(
    process.execPath,
    ['--import', 'tsx/esm', 'bench/generator-child.ts', specPath, path.join(work, `out-${operations}`)],
    {
      measureRss: true,
      ...(capMs === undefined ? {} : { capMs }),
      onLine: (line) => {
        const event = parseStageLine(line);
        if (event) arrivals.push({ event, atMs: performance.now() - spawned });
      },
    },
  );
  const selfReported = arrivals.at(-1)?.event.maxRssKb;
  const maxRssKb = run.maxRssKb ?? run.maxRssAtStopKb ?? selfReported;
  return {
    operations,
    specBytes: (await stat(specPath)).size,
    run,
    stages: stageTimes(arrivals, run),
    ...(maxRssKb === undefined ? {} : { maxRssKb }),
    rssExact: run.maxRssKb !== undefined || (!run.stopped && selfReported !== undefined),
  };
}

/** Start-up, then each stage as the child timed it; a stage cut short runs until the stop. */
function stageTimes(arrivals: readonly Arrival[], run: ProcessRun): StageTime[] {
  const ends = new Map(arrivals.flatMap(({ event }) => (event.event === 'end' ? [[event.stage, event.ms ?? 0]] : [])));
  const starts = arrivals.filter(({ event }) => event.event === 'start');
  const startup: StageTime[] = starts[0] ? [{ stage: STARTUP, ms: starts[0].atMs, running: false }] : [];
  return startup.concat(
    starts.map(({ event, atMs }) => {
      const ms = ends.get(event.stage);
      return ms === undefined
        ? { stage: event.stage, ms: run.ms - atMs, running: true }
        : { stage: event.stage, ms, running: false };
    }),
  );
}

function finished(result: ScaleResult): boolean {
  return result.run.exitCode === 0 && !result.run.stopped;
}

function wallText(result: ScaleResult): string {
  if (result.run.stopped) return `> ${num(result.run.ms / 1000)} s (stopped)`;
  if (!finished(result)) return `failed: ${failureText(result.run)}`;
  return `${num(result.run.ms / 1000)} s`;
}

function rssText(result: ScaleResult): string {
  if (result.maxRssKb === undefined) return 'n/a';
  return `${result.rssExact ? '' : '≥ '}${num(result.maxRssKb / 1024)} MiB`;
}

function scaleTable(results: readonly ScaleResult[]): string {
  return table(
    [
      { title: 'operations' },
      { title: 'spec size', align: 'right' },
      { title: 'wall time', align: 'right' },
      { title: 'ms per operation', align: 'right' },
      { title: 'peak RSS', align: 'right' },
    ],
    results.map((result) => [
      result.operations.toLocaleString('en-US'),
      `${num(result.specBytes / 1024)} KiB`,
      wallText(result),
      finished(result)
        ? num(result.run.ms / result.operations)
        : result.run.stopped
          ? `> ${num(result.run.ms / result.operations)}`
          : 'n/a',
      rssText(result),
    ]),
  );
}

/** Rows: stages in pipeline order; columns: sizes. */
function stageTable(results: readonly ScaleResult[]): string {
  const names = [...new Set(results.flatMap((result) => result.stages.map((stage) => stage.stage)))];
  const cell = (result: ScaleResult, name: string): string => {
    const stage = result.stages.find((candidate) => candidate.stage === name);
    if (stage === undefined) return result.run.stopped ? 'not reached' : '';
    const share = `${((stage.ms / result.run.ms) * 100).toFixed(0)}%`;
    return stage.running ? `> ${num(stage.ms)} (stopped in it, ${share})` : `${num(stage.ms)} (${share})`;
  };
  return table(
    [
      { title: 'stage' },
      ...results.map((result) => ({
        title: `${result.operations.toLocaleString('en-US')} ops, ms`,
        align: 'right' as const,
      })),
    ],
    names.map((name) => [name, ...results.map((result) => cell(result, name))]),
  );
}

function goal(results: readonly ScaleResult[]): Goal {
  const largest = results.find((result) => result.operations === GOAL_OPERATIONS);
  const text = `${GOAL_OPERATIONS.toLocaleString('en-US')} operations in under 10 s and 1 GB`;
  if (largest === undefined) return { text, met: undefined, detail: 'not run' };
  const detail = `${wallText(largest)}, peak RSS ${rssText(largest)}`;
  if (largest.run.stopped) return { text, met: false, detail };
  if (!finished(largest) || largest.maxRssKb === undefined) return { text, met: undefined, detail };
  return { text, met: largest.run.ms < GOAL_MS && largest.maxRssKb < GOAL_RSS_KB, detail };
}

/** Where the largest run spent its time, and Prettier's and tsc's shares at the largest finished size. */
function summary(results: readonly ScaleResult[]): string {
  const sentences: string[] = [];
  const largest = results.at(-1);
  const slowest = largest && [...largest.stages].sort((a, b) => b.ms - a.ms)[0];
  if (largest && slowest) {
    const stopped = slowest.running ? ', and the run was stopped in it' : '';
    sentences.push(
      `At ${largest.operations.toLocaleString('en-US')} operations the slowest stage is ${slowest.stage}: ` +
        `${num(slowest.ms / 1000)} s, ${((slowest.ms / largest.run.ms) * 100).toFixed(0)}% of the wall time${stopped}.`,
    );
  }
  const complete = results.filter(finished).at(-1);
  if (complete) {
    const share = (test: (stage: string) => boolean): string =>
      `${((complete.stages.filter((stage) => test(stage.stage)).reduce((sum, stage) => sum + stage.ms, 0) / complete.run.ms) * 100).toFixed(0)}%`;
    sentences.push(
      `At ${complete.operations.toLocaleString('en-US')} operations (the largest finished run) Prettier (the three formatFiles stages) ` +
        `takes ${share((stage) => stage.startsWith('formatFiles'))} of the wall time and tsc ` +
        `${share((stage) => stage.startsWith('compileFiles'))}.`,
    );
  }
  return sentences.join(' ');
}

// ---------------------------------------------------------------------------------------------

export async function generator(options: GeneratorOptions): Promise<SectionResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-generator-'));
  const capMs = options.full ? undefined : GOAL_RUN_CAP_MS;
  try {
    const cold = await coldRuns(work);
    const scale: ScaleResult[] = [];
    for (const operations of SIZES) {
      console.log(`generator: ${operations} operations...`);
      scale.push(await scaleRun(work, operations, operations >= GOAL_OPERATIONS ? capMs : undefined));
    }
    const body = [
      `**The real spec, cold** (${COLD_RUNS} runs each, interleaved; each run writes a fresh temporary folder):`,
      coldTable(cold),
      `**Scale curve**: synthetic specs (\`bench/synth-spec.ts\`: path and query parameters with constraints, enums, nested ` +
        '`$ref` schemas, both pagination styles, deprecated operations; one resource schema per operation). Each size is one ' +
        "cold child process running the CLI's pipeline stage by stage (`bench/generator-child.ts`), timed from spawn to exit. " +
        `Peak RSS: ${hasGnuTime() ? 'GNU time `-v`' : "the child's `process.resourceUsage().maxRSS`"}` +
        '; "≥" marks a run that was stopped, whose figure is its peak up to the stop (VmHWM from /proc, else the last stage it finished). ' +
        (capMs === undefined
          ? 'No time cap (`--full`).'
          : `The ${GOAL_OPERATIONS.toLocaleString('en-US')}-operation run is stopped after ${num(capMs / 1000)} s, which ` +
            'already decides its goal; `npm run bench -- generator --full` lets it finish (minutes).'),
      scaleTable(scale),
      "**Where the time goes**, per stage (ms, and share of the run's wall time):",
      stageTable(scale),
      summary(scale),
    ];
    return { id: 'generator', title: '4. The generator', body: body.join('\n\n'), goals: [goal(scale)] };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
