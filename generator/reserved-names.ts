/**
 * Names the generated package's index exports from the runtime (generator/runtime/index.ts) and
 * from client.ts besides the spec's schemas. A schema whose type name would collide is renamed
 * with a warning. test/generator/reserved-names.test.ts keeps this list equal to the runtime's
 * actual exports.
 */
export const RUNTIME_EXPORTS: readonly string[] = [
  'APIConnectionError',
  'APIErrorInit',
  'APIMessage',
  'APITimeoutError',
  'APIUserAbortError',
  'ApiDescriptor',
  'AuthenticationError',
  'BadRequestError',
  'BaseClientOptions',
  'CloudflareAPIError',
  'CloudflareError',
  'ConflictError',
  'ConnectionErrorInit',
  'Core',
  'CredentialSpec',
  'HttpMethod',
  'InternalServerError',
  'InvalidResponseError',
  'InvalidResponseInit',
  'InvalidResponseReason',
  'Logger',
  'MissingCredentialsError',
  'NotFoundError',
  'OperationDescriptor',
  'PagePromise',
  'PaginationDescriptor',
  'PaginationLimitError',
  'PermissionDeniedError',
  'RateLimitError',
  'RedirectError',
  'RequestOptions',
  'RequestTarget',
  'RequestValidationError',
  'RequestValidationInit',
  'ResponseValidationError',
  'ResponseValidationInit',
  'ResponseValidators',
  'UnprocessableEntityError',
  'ValidationIssue',
  'ValidationResult',
  'Validator',
  'apiErrorClass',
  'createCore',
  'components',
  'operations',
  'paths',
];

/**
 * The runtime's own client options (BaseClientOptions): a security scheme may not become a
 * credential option of the same name. The same test keeps this list equal to the interface.
 */
export const CLIENT_OPTIONS: readonly string[] = [
  'allowInsecureHttp',
  'baseUrl',
  'fetch',
  'headers',
  'logger',
  'maxPages',
  'maxResponseBytes',
  'maxRetries',
  'retryBaseDelayMs',
  'timeoutMs',
  'validateResponses',
  'warnOnDeprecated',
];
