import type { Json, Locate } from '../model/at.js';
import type { SpecIssue, SpecIssueCode } from '../model/issue.js';
import { fixedAt } from './at.js';
import { excerpt, type LineIndex } from './lines.js';

/** What the parsers return: the document and a way to locate pointers in the text it came from. */
export interface ParsedText {
  readonly document: Json;
  readonly locate: Locate;
  readonly warnings: readonly SpecIssue[];
}

export interface TextProblem {
  readonly code: SpecIssueCode;
  readonly offset: number;
  readonly message: string;
  readonly pointer?: string;
  readonly hint?: string;
  /** Leave the excerpt out: an empty file has nothing to show. */
  readonly bare?: true;
}

/** A problem in the text, located at an offset, with the excerpt that shows it. */
export function textIssue(
  file: string,
  lines: LineIndex,
  problem: TextProblem,
  severity: SpecIssue['severity'] = 'error',
): SpecIssue {
  const position = lines.position(problem.offset);
  const at = fixedAt(file, problem.pointer ?? '', position);
  const issue: SpecIssue = problem.bare
    ? { code: problem.code, severity, message: problem.message, at }
    : { code: problem.code, severity, message: problem.message, at, excerpt: excerpt(lines, position) };
  return problem.hint === undefined ? issue : { ...issue, hint: problem.hint };
}
