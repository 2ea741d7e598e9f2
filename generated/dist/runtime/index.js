/**
 * The runtime's public surface, for the generated package's index to re-export: the option and
 * descriptor types, the error classes callers catch, and PagePromise.
 */
export { createCore } from './core.js';
export * from './errors.js';
export { PagePromise } from './pagination.js';
