/**
 * Runs in a child process of bench/generator.ts, so that every measurement starts cold and its
 * peak memory is its own:
 *
 *   node --import tsx/esm bench/generator-child.ts SPEC OUT
 *
 * It runs the generator's pipeline as generator/pipeline.ts composes it (load, resolve, build,
 * plan, render, the versioned files, write), stage by stage with a clock on each, and prints one
 * line per stage as it starts and ends, so that a parent which stops a slow run still knows where
 * the time went. If pipeline.ts changes shape, update runStages to match. The change report and
 * the version decision are left out: a fresh output folder has no previous surface.
 */
import path from 'node:path';
import { loadAssets } from '../generator/assets.js';
import { buildModel } from '../generator/build/index.js';
import { loadSpec, resolveRefs } from '../generator/load/index.js';
import { planUnits } from '../generator/plan/index.js';
import { renderPackage, renderVersioned } from '../generator/render/index.js';
import { SchemaReader } from '../generator/schema/read.js';
import { buildApiSurface } from '../generator/surface/index.js';
import { writeOutput } from '../generator/write/index.js';
import { stageLine, type StageEvent } from './stage-events.js';

function emit(event: StageEvent): void {
  process.stdout.write(stageLine(event));
}

async function timed<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
  emit({ event: 'start', stage, maxRssKb: process.resourceUsage().maxRSS });
  const started = performance.now();
  const result = await work();
  emit({ event: 'end', stage, ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS });
  return result;
}

async function runStages(specPath: string, outDir: string): Promise<void> {
  const loaded = await timed('loadSpec (read + parse)', () => loadSpec(specPath, specPath));
  const resolved = await timed('resolveRefs', () => resolveRefs(loaded));
  const model = await timed('buildModel', () =>
    buildModel(resolved, { sourceName: path.basename(specPath), schemaReader: (ctx) => new SchemaReader(ctx) }),
  );
  const plan = await timed('planUnits', () => planUnits(model));
  const assets = await timed('loadAssets (runtime files)', () => loadAssets());
  const files = await timed('renderPackage (types, validators, units; printed)', () => renderPackage(plan, assets));
  const version = model.sdk.declaredVersion;
  const versioned = await timed('surface + renderVersioned (package.json, README)', () =>
    renderVersioned(plan, version, buildApiSurface(model, version)),
  );
  const spec = { name: model.sourceName, sha256: model.sourceHash };
  await timed('writeOutput', () => writeOutput(outDir, [...files, ...versioned], { spec, force: false }));
}

const [specPath, outDir] = process.argv.slice(2);
if (specPath === undefined || outDir === undefined) throw new Error('usage: generator-child.ts SPEC OUT');
await runStages(specPath, outDir);
