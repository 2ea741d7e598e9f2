/**
 * What an app costs a browser in bytes: esbuild bundles it as a browser ESM bundle, minified and
 * tree-shaken, and the bundle is gzipped at level 9.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import ts from 'typescript';
import { errorMessage } from './report.js';

export interface Bundle {
  readonly minified?: number;
  readonly gzip?: number;
  /** The gzip size with the text of every string literal and template emptied: what the code alone weighs. */
  readonly gzipWithoutText?: number;
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
      gzipWithoutText: gzipSync(withoutText(output.text), { level: 9 }).byteLength,
      metafile: result.metafile,
    };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/**
 * The app bundled as bundleApp does but not minified: each module's code under its `// path`
 * comment, for tools that cut parts out before minifying (size-profile.ts, size-features.ts).
 */
export async function unminified(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    write: false,
    outfile: 'app.js',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
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

/**
 * `code` with the text inside every string literal and template part longer than 3 characters
 * removed (quotes, `${`, and everything else kept). Messages, header and option names, URLs and
 * error class names all go, so the gzip of the result is a floor no wording could get under: only
 * less code could.
 */
export function withoutText(code: string): string {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const spans: [start: number, end: number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      // The delimiters: a quote or backtick, `}` before a middle or tail, `${` after a head or middle.
      const start = node.getStart(source) + 1;
      const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1);
      if (end - start > 3) spans.push([start, end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let text = '';
  let from = 0;
  for (const [start, end] of spans) {
    text += code.slice(from, start);
    from = end;
  }
  return text + code.slice(from);
}
