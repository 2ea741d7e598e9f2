import type { At } from '../model/at.js';
import type { SpecIssue, SpecIssueCode } from '../model/issue.js';

/**
 * Thrown when the spec (or a flag) is wrong: the user's problem, not a bug. The CLI prints every
 * issue as one located line and exits 1 without a stack trace.
 */
export class SpecProblems extends Error {
  readonly issues: readonly SpecIssue[];

  constructor(issues: readonly SpecIssue[]) {
    const sorted = [...issues].sort(byPlace);
    super(`${sorted.filter((issue) => issue.severity === 'error').length} problems in the spec`);
    this.name = 'SpecProblems';
    this.issues = sorted;
  }
}

/** Reading order: a person fixes a file from top to bottom. */
export function byPlace(a: SpecIssue, b: SpecIssue): number {
  return a.at.line - b.at.line || a.at.column - b.at.column;
}

/** Collects issues while a stage walks the spec, so that every problem is reported at once. */
export class IssueList {
  readonly #issues: SpecIssue[] = [];

  error(code: SpecIssueCode, at: At, message: string, extra: Pick<SpecIssue, 'hint' | 'excerpt'> = {}): void {
    this.#issues.push({ code, severity: 'error', message, at, ...extra });
  }

  warn(code: SpecIssueCode, at: At, message: string, extra: Pick<SpecIssue, 'hint' | 'excerpt'> = {}): void {
    this.#issues.push({ code, severity: 'warning', message, at, ...extra });
  }

  add(issue: SpecIssue): void {
    this.#issues.push(issue);
  }

  get hasErrors(): boolean {
    return this.#issues.some((issue) => issue.severity === 'error');
  }

  /** Every issue so far, in the order found. */
  get all(): readonly SpecIssue[] {
    return this.#issues;
  }

  get warnings(): SpecIssue[] {
    return this.#issues.filter((issue) => issue.severity === 'warning');
  }

  /** Throws every collected issue (warnings ride along) when there is at least one error. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new SpecProblems(this.#issues);
  }
}
