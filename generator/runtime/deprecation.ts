/**
 * One warning per deprecated operation per process (per JS realm), not per client: apps on
 * Workers and serverless often build a client per request, and a warning on every request
 * would be noise. Keyed by the descriptor object, which generated code defines once per module.
 */
import type { OperationDescriptor } from './core.js';

export interface Logger {
  warn(message: string): void;
}

const warned = new WeakSet<object>();

export function warnDeprecated(op: OperationDescriptor<unknown, unknown>, packageName: string, logger: Logger): void {
  if (warned.has(op)) return;
  warned.add(op);
  logger.warn(
    `[${packageName}] ${op.method} ${op.path} is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)`,
  );
}
