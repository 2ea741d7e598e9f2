import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SURFACE_FILE, type ApiSurface, parseApiSurface } from '../surface/index.js';
import { inspectOutput } from './inspect.js';
import { sha256 } from './manifest.js';

/** What the output folder says about the package generated there before. */
export interface Previous {
  readonly surface?: ApiSurface;
  /** File -> hash, from the manifest. */
  readonly hashes: ReadonlyMap<string, string>;
  /** The spec it was generated from, as the manifest names it. */
  readonly specName?: string;
  readonly hashOf: (contents: string) => string;
}

/** The API surface a run wrote, as text and as the object it printed (see readPrevious). */
export interface WrittenSurface {
  readonly text: string;
  readonly surface: ApiSurface;
}

/**
 * Reads the manifest and the API surface only: never the rest of the folder. A surface file that
 * holds exactly `written`'s text is `written`'s object (`--watch`: the one the last run made),
 * not parsed again.
 */
export async function readPrevious(outDir: string, written?: WrittenSurface): Promise<Previous> {
  const state = await inspectOutput(outDir).catch(() => undefined);
  const manifest = state?.manifest;
  const hashes = new Map(Object.entries(manifest?.files ?? {}));
  let surface: ApiSurface | undefined;
  if (hashes.has(SURFACE_FILE)) {
    const text = await readFile(path.join(outDir, SURFACE_FILE), 'utf8').catch(() => undefined);
    surface = text === undefined ? undefined : text === written?.text ? written.surface : parseApiSurface(text);
  }
  return {
    ...(surface === undefined ? {} : { surface }),
    hashes,
    ...(manifest === undefined ? {} : { specName: manifest.spec.name }),
    hashOf: sha256,
  };
}
