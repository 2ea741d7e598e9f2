import { RequestValidationError } from './errors.js';
import { hasControlChar } from './auth.js';
/**
 * Group the parameters by location; undefined values are left out. Throws RequestValidationError
 * for a path parameter that is missing, empty, `.` or `..` (openapi-fetch encodes it with
 * encodeURIComponent, which leaves dots alone, and the URL parser would then resolve it as a dot
 * segment: `/accounts/../user` is `/user`) and for a header value with control characters.
 */
export function splitParams(op, params) {
  const source = typeof params === 'object' && params !== null ? params : {};
  const split = {};
  let issues;
  const { path, query, header } = op.params;
  if (path.length > 0) {
    const group = (split.path = {});
    for (const name of path) {
      const value = source[name];
      const text =
        typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
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
    const group = (split.header = {});
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
function pick(source, names) {
  const group = {};
  for (const name of names) if (source[name] !== undefined) group[name] = source[name];
  return group;
}
export function requestValidationError(info, issues) {
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
export function fillPath(template, path) {
  if (path === undefined) return template;
  return template.replace(/\{([^{}]+)\}/g, (match, name) => {
    const value = path[name];
    return value === undefined ? match : encodeURIComponent(String(value));
  });
}
/**
 * "per_page must be at most 50; account_id must be ..." for parameters (`asNames`: the pointer
 * `/per_page` reads as `per_page`), "/result/0/id must be string" for response bodies.
 */
export function describeIssues(issues, asNames) {
  const shown = issues
    .slice(0, 5)
    .map(
      (issue) => `${asNames ? pointerToName(issue.path) : issue.path || '(body)'} ${issue.message}`,
    );
  if (issues.length > 5) shown.push(`and ${issues.length - 5} more`);
  return shown.join('; ');
}
function pointerToName(pointer) {
  if (pointer === '') return 'params';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}
