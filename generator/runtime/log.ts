/**
 * The client's log: a level, a logger and the package name every line starts with. Lines are
 * built only from method, filled path, status, timings and attempt counts: never headers, query
 * values, bodies or credentials.
 */
import { CloudflareError } from './errors.js';

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where log lines go; `console` is one. A missing method drops that level's lines. */
export interface Logger {
  error?(message: string): void;
  warn?(message: string): void;
  info?(message: string): void;
  debug?(message: string): void;
}

const LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

export const ERROR = 1;
export const WARN = 2;
export const INFO = 3;
export const DEBUG = 4;

export interface Log {
  /** 0 (off) to 4 (debug): compare with ERROR..DEBUG before building a line. */
  readonly level: number;
  readonly logger: Logger;
  /** `[cloudflare-billing-client]` */
  readonly prefix: string;
}

/**
 * The level from the option, else from the environment variable (ignored when it names no
 * level: a typo there should not break the app), else 'warn'.
 */
export function logLevel(option: LogLevel | undefined, fromEnv: string | undefined): number {
  if (option !== undefined) {
    const level = LEVELS.indexOf(option);
    if (level < 0) throw new CloudflareError(`The option logLevel must be one of ${LEVELS.join(', ')}`);
    return level;
  }
  const level = LEVELS.indexOf((fromEnv ?? '').trim().toLowerCase() as LogLevel);
  return level < 0 ? WARN : level;
}

/** Writes `message` at `level` if the log lets it through. */
export function write(log: Log, level: number, message: string): void {
  if (log.level < level) return;
  // The level's name is the logger's method: 'error' ... 'debug'.
  log.logger[LEVELS[level] as Exclude<LogLevel, 'off'>]?.(`${log.prefix} ${message}`);
}

/**
 * Operations already warned about. Per process (per JS realm), not per client: apps on Workers
 * and serverless often build a client per request, and a warning on every request would be
 * noise. Keyed by the descriptor, which generated code defines once per module.
 */
const warned = new WeakSet<object>();

export function warnDeprecated(log: Log, operation: object, what: string): void {
  if (log.level < WARN || warned.has(operation)) return;
  warned.add(operation);
  write(log, WARN, `${what} is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)`);
}
