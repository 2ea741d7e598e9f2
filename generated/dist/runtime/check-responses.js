import { ResponseValidationError } from './errors.js';
import { responseError } from './response.js';
import { collect, describeIssues, passes } from './validation.js';
/** The `validateResponses` value that checks each operation's 2xx body with its check. */
export function checkResponses(pairs) {
    const checks = new Map(pairs);
    return (op, body, target, response, redact) => {
        const check = checks.get(op);
        if (check && !passes(check, body)) {
            const found = collect(check, body);
            // An issue's path holds the body's own keys, which a hostile server can make a credential.
            const issues = found.issues.map((issue) => ({ ...issue, path: redact(issue.path) }));
            const omitted = found.omitted;
            throw responseError(ResponseValidationError, target, response, `body does not match the schema: ${describeIssues(issues, omitted, false)}`, { issues, omitted });
        }
    };
}
