/**
 * The generated package as a stranger gets it: `npm install` of the `file:` dependency in a project
 * of its own, then the app type-checked under two module resolutions and run with plain Node.
 *
 * The project is copied to a temporary folder laid out like the checkout (`test/consumer` beside
 * `generated`), so the committed `file:../../generated` works unchanged. Its `.npmrc` sets
 * `install-links=true`: npm packs generated/ (only what `files` lists) and installs the copy plus
 * its dependency openapi-fetch, as from a registry. That works offline from the npm cache, which
 * `npm ci` in the project has filled; --prefer-offline falls back to the registry otherwise.
 */
import { execFile } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockData, startMockCloudflare } from '../demo/mock-cloudflare.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const PROJECT_FILES = ['package.json', '.npmrc', 'app.ts', 'tsconfig.bundler.json', 'tsconfig.node16.json'];

/** npm passes its configuration to scripts as npm_* variables; a nested npm must not inherit them. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  );
  return { ...env, ...extra };
}

let scratch: string;
let app: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'cf-consumer-'));
  app = path.join(scratch, 'test/consumer');
  await cp(path.join(ROOT, 'generated'), path.join(scratch, 'generated'), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}node_modules`),
  });
  await mkdir(app, { recursive: true });
  for (const file of PROJECT_FILES) await cp(path.join(ROOT, 'test/consumer', file), path.join(app, file));
  await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: app,
    env: cleanEnv(),
    timeout: 60_000,
  });
}, 90_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm install of the file: dependency', () => {
  it('installs a packed copy holding only what package.json "files" lists, and openapi-fetch beside it', async () => {
    const installed = path.join(app, 'node_modules/cloudflare-billing-client');
    expect((await lstat(installed)).isSymbolicLink()).toBe(false);
    expect((await readdir(installed)).sort()).toEqual(['README.md', 'dist', 'package.json', 'src']);
    expect((await lstat(path.join(app, 'node_modules/openapi-fetch/package.json'))).isFile()).toBe(true);
  });
});

describe('the app type-checks under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', () => {
  // Both at once: each tsc is single-threaded.
  it.concurrent.each([
    { resolution: 'bundler (module esnext)', config: 'tsconfig.bundler.json' },
    { resolution: 'node16 (module node16)', config: 'tsconfig.node16.json' },
  ])(
    'with moduleResolution $resolution: zero errors',
    async ({ config }) => {
      const result = await exec(process.execPath, [TSC, '-p', config, '--pretty', 'false'], {
        cwd: app,
        timeout: 80_000,
      }).catch((error: { stdout: string; stderr: string; code: number }) => error);
      expect(`${result.stdout}${result.stderr}`).toBe('');
    },
    90_000,
  );
});

describe('the compiled app under plain Node ESM', () => {
  // out/app.js is what tsconfig.node16.json emitted above.
  it('imports the package by name, walks every page of both methods and tells errors apart with instanceof', async () => {
    const data = mockData();
    const api = await startMockCloudflare(data);
    try {
      const { stdout } = await exec(process.execPath, ['out/app.js'], {
        cwd: app,
        env: cleanEnv({ CF_BASE_URL: api.url }),
        timeout: 20_000,
      });
      const total = data.billing.reduce((sum, item) => sum + item.amount, 0);
      expect(stdout.trim().split('\n')).toEqual([
        'billing first page: 50 of 230, first valid true',
        `billing all: 230 items, total ${total.toFixed(2)}`,
        'invoices all: 57, all valid true, described 57',
        'unknown account: NotFoundError 404 7003',
        'bad page size: RequestValidationError with issues',
      ]);
    } finally {
      await api.close();
    }
  });
});
