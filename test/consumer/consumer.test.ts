/**
 * The generated package as a user's app gets it, by the commands of the README's "In your own
 * app": `npm pack` of generated/ into the app's vendor/ folder, `npm install ./vendor/<tarball>`,
 * `npm ci`, then after a spec change (an added operation) regeneration, a new pack (a new
 * version, so a new tarball name) and `npm install` of it again, which must bring the change.
 * The app then type-checks under two module resolutions and runs with plain Node.
 *
 * Why a tarball and not `file:../generated` with install-links: npm 11 keeps the copy it made
 * (`npm install` says "up to date" after a regeneration, old code and all), and a symlink
 * resolves openapi-fetch from beside generated/, where a real install has none. A tarball is what
 * a registry gives: only what `files` lists, its dependencies installed beside it, an integrity
 * hash in the lock so that `npm ci` installs exactly it. openapi-fetch comes from the npm cache,
 * which `npm ci` in this project has filled (--prefer-offline; the registry otherwise).
 */
import { execFile } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockData, startMockCloudflare } from '../demo/mock-cloudflare.js';
import { envelope, sendJson, startServer } from '../runtime/server.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const CLI = path.join(ROOT, 'generator/bin.mjs');
const PACKAGE = 'cloudflare-billing-client';
const PROJECT_FILES = ['package.json', 'app.ts', 'profile.ts', 'tsconfig.bundler.json', 'tsconfig.node16.json'];
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

/** The operation the spec change adds: `cf.user.billing.profile.get()`. */
const ADDED_OPERATION = `  /user/billing/profile:
    get:
      operationId: getUserBillingProfile
      x-sdk-method: user.billing.profile.get
      summary: Billing Profile Details
      responses:
        '200':
          description: The billing profile of the user.
          content:
            application/json:
              schema:
                type: object
                required: [success, errors, messages, result]
                properties:
                  success:
                    type: boolean
                  errors:
                    type: array
                    items: {}
                  messages:
                    type: array
                    items: {}
                  result:
                    type: object
                    required: [id]
                    properties:
                      id:
                        type: string
        4XX:
          $ref: '#/components/responses/ClientError'
`;

/** npm passes its configuration to scripts as npm_* variables; a nested npm must not inherit them. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  );
  return { ...env, ...extra };
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await exec('npm', [...args, ...NPM_FLAGS], { cwd, env: cleanEnv(), timeout: 90_000 });
  return stdout;
}

/**
 * The README's `npm pack ../generated --pack-destination vendor --silent`, run in the app: the
 * tarball's path as the README's `npm install` names it.
 */
async function pack(generated: string): Promise<string> {
  const { stdout } = await exec('npm', ['pack', generated, '--pack-destination', 'vendor', '--silent'], {
    cwd: app,
    env: cleanEnv(),
    timeout: 60_000,
  });
  return `./vendor/${stdout.trim()}`;
}

/** What the installed package holds and says, and what its client has at run time. */
async function installed(): Promise<{ files: string[]; version: string; symlink: boolean; profile: string }> {
  const folder = path.join(app, 'node_modules', PACKAGE);
  const { version } = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as { version: string };
  const probe =
    `import { createCloudflareBillingClient } from '${PACKAGE}';` +
    `const cf = createCloudflareBillingClient({ apiToken: 't', baseUrl: 'https://example.com' });` +
    `console.log(typeof cf.user.billing.profile?.get);`;
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', probe], { cwd: app });
  return {
    files: (await readdir(folder)).sort(),
    version,
    symlink: (await lstat(folder)).isSymbolicLink(),
    profile: stdout.trim(),
  };
}

