import { ResponseValidationError } from './errors.js';
import { responseError } from './response.js';
import { collect, describeIssues, passes } from './validation.js';
/** The `validateResponses` value that checks each operation's 2xx body with its check. */
export function checkResponses(pairs) {
    const checks = new Map(pairs);
    return (op, body, target, response) => {
        const check = checks.get(op);
        if (check && !passes(check, body)) {
            const { issues, omitted } = collect(check, body);
            throw responseError(ResponseValidationError, target, response, `body does not match the schema: ${describeIssues(issues, omitted, false)}`, { issues, omitted });
        }
    };
}
