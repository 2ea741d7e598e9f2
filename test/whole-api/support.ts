/**
 * What the whole-api suite shares: the generator's CLI run as a user runs it (a child process of
 * `generator/bin.mjs`, the built generator), a scratch folder per file, and Cloudflare's published
 * spec unpacked from its gzipped fixture.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'generator/bin.mjs');
export const CLOUDFLARE_GZ = path.join(ROOT, 'test/fixtures/cloudflare/cloudflare-api-2024-08-06.json.gz');
/** Cloudflare's spec takes ~15 s of CPU to generate; on a shared 2-core machine, several times that. */
export const GENERATE_TIMEOUT_MS = 300_000;

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** `node generator/bin.mjs ...args`; never throws for a non-zero exit. */
export function runGenerator(args: readonly string[], timeout = GENERATE_TIMEOUT_MS): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else
          resolve({
            code: typeof error?.code === 'number' ? error.code : 0,
            stdout,
            stderr,
            ms: performance.now() - started,
          });
      },
    );
  });
}

export function scratch(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `whole-api-${prefix}-`));
}

export function removeScratch(dir: string | undefined): Promise<void> {
  return dir === undefined ? Promise.resolve() : rm(dir, { recursive: true, force: true });
}

/** Cloudflare's spec, parsed, and written unpacked to `dir/cloudflare-api.json` (returned as `file`). */
export async function unpackCloudflare(dir: string): Promise<{ file: string; spec: OpenApi }> {
  const text = gunzipSync(await readFile(CLOUDFLARE_GZ)).toString('utf8');
  const file = path.join(dir, 'cloudflare-api.json');
  await writeFile(file, text);
  return { file, spec: JSON.parse(text) as OpenApi };
}

export type OpenApi = {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
};

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** `GET /zones/{zone_id}` for every operation the spec declares, read from the spec itself. */
export function declaredOperations(spec: OpenApi): string[] {
  return Object.entries(spec.paths).flatMap(([template, item]) =>
    HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => `${method.toUpperCase()} ${template}`),
  );
}
