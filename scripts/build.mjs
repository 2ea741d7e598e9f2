// Builds what the generator runs and ships, so that generating needs no TypeScript loader:
//   .build/runtime/    the client runtime, compiled once (JavaScript + declarations), copied into
//                      every generated package as bytes;
//   .build/generator/  the generator bundled into one ES module (fast to start);
//   .build/templates/  templates/*.hbs precompiled by Handlebars into ES modules, so generating
//                      loads only Handlebars' small runtime, never its compiler.
// `npm ci` runs it (the `prepare` script); generator/bin.mjs runs it again when a source is newer
// than the last build, so an edit is never silently ignored.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const OUT = path.join(ROOT, '.build');
const STAMP = path.join(OUT, 'stamp');
const SOURCES = ['generator', 'templates', 'scripts/build.mjs', 'package.json'];

/** The newest modification time among the sources, in ms. */
function newestSource() {
  let newest = 0;
  const visit = (file) => {
    const stat = statSync(file);
    if (stat.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) if (existsSync(path.join(ROOT, source))) visit(path.join(ROOT, source));
  return newest;
}

export function isStale() {
  return !existsSync(STAMP) || statSync(STAMP).mtimeMs < newestSource();
}

/** Builds when a source changed since the last build; a few milliseconds otherwise. */
export async function ensureBuilt() {
  if (isStale()) await build();
}

export async function build() {
  await buildRuntime();
  await precompileTemplates();
  await bundleGenerator();
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

async function buildRuntime() {
  const ts = (await import('typescript')).default;
  const configFile = path.join(ROOT, 'generator/runtime/tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail },
  );
  if (config === undefined || config.errors.length > 0) fail(config?.errors ?? []);
  const program = ts.createProgram(config.fileNames, config.options);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  if (diagnostics.length > 0) fail(diagnostics);

  function fail(diagnostics) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
    throw new Error(`the runtime does not compile:\n${ts.formatDiagnostics([].concat(diagnostics), host)}`);
  }
}

/**
 * The options every template is compiled with. noEscape: the templates write Markdown, whose
 * escaping the TypeScript that fills them does (Handlebars' HTML escaping would be wrong there);
 * strict and knownHelpersOnly: a misspelt field or helper fails the render instead of printing ''.
 */
export const TEMPLATE_OPTIONS = { noEscape: true, strict: true, knownHelpersOnly: true };

async function precompileTemplates() {
  const Handlebars = (await import('handlebars')).default;
  const from = path.join(ROOT, 'templates');
  const to = path.join(OUT, 'templates');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((file) => file.endsWith('.hbs'))) {
    const spec = Handlebars.precompile(readFileSync(path.join(from, name), 'utf8'), TEMPLATE_OPTIONS);
    writeFileSync(path.join(to, `${name.slice(0, -'.hbs'.length)}.js`), `export default ${spec};\n`);
  }
}

async function bundleGenerator() {
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    entryPoints: [path.join(ROOT, 'generator/cli.ts')],
    outfile: path.join(OUT, 'generator/cli.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
