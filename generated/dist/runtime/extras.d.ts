import type { OperationSpec } from './descriptor.js';
import { type Init, type Input } from './operation.js';
import { type RequestOptions } from './options.js';
import type { ValidationIssue } from './validation.js';
/**
 * Adds the header parameters and the body to `init` (its headers, body and `duplex` for a stream),
 * and the cookie parameters to `cookies` (as `name=value`, '' for none); what cannot be sent is
 * recorded in `issues`.
 */
export declare function requestExtras(op: OperationSpec, input: Input, options: RequestOptions | undefined, init: Init, issues: ValidationIssue[], cookies: (string | undefined)[]): void;
