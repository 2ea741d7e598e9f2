/**
 * Section `generator` (issue 13), whole processes only, so start-up is counted as a user pays it:
 *  1. the built-in spec, cold: our CLI against openapi-typescript (and hey-api, orval where
 *     installed), paired runs;
 *  2. scale: synthetic JSON specs of 1,000 and 4,000 operations (bench/synth-spec.ts): wall time,
 *     peak RSS, time per operation; in full mode also where the time goes, stage by stage;
 *  3. `--watch`: save → last file written, on the built-in spec and on the 1,000-operation spec
 *     (an edit to one schema), and which files each save rewrote;
 *  4. the output at 1,000 operations: JavaScript bytes per operation by kind of file, and the
 *     validators' speed against ajv.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pick, type RunMode } from './mode.js';
import {
  medianCpuMs,
  medianMs,
  mib,
  pairedRatio,
  pairedRuns,
  pairedTable,
  peakRssKb,
  type CommandRuns,
} from './paired.js';
import { bytes, median, num, ratio, table, type Goal, type SectionResult } from './report.js';
import { OPENAPI_TYPESCRIPT, OURS, RIVALS } from './rivals.js';
import { hasGnuTime, runProcess } from './spawn.js';
import { parseStageLine, type StageEvent } from './stage-events.js';
import { syntheticSpec } from './synth-spec.js';
import { validators } from './validators.js';
import { watchEdits, type EditResult } from './watch-session.js';
import { workFolder } from './workdir.js';

const BUILT_IN_SPEC = 'spec/openapi.yaml';
const GIB_KB = 1024 * 1024;

interface ScaleGoal {
  readonly operations: number;
  readonly ms: number;
  readonly rssKb: number;
}

const SCALE_GOALS: readonly ScaleGoal[] = [
  { operations: 1000, ms: 10_000, rssKb: GIB_KB },
  { operations: 4000, ms: 40_000, rssKb: 1.5 * GIB_KB },
];
/** Time per operation at 4,000 operations at most this many times that at 1,000. */
const PER_OP_GROWTH = 1.3;
const COLD_GOAL = 1.2;
const WATCH_BUILT_IN_MS = 500;
const WATCH_SCALE_MS = 1000;
const JS_PER_OPERATION_GOAL = 4 * 1024;

// ---------------------------------------------------------------------------------------------
// 1. The built-in spec, cold
// ---------------------------------------------------------------------------------------------

