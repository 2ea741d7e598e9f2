#!/usr/bin/env node
// The command (`npm run generate`, the `cf-billing-codegen` bin): the generator bundled into one
// plain ES module by scripts/build.mjs, rebuilt first if a source changed since the last build.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/build.mjs';

/**
 * `--watch` regenerates in one long-lived process, and each run builds the model of the whole
 * spec, most of which lives through the run: with V8's default young generation the scavenger
 * copies it again and again (about a fifth of a run on 1,000 operations); a larger one halves
 * that. V8 reads the size only at start-up, so `--watch` runs as a child started with it.
 */
const YOUNG_GENERATION = '--max-semi-space-size=64';

await ensureBuilt();
const args = process.argv.slice(2);
if (args.includes('--watch') && !process.execArgv.includes(YOUNG_GENERATION) && process.platform !== 'win32') {
  process.exitCode = await watchInChild(args);
} else {
  if (process.channel !== undefined) stopWithParent();
  const { main } = await import('../.build/generator/cli.mjs');
  process.exitCode = await main(args);
}

/**
 * Runs the command again with the larger young generation. The child has a process group of its
 * own, so each signal reaches it once, forwarded from here (a terminal's Ctrl-C reaches only
 * this process's group); its output goes straight to ours.
 */
async function watchInChild(args) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, YOUNG_GENERATION, fileURLToPath(import.meta.url), ...args],
    {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      detached: true,
    },
  );
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  const [code, signal] = await new Promise((resolve) => child.on('exit', (...result) => resolve(result)));
  return code ?? (signal === null ? 1 : 128 + ({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 0));
}

/** A child of watchInChild stops (as on Ctrl-C) when its parent is gone, even killed outright. */
function stopWithParent() {
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
