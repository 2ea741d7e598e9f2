/**
 * From the flat params object the SDK methods take (`{ account_id, page, per_page }`) to the
 * path/query/header groups openapi-fetch wants, with the checks the schema validators cannot do.
 */
import type { OperationDescriptor } from './core.js';
import { RequestValidationError, type RequestTarget } from './errors.js';
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
export declare function splitParams(op: AnyOperation, params: unknown): SplitParams;
export declare function requestValidationError(
  info: RequestTarget,
  issues: readonly ValidationIssue[],
): RequestValidationError;
/** The path template with path parameters filled in, encoded as sent; for error messages. */
export declare function fillPath(
  template: string,
  path: Readonly<Record<string, unknown>> | undefined,
): string;
/**
 * "per_page must be at most 50; account_id must be ..." for parameters (`asNames`: the pointer
 * `/per_page` reads as `per_page`), "/result/0/id must be string" for response bodies.
 */
export declare function describeIssues(
  issues: readonly ValidationIssue[],
  asNames: boolean,
): string;
export {};
