/**
 * Scratch layouts for the generator suites: a copy of the built-in spec (and, when asked, of the
 * committed package) in a temporary folder, laid out as in the project (`spec/openapi.yaml` beside
 * `generated/`), so that generated headers name the spec the same way and nothing is ever written
 * into the project's own generated/.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/cli.js';

export const BUILT_IN_SPEC = path.join(ROOT, 'spec/openapi.yaml');

export interface Layout {
  readonly root: string;
  /** `<root>/spec/openapi.yaml`, a copy of the built-in spec. */
  readonly spec: string;
  /** `<root>/generated`: absent unless `withGenerated`. */
  readonly out: string;
  /** Rewrites the spec copy: `edit` gets the current text and returns the new one, which must differ. */
  editSpec(edit: (text: string) => string): Promise<void>;
}

/** A fresh temporary folder; `remove()` deletes it. */
export async function scratchFolder(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), `cf-${prefix}-`));
  return { path: folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

export async function makeLayout(
  parent: string,
  name: string,
  options: { withGenerated?: boolean } = {},
): Promise<Layout> {
  const root = path.join(parent, name);
  const spec = path.join(root, 'spec/openapi.yaml');
  const out = path.join(root, 'generated');
  await mkdir(path.dirname(spec), { recursive: true });
  await cp(BUILT_IN_SPEC, spec);
  if (options.withGenerated) await cp(path.join(ROOT, 'generated'), out, { recursive: true });
  return {
    root,
    spec,
    out,
    async editSpec(edit) {
      const before = await readFile(spec, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error('the edit changed nothing: the spec no longer has what it replaces');
      await writeFile(spec, after);
    },
  };
}

/** `text.replace(search, replacement)`, failing when `search` is not there. */
export function replaceOnce(text: string, search: string, replacement: string): string {
  if (!text.includes(search)) throw new Error(`not in the spec: ${JSON.stringify(search)}`);
  return text.replace(search, replacement);
}
