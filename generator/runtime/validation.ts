/**
 * The contract between generated validators and their callers: where a check records problems
 * (an IssueSink, capped), how a generated public validator is built from a check (`validator`,
 * `guard`, `assertion`), and the error an assertion throws.
 *
 * A generated check has two modes. Without a sink it answers yes or no and stops at the first
 * problem: the fast path every valid call takes. With a sink it records every problem, up to
 * MAX_ISSUES; it runs only after the fast path said no.
 */
import type { Check, IssueSink, ValidationIssueLike } from './descriptor.js';

/** One broken rule: where (an RFC 6901 JSON pointer into the value), which keyword, and why. */
export type ValidationIssue = ValidationIssueLike;

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** The first MAX_ISSUES problems. */
      readonly errors: readonly ValidationIssue[];
      /** How many more were found and not kept. */
      readonly omitted: number;
    };

/** Issues kept per validation: a hostile 10 MB body costs a counter, not millions of objects. */
export const MAX_ISSUES = 100;

/**
 * Called by generated code where a rule is broken. Without a sink the caller only asks yes or
 * no: returns true, stop now. With one, records the problem (or counts it past the cap) and
 * returns false: go on.
 */
export function reject(sink: IssueSink | undefined, path: string, keyword: string, message: string): boolean {
  if (sink === undefined) return true;
  if (sink.issues.length < MAX_ISSUES) sink.issues.push({ path, keyword, message });
  else sink.omitted++;
  return false;
}

/**
 * Runs `check`, yes or no without `sink`, else recording in it. A stack overflow (deep or cyclic
 * input) is a no, and the issue `{ path: '', keyword: 'depth' }`.
 */
function run(check: Check, value: unknown, sink?: IssueSink): boolean {
  try {
    return check(value, sink, '');
  } catch (thrown) {
    if (!(thrown instanceof RangeError)) throw thrown;
    reject(sink, '', 'depth', 'is nested too deeply to check (or contains a cycle)');
    return false;
  }
}

/** Runs `check` in recording mode. Never throws for deep or cyclic input: records a depth issue. */
export function collect(check: Check, value: unknown): IssueSink {
  const sink: IssueSink = { issues: [], omitted: 0 };
  run(check, value, sink);
  return sink;
}

/** The fast, yes-or-no pass; a stack overflow (deep or cyclic input) is a no. */
export function passes(check: Check, value: unknown): boolean {
  return run(check, value);
}

/** The generated `validateX`: every problem of `value` (capped), each with a JSON pointer. */
export function validator<T>(check: Check): (value: unknown) => ValidationResult<T> {
  return (value) => {
    if (passes(check, value)) return { ok: true, value: value as T };
    const sink = collect(check, value);
    return { ok: false, errors: sink.issues, omitted: sink.omitted };
  };
}

/** The generated `isX`: a type guard that stops at the first problem. */
export function guard<T>(check: Check): (value: unknown) => value is T {
  return (value): value is T => passes(check, value);
}

/** The generated `assertX`: throws a ValidationError naming `name` and listing the problems. */
export function assertion<T>(check: Check, name: string): (value: unknown) => asserts value is T {
  return (value): asserts value is T => {
    if (passes(check, value)) return;
    const sink = collect(check, value);
    throw new ValidationError(name, sink.issues, sink.omitted);
  };
}

/** Thrown by the generated `assertX` functions; `issues` holds the problems found. */
export class ValidationError extends Error {
  override readonly name: string = 'ValidationError';
  readonly issues: readonly ValidationIssue[];
  readonly omitted: number;

  constructor(what: string, issues: readonly ValidationIssue[], omitted = 0) {
    super(`${what} is invalid: ${describeIssues(issues, omitted, false)}`);
    this.issues = issues;
    this.omitted = omitted;
  }
}

/**
 * "per_page must be <= 50; account_id must ..." for parameters (`asNames`: the pointer `/per_page`
 * reads as `per_page`), "/result/0/id must be string" for bodies. Five shown, the rest counted.
 */
export function describeIssues(issues: readonly ValidationIssue[], omitted: number, asNames: boolean): string {
  const shown = issues
    .slice(0, 5)
    .map((issue) => `${asNames ? pointerToName(issue.path) : issue.path || '(root)'} ${issue.message}`);
  const more = issues.length - shown.length + omitted;
  if (more > 0) shown.push(`and ${more} more`);
  return shown.join('; ');
}

/** `/per_page` -> `per_page`, `/fields/0` -> `fields.0`, `''` -> `params`: a pointer into the params as a name. */
export function pointerToName(pointer: string): string {
  // Separators first: an escaped `/` is `~1` until the last two replacements.
  return pointer ? pointer.slice(1).replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~') : 'params';
}
