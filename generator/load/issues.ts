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
}

/** A problem in the text, located at an offset, with the excerpt that shows it. */
export function textIssue(
  file: string,
  lines: LineIndex,
  problem: TextProblem,
  severity: SpecIssue['severity'] = 'error',
): SpecIssue {
  const position = lines.position(problem.offset);
  const issue: SpecIssue = {
    code: problem.code,
    severity,
    message: problem.message,
    at: fixedAt(file, problem.pointer ?? '', position),
    excerpt: excerpt(lines, position),
  };
  return problem.hint === undefined ? issue : { ...issue, hint: problem.hint };
}
