/**
 * Prism (`prism mock`) on 127.0.0.1 and a free port, as a process group of its own so that
 * stopping it stops its children too. Used by the contract tests of the built-in spec
 * (test/client) and of Cloudflare's (test/whole-api).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ROOT } from './cli.js';

const PRISM = path.join(ROOT, 'node_modules/.bin/prism');

export interface Prism {
  readonly url: string;
  /** Whether any process of Prism's group is still running. */
  alive(): boolean;
  /** Everything Prism printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now: bind port 0, note the port, let it go. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface PrismOptions {
  /** More `prism mock` flags (`--errors`). */
  readonly args?: readonly string[];
  /** How long Prism may take to start; the wait ends as soon as it listens. */
  readonly startupMs?: number;
}

export async function startPrism(
  specFile: string,
  { args = [], startupMs = 120_000 }: PrismOptions = {},
): Promise<Prism> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(PRISM, ['mock', specFile, '--host', '127.0.0.1', '--port', String(port), ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  child.once('error', (error) => {
    exited = true;
    log += `\nspawn failed: ${error.message}`;
  });
  const pid = child.pid;
  // If the worker dies without stopping Prism, do not leave it behind.
  const killOnExit = (): void => {
    if (pid !== undefined && groupAlive(pid)) process.kill(-pid, 'SIGKILL');
  };
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (pid === undefined) return;
    if (child.exitCode === null && child.signalCode === null) {
      const gone = once(child, 'exit');
      process.kill(-pid, 'SIGTERM');
      const timer = setTimeout(() => groupAlive(pid) && process.kill(-pid, 'SIGKILL'), 3000);
      await gone;
      clearTimeout(timer);
    }
    for (let i = 0; i < 50 && groupAlive(pid); i++) await delay(20);
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
  };

  // Prism prints this line once its router is up.
  const deadline = Date.now() + startupMs;
  while (!/Prism is listening on/.test(log)) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`Prism ${exited ? 'exited' : `did not start within ${startupMs} ms`}:\n${log}`);
    }
    await delay(100);
  }
  return { url, alive: () => pid !== undefined && groupAlive(pid), log: () => log, stop };
}
