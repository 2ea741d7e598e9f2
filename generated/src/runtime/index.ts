/**
 * The runtime's public surface, for the generated package's index to re-export: the option and
 * descriptor types, the error classes callers catch, and PagePromise.
 */
export { createCore } from './core.js';
export type {
  ApiDescriptor,
  BaseClientOptions,
  Core,
  CredentialSpec,
  HttpMethod,
  OperationDescriptor,
  PaginationDescriptor,
  RequestOptions,
  ResponseValidators,
} from './core.js';
export * from './errors.js';
export { PagePromise } from './pagination.js';
export type { Logger } from './deprecation.js';
export type { ValidationIssue, ValidationResult, Validator } from './validation.js';
