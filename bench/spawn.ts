/**
 * Timing whole processes: wall time from spawn to exit, the peak RSS of the process (from GNU
 * time's `-v` report when /usr/bin/time exists), and an optional time cap after which the
 * process group, and only it, is killed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  readonly ms: number;
  readonly exitCode: number | null;
  readonly stopped: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak RSS in KiB as GNU time reports it; undefined without GNU time or when stopped. */
  readonly maxRssKb?: number;
  /** For a stopped run on Linux: the largest peak RSS (VmHWM) in its process tree just before the stop. */
  readonly maxRssAtStopKb?: number;
  /** User + system CPU time as GNU time reports it: steadier than wall time on a loaded machine. */
  readonly cpuMs?: number;
}

export interface RunOptions {
  /** Kill the run after this long; it then counts as stopped. */
  readonly capMs?: number;
  /** Wrap in `/usr/bin/time -v` (when present) to learn the peak RSS. */
  readonly measureRss?: boolean;
  /** Called with each complete line of stdout as it arrives. */
  readonly onLine?: (line: string) => void;
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessRun> {
  const wrap = options.measureRss === true && hasGnuTime();
  const [file, argv] = wrap ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Its own process group, so that a cap stops the whole tree it started and nothing else.
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let pending = '';
    let stopped = false;
    let maxRssAtStopKb: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine?.(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer =
      options.capMs === undefined
        ? undefined
        : setTimeout(() => {
            stopped = true;
            if (child.pid === undefined) return;
            maxRssAtStopKb = peakRssOfTree(child.pid);
            process.kill(-child.pid, 'SIGKILL');
          }, options.capMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const maxRssKb = wrap && !stopped ? gnuTimeMaxRss(stderr) : undefined;
      const cpuMs = wrap && !stopped ? gnuTimeCpuMs(stderr) : undefined;
      resolve({
        ms,
        exitCode,
        stopped,
        stdout,
        stderr,
        ...(maxRssKb === undefined ? {} : { maxRssKb }),
        ...(maxRssAtStopKb === undefined ? {} : { maxRssAtStopKb }),
        ...(cpuMs === undefined ? {} : { cpuMs }),
      });
    });
  });
}

/** VmHWM of `pid` and its descendants, from /proc; undefined where there is no /proc. */
function peakRssOfTree(pid: number): number | undefined {
  const own = procField(`/proc/${pid}/status`, /^VmHWM:\s+(\d+) kB$/m);
  const children = (procText(`/proc/${pid}/task/${pid}/children`) ?? '').split(/\s+/).filter((id) => id !== '');
  const peaks = [own, ...children.map((id) => peakRssOfTree(Number(id)))].filter(
    (kb): kb is number => kb !== undefined,
  );
  return peaks.length === 0 ? undefined : Math.max(...peaks);
}

function procText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function procField(file: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(procText(file) ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function gnuTimeMaxRss(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function gnuTimeCpuMs(report: string): number | undefined {
  const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  return user === undefined || system === undefined ? undefined : (Number(user) + Number(system)) * 1000;
}

/** The tail of a failed run's stderr, for a result row. */
export function failureText(run: ProcessRun): string {
  if (run.stopped) return 'stopped at the time cap';
  // Leave out GNU time's report (tab-indented, after its "Command exited" line).
  const lines = run.stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('\t') && !line.startsWith('Command exited with'));
  return `exit ${run.exitCode ?? 'signal'}: ${lines.at(-1) ?? 'no output'}`;
}
