import { createHash } from 'node:crypto';
import type { RenderedFile } from '../model/index.js';

/** The file, in the output folder, that says the folder is ours and what we wrote into it. */
export const MANIFEST = '.generated-files.json';
export const GENERATOR = 'cloudflare-billing-codegen';

export interface Manifest {
  readonly generator: typeof GENERATOR;
  /** The spec the package was generated from: its name as given, and a hash of its bytes. */
  readonly spec: { readonly name: string; readonly sha256: string };
  /** Every file written, with the hash of what was written. */
  readonly files: Readonly<Record<string, string>>;
}

/**
 * Only paths of the generated layout can ever be written or deleted through a manifest: a planted
 * manifest that lists `src/index.ts` or `../x` cannot make the generator touch them.
 */
const OWNED = /^(?:package\.json|README\.md|api-surface\.json|dist\/(?:[\w-]+\/)*[\w.-]+\.(?:js|d\.ts))$/;

export function isOwnablePath(path: string): boolean {
  return OWNED.test(path) && !path.split('/').includes('..');
}

export function sha256(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

export function manifestFile(
  files: readonly RenderedFile[],
  spec: Manifest['spec'],
  hashOf: (file: RenderedFile) => string = (file) => sha256(file.contents),
): RenderedFile {
  const manifest: Manifest = {
    generator: GENERATOR,
    spec,
    files: Object.fromEntries(files.map((file) => [file.path, hashOf(file)])),
  };
  return { path: MANIFEST, contents: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** A manifest read back, or undefined when the text is not one (hand-made, corrupted, foreign). */
export function parseManifest(text: string): Manifest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { generator, spec, files } = parsed as Record<string, unknown>;
  if (
    generator !== GENERATOR ||
    typeof spec !== 'object' ||
    spec === null ||
    typeof files !== 'object' ||
    files === null
  )
    return undefined;
  const { name, sha256: hash } = spec as Record<string, unknown>;
  if (typeof name !== 'string' || typeof hash !== 'string') return undefined;
  const entries = Object.entries(files as Record<string, unknown>);
  if (
    !entries.every(
      ([path, fileHash]) => isOwnablePath(path) && typeof fileHash === 'string' && /^[0-9a-f]{64}$/.test(fileHash),
    )
  )
    return undefined;
  return { generator, spec: { name, sha256: hash }, files: Object.fromEntries(entries) as Record<string, string> };
}
