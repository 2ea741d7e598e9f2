/**
 * Scratch folders for a run, under `.tmp/bench/` in the project (ignored by git): inside the
 * project, so that apps written there resolve `cloudflare`, `openapi-fetch` and `typescript`
 * from its node_modules the way a user's app would.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

const ROOT = '.tmp/bench';

/** A fresh folder named after `purpose`; removed by `dispose`. */
export async function workFolder(purpose: string): Promise<{ dir: string; dispose: () => Promise<void> }> {
  await mkdir(ROOT, { recursive: true });
  const dir = await mkdtemp(path.join(ROOT, `${purpose}-`));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
