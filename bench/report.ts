/**
 * What every section hands back to bench/run.ts, and the helpers that turn figures into
 * Markdown: aligned tables (the way Prettier lays them out, so RESULTS.md passes format:check),
 * number formats, goal lines.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface SectionResult {
  /** `client-overhead`: the name on the command line and the section's marker in RESULTS.md. */
  readonly id: string;
  readonly title: string;
  /** Markdown: tables and notes, no heading. */
  readonly body: string;
  readonly goals: readonly Goal[];
}

export interface Goal {
  readonly text: string;
  /** `undefined`: could not be measured (a rival or a run failed). */
  readonly met: boolean | undefined;
  readonly detail: string;
}

export type Align = 'left' | 'right';

export interface Column {
  readonly title: string;
  readonly align?: Align;
}

/** A Markdown table with padded cells, as Prettier would print it. */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    Math.max(3, column.title.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, index) => pad(cell, widths[index] ?? 3, columns[index]?.align ?? 'left')).join(' | ')} |`;
  const rule = `| ${columns.map((column, index) => ruleCell(widths[index] ?? 3, column.align ?? 'left')).join(' | ')} |`;
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)].join('\n');
}

function pad(cell: string, width: number, align: Align): string {
  return align === 'right' ? cell.padStart(width) : cell.padEnd(width);
}

function ruleCell(width: number, align: Align): string {
  return align === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** `12,345` for big numbers, three significant digits for small ones. */
export function num(value: number | undefined, digits = 3): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(digits)).toString();
}

export function ratio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : `${value.toFixed(2)}×`;
}

export function bytes(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toLocaleString('en-US')} B`;
}

export function kib(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${(value / 1024).toFixed(1)} KiB`;
}

export function goalLine(goal: Goal): string {
  const verdict = goal.met === undefined ? 'NOT MEASURED' : goal.met ? 'met' : 'NOT MET';
  return `- **${verdict}**: ${goal.text}. Measured: ${goal.detail}.`;
}

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  /** The 1-minute load average when described: other work on a shared machine skews every figure. */
  readonly load: number;
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: os.loadavg()[0] ?? 0,
  };
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) return match[1].trim();
  } catch {
    // Not Linux: fall through to what Node knows.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}