let scratch: string;
let app: string;
let generated: string;
const seen: {
  first?: Awaited<ReturnType<typeof installed>>;
  firstDependency?: string;
  regenerated?: string;
  afterCi?: Awaited<ReturnType<typeof installed>>;
  dependency?: string;
  lockResolved?: string;
} = {};

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'cf-consumer-'));
  app = path.join(scratch, 'app');
  generated = path.join(scratch, 'cloudflare-billing-codegen/generated');
  await cp(path.join(ROOT, 'generated'), generated, { recursive: true });
  await mkdir(path.join(app, 'vendor'), { recursive: true });
  for (const file of PROJECT_FILES) await cp(path.join(ROOT, 'test/consumer', file), path.join(app, file));

  // 1. The package as committed: pack, install.
  const firstTarball = await pack(generated);
  await npm(['install', firstTarball], app);
  seen.first = await installed();
  seen.firstDependency = dependencyOf(await readFile(path.join(app, 'package.json'), 'utf8'));

  // 2. The spec gains an operation; regenerate into the same folder, pack, install again.
  const spec = (await readFile(path.join(ROOT, 'spec/openapi.yaml'), 'utf8')).replace(
    '\ncomponents:\n',
    `\n${ADDED_OPERATION}components:\n`,
  );
  const specFile = path.join(scratch, 'openapi.yaml');
  await writeFile(specFile, spec);
  seen.regenerated = (
    await exec(process.execPath, [CLI, '--spec', specFile, '--out', generated], { cwd: ROOT })
  ).stdout;
  await npm(['install', await pack(generated)], app);

  // 3. A fresh checkout of the app: node_modules gone, `npm ci` from the lock.
  await rm(path.join(app, 'node_modules'), { recursive: true, force: true });
  await npm(['ci'], app);
  seen.afterCi = await installed();
  seen.dependency = dependencyOf(await readFile(path.join(app, 'package.json'), 'utf8'));
  const lock = JSON.parse(await readFile(path.join(app, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { resolved?: string; integrity?: string }>;
  };
  const locked = lock.packages[`node_modules/${PACKAGE}`];
  expect(locked?.integrity).toMatch(/^sha512-/);
  seen.lockResolved = locked?.resolved ?? '';
}, 240_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function dependencyOf(packageJson: string): string {
  return (JSON.parse(packageJson) as { dependencies?: Record<string, string> }).dependencies?.[PACKAGE] ?? '';
}

async function committedVersion(): Promise<string> {
  return (JSON.parse(await readFile(path.join(ROOT, 'generated/package.json'), 'utf8')) as { version: string }).version;
}

describe('npm install of the packed tarball, as the README says', () => {
  it('installs a copy holding only what package.json "files" lists, with openapi-fetch beside it', async () => {
    const version = await committedVersion();
    expect(seen.first).toEqual({
      files: ['README.md', 'dist', 'package.json'],
      version,
      symlink: false,
      profile: 'undefined',
    });
    expect(seen.firstDependency).toBe(`file:vendor/${PACKAGE}-${version}.tgz`);
    expect((await lstat(path.join(app, 'node_modules/openapi-fetch/package.json'))).isFile()).toBe(true);
  });

  it('after a spec change: regeneration raises the version, and reinstalling brings the new method; npm ci installs it from the lock', async () => {
    const before = await committedVersion();
    const after = /, version (\S+)$/m.exec(seen.regenerated ?? '')?.[1];
    expect(seen.regenerated).toContain('user.billing.profile.get: operation added (GET /user/billing/profile)');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(seen.afterCi).toEqual({
      files: ['README.md', 'dist', 'package.json'],
      version: after,
      symlink: false,
      profile: 'function',
    });
    expect(seen.dependency).toBe(`file:vendor/${PACKAGE}-${after}.tgz`);
    expect(seen.lockResolved).toBe(`file:vendor/${PACKAGE}-${after}.tgz`);
  });
});

describe('the app type-checks under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', () => {
  // Both at once: each tsc is single-threaded.
  it.concurrent.each([
    { resolution: 'bundler (module esnext)', config: 'tsconfig.bundler.json' },
    { resolution: 'node16 (module node16)', config: 'tsconfig.node16.json' },
  ])(
    'with moduleResolution $resolution: zero errors, the added method included',
    async ({ config }) => {
      const result = await exec(process.execPath, [TSC, '-p', config, '--pretty', 'false'], {
        cwd: app,
        timeout: 120_000,
      }).catch((error: { stdout: string; stderr: string; code: number }) => error);
      expect(`${result.stdout}${result.stderr}`).toBe('');
    },
    150_000,
  );
});

describe('the compiled app under plain Node ESM', () => {
  // out/*.js is what tsconfig.node16.json emitted above.
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

  it('calls the added method', async () => {
    const server = await startServer();
    try {
      server.route('GET', '/user/billing/profile', (_req, res) => sendJson(res, 200, envelope({ id: 'profile-7' })));
      const { stdout } = await exec(process.execPath, ['out/profile.js'], {
        cwd: app,
        env: cleanEnv({ CF_BASE_URL: server.url }),
        timeout: 20_000,
      });
      expect(stdout.trim()).toBe('profile: profile-7');
      expect(server.hits('GET', '/user/billing/profile')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
