import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckReport, RenderedFile, WriteReport } from '../model/index.js';
import { assertNoLinks, currentHash, inspectOutput, type OutputState } from './inspect.js';
import { MANIFEST, type Manifest, isOwnablePath, manifestFile, sha256 } from './manifest.js';
import type { OutputMemory } from './memory.js';

export { MANIFEST } from './manifest.js';
export { UnsafeOutputError } from './inspect.js';
export { OutputMemory } from './memory.js';

export interface WriteOptions {
  /** The spec the files come from: recorded in the manifest. */
  readonly spec: Manifest['spec'];
  /** Write even into a folder that is not ours, or over files changed by hand. */
  readonly force: boolean;
  /**
   * `--watch`: what the previous runs wrote, so that files still on disk as written are neither
   * read nor hashed again. Only files the run rewrites or removes are read, as in a cold run.
   */
  readonly memory?: OutputMemory;
}

/** The output folder holds something that is not ours: nothing was written. */
export class ForeignOutputError extends Error {
  override readonly name = 'ForeignOutputError';
  constructor(
    message: string,
    readonly files: readonly string[],
  ) {
    super(message);
  }
}

/**
 * Writes the files into `outDir`, which must be absent, empty, or written by us (its manifest
 * says so, and every file we would overwrite or delete still has the hash we wrote). Anything
 * else is refused, naming the files, unless `force`. Everything is first written to a temporary
 * folder beside the output, then each changed file is renamed into place; files we wrote before
 * and no longer produce are removed. Symbolic links are never followed.
 */
export async function writeOutput(
  outDir: string,
  files: readonly RenderedFile[],
  options: WriteOptions,
): Promise<WriteReport> {
  const { memory } = options;
  const state = await inspectOutput(outDir);
  const plan = await planWrite(outDir, files, state, options);
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(path.resolve(outDir)), `.${path.basename(outDir)}.staging-`));
  try {
    for (const file of plan.changed) await writeNested(staging, file);
    for (const file of plan.changed) await moveInto(staging, outDir, file.path);
    for (const file of plan.removed) await unlink(path.join(outDir, file));
  } catch (error) {
    memory?.forget();
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await memory?.remember(outDir, plan.read, plan.removed);
  return {
    written: plan.changed.map((file) => file.path).filter((file) => file !== MANIFEST),
    unchanged: plan.unchanged.filter((file) => file !== MANIFEST),
    removed: plan.removed,
  };
}

interface WritePlan {
  readonly changed: readonly RenderedFile[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  /** The files this run writes or read from disk, with their hashes: what OutputMemory learns. */
  readonly read: readonly (RenderedFile & { readonly hash: string })[];
}

async function planWrite(
  outDir: string,
  files: readonly RenderedFile[],
  state: OutputState,
  options: WriteOptions,
): Promise<WritePlan> {
  const { memory } = options;
  const hashOf = (file: RenderedFile): string =>
    memory?.hashOf(outDir, file.path, file.contents) ?? sha256(file.contents);
  const all = [...files, manifestFile(files, options.spec, hashOf)];
  const remembered = (await memory?.unchanged(outDir, all)) ?? new Set<string>();
  if (!state.fresh && state.manifest === undefined && !options.force)
    throw new ForeignOutputError(
      `${outDir} is not empty and was not written by this generator (it has no ${MANIFEST}): ${preview(state.topLevel)}. ` +
        'Choose an empty or new folder, or pass --force to write into it anyway.',
      state.topLevel,
    );
  const owned = state.manifest?.files ?? {};
  const changed: RenderedFile[] = [];
  const unchanged: string[] = [];
  const foreign: string[] = [];
  const read: (RenderedFile & { hash: string })[] = [];
  for (const file of all) {
    if (remembered.has(file.path)) {
      unchanged.push(file.path);
      continue;
    }
    const hash = await currentHash(outDir, file.path);
    const wanted = hashOf(file);
    read.push({ ...file, hash: wanted });
    if (hash === wanted) unchanged.push(file.path);
    else {
      changed.push(file);
      // A file we did not write, or one changed since we wrote it, is someone's work.
      if (hash !== undefined && file.path !== MANIFEST && owned[file.path] !== hash) foreign.push(file.path);
    }
  }
  const produced = new Set(all.map((file) => file.path));
  const removed: string[] = [];
  for (const [file, hash] of Object.entries(owned)) {
    if (produced.has(file) || !isOwnablePath(file)) continue;
    const now = await currentHash(outDir, file);
    if (now === hash) removed.push(file);
    else if (now !== undefined) foreign.push(file);
  }
  if (foreign.length > 0 && !options.force)
    throw new ForeignOutputError(
      `${outDir} has files this generator did not write, or that were changed since: ${preview(foreign)}. ` +
        'Move them away, or pass --force to overwrite them.',
      foreign,
    );
  return { changed, unchanged, removed, read };
}

function preview(files: readonly string[]): string {
  const shown = files.slice(0, 8).join(', ');
  return files.length > 8 ? `${shown} and ${files.length - 8} more` : shown;
}

/** Compares without writing (`--check`), reading only the files we would write or once wrote. */
export async function checkOutput(
  outDir: string,
  files: readonly RenderedFile[],
  spec: Manifest['spec'],
): Promise<CheckReport> {
  const state = await inspectOutput(outDir);
  const all = [...files, manifestFile(files, spec)];
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of all) {
    const hash = await currentHash(outDir, file.path);
    if (hash === undefined) missing.push(file.path);
    else if (hash !== sha256(file.contents)) stale.push(file.path);
  }
  const produced = new Set(all.map((file) => file.path));
  const obsolete: string[] = [];
  for (const file of Object.keys(state.manifest?.files ?? {})) {
    if (!produced.has(file) && (await currentHash(outDir, file)) !== undefined) obsolete.push(file);
  }
  return { stale, missing, obsolete };
}

async function writeNested(root: string, file: RenderedFile): Promise<void> {
  const target = path.join(root, file.path);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file.contents);
}

async function moveInto(from: string, to: string, relative: string): Promise<void> {
  await assertNoLinks(to, relative);
  const target = path.join(to, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(path.join(from, relative), target);
}
