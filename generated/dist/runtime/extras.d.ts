import type { OperationSpec } from './descriptor.js';
import { type Init, type Input } from './operation.js';
import { type RequestOptions } from './options.js';
import type { ValidationIssue } from './validation.js';
/** The cookie text of the parameters, and whether the body can be sent again (not a stream). */
export interface Extras {
    readonly cookie: string;
    readonly replayable: boolean;
}
/**
 * Adds the header parameters and the body to `init` (its headers and body), returns the cookie
 * parameters; what cannot be sent is recorded in `issues`.
 */
export declare function requestExtras(op: OperationSpec, input: Input, options: RequestOptions | undefined, init: Init, issues: ValidationIssue[]): Extras;
