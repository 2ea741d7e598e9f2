/**
 * The types between the generator's stages, and nothing else:
 *
 *   loadSpec -> LoadedSpec -> resolveRefs -> ResolvedSpec -> buildModel -> ApiModel
 *     -> planUnits -> Plan -> renderUnit* -> RenderedFile[] -> writeOutput -> WriteReport
 *
 * Stages import their types from here and never from each other; only pipeline.ts calls them in
 * order.
 */
export type * from './api.js';
export type * from './at.js';
export type * from './issue.js';
export type * from './operation.js';
export type * from './output.js';
export type * from './plan.js';
export type * from './schema.js';
export type * from './spec.js';
