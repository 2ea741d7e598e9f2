/**
 * Prism (`prism mock`) on 127.0.0.1 and a free port, as a process group of its own so
 * that stopping it stops its children too; and the part of a spec Prism needs for some paths.
 * Prism on Cloudflare's whole spec takes over a minute of startup on a busy 2-core machine (~15 s
 * of CPU), on the subset a few seconds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ROOT, type OpenApi } from './support.js';

const PRISM = path.join(ROOT, 'node_modules/.bin/prism');

export interface Prism {
  readonly url: string;
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

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startPrism(specFile: string, startupMs = 120_000): Promise<Prism> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(PRISM, ['mock', specFile, '--host', '127.0.0.1', '--port', String(port)], {
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
  return { url, log: () => log, stop };
}

/**
 * The spec cut down to `templates` (whole path items) and the components they reach through
 * `$ref`s, transitively; security schemes are all kept.
 */
export function subsetSpec(spec: OpenApi, templates: readonly string[]): OpenApi {
  const paths: OpenApi['paths'] = {};
  for (const template of templates) {
    const item = spec.paths[template];
    if (item === undefined) throw new Error(`no path ${template} in the spec`);
    paths[template] = item;
  }
  const components: OpenApi['components'] = { securitySchemes: spec.components['securitySchemes'] ?? {} };
  const pending: unknown[] = [paths];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (typeof node === 'object' && node !== null) {
      const ref = (node as Record<string, unknown>)['$ref'];
      if (typeof ref === 'string' && !seen.has(ref)) {
        seen.add(ref);
        const [section, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref)?.slice(1) ?? [];
        const target = section === undefined || name === undefined ? undefined : spec.components[section]?.[name];
        if (section === undefined || name === undefined || target === undefined)
          throw new Error(`cannot follow ${ref}`);
        (components[section] ??= {})[name] = target;
        pending.push(target);
      }
      pending.push(...Object.values(node));
    }
  }
  return { ...spec, paths, components };
}
