import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';

/** A file as the generator last wrote (or read) it, and how it looked on disk then. */
interface Known {
  readonly contents: string;
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * What `--watch` remembers between runs of the files it wrote: their contents, hashes, sizes and
 * modification times. A file whose new contents are the ones remembered, and whose size and
 * modification time on disk are still the remembered ones, is unchanged without being read and
 * hashed again (as git's index does); anything else (a file touched by hand, deleted, replaced by
 * a link) is read and judged as in a cold run. One output folder at a time.
 */
export class OutputMemory {
  #outDir: string | undefined;
  readonly #files = new Map<string, Known>();

  /** The hash remembered for `contents` at `file`, to spare hashing it again for the manifest. */
  hashOf(outDir: string, file: string, contents: string): string | undefined {
    const known = this.#known(outDir, file);
    return known !== undefined && known.contents === contents ? known.hash : undefined;
  }

  /**
   * The files of `files` that are certainly on disk as remembered: contents unchanged since the
   * last write, and each still a plain file of the remembered size and modification time.
   */
  async unchanged(outDir: string, files: readonly { path: string; contents: string }[]): Promise<Set<string>> {
    const same = new Set<string>();
    for (const file of files) {
      const known = this.#known(outDir, file.path);
      if (known?.contents !== file.contents) continue;
      const stat = statOf(path.join(outDir, file.path));
      if (stat !== undefined && stat.isFile() && stat.size === known.size && stat.mtimeMs === known.mtimeMs)
        same.add(file.path);
    }
    return same;
  }

  /**
   * Records what is on disk now for each of `files` (written, or read and hashed, by this run),
   * and forgets `removed`; what was remembered of the other files stays true.
   */
  async remember(
    outDir: string,
    files: readonly { path: string; contents: string; hash: string }[],
    removed: readonly string[],
  ): Promise<void> {
    if (this.#outDir !== outDir) this.forget();
    this.#outDir = outDir;
    for (const file of removed) this.#files.delete(file);
    files.forEach((file) => {
      const stat = statOf(path.join(outDir, file.path));
      if (stat === undefined || !stat.isFile()) this.#files.delete(file.path);
      else
        this.#files.set(file.path, {
          contents: file.contents,
          hash: file.hash,
          size: stat.size,
          mtimeMs: stat.mtimeMs,
        });
    });
  }

  /** After a failed write nothing remembered can be trusted. */
  forget(): void {
    this.#outDir = undefined;
    this.#files.clear();
  }

  #known(outDir: string, file: string): Known | undefined {
    return this.#outDir === outDir ? this.#files.get(file) : undefined;
  }
}

/**
 * lstat, undefined when there is nothing there. Synchronous on purpose: a package's thousand files
 * are stated in a few milliseconds this way, against tens through the thread pool's promises,
 * and nothing else runs meanwhile in a run of the generator.
 */
function statOf(file: string): Stats | undefined {
  try {
    return lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
