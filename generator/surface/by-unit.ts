import type { Plan } from '../model/index.js';
import { type OperationSurface, operationSurfaces } from './surface.js';

type Entries = readonly (readonly [string, OperationSurface])[];

/** Each unit's operation surfaces, by unit file, with the hash of what they were made from. */
export type SurfaceCache = Map<string, { readonly hash: string; readonly entries: Entries }>;

/**
 * Every operation's surface, unit by unit, reusing a unit's from `cache` (`--watch`) when its hash
 * is the same: it covers the unit's operations, the schemas only it uses and the contents of the
 * shared schemas it reaches, all that an operation's surface depends on (see operationSurfaces).
 * Units no longer planned are dropped from the cache.
 */
export function surfacesByUnit(plan: Plan, cache: SurfaceCache): Entries {
  const entries: (readonly [string, OperationSurface])[] = [];
  const planned = new Set<string>();
  for (const unit of plan.units) {
    planned.add(unit.file);
    let hit = cache.get(unit.file);
    if (hit?.hash !== unit.hash)
      cache.set(unit.file, (hit = { hash: unit.hash, entries: operationSurfaces(unit.operations, plan.model) }));
    entries.push(...hit.entries);
  }
  for (const file of cache.keys()) if (!planned.has(file)) cache.delete(file);
  return entries;
}
