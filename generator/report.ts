import type { At, SpecIssue } from './model/index.js';

/** `spec/openapi.yaml:42:9 (#/paths/~1user/get): warning: message [code]`, then its excerpt and hint. */
export function formatIssue(issue: SpecIssue): string {
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  const lines = [`${formatAt(issue.at)}: ${prefix}${issue.message} [${issue.code}]`];
  if (issue.excerpt !== undefined) lines.push(issue.excerpt.replace(/\n+$/, ''));
  if (issue.hint !== undefined) lines.push(`  hint: ${issue.hint}`);
  return lines.join('\n');
}

export function formatAt(at: At): string {
  return `${at.file}:${at.line}:${at.column} (#${at.pointer})`;
}

/**
 * Warnings as a summary a person reads once: one line per code with its count and the first
 * place it happens; `--verbose` lists every one instead.
 */
export function warningLines(warnings: readonly SpecIssue[], verbose: boolean): string[] {
  if (warnings.length === 0) return [];
  if (verbose) return warnings.map(formatIssue);
  const byCode = new Map<string, SpecIssue[]>();
  for (const warning of warnings) {
    const list = byCode.get(warning.code);
    if (list === undefined) byCode.set(warning.code, [warning]);
    else list.push(warning);
  }
  const lines = [`${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} (--verbose lists every one):`];
  for (const [code, list] of [...byCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const first = list[0]!;
    lines.push(`  ${code}: ${list.length}, first at ${formatAt(first.at)}: ${first.message}`);
  }
  return lines;
}
