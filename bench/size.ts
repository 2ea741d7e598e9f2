/**
 * Section 5: what the two calls cost a browser application in bytes. Each app in
 * bench/size-apps/ makes both calls; esbuild bundles it as a browser ESM bundle, minified and
 * tree-shaken, and the bundle is gzipped at level 9.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { bytes, errorMessage, kib, ratio, table, type Goal, type SectionResult } from './report.js';

const APPS_DIR = 'bench/size-apps';
const GZIP_GOAL_BYTES = 6 * 1024;

interface App {
  readonly id: 'ours' | 'ours-lite' | 'official' | 'official-tree-shakable' | 'openapi-fetch';
  readonly name: string;
}

const APPS: readonly App[] = [
  { id: 'ours', name: 'ours (generated/dist/index.js)' },
  { id: 'ours-lite', name: 'ours, lite factory (no response validation)' },
  { id: 'openapi-fetch', name: 'openapi-fetch alone, same two GETs' },
  { id: 'official', name: "official SDK, `import Cloudflare from 'cloudflare'`" },
  { id: 'official-tree-shakable', name: 'official SDK, `cloudflare/tree-shakable` with BaseHistory + BaseBilling' },
];

interface Bundle {
  readonly app: App;
  readonly minified?: number;
  readonly gzip?: number;
  readonly metafile?: Metafile;
  readonly error?: string;
}

async function bundle(app: App): Promise<Bundle> {
  try {
    const result = await build({
      entryPoints: [path.join(APPS_DIR, `${app.id}.ts`)],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      treeShaking: true,
      write: false,
      metafile: true,
      outfile: `${app.id}.js`,
      logLevel: 'silent',
    });
    const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
    if (!output) throw new Error('esbuild wrote no JavaScript');
    return {
      app,
      minified: output.contents.byteLength,
      gzip: gzipSync(output.contents, { level: 9 }).byteLength,
      metafile: result.metafile,
    };
  } catch (error) {
    return { app, error: errorMessage(error) };
  }
}

/** Minified bytes per input module of our bundle, largest first; node_modules packages folded into one row. */
function breakdown(metafile: Metafile): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = moduleLabel(input);
      totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].filter(([, size]) => size > 0).sort((a, b) => b[1] - a[1]);
}

function moduleLabel(input: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return inPackage?.[1] ? `${inPackage[1]} (package)` : input;
}

function sizeRows(bundles: readonly Bundle[]): string[][] {
  const ours = bundles.find((entry) => entry.app.id === 'ours');
  return bundles.map((entry) => [
    entry.app.name,
    entry.error ? `failed: ${entry.error}` : bytes(entry.minified),
    entry.error ? '' : bytes(entry.gzip),
    entry.error ? '' : kib(entry.gzip),
    entry.app.id.startsWith('ours') || !ours?.gzip || !entry.gzip ? '' : ratio(ours.gzip / entry.gzip),
  ]);
}

function goal(bundles: readonly Bundle[]): Goal {
  const ours = bundles.find((entry) => entry.app.id === 'ours');
  const lite = bundles.find((entry) => entry.app.id === 'ours-lite');
  const liteNote = lite?.gzip === undefined ? '' : ` (the lite factory: ${bytes(lite.gzip)})`;
  return {
    text: `our bundle is under 6 KB gzip (${GZIP_GOAL_BYTES.toLocaleString('en-US')} B)`,
    met: ours?.gzip === undefined ? undefined : ours.gzip < GZIP_GOAL_BYTES,
    detail:
      ours?.gzip === undefined
        ? `bundling failed: ${ours?.error ?? 'no result'}`
        : `${bytes(ours.gzip)} gzip${liteNote}`,
  };
}

export async function size(): Promise<SectionResult> {
  const bundles: Bundle[] = [];
  for (const app of APPS) bundles.push(await bundle(app));
  const ours = bundles.find((entry) => entry.app.id === 'ours');
  const modules = ours?.metafile ? breakdown(ours.metafile) : [];
  const sizes = table(
    [
      { title: 'bundle' },
      { title: 'minified', align: 'right' },
      { title: 'gzip -9', align: 'right' },
      { title: 'gzip KiB', align: 'right' },
      { title: 'ours ÷ this (gzip)', align: 'right' },
    ],
    sizeRows(bundles),
  );
  const parts = table(
    [
      { title: 'module in our bundle' },
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
    `Apps in \`${APPS_DIR}/\` make both calls; esbuild ${'(bundle, minify, format esm, platform browser, tree shaking)'}, then \`zlib.gzipSync\` level 9.`,
    sizes,
    '**Our bundle by module** (minified bytes before gzip, from the esbuild metafile):',
    parts,
  ].join('\n\n');
  return { id: 'size', title: '5. Bundle size of an app making both calls', body, goals: [goal(bundles)] };
}
