/**
 * The runtime's public surface, for generated code and for the generated package's index to
 * re-export: the factory, the promise types, the option and descriptor types, the error classes
 * callers catch, and the helpers generated validators call (each its own export, so a bundler
 * keeps only those a package uses).
 */
export { createClient } from './client.js';
export { basicAuth } from './auth.js';
export { APIPromise } from './api-promise.js';
export { PagePromise, pagination } from './pagination.js';
export { retries } from './retry.js';
export { binaryBody, formBody, jsonBody, multipartBody, textBody } from './body.js';
export { requestBody, requestHeaders } from './extras.js';
export { styledQuery, Unsendable } from './serialize.js';
export { deprecation, validation } from './operation.js';
export { checkResponses } from './check-responses.js';
export { rawNamespace, withRaw } from './raw.js';
export { builtInLogging, logging } from './log.js';
export * from './errors.js';
export { assertion, guard, reject, validator, ValidationError, MAX_ISSUES, } from './validation.js';
export { codePointLength, deepEqual, duplicateItems, enumIncludes, fail, failType, failRequired, failMinimum, failMaximum, failExclusiveMinimum, failExclusiveMaximum, failMultipleOf, failMinLength, failMaxLength, failMinItems, failMaxItems, failMinProperties, failMaxProperties, failPattern, failFormat, failEnum, failConst, failAdditionalProperties, failUniqueItems, failAnyOf, failOneOf, failNot, isBinary, matchesBounded, matchesMultipleOf, pointerToken, rejectBounded, uniqueItems, } from './keywords.js';
export * from './formats.js';
