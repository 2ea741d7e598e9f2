/**
 * Where an app's gzip bytes go, module by module: the size counterpart of runtime-profile.ts.
 *
 *   npx tsx bench/size-profile.ts [ours-lite|ours|ours-opt-ins ...]
 *
 * Each app of bench/size-apps/ is bundled as bench/bundle.ts does (esbuild, browser ESM, minified,
 * tree-shaken), then gzipped at level 9. A module's figure is its marginal cost: the gzip size of
 * the whole bundle minus that of the bundle without the module's code. Marginal, because gzip
 * shares bytes between modules: a module alone gzips worse than it costs inside the bundle.
 * The figures do not add up to the total, and removing two modules saves roughly their sum.
 */
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { unminified } from './bundle.js';

const MODULE_MARK = /^(?=\/\/ \S+\.[cm]?[jt]s$)/m;

function gzipOfMinified(code: string): number {
  const minified = transformSync(code, { minify: true, format: 'esm', target: 'es2022' }).code;
  return gzipSync(minified, { level: 9 }).byteLength;
}

for (const app of process.argv.length > 2 ? process.argv.slice(2) : ['ours-lite', 'ours']) {
  const code = await unminified(`bench/size-apps/${app}.ts`);
  const parts = code.split(MODULE_MARK);
  const total = gzipOfMinified(code);
  const rows = parts.map((part, index) => ({
    module: part.slice(3, part.indexOf('\n')),
    bytes: total - gzipOfMinified(parts.filter((_, other) => other !== index).join('')),
  }));
  rows.sort((a, b) => b.bytes - a.bytes);
  console.log(`${app}: ${total} B gzip`);
  for (const row of rows) console.log(`${String(row.bytes).padStart(7)}  ${row.module}`);
}
