/**
 * From the flat params object the SDK methods take (`{ account_id, page, per_page }`) to the
 * path/query/header groups openapi-fetch wants, with the checks the schema validators cannot do.
 */
import type { OperationDescriptor } from './core.js';
import { RequestValidationError, type RequestTarget } from './errors.js';
import { hasControlChar } from './auth.js';
import type { ValidationIssue } from './validation.js';

export interface SplitParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, string>;
}

type AnyOperation = OperationDescriptor<unknown, unknown>;

/**
 * Group the parameters by location; undefined values are left out. Throws RequestValidationError
 * for a path parameter that is missing, empty, `.` or `..` (openapi-fetch encodes it with
 * encodeURIComponent, which leaves dots alone, and the URL parser would then resolve it as a dot
 * segment: `/accounts/../user` is `/user`) and for a header value with control characters.
 */
export function splitParams(op: AnyOperation, params: unknown): SplitParams {
  const source = (typeof params === 'object' && params !== null ? params : {}) as Readonly<Record<string, unknown>>;
  const split: SplitParams = {};
  let issues: ValidationIssue[] | undefined;
  const { path, query, header } = op.params;
  if (path.length > 0) {
    const group: Record<string, unknown> = (split.path = {});
    for (const name of path) {
      const value = source[name];
      const text = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
      if (text === undefined || text === '' || text === '.' || text === '..') {
        (issues ??= []).push({
          path: `/${name}`,
          keyword: 'pathSegment',
          message: 'must be a non-empty string other than "." and ".."',
        });
      } else group[name] = text;
    }
  }
  if (query.length > 0) split.query = pick(source, query);
  if (header.length > 0) {
    const group: Record<string, string> = (split.header = {});
    for (const name of header) {
      const value = source[name];
      if (value === undefined) continue;
      const text = String(value);
      if (hasControlChar(text))
        (issues ??= []).push({
          path: `/${name}`,
          keyword: 'headerValue',
          message: 'must not contain control characters',
        });
      else group[name] = text;
    }
  }
  if (issues) throw requestValidationError(op, issues);
  return split;
}

function pick(source: Readonly<Record<string, unknown>>, names: readonly string[]): Record<string, unknown> {
  const group: Record<string, unknown> = {};
  for (const name of names) if (source[name] !== undefined) group[name] = source[name];
  return group;
}

export function requestValidationError(
  info: RequestTarget,
  issues: readonly ValidationIssue[],
): RequestValidationError {
  return new RequestValidationError(
    `Invalid parameters for ${info.method} ${info.path}: ${describeIssues(issues, true)}`,
    {
      method: info.method,
      path: info.path,
      issues,
    },
  );
}

/** The path template with path parameters filled in, encoded as sent; for error messages. */
export function fillPath(template: string, path: Readonly<Record<string, unknown>> | undefined): string {
  if (path === undefined) return template;
  return template.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = path[name];
    return value === undefined ? match : encodeURIComponent(String(value));
  });
}

/**
 * "per_page must be at most 50; account_id must be ..." for parameters (`asNames`: the pointer
 * `/per_page` reads as `per_page`), "/result/0/id must be string" for response bodies.
 */
export function describeIssues(issues: readonly ValidationIssue[], asNames: boolean): string {
  const shown = issues
    .slice(0, 5)
    .map((issue) => `${asNames ? pointerToName(issue.path) : issue.path || '(body)'} ${issue.message}`);
  if (issues.length > 5) shown.push(`and ${issues.length - 5} more`);
  return shown.join('; ');
}

function pointerToName(pointer: string): string {
  if (pointer === '') return 'params';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}
