/** A file to write, its path relative to the output folder with `/` separators. */
export interface RenderedFile {
  readonly path: string;
  readonly contents: string;
}

/** What `--check` found: files that differ, that are missing, or that should no longer exist. */
export interface CheckReport {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly obsolete: readonly string[];
}

export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  /** Files the generator produced before and no longer does (listed in its manifest). */
  readonly removed: readonly string[];
}
