/**
 * What an app costs a browser in bytes: esbuild bundles it as a browser ESM bundle, minified and
 * tree-shaken, and the bundle is gzipped at level 9.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { errorMessage } from './report.js';

export interface Bundle {
  readonly minified?: number;
  readonly gzip?: number;
  readonly metafile?: Metafile;
  readonly error?: string;
}

export async function bundleApp(entry: string): Promise<Bundle> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      treeShaking: true,
      write: false,
      metafile: true,
      outfile: 'app.js',
      logLevel: 'silent',
    });
    const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
    if (!output) throw new Error('esbuild wrote no JavaScript');
    return {
      minified: output.contents.byteLength,
      gzip: gzipSync(output.contents, { level: 9 }).byteLength,
      metafile: result.metafile,
    };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/** Minified bytes per input module of a bundle, largest first; node_modules packages folded into one row. */
export function breakdown(metafile: Metafile): [string, number][] {
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
  return inPackage?.[1] ? `${inPackage[1]} (package)` : input.replace(/^(\.\.\/)+/, '');
}
