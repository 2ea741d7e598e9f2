import type { SpecIssue } from '../model/issue.js';

/**
 * Bounds on what the loader accepts. A spec is usually written by the people who run the
 * generator, but it may come from a vendor or a pull request: a few kilobytes of YAML aliases
 * can expand to gigabytes, and later stages recurse, so every dimension that costs time or memory
 * has a limit, reported as a located error that names the limit. The CLI may expose them later.
 */
export interface LoadLimits {
  /** The size of the spec file; checked before it is read. Default 128 MiB. */
  readonly maxBytes?: number;
  /** Values in the document (objects, arrays, scalars; keys are not counted). Default 10,000,000. */
  readonly maxNodes?: number;
  /** Objects and arrays nested in each other. Default 512: later stages recurse. */
  readonly maxDepth?: number;
  /**
   * Values YAML aliases may expand the document to, when that is also more than `aliasRatio`
   * times the document's own size. Default 1,000,000.
   */
  readonly maxAliasNodes?: number;
  /** See `maxAliasNodes`. Default 10. */
  readonly aliasRatio?: number;
}

export type Limits = Required<LoadLimits>;

export const DEFAULT_LOAD_LIMITS: Limits = Object.freeze({
  maxBytes: 128 * 1024 * 1024,
  maxNodes: 10_000_000,
  maxDepth: 512,
  maxAliasNodes: 1_000_000,
  aliasRatio: 10,
});

export function withDefaults(limits: LoadLimits = {}): Limits {
  return { ...DEFAULT_LOAD_LIMITS, ...limits };
}

/** The sentence every bound error ends with: which limit, and how to get past it. */
export function raiseLimit(name: keyof LoadLimits): string {
  return `raise the ${name} load limit to accept it`;
}

export function formatCount(count: number): string {
  return Number.isFinite(count) && count < 1e21 ? Math.round(count).toLocaleString('en-US') : 'more than 10^21';
}

export function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${formatCount(bytes)} bytes`;
}

/** A spec over maxBytes: located at its start, since it is refused before it is read. */
export function tooLargeIssue(displayName: string, bytes: number, maxBytes: number): SpecIssue {
  return {
    code: 'spec_too_large',
    severity: 'error',
    message: `the spec is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxBytes)}: ${raiseLimit('maxBytes')}`,
    at: { file: displayName, pointer: '', line: 1, column: 1 },
  };
}
