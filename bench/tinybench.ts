/**
 * tinybench with the settings every in-process section shares, and its results reduced to the
 * figures RESULTS.md reports.
 *
 * The machine may be shared (other processes come and go), so tasks are not measured once each
 * in a row: a section runs several short rounds of all its tasks, and reports per task the median
 * of its per-round medians. A difference between two tasks (an overhead) is taken within each
 * round, where both saw the same load, and then the median over rounds. A task that throws is
 * kept as a row marked failed, so that one broken rival does not cost the whole table.
 */
import { Bench, type FnReturnedObject, type Task } from 'tinybench';
import { errorMessage, median } from './report.js';

/** Rounds per section, and the measured time per task per round (after a warmup in round 1). */
export const ROUNDS = 7;
export const ROUND_TIME_MS = 150;

export interface BenchTask {
  readonly name: string;
  readonly fn: () => unknown;
  /** Set for async tasks, so that tinybench makes no exploratory call to find out. */
  readonly async: boolean;
}

export interface TaskFigures {
  readonly name: string;
  /** Median latency of each round, in microseconds; empty when the task failed. */
  readonly roundMediansUs: readonly number[];
  /** Median of roundMediansUs. */
  readonly medianUs?: number;
  /** 1e6 / medianUs. */
  readonly opsPerSec?: number;
  readonly samples: number;
  readonly error?: string;
}

export async function runTasks(name: string, tasks: readonly BenchTask[]): Promise<TaskFigures[]> {
  const rounds: Task[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ name, time: ROUND_TIME_MS, warmup: round === 0, timestampProvider: 'hrtimeNow' });
    for (const task of tasks) bench.add(task.name, task.fn, { async: task.async });
    await bench.run();
    if (round === ROUNDS - 1) {
      console.log(`\n${name} (last of ${ROUNDS} rounds)`);
      console.table(bench.table());
    }
    rounds.push(bench.tasks);
  }
  return tasks.map((task) =>
    figures(
      task.name,
      rounds.map((round) => round.find((each) => each.name === task.name)),
    ),
  );
}

function figures(name: string, rounds: readonly (Task | undefined)[]): TaskFigures {
  const roundMediansUs: number[] = [];
  let samples = 0;
  for (const task of rounds) {
    const result = task?.result;
    if (result === undefined) return { name, roundMediansUs: [], samples, error: 'not run' };
    if (result.state === 'errored') return { name, roundMediansUs: [], samples, error: errorMessage(result.error) };
    if (result.state !== 'completed' && result.state !== 'aborted-with-statistics')
      return { name, roundMediansUs: [], samples, error: result.state };
    roundMediansUs.push(result.latency.p50 * 1000);
    samples += result.latency.samplesCount;
  }
  const medianUs = median(roundMediansUs);
  return { name, roundMediansUs, medianUs, opsPerSec: 1e6 / medianUs, samples };
}

/** The median over rounds of `a - b`, each difference taken within one round. */
export function pairedDifferenceUs(a: TaskFigures | undefined, b: TaskFigures | undefined): number | undefined {
  if (!a || !b || a.roundMediansUs.length === 0 || a.roundMediansUs.length !== b.roundMediansUs.length)
    return undefined;
  return median(a.roundMediansUs.map((value, round) => value - (b.roundMediansUs[round] ?? NaN)));
}

/**
 * A synchronous task that calls `fn` `batch` times per sample and records the mean, for calls
 * too short for one timer reading each (sub-microsecond validators).
 */
export function batched(fn: () => unknown, batch: number): () => FnReturnedObject {
  return () => {
    const started = process.hrtime.bigint();
    for (let call = 0; call < batch; call++) fn();
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    return { overriddenDuration: elapsedMs / batch, overriddenIterationCost: elapsedMs };
  };
}

/** How many calls of `fn` make about `targetUs` microseconds: the batch size for `batched`. */
export function batchSize(fn: () => unknown, targetUs = 20): number {
  const calls = 200;
  const started = process.hrtime.bigint();
  for (let call = 0; call < calls; call++) fn();
  const perCallUs = Number(process.hrtime.bigint() - started) / 1e3 / calls;
  return Math.max(1, Math.min(10_000, Math.round(targetUs / Math.max(perCallUs, 1e-3))));
}

/** Runs `fn` once so that a task that cannot work fails here, with its message, and not mid-bench. */
export async function probe(fn: () => unknown): Promise<string | undefined> {
  try {
    await fn();
    return undefined;
  } catch (error) {
    return errorMessage(error);
  }
}
