/**
 * Runs in a child process of bench/generator.ts, so that every measurement starts cold and its
 * peak memory is its own:
 *
 *   node --import tsx/esm bench/generator-child.ts SPEC OUT
 *
 * It runs the generator's pipeline as generator/generate.ts composes it (generatePackage, then
 * renderPackage, then writeOutput), stage by stage with a clock on each, and prints one line per
 * stage as it starts and ends, so that a parent which stops a slow run still knows where the time
 * went. If generate.ts changes shape, update runStages to match.
 */
import path from 'node:path';
import { loadAssets } from '../generator/assets.js';
import { buildModel } from '../generator/build-model.js';
import { compileFiles } from '../generator/compile.js';
import { formatFiles } from '../generator/format.js';
import { loadSpec } from '../generator/load.js';
import type { RenderedFile } from '../generator/model.js';
import { renderClient } from '../generator/render/client.js';
import { renderModels } from '../generator/render/models.js';
import { operationTypes } from '../generator/render/operation-types.js';
import { renderIndex, renderPackageJson } from '../generator/render/package.js';
import { renderReadme } from '../generator/render/readme.js';
import { renderTypes } from '../generator/render/types.js';
import { renderValidators } from '../generator/render/validators.js';
import { resolveRefs } from '../generator/resolve.js';
import { writeOutput } from '../generator/write.js';
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
  const loaded = await timed('loadSpec', () => loadSpec(specPath));
  const resolved = await timed('resolveRefs', () => resolveRefs(loaded));
  const model = await timed('buildModel', () => buildModel(resolved, path.basename(specPath)));
  const assets = await timed('loadAssets', () => loadAssets());
  const types = await timed('operationTypes', () => operationTypes(model));
  const { templates } = assets;
  const rendered: RenderedFile[] = [
    await timed('renderTypes (openapi-typescript)', () => renderTypes(model, resolved.document)),
    await timed('renderModels', () => renderModels(model, types, templates.models)),
    await timed('renderValidators', () => renderValidators(model)),
    await timed('renderClient', () => renderClient(model, types, templates.client)),
    await timed('renderIndex', () => renderIndex(model, templates.index)),
    ...assets.runtime,
  ];
  const sources = await timed('formatFiles (src/*.ts)', () => formatFiles(rendered));
  const emitted = await timed('compileFiles (tsc: check + emit)', () => compileFiles(sources));
  const compiled = await timed('formatFiles (dist/*.js, *.d.ts)', () => formatFiles(emitted));
  const docs = await timed('renderPackageJson + renderReadme', () => [
    renderPackageJson(model, templates.packageJson),
    renderReadme(model, types, templates.readme),
  ]);
  const formattedDocs = await timed('formatFiles (package.json, README.md)', () => formatFiles(docs));
  await timed('writeOutput', () => writeOutput(outDir, [...sources, ...compiled, ...formattedDocs]));
}

const [specPath, outDir] = process.argv.slice(2);
if (specPath === undefined || outDir === undefined) throw new Error('usage: generator-child.ts SPEC OUT');
await runStages(specPath, outDir);
