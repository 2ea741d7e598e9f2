/**
 * Part of the client section: what the two calls cost a browser application in bytes. Each app
 * in bench/size-apps/ makes both calls; bench/bundle.ts bundles it (esbuild, minified, browser
 * ESM, tree-shaken) and gzips it at level 9.
 */
import path from 'node:path';
import { breakdown, bundleApp, type Bundle } from './bundle.js';
import { bytes, kib, ratio, table, type Goal } from './report.js';

const APPS_DIR = 'bench/size-apps';
const DEFAULT_GOAL_BYTES = 7 * 1024;
const LITE_GOAL_BYTES = 5 * 1024;
const LITE_STRETCH_BYTES = 4 * 1024;

interface App {
  readonly id: 'ours' | 'ours-lite' | 'ours-opt-ins' | 'official' | 'official-tree-shakable' | 'openapi-fetch';
  readonly name: string;
}

const APPS: readonly App[] = [
  { id: 'ours', name: 'ours, default factory (generated/dist/index.js)' },
  { id: 'ours-lite', name: 'ours, lite factory (no run-time validation)' },
  { id: 'ours-opt-ins', name: 'ours, default factory + `responseValidators` + `withRaw` (and a raw call)' },
  { id: 'openapi-fetch', name: 'openapi-fetch alone, same two GETs' },
  { id: 'official', name: "official SDK, `import Cloudflare from 'cloudflare'`" },
  { id: 'official-tree-shakable', name: 'official SDK, `cloudflare/tree-shakable` with BaseHistory + BaseBilling' },
];

interface AppBundle extends Bundle {
  readonly app: App;
}

function sizeRows(bundles: readonly AppBundle[]): string[][] {
  const ours = bundles.find((entry) => entry.app.id === 'ours');
  return bundles.map((entry) => [
    entry.app.name,
    entry.error ? `failed: ${entry.error}` : bytes(entry.minified),
    entry.error ? '' : bytes(entry.gzip),
    entry.error ? '' : kib(entry.gzip),
    entry.error ? '' : bytes(entry.gzipWithoutText),
    entry.app.id.startsWith('ours') || !ours?.gzip || !entry.gzip ? '' : ratio(ours.gzip / entry.gzip),
  ]);
}

function under(bundle: AppBundle | undefined, limit: number, text: string): Goal {
  return {
    text,
    met: bundle?.gzip === undefined ? undefined : bundle.gzip < limit,
    detail:
      bundle?.gzip === undefined
        ? `bundling failed: ${bundle?.error ?? 'no result'}`
        : `${bytes(bundle.gzip)} gzip (${bytes(bundle.gzipWithoutText)} with no string text)`,
  };
}

export async function size(): Promise<{ body: string; goals: Goal[] }> {
  const bundles: AppBundle[] = [];
  for (const app of APPS) bundles.push({ app, ...(await bundleApp(path.join(APPS_DIR, `${app.id}.ts`))) });
  const ours = bundles.find((entry) => entry.app.id === 'ours');
  const lite = bundles.find((entry) => entry.app.id === 'ours-lite');
  const modules = ours?.metafile ? breakdown(ours.metafile) : [];
  const sizes = table(
    [
      { title: 'bundle' },
      { title: 'minified', align: 'right' },
      { title: 'gzip -9', align: 'right' },
      { title: 'gzip KiB', align: 'right' },
      { title: 'gzip, no string text', align: 'right' },
      { title: 'ours ÷ this (gzip)', align: 'right' },
    ],
    sizeRows(bundles),
  );
  const parts = table(
    [
      { title: 'module in our default bundle' },
      { title: 'minified bytes', align: 'right' },
      { title: 'share', align: 'right' },
    ],
    modules.map(([name, size]) => [
      `\`${name}\``,
      bytes(size),
      `${((size / (ours?.minified ?? 1)) * 100).toFixed(1)}%`,
    ]),
  );
  const body = [
    `**Bundle of an app making both calls**: the apps in \`${APPS_DIR}/\`; esbuild (bundle, minify, format esm, platform browser, tree shaking), then \`zlib.gzipSync\` level 9.`,
    sizes,
    '*gzip, no string text*: the same bundle with the text of every string literal and template part over 3 characters emptied (messages, header and option names, URLs, class names: all of it). No wording can get a bundle under this figure; only less code can.',
    '**Our default bundle by module** (minified bytes before gzip, from the esbuild metafile):',
    parts,
  ].join('\n\n');
  return {
    body,
    goals: [
      under(ours, DEFAULT_GOAL_BYTES, 'an app making both calls with the default factory bundles under 7 KiB gzip'),
      under(lite, LITE_GOAL_BYTES, 'the same app with the lite factory bundles under 5 KiB gzip'),
      under(lite, LITE_STRETCH_BYTES, 'stretch: the lite factory app under 4 KiB gzip'),
    ],
  };
}
