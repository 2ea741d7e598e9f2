import { mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckReport, RenderedFile, WriteReport } from './model.js';

/** Lists the files the generator owns in the output folder, so it never deletes anyone else's. */
export const MANIFEST = '.generated-files.json';

/**
 * Writes the files, all or nothing as far as a file system allows: everything is first written to
 * a temporary folder beside the output, then each changed file is renamed into place (a rename
 * is atomic). Files the generator produced before and no longer does are removed; files it never
 * produced are left alone and reported.
 */
export async function writeOutput(outDir: string, files: readonly RenderedFile[]): Promise<WriteReport> {
  const withManifest = [...files, manifestFile(files)];
  const current = await readTree(outDir);
  const previouslyOwned = ownedFiles(current.get(MANIFEST));
  const changed = withManifest.filter((file) => current.get(file.path) !== file.contents);
  const unchanged = withManifest.filter((file) => current.get(file.path) === file.contents).map((file) => file.path);
  const produced = new Set(withManifest.map((file) => file.path));
  const removed = [...previouslyOwned].filter((file) => !produced.has(file) && current.has(file));
  const foreign = [...current.keys()].filter((file) => !produced.has(file) && !previouslyOwned.has(file));
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(path.resolve(outDir)), `.${path.basename(outDir)}.staging-`));
  try {
    for (const file of changed) await writeNested(staging, file);
    for (const file of changed) await moveNested(staging, outDir, file.path);
    for (const file of removed) await unlink(path.join(outDir, file));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return {
    written: changed.map((file) => file.path).filter((file) => file !== MANIFEST),
    unchanged: unchanged.filter((file) => file !== MANIFEST),
    foreign,
    removed,
  };
}

/** Compares without writing: what `--check` reports. */
export async function checkOutput(outDir: string, files: readonly RenderedFile[]): Promise<CheckReport> {
  const withManifest = [...files, manifestFile(files)];
  const current = await readTree(outDir);
  const produced = new Set(withManifest.map((file) => file.path));
  return {
    stale: withManifest
      .filter((file) => current.has(file.path) && current.get(file.path) !== file.contents)
      .map((file) => file.path),
    missing: withManifest.filter((file) => !current.has(file.path)).map((file) => file.path),
    obsolete: [...ownedFiles(current.get(MANIFEST))].filter((file) => !produced.has(file) && current.has(file)),
  };
}

function manifestFile(files: readonly RenderedFile[]): RenderedFile {
  const list = files.map((file) => file.path).sort();
  return {
    path: MANIFEST,
    contents: `${JSON.stringify({ generatedBy: 'cloudflare-billing-codegen', files: list }, null, 2)}\n`,
  };
}

function ownedFiles(manifest: string | undefined): Set<string> {
  if (manifest === undefined) return new Set();
  try {
    const parsed = JSON.parse(manifest) as { files?: unknown };
    return new Set(
      Array.isArray(parsed.files) ? parsed.files.filter((file): file is string => typeof file === 'string') : [],
    );
  } catch {
    return new Set();
  }
}

/** Every file under `dir` by relative path with `/`; dependencies installed there are not ours to read. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git') await walk(child);
      else if (entry.isFile()) files.set(child, await readFile(path.join(dir, child), 'utf8'));
    }
  };
  await walk('');
  return files;
}

async function writeNested(root: string, file: RenderedFile): Promise<void> {
  const target = path.join(root, file.path);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file.contents);
}

async function moveNested(from: string, to: string, relative: string): Promise<void> {
  const target = path.join(to, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(path.join(from, relative), target);
}
