/**
 * The runtime's public surface, for generated code and for the generated package's index to
 * re-export: the factory, the promise types, the option and descriptor types, the error classes
 * callers catch, and the helpers generated validators call (each its own export, so a bundler
 * keeps only those a package uses).
 */
export { createClient, type BuiltIn, type ClientFrom } from './client.js';
export { basicAuth } from './auth.js';
export { APIPromise, type WithResponse } from './api-promise.js';
export { PagePromise, pagination, type Paginator, type Unpaged } from './pagination.js';
export { retries, type RetryPolicy } from './retry.js';
export { binaryBody, formBody, jsonBody, multipartBody, textBody } from './body.js';
export { requestBody, requestHeaders, type RequestPart } from './extras.js';
export { styledQuery, Unsendable } from './serialize.js';
export { deprecation, validation, type ParamsValidator } from './operation.js';
export { checkResponses } from './check-responses.js';
export { rawNamespace, withRaw, type RawClient, type RawNamespace } from './raw.js';
export type { BaseClientOptions, Fetch, RequestOptions } from './options.js';
export { builtInLogging, logging, type Log, type LogLevel, type LogSetup, type Logger } from './log.js';
export type { ApiSpec, BodyEncoder, BodyMediaSpec, BodyPath, BodySpec, Check, ClientPart, CredentialSpec, Extension, HttpMethod, IssueSink, OperationSpec, PaginationSpec, ParamsCheck, ParamSpec, Resource, ResponseCheckList, ResponseChecks, ResponseKind, } from './descriptor.js';
export * from './errors.js';
export { assertion, guard, reject, validator, ValidationError, MAX_ISSUES, type ValidationIssue, type ValidationResult, } from './validation.js';
export { codePointLength, deepEqual, duplicateItems, enumIncludes, fail, failType, failRequired, failMinimum, failMaximum, failExclusiveMinimum, failExclusiveMaximum, failMultipleOf, failMinLength, failMaxLength, failMinItems, failMaxItems, failMinProperties, failMaxProperties, failPattern, failFormat, failEnum, failConst, failAdditionalProperties, failUniqueItems, failAnyOf, failOneOf, failNot, type KeywordFail, isBinary, matchesBounded, matchesMultipleOf, pointerToken, rejectBounded, uniqueItems, } from './keywords.js';
export * from './formats.js';
