/**
 * Response validation, for the client option `validateResponses`. The generated
 * `responseValidators` is `checkResponses(...)` of every operation's success-body check, so that
 * this code, like the checks, is bundled only by apps that import them: the core only calls the
 * option's function.
 */
import type { Check, OperationSpec, ResponseChecks } from './descriptor.js';
/** The `validateResponses` value that checks each operation's 2xx body with its check. */
export declare function checkResponses(pairs: readonly (readonly [OperationSpec, Check])[]): ResponseChecks;
