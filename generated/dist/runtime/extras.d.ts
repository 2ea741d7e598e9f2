import type { OperationSpec } from './descriptor.js';
import { type Init, type Input } from './operation.js';
import { type RequestOptions } from './options.js';
import type { ValidationIssue } from './validation.js';
/**
 * One of a descriptor's `extras`: adds its part of the request to `init` (headers, body, `duplex`
 * for a stream) or to `cookies` (`name=value`, '' for none); what cannot be sent is recorded in
 * `issues`.
 */
export type RequestPart = (op: OperationSpec, input: Input, options: RequestOptions | undefined, init: Init, issues: ValidationIssue[], cookies: (string | undefined)[]) => void;
/** The header parameters (style simple) and the cookie parameters (style form). */
export declare const requestHeaders: RequestPart;
/** The body, in the media type the call's `contentType` names (default: the first). */
export declare const requestBody: RequestPart;
