import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST, type Manifest, parseManifest, sha256 } from './manifest.js';

/** What is in the output folder, read only as far as the generator needs: never the whole tree. */
export interface OutputState {
  /** The folder does not exist, or exists and is empty. */
  readonly fresh: boolean;
  readonly manifest?: Manifest;
  /** Entries at the folder's top level, for naming what is there when refusing. */
  readonly topLevel: readonly string[];
}

/** `path` is a symbolic link or something other than a directory where one is needed. */
export class UnsafeOutputError extends Error {
  override readonly name = 'UnsafeOutputError';
}

export async function inspectOutput(outDir: string): Promise<OutputState> {
  let stat;
  try {
    stat = await lstat(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { fresh: true, topLevel: [] };
    throw error;
  }
  if (stat.isSymbolicLink())
    throw new UnsafeOutputError(`${outDir} is a symbolic link: the generator writes only into a real folder`);
  if (!stat.isDirectory()) throw new UnsafeOutputError(`${outDir} is not a folder`);
  const topLevel = (await readdir(outDir)).sort();
  if (topLevel.length === 0) return { fresh: true, topLevel };
  const manifest = await readManifest(outDir);
  return { fresh: false, topLevel, ...(manifest === undefined ? {} : { manifest }) };
}

async function readManifest(outDir: string): Promise<Manifest | undefined> {
  const file = path.join(outDir, MANIFEST);
  try {
    const stat = await lstat(file);
    // A manifest is a few kilobytes per hundred files; anything huge is not one of ours.
    if (!stat.isFile() || stat.size > 64 * 1024 * 1024) return undefined;
    return parseManifest(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The current bytes' hash of a file the manifest lists, or undefined when it is gone; throws
 * UnsafeOutputError when the file or a folder on its way is a symbolic link.
 */
export async function currentHash(outDir: string, relative: string): Promise<string | undefined> {
  await assertNoLinks(outDir, relative);
  try {
    return sha256(await readFile(path.join(outDir, relative)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Every component of `relative` under `outDir` must be a real folder or file, never a link out. */
export async function assertNoLinks(outDir: string, relative: string): Promise<void> {
  let current = outDir;
  for (const part of relative.split('/')) {
    current = path.join(current, part);
    let stat;
    try {
      stat = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if (stat.isSymbolicLink())
      throw new UnsafeOutputError(`${current} is a symbolic link: the generator never writes through one`);
  }
}
