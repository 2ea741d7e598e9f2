import type { Plan } from '../model/index.js';
import { contentHash } from '../plan/index.js';
import { type OperationSurface, operationSurfaces } from './surface.js';

type Entries = readonly (readonly [string, OperationSurface])[];

/** Each unit's operation surfaces, by unit file, with the hash of what they were made from. */
export type SurfaceCache = Map<string, { readonly hash: string; readonly entries: Entries }>;

/**
 * Every operation's surface, unit by unit, reusing a unit's from `cache` (`--watch`) when its
 * inputs hash the same: the unit's own hash (its operations and the schemas only it uses) and the
 * contents of the shared schemas it reaches. An operation's surface depends on nothing else
 * (see operationSurfaces). Units no longer planned are dropped from the cache.
 */
export function surfacesByUnit(plan: Plan, cache: SurfaceCache): Entries {
  const byId = new Map(plan.shared.schemas.map((named) => [named.id, named.schema]));
  const shared = new Map<string, string>();
  const sharedHash = (id: string): string => {
    let hash = shared.get(id);
    if (hash === undefined) shared.set(id, (hash = contentHash(byId.get(id) ?? null)));
    return hash;
  };
  const entries: (readonly [string, OperationSurface])[] = [];
  const planned = new Set<string>();
  for (const unit of plan.units) {
    planned.add(unit.file);
    const hash = contentHash([unit.hash, unit.sharedSchemas.map((id) => [id, sharedHash(id)])]);
    let hit = cache.get(unit.file);
    if (hit?.hash !== hash)
      cache.set(unit.file, (hit = { hash, entries: operationSurfaces(unit.operations, plan.model) }));
    entries.push(...hit.entries);
  }
  for (const file of cache.keys()) if (!planned.has(file)) cache.delete(file);
  return entries;
}
