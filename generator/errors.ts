import type { At, SpecIssue } from './model.js';

/**
 * Thrown by a stage when the spec (or a flag) is wrong: the user's problem, not a bug. The CLI
 * prints every issue as one located line and exits 1 without a stack trace.
 */
export class SpecProblems extends Error {
  readonly issues: readonly SpecIssue[];

  constructor(issues: readonly SpecIssue[]) {
    const sorted = [...issues].sort(byPlace);
    super(sorted.map(formatIssue).join('\n'));
    this.name = 'SpecProblems';
    this.issues = sorted;
  }
}

/** A bad command-line flag or output folder: also a user error, exit 1. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Reading order: a person fixes a file from top to bottom. */
function byPlace(a: SpecIssue, b: SpecIssue): number {
  return a.at.line - b.at.line || a.at.column - b.at.column;
}

/** `spec/openapi.yaml:42:9 (#/paths/~1user/get): message` */
export function formatIssue(issue: SpecIssue): string {
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${formatAt(issue.at)}: ${prefix}${issue.message} [${issue.code}]`;
}

export function formatAt(at: At): string {
  const pointer = at.pointer === '' ? '#' : `#${at.pointer}`;
  return `${at.file}:${at.line}:${at.column} (${pointer})`;
}

/** Collects issues while a stage walks the spec, so every problem is reported at once. */
export class IssueList {
  readonly #issues: SpecIssue[] = [];

  error(code: SpecIssue['code'], at: At, message: string): void {
    this.#issues.push({ code, severity: 'error', message, at });
  }

  warn(code: SpecIssue['code'], at: At, message: string): void {
    this.#issues.push({ code, severity: 'warning', message, at });
  }

  get hasErrors(): boolean {
    return this.#issues.some((issue) => issue.severity === 'error');
  }

  /** In reading order, like errors. */
  get warnings(): SpecIssue[] {
    return this.#issues.filter((issue) => issue.severity === 'warning').sort(byPlace);
  }

  /** Throws every collected error (warnings ride along) when there is at least one error. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new SpecProblems(this.#issues);
  }
}
