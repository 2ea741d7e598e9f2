/**
 * Names the generated package exports besides the spec's: the runtime's (errors, option and result
 * types) and the types module's. A schema or operation whose type name would be one of these gets
 * a suffix instead (with a warning). test/build/reserved.test.ts keeps this list equal to the
 * runtime's actual exports.
 */
export const RUNTIME_EXPORTS: readonly string[] = [
  'APIConnectionError',
  'APIPromise',
  'APITimeoutError',
  'APIUserAbortError',
  'AuthenticationError',
  'BadRequestError',
  'BaseClientOptions',
  'CloudflareAPIError',
  'CloudflareError',
  'ConflictError',
  'InternalServerError',
  'InvalidResponseError',
  'LogLevel',
  'LogSetup',
  'Logger',
  'logging',
  'pagination',
  'retries',
  'MissingCredentialsError',
  'NotFoundError',
  'PagePromise',
  'Paginator',
  'PaginationLimitError',
  'PermissionDeniedError',
  'RateLimitError',
  'RedirectError',
  'RequestOptions',
  'RequestValidationError',
  'RetryPolicy',
  'Unpaged',
  'ResponseValidationError',
  'UnprocessableEntityError',
  'ValidationError',
  'ValidationIssue',
  'ValidationResult',
  'components',
  'operations',
  'paths',
];

/**
 * Globals the generated declarations name: a spec type of the same name would hide them.
 */
export const USED_GLOBALS: readonly string[] = [
  'Array',
  'ArrayBuffer',
  'ArrayBufferView',
  'Blob',
  'Date',
  'Error',
  'File',
  'FormData',
  'Map',
  'Object',
  'Promise',
  'PromiseLike',
  'ReadableStream',
  'Record',
  'Request',
  'RequestInit',
  'Response',
  'Set',
  'Uint8Array',
];

/** The runtime's own client options: a security scheme may not become an option of the same name. */
export const CLIENT_OPTIONS: readonly string[] = [
  'allowInsecureHttp',
  'auth',
  'baseUrl',
  'fetch',
  'headers',
  'log',
  'logLevel',
  'logger',
  'maxPages',
  'maxResponseBytes',
  'maxRetries',
  'pagination',
  'retries',
  'retryBaseDelayMs',
  'timeoutMs',
  'validateResponses',
  'warnOnDeprecated',
];

/**
 * Values every generated module may import from the runtime or declare itself: a descriptor or
 * resource of the same name would clash with them. test/build/reserved.test.ts keeps the runtime
 * part equal to what the generated code imports.
 */
export const MODULE_VALUES: readonly string[] = [
  'API',
  'builtInLogging',
  'createClient',
  'resources',
  'responseChecks',
  'validator',
  'guard',
  'assertion',
];

/** The prefixes of the check and the public validators of every validated type. */
export const VALIDATOR_PREFIXES: readonly string[] = ['check', 'is', 'validate', 'assert'];
