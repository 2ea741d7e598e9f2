/**
 * The API surface: what a caller of the generated client can call, send and read, kept in the
 * output folder (`api-surface.json`) so that the next run can say what a spec change does to
 * callers, and set the package version from it.
 */
export { SURFACE_FILE, type ApiSurface, buildApiSurface, parseApiSurface } from './surface.js';
export { type SurfaceChange, diffApiSurface, formatChanges } from './diff.js';
export { type SurfaceCache, surfacesByUnit } from './by-unit.js';
export { nextVersion } from './version.js';
