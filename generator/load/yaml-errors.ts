import type { YAMLError } from 'yaml';
import type { TextProblem } from './issues.js';
import { LineIndex } from './lines.js';
import { diagnose, type DiagnoseContext, type Fix, isStackOverflow } from './yaml-diagnose.js';
import { applyFix, candidateFixes } from './yaml-fixes.js';

/**
 * One problem per mistake. yaml reports a mis-indented line as a handful of errors, some on
 * other lines, some dozens of lines further down, and often not on the line that is wrong. So
 * each error is traced to a line by experiment: try small fixes near it (re-indent a line like
 * its neighbours, or blank it out), parse again, and keep the fix that leaves the fewest errors.
 * The original errors still there afterwards are independent mistakes, traced the same way; the
 * ones gone were consequences of this one, and are dropped.
 */

/** Enough for anyone fixing a file from the top; more is noise. */
const MAX_PROBLEMS = 10;
/** The bytes of YAML the tracing may parse again: 64 parses of a small spec, 8 of a 3 MB one, none past 24 MB. */
const REPARSE_BUDGET_BYTES = 24 * 1024 * 1024;
const MAX_REPARSES = 64;
/** Mistakes that cause no others and are exactly where yaml says: nothing to trace. */
const STANDALONE = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS', 'NON_STRING_KEY']);

export type Reparse = (text: string) => readonly YAMLError[];

export function yamlSyntaxProblems(
  errors: readonly YAMLError[],
  context: DiagnoseContext,
  reparse: Reparse,
): TextProblem[] {
  const { lines } = context;
  const lineOf = (error: YAMLError): number => lines.position(error.pos[0]).line;
  const placeOf = (error: YAMLError): string => identity(error, lines);
  let pending = firstPerLine(errors, lineOf);
  let current = lines;
  let budget = Math.min(MAX_REPARSES, Math.floor(REPARSE_BUDGET_BYTES / Math.max(1, lines.text.length)));
  const problems: TextProblem[] = [];
  for (let error = pending.shift(); error !== undefined && problems.length < MAX_PROBLEMS; error = pending.shift()) {
    const line = lineOf(error);
    if (/^Missing closing .?quote/.test(error.message)) {
      // Everything after a quote that never closes is inside the string: nothing else is known.
      problems.push(diagnose(error, { line }, context));
      break;
    }
    const standalone = STANDALONE.has(error.code) || isStackOverflow(error);
    const fixes = standalone ? [] : candidateFixes(current, line);
    if (fixes.length === 0 || budget < fixes.length) {
      // Past the budget, errors on the next line are taken as consequences.
      problems.push(diagnose(error, { line }, context));
      if (!standalone) pending = pending.filter((other) => lineOf(other) > line + 1);
      continue;
    }
    const traced = trace(current, fixes, reparse);
    budget -= traced.tries;
    problems.push(diagnose(error, traced.fix, context));
    current = traced.lines;
    const remaining = new Set(traced.errors.map((other) => identity(other, traced.lines)));
    pending = pending.filter((other) => remaining.has(placeOf(other)) && lineOf(other) !== traced.fix.line);
  }
  return problems;
}

/** Sorted by place; of several errors on one line, the first. */
function firstPerLine(errors: readonly YAMLError[], lineOf: (error: YAMLError) => number): YAMLError[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  return sorted.filter((error, index) => index === 0 || lineOf(sorted[index - 1] as YAMLError) !== lineOf(error));
}

/** By line and column: a re-indented line moves the offsets after it, not the lines. */
function identity(error: YAMLError, lines: LineIndex): string {
  const { line, column } = lines.position(error.pos[0]);
  return `${error.code}@${line}:${column}`;
}

interface Traced {
  readonly fix: Fix;
  /** The text with the fix applied, and what yaml says about it. */
  readonly lines: LineIndex;
  readonly errors: readonly YAMLError[];
  readonly tries: number;
}

/** The first fix that leaves no error, or else the one that leaves the fewest. */
function trace(lines: LineIndex, fixes: readonly Fix[], reparse: Reparse): Traced {
  let best: Omit<Traced, 'tries'> | undefined;
  let tries = 0;
  for (const fix of fixes) {
    const fixed = new LineIndex(applyFix(lines, fix));
    const errors = reparse(fixed.text);
    tries++;
    if (best === undefined || errors.length < best.errors.length) best = { fix, lines: fixed, errors };
    if (errors.length === 0) break;
  }
  return { ...(best as Omit<Traced, 'tries'>), tries };
}
