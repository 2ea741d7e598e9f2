/**
 * Paired whole-process runs: round after round, every generator once on the same spec, each into
 * a fresh folder, so that load on a shared machine hits all of them alike. A ratio is taken
 * within each round and the median over rounds is reported (with the medians of the times).
 */
import path from 'node:path';
import { installed, type GeneratorCommand } from './rivals.js';
import { median, num, ratio, table } from './report.js';
import { failureText, runProcess, type RunOptions } from './spawn.js';

export interface CommandRuns {
  readonly command: GeneratorCommand;
  /** Wall ms per round; undefined where that round failed. */
  readonly ms: (number | undefined)[];
  /** Peak RSS (KiB) per round, where measured. */
  readonly rssKb: (number | undefined)[];
  /** User + system CPU ms per round, where measured (GNU time). */
  readonly cpuMs: (number | undefined)[];
  /** The output folder of each round (kept until the caller disposes of the work folder). */
  readonly outDirs: string[];
  error?: string;
}

export async function pairedRuns(
  commands: readonly GeneratorCommand[],
  spec: string,
  rounds: number,
  workDir: string,
  options: RunOptions = {},
): Promise<CommandRuns[]> {
  const results: CommandRuns[] = commands.map((command) => ({
    command,
    ms: [],
    rssKb: [],
    cpuMs: [],
    outDirs: [],
    ...(installed(command) ? {} : { error: 'not installed' }),
  }));
  for (let round = 0; round < rounds; round++) {
    for (const result of results) {
      if (result.error === 'not installed') continue;
      const outDir = path.join(workDir, `${result.command.id}-${path.basename(spec)}-${round}`);
      const run = await runProcess(result.command.command, result.command.args(spec, outDir), options);
      const ok = run.exitCode === 0 && !run.stopped;
      result.ms.push(ok ? run.ms : undefined);
      result.rssKb.push(ok ? run.maxRssKb : run.maxRssAtStopKb);
      result.cpuMs.push(ok ? run.cpuMs : undefined);
      result.outDirs.push(outDir);
      if (!ok) result.error ??= failureText(run);
    }
  }
  return results;
}

export function okTimes(runs: CommandRuns): number[] {
  return runs.ms.filter((ms): ms is number => ms !== undefined);
}

export function medianMs(runs: CommandRuns | undefined): number | undefined {
  const times = runs === undefined ? [] : okTimes(runs);
  return times.length === 0 ? undefined : median(times);
}

export function medianCpuMs(runs: CommandRuns | undefined): number | undefined {
  const times = (runs?.cpuMs ?? []).filter((ms): ms is number => ms !== undefined);
  return times.length === 0 ? undefined : median(times);
}

export function peakRssKb(runs: CommandRuns | undefined): number | undefined {
  const peaks = (runs?.rssKb ?? []).filter((kb): kb is number => kb !== undefined);
  return peaks.length === 0 ? undefined : Math.max(...peaks);
}

/** The median over rounds of a's time ÷ b's time in the same round (rounds where both finished). */
export function pairedRatio(a: CommandRuns | undefined, b: CommandRuns | undefined): number | undefined {
  if (a === undefined || b === undefined) return undefined;
  const ratios = a.ms.flatMap((ms, round) => {
    const other = b.ms[round];
    return ms === undefined || other === undefined ? [] : [ms / other];
  });
  return ratios.length === 0 ? undefined : median(ratios);
}

export function mib(kb: number | undefined): string {
  return kb === undefined ? 'n/a' : `${num(kb / 1024)} MiB`;
}

/** One row per command: median and range of the wall time, peak RSS, paired ratio to `baseline`. */
export function pairedTable(results: readonly CommandRuns[], baseline: CommandRuns | undefined): string {
  return table(
    [
      { title: 'generator (whole process)' },
      { title: 'runs', align: 'right' },
      { title: 'median ms', align: 'right' },
      { title: 'min–max ms', align: 'right' },
      { title: 'CPU ms (user + sys)', align: 'right' },
      { title: 'peak RSS', align: 'right' },
      { title: `÷ ${baseline?.command.id ?? 'baseline'} (paired)`, align: 'right' },
    ],
    results.map((result) => {
      const times = okTimes(result);
      return [
        result.command.name,
        `${times.length}/${result.ms.length}`,
        times.length === 0 ? `failed: ${result.error ?? 'no run'}` : num(median(times)),
        times.length === 0 ? '' : `${num(Math.min(...times))}–${num(Math.max(...times))}`,
        num(medianCpuMs(result)),
        mib(peakRssKb(result)),
        result === baseline ? '1.00× (baseline)' : ratio(pairedRatio(result, baseline)),
      ];
    }),
  );
}
