import path from 'node:path';
import { type BuildMemory, buildMemory, buildModel, endBuildRun } from './build/index.js';
import { PrintCache } from './emit/print.js';
import { DocumentMemory } from './load/carry-over.js';
import { loadSpec, resolveRefs } from './load/index.js';
import type { ApiModel, Plan, RenderedFile } from './model/index.js';
import { planUnits, type UnitHashMemory } from './plan/index.js';
import { type Assets, renderPackage, renderVersioned, type UnitCache } from './render/index.js';
import { SchemaReader } from './schema/read.js';
import { SchemaMemory } from './schema/read-memory.js';
import {
  type ApiSurface,
  type SurfaceCache,
  type SurfaceChange,
  buildApiSurface,
  diffApiSurface,
  nextVersion,
  surfacesByUnit,
  SURFACE_FILE,
} from './surface/index.js';
import { SpecProblems } from './util/issue-list.js';
import { OutputMemory } from './write/memory.js';
import { readPrevious, type Previous, type WrittenSurface } from './write/previous.js';

export interface GenerateRequest {
  /** The spec file, and its name as the user gave it (for located messages). */
  readonly spec: string;
  readonly displayName: string;
  readonly out: string;
  /** Warnings are errors. */
  readonly strict: boolean;
  /** `--version`: the package version, whatever the change report says. */
  readonly version?: string;
}

export interface Generation {
  readonly model: ApiModel;
  readonly plan: Plan;
  /** Every file of the package, in path order. */
  readonly files: readonly RenderedFile[];
  readonly version: string;
  /** What changed for callers since the surface the output folder holds (empty without one). */
  readonly changes: readonly SurfaceChange[];
  /** The output folder's previous state, as far as the generator reads it. */
  readonly previous: Previous;
}

/**
 * What `--watch` keeps between runs, so that an edit costs what it touches: rendered units and
 * their operations' API surfaces by the hash of their inputs, printed text by what it is printed
 * from, and what is on disk by the hashes written. Each only saves work: a run with it gives the bytes a cold run gives.
 */
export interface GenerationCache {
  /** The last document, and positions that follow the text (for what is kept from earlier runs). */
  readonly document: DocumentMemory;
  readonly schemas: SchemaMemory;
  readonly build: BuildMemory;
  readonly unitHashes: UnitHashMemory;
  readonly units: UnitCache;
  readonly surfaces: SurfaceCache;
  readonly printed: PrintCache;
  readonly output: OutputMemory;
  /** The API surface the last run made: the next reads it back without parsing it. */
  surface?: WrittenSurface;
}

export function generationCache(): GenerationCache {
  return {
    document: new DocumentMemory(),
    schemas: new SchemaMemory(),
    build: buildMemory(),
    unitHashes: new Map(),
    units: new Map(),
    surfaces: new Map(),
    printed: new PrintCache(),
    output: new OutputMemory(),
  };
}

/**
 * The whole pipeline up to writing: load -> resolve -> build -> plan -> render, then the version
 * the change report gives. `cache` keeps rendered units between runs of `--watch`: a unit whose
 * inputs hash the same is not rendered again.
 */
export async function generate(request: GenerateRequest, assets: Assets, cache?: GenerationCache): Promise<Generation> {
  const loaded = await loadSpec(request.spec, request.displayName);
  const resolved =
    cache === undefined ? resolveRefs(loaded) : resolveRefs(cache.document.carry(loaded), cache.document.refs);
  const model = buildModel(resolved, {
    sourceName: sourceName(request.spec, request.out),
    schemaReader: (ctx) => new SchemaReader(ctx, cache?.schemas),
    ...(cache === undefined ? {} : { memory: cache.build }),
  });
  cache?.schemas.endRun();
  if (cache !== undefined) endBuildRun(cache.build);
  if (request.strict && model.warnings.length > 0)
    throw new SpecProblems(model.warnings.map((warning) => ({ ...warning, severity: 'error' as const })));
  const plan = planUnits(model, cache?.unitHashes);
  const previous = await readPrevious(request.out, cache?.surface);
  const print = <T>(work: () => T): T => (cache === undefined ? work() : cache.printed.use(work));
  const files = print(() => renderPackage(plan, assets, cache?.units));
  // Built once: the version is the one field that tells the surface of each version apart.
  const unversioned = buildApiSurface(
    model,
    previous.surface?.version ?? model.sdk.declaredVersion,
    ...(cache === undefined ? [] : [surfacesByUnit(plan, cache.surfaces)]),
  );
  const surface = (version: string): ApiSurface => ({ ...unversioned, version });
  const changes =
    previous.surface === undefined ? [] : diffApiSurface(previous.surface, surface(previous.surface.version));
  // What --watch wrote last is hashed already: a thousand units are not hashed again to find one change.
  const hashOf = (file: RenderedFile): string =>
    cache?.output.hashOf(request.out, file.path, file.contents) ?? previous.hashOf(file.contents);
  const versionedAt = (version: string): RenderedFile[] =>
    print(() => renderVersioned(plan, version, surface(version), assets));
  const version = request.version ?? decideVersion(model, previous, changes, files, hashOf, versionedAt);
  const versioned = versionedAt(version);
  cache?.printed.endRun();
  const surfaceFile = versioned.find((file) => file.path === SURFACE_FILE);
  if (cache !== undefined && surfaceFile !== undefined)
    cache.surface = { text: surfaceFile.contents, surface: surface(version) };
  return { model, plan, files: [...files, ...versioned].sort(byPath), version, changes, previous };
}

/**
 * The version the change report gives: the previous one raised by the kind of change (breaking:
 * major; an addition: minor; anything else that changes a file: patch), never below what the spec
 * declares.
 */
function decideVersion(
  model: ApiModel,
  previous: Previous,
  changes: readonly SurfaceChange[],
  files: readonly RenderedFile[],
  hashOf: (file: RenderedFile) => string,
  versionedAt: (version: string) => readonly RenderedFile[],
): string {
  const declared = model.sdk.declaredVersion;
  if (previous.surface === undefined) return declared;
  const changed = (file: RenderedFile): boolean => previous.hashes.get(file.path) !== hashOf(file);
  // The files that carry the version (README.md above all: the API's description, the template)
  // are compared as the previous version would print them: a change only they show is a change.
  const filesChanged = files.some(changed) || versionedAt(previous.surface.version).some(changed);
  return nextVersion(previous.surface.version, changes, filesChanged, declared);
}

/** The spec named relative to the output's parent, so headers are the same whatever the working folder. */
function sourceName(specPath: string, outDir: string): string {
  return path
    .relative(path.dirname(path.resolve(outDir)), path.resolve(specPath))
    .split(path.sep)
    .join('/');
}

function byPath(a: RenderedFile, b: RenderedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