async function coldBuiltIn(mode: RunMode, work: string): Promise<{ body: string[]; goals: Goal[] }> {
  const rounds = pick(mode, 3, 7);
  console.log(`generator: built-in spec, ${rounds} paired rounds...`);
  const results = await pairedRuns([OURS, ...RIVALS], BUILT_IN_SPEC, rounds, work, { measureRss: true });
  const ours = results[0];
  const theirs = results.find((result) => result.command.id === 'openapi-typescript');
  const paired = pairedRatio(ours, theirs);
  return {
    body: [
      `**The built-in spec (\`${BUILT_IN_SPEC}\`), cold**: ${rounds} rounds; each round runs every generator once, ` +
        'in turn, as a fresh process writing a fresh folder. The ratio is taken within each round, then the median over rounds.',
      pairedTable(results, theirs),
    ],
    goals: [
      {
        text: `cold generation of the built-in spec takes at most ${COLD_GOAL}× openapi-typescript's time`,
        met: paired === undefined ? undefined : paired <= COLD_GOAL,
        detail: `${ratio(paired)} (median of ${rounds} paired runs; ours ${num(medianMs(ours))} ms, openapi-typescript ${num(medianMs(theirs))} ms)`,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Scale
// ---------------------------------------------------------------------------------------------

interface ScaleRun {
  readonly operations: number;
  readonly specFile: string;
  readonly specBytes: number;
  readonly ours: CommandRuns;
  readonly openapiTypescript?: CommandRuns;
}

async function writeSyntheticSpec(work: string, operations: number): Promise<{ file: string; bytes: number }> {
  const file = path.join(work, `synthetic-${operations}.json`);
  await writeFile(file, JSON.stringify(syntheticSpec(operations)));
  return { file, bytes: (await stat(file)).size };
}

async function scaleRuns(mode: RunMode, work: string): Promise<ScaleRun[]> {
  const rounds = pick(mode, 1, 3);
  const runs: ScaleRun[] = [];
  for (const goal of SCALE_GOALS) {
    console.log(`generator: ${goal.operations} operations, ${rounds} run(s)...`);
    const spec = await writeSyntheticSpec(work, goal.operations);
    // A run that long has missed its goal by far, and the section must end (a loaded machine can
    // take several times the goal, so the cap leaves room to still report a figure).
    const capMs = goal.ms * pick(mode, 12, 20);
    const [ours, openapiTypescript] = await pairedRuns(
      mode.quick ? [OURS] : [OURS, OPENAPI_TYPESCRIPT],
      spec.file,
      rounds,
      work,
      { measureRss: true, capMs },
    );
    if (ours === undefined) throw new Error('no run of ours');
    runs.push({
      operations: goal.operations,
      specFile: spec.file,
      specBytes: spec.bytes,
      ours,
      ...(openapiTypescript === undefined ? {} : { openapiTypescript }),
    });
  }
  return runs;
}

function wallText(runs: CommandRuns | undefined): string {
  if (runs === undefined) return 'not run';
  const ms = medianMs(runs);
  return ms === undefined ? `failed: ${runs.error ?? 'no run'}` : `${num(ms / 1000)} s`;
}

function perOperationMs(run: ScaleRun): number | undefined {
  const ms = medianMs(run.ours);
  return ms === undefined ? undefined : ms / run.operations;
}

function scaleTable(runs: readonly ScaleRun[]): string {
  return table(
    [
      { title: 'operations' },
      { title: 'spec (JSON)', align: 'right' },
      { title: 'ours: wall (median)', align: 'right' },
      { title: 'ms per operation', align: 'right' },
      { title: 'ours: CPU (user + sys)', align: 'right' },
      { title: 'ours: peak RSS', align: 'right' },
      { title: 'openapi-typescript: wall', align: 'right' },
      { title: 'openapi-typescript: peak RSS', align: 'right' },
    ],
    runs.map((run) => [
      run.operations.toLocaleString('en-US'),
      `${num(run.specBytes / 1024)} KiB`,
      wallText(run.ours),
      num(perOperationMs(run)),
      medianCpuMs(run.ours) === undefined ? 'n/a' : `${num((medianCpuMs(run.ours) ?? 0) / 1000)} s`,
      mib(peakRssKb(run.ours)),
      run.openapiTypescript === undefined ? 'full mode only' : wallText(run.openapiTypescript),
      run.openapiTypescript === undefined ? '' : mib(peakRssKb(run.openapiTypescript)),
    ]),
  );
}

function scaleGoals(runs: readonly ScaleRun[]): Goal[] {
  const goals = SCALE_GOALS.map((goal): Goal => {
    const run = runs.find((candidate) => candidate.operations === goal.operations);
    const ms = medianMs(run?.ours);
    const rss = peakRssKb(run?.ours);
    return {
      text: `${goal.operations.toLocaleString('en-US')} operations in under ${goal.ms / 1000} s and ${num(goal.rssKb / GIB_KB)} GiB peak RSS`,
      met:
        ms === undefined
          ? run?.ours.error === undefined
            ? undefined
            : false
          : ms < goal.ms && (rss ?? 0) < goal.rssKb,
      detail: `${wallText(run?.ours)}, peak RSS ${mib(rss)}`,
    };
  });
  const [small, large] = SCALE_GOALS.map((goal) => runs.find((run) => run.operations === goal.operations));
  const growth =
    small && large && perOperationMs(small) && perOperationMs(large)
      ? (perOperationMs(large) ?? 0) / (perOperationMs(small) ?? 1)
      : undefined;
  goals.push({
    text: `time per operation at 4,000 operations within ${PER_OP_GROWTH}× that at 1,000`,
    met: growth === undefined ? undefined : growth <= PER_OP_GROWTH,
    detail:
      growth === undefined
        ? 'a run did not finish'
        : `${ratio(growth)} (${num(small && perOperationMs(small))} → ${num(large && perOperationMs(large))} ms per operation)`,
  });
  return goals;
}

/** Full mode: the 1,000-operation spec once more through bench/generator-child.ts, stage by stage. */
async function stageTable(specFile: string, work: string): Promise<string> {
  const events: StageEvent[] = [];
  const run = await runProcess(
    process.execPath,
    ['--import', 'tsx/esm', 'bench/generator-child.ts', specFile, path.join(work, 'stages')],
    {
      onLine: (line) => {
        const event = parseStageLine(line);
        if (event) events.push(event);
      },
    },
  );
  if (run.exitCode !== 0) return `(the stage-by-stage run failed: exit ${run.exitCode ?? 'signal'})`;
  const ends = events.filter((event) => event.event === 'end');
  const total = ends.reduce((sum, event) => sum + (event.ms ?? 0), 0);
  return [
    '**Where the time goes** at 1,000 operations (one run of `bench/generator-child.ts`: the pipeline stage by stage ' +
      'under tsx, in-process; the share is of the summed stages, without start-up):',
    table(
      [{ title: 'stage' }, { title: 'ms', align: 'right' }, { title: 'share', align: 'right' }],
      ends.map((event) => [
        event.stage,
        num(event.ms),
        `${(((event.ms ?? 0) / Math.max(total, 1)) * 100).toFixed(0)}%`,
      ]),
    ),
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// 3. --watch
// ---------------------------------------------------------------------------------------------

/** A schema description of the built-in spec that an edit changes (it reaches the d.ts doc comments). */
const BUILT_IN_EDIT_LINE = "      description: One item of the user's billing history.";
/** Resource5 belongs to operation 5 only (getById: `resource5.get`), so to the unit `resource5`. */
const EDITED_SCHEMA = 'Resource5';
const EDITED_UNIT = 'resource5';
const WATCHED_1000_OUT = 'watched-1000-out';

async function watchBuiltIn(mode: RunMode, work: string): Promise<EditResult[]> {
  const spec = path.join(work, 'watched.yaml');
  const original = await readFile(BUILT_IN_SPEC, 'utf8');
  if (!original.includes(BUILT_IN_EDIT_LINE))
    throw new Error(`${BUILT_IN_SPEC} no longer has the line the bench edits`);
  await writeFile(spec, original);
  const edits = Array.from({ length: pick(mode, 3, 7) }, (_, index) => async () => {
    await writeFile(spec, original.replace(BUILT_IN_EDIT_LINE, `${BUILT_IN_EDIT_LINE.slice(0, -1)} (edit ${index}).`));
  });
  return watchEdits(spec, path.join(work, 'watched-out'), edits, 60_000);
}

async function watchScale(mode: RunMode, work: string): Promise<EditResult[]> {
  const spec = path.join(work, 'watched-1000.json');
  const document = syntheticSpec(1000) as { components: { schemas: Record<string, unknown> } };
  const schema = document.components.schemas[EDITED_SCHEMA] as { properties: { name: { description?: string } } };
  await writeFile(spec, JSON.stringify(document));
  // A median needs three saves at least: of two, it is their mean, and the first save after a cold
  // start (code not yet optimised) weighs half.
  const edits = Array.from({ length: pick(mode, 3, 5) }, (_, index) => async () => {
    schema.properties.name.description = `The name (edit ${index}).`;
    await writeFile(spec, JSON.stringify(document));
  });
  return watchEdits(spec, path.join(work, WATCHED_1000_OUT), edits, 300_000);
}

/**
 * Files an edit to Resource5 may rewrite: its unit, and the package's bookkeeping: the files
 * outside dist/ and `dist/version.js`, the one-line module that holds the User-Agent (every
 * regeneration that changes a file raises the patch version).
 */
function outsideEditedUnit(file: string): boolean {
  return file.startsWith('dist/') && !file.startsWith(`dist/units/${EDITED_UNIT}.`) && file !== 'dist/version.js';
}

function watchRows(label: string, results: readonly EditResult[]): string[] {
  const files = [...new Set(results.flatMap((result) => result.rewritten))].sort();
  return [
    label,
    String(results.length),
    num(median(results.map((result) => result.ms))),
    `${num(Math.min(...results.map((result) => result.ms)))}–${num(Math.max(...results.map((result) => result.ms)))}`,
    String(median(results.map((result) => result.written))),
    files.length === 0 ? 'none' : files.map((file) => `\`${file}\``).join(', '),
  ];
}

/** Part 3 alone (`npx tsx bench/generator-watch.ts`): the same measurement, without the rest of the section. */
export async function watch(mode: RunMode, work: string): Promise<{ body: string[]; goals: Goal[] }> {
  console.log('generator: --watch, built-in spec...');
  const builtIn = await watchBuiltIn(mode, work);
  console.log('generator: --watch, 1,000 operations...');
  const scale = await watchScale(mode, work);
  const builtInMs = median(builtIn.map((result) => result.ms));
  const scaleMs = median(scale.map((result) => result.ms));
  const stray = [...new Set(scale.flatMap((result) => result.rewritten.filter(outsideEditedUnit)))];
  return {
    body: [
      '**`--watch`**: our CLI watching a copy of the spec; each edit saves the spec and is timed until the CLI prints its ' +
        "summary line (after the last file is written; the watcher's 150 ms debounce included). Rewritten files are those " +
        'whose modification time changed. Built-in spec: the description of `BillingHistory` edited; 1,000 operations: ' +
        `the description of one property of \`${EDITED_SCHEMA}\`, a schema of the unit \`${EDITED_UNIT}\` only.`,
      table(
        [
          { title: 'spec, edit' },
          { title: 'saves', align: 'right' },
          { title: 'median ms', align: 'right' },
          { title: 'min–max ms', align: 'right' },
          { title: 'files written (CLI)', align: 'right' },
          { title: 'files rewritten (mtime)' },
        ],
        [
          watchRows('built-in, `BillingHistory` description', builtIn),
          watchRows(`1,000 operations, \`${EDITED_SCHEMA}\` property`, scale),
        ],
      ),
    ],
    goals: [
      {
        text: `--watch on the built-in spec: save → last file written in under ${WATCH_BUILT_IN_MS} ms`,
        met: builtInMs < WATCH_BUILT_IN_MS,
        detail: `median ${num(builtInMs)} ms over ${builtIn.length} saves`,
      },
      {
        text: `--watch on 1,000 operations: an edit to one schema in under ${WATCH_SCALE_MS} ms, rewriting only its unit (and dist/version.js, files outside dist/)`,
        met: scaleMs < WATCH_SCALE_MS && stray.length === 0,
        detail:
          `median ${num(scaleMs)} ms over ${scale.length} saves; ` +
          (stray.length === 0 ? 'nothing in dist/ outside the unit rewritten' : `also rewritten: ${stray.join(', ')}`),
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Output size at 1,000 operations
// ---------------------------------------------------------------------------------------------

function outputKind(file: string): string {
  if (file.startsWith('dist/runtime/')) return 'runtime (`dist/runtime/*`, the same for every spec)';
  if (file.startsWith('dist/units/')) return 'units (`dist/units/*`: descriptors, methods, per-namespace checks)';
  if (file.startsWith('dist/')) return `\`${file.replace(/\.d\.ts$|\.js$/, '')}.*\``;
  return 'other';
}

async function outputSize(outDir: string, operations: number): Promise<{ body: string[]; goals: Goal[] }> {
  const entries = await readdir(path.join(outDir, 'dist'), { recursive: true, withFileTypes: true });
  const kinds = new Map<string, { files: number; js: number; dts: number }>();
  for (const entry of entries.filter((each) => each.isFile())) {
    const file = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const size = (await stat(path.join(outDir, file))).size;
    const kind = kinds.get(outputKind(file)) ?? { files: 0, js: 0, dts: 0 };
    kind.files++;
    if (file.endsWith('.d.ts')) kind.dts += size;
    else if (file.endsWith('.js')) kind.js += size;
    kinds.set(outputKind(file), kind);
  }
  const sorted = [...kinds].sort((a, b) => b[1].js - a[1].js);
  const totalJs = sorted.reduce((sum, [, kind]) => sum + kind.js, 0);
  const totalDts = sorted.reduce((sum, [, kind]) => sum + kind.dts, 0);
  const perOp = totalJs / operations;
  const row = (name: string, files: number, js: number, dts: number): string[] => [
    name,
    String(files),
    bytes(js),
    bytes(Math.round(js / operations)),
    bytes(dts),
  ];
  return {
    body: [
      `**Output at ${operations.toLocaleString('en-US')} operations** (the synthetic spec; bytes on disk, unminified):`,
      table(
        [
          { title: 'kind of file' },
          { title: 'files', align: 'right' },
          { title: 'JS', align: 'right' },
          { title: 'JS per operation', align: 'right' },
          { title: 'd.ts', align: 'right' },
        ],
        [
          ...sorted.map(([name, kind]) => row(name, kind.files, kind.js, kind.dts)),
          row(
            '**all of dist/**',
            sorted.reduce((sum, [, kind]) => sum + kind.files, 0),
            totalJs,
            totalDts,
          ),
        ],
      ),
    ],
    goals: [
      {
        text: `at ${operations.toLocaleString('en-US')} operations, at most 4 KiB of JavaScript per operation`,
        met: perOp <= JS_PER_OPERATION_GOAL,
        detail: `${bytes(Math.round(perOp))} per operation (${bytes(totalJs)} of JS in all)`,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------

export async function generator(mode: RunMode): Promise<SectionResult> {
  const { dir: work, dispose } = await workFolder('generator');
  try {
    const cold = await coldBuiltIn(mode, work);
    const scale = await scaleRuns(mode, work);
    const small = scale.find((run) => run.operations === 1000);
    const smallOut = small?.ours.outDirs.find((_, round) => small.ours.ms[round] !== undefined);
    const stages = !mode.quick && small ? [await stageTable(small.specFile, work)] : [];
    const watched = await watch(mode, work);
    // A scale run stopped at its cap leaves no package; --watch generated the same spec (edited descriptions aside).
    const size = await outputSize(smallOut ?? path.join(work, WATCHED_1000_OUT), 1000);
    console.log('generator: validators against ajv...');
    const speed = await validators();
    const body = [
      ...cold.body,
      `**Scale**: synthetic JSON specs (\`bench/synth-spec.ts\`: path and query parameters with constraints, enums, nested ` +
        '`$ref` schemas, both pagination styles, deprecated operations; one resource schema per operation). ' +
        `${pick(mode, 'One run', 'Three runs')} per size of our CLI as a whole process; peak RSS and CPU time from ` +
        `${hasGnuTime() ? 'GNU time `-v`' : '/proc (VmHWM), when a run is stopped'}; a run is stopped at ` +
        `${pick(mode, 12, 20)}× its time goal. On a shared machine CPU time is the steadier figure; the goals use wall time.`,
      scaleTable(scale),
      ...stages,
      ...watched.body,
      ...size.body,
      '**Validators against ajv** (the built-in spec):',
      speed.body,
    ];
    return {
      id: 'generator',
      title: 'The generator (issue 13)',
      body: body.join('\n\n'),
      goals: [...cold.goals, ...scaleGoals(scale), ...watched.goals, ...size.goals, ...speed.goals],
    };
  } finally {
    await dispose();
  }
}
