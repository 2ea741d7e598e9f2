export class CloudflareError extends Error {
    name = 'CloudflareError';
    constructor(message, fields, cause) {
        // A caller's falsy cause (0, '') is still a cause: only undefined means none.
        super(message, cause === undefined ? undefined : { cause });
        Object.assign(this, fields);
    }
}
/** Credentials for the operation were neither passed as options nor found in the environment. */
export class MissingCredentialsError extends CloudflareError {
    name = 'MissingCredentialsError';
}
/** The API answered with a non-2xx status or with `success: false`. */
export class CloudflareAPIError extends CloudflareError {
    name = 'CloudflareAPIError';
}
export class BadRequestError extends CloudflareAPIError {
    name = 'BadRequestError';
}
export class AuthenticationError extends CloudflareAPIError {
    name = 'AuthenticationError';
}
export class PermissionDeniedError extends CloudflareAPIError {
    name = 'PermissionDeniedError';
}
export class NotFoundError extends CloudflareAPIError {
    name = 'NotFoundError';
}
export class ConflictError extends CloudflareAPIError {
    name = 'ConflictError';
}
export class UnprocessableEntityError extends CloudflareAPIError {
    name = 'UnprocessableEntityError';
}
export class RateLimitError extends CloudflareAPIError {
    name = 'RateLimitError';
}
export class InternalServerError extends CloudflareAPIError {
    name = 'InternalServerError';
}
/** A 3xx (or a browser's opaque redirect, status 0). Never followed: see exchange.ts. */
export class RedirectError extends CloudflareAPIError {
    name = 'RedirectError';
}
/**
 * The request never got a complete response: DNS, refused or reset connection, broken body.
 * `cause` is a sanitised copy of what fetch threw (name, code, redacted message): never the
 * original, whose fields (undici's HTTPParserError `.data`) can hold raw bytes from the wire.
 */
export class APIConnectionError extends CloudflareError {
    name = 'APIConnectionError';
}
/** An attempt outlived `timeoutMs`. A connection error too: it is retried the same way. */
export class APITimeoutError extends APIConnectionError {
    name = 'APITimeoutError';
}
/** The caller's AbortSignal fired. Never retried. */
export class APIUserAbortError extends CloudflareError {
    name = 'APIUserAbortError';
    constructor(info) {
        super(`${info.method} ${info.path} was aborted`, info);
    }
}
/** A 2xx response whose body we cannot use: too big, not UTF-8, not JSON, no `result`. */
export class InvalidResponseError extends CloudflareError {
    name = 'InvalidResponseError';
}
/** The parameters break the operation's schema. Thrown before anything is sent. */
export class RequestValidationError extends CloudflareError {
    name = 'RequestValidationError';
}
/** `validateResponses` is on and a 2xx body breaks the schema. */
export class ResponseValidationError extends CloudflareError {
    name = 'ResponseValidationError';
}
/** Auto-pagination fetched `maxPages` pages and the server still said there were more. */
export class PaginationLimitError extends CloudflareError {
    name = 'PaginationLimitError';
    constructor(info, maxPages) {
        super(`${info.method} ${info.path}: more than ${maxPages} pages (client option maxPages); narrow the query or raise maxPages`, { method: info.method, path: info.path, maxPages });
    }
}
const BY_STATUS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
};
/** The class for a status, so callers can `catch (e) { if (e instanceof NotFoundError) ... }`. */
export function apiErrorClass(status) {
    if (status >= 500)
        return InternalServerError;
    if (status < 200 || (status >= 300 && status < 400))
        return RedirectError;
    return BY_STATUS[status] ?? CloudflareAPIError;
}
