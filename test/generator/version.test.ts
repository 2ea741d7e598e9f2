/**
 * The package version follows the API diff: breaking -> major, an addition -> minor, any other
 * change of the output -> patch; below 1.0.0 each moves one place right; `--version` overrides;
 * never below what the spec declares (x-sdk.packageVersion).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextVersion, type SurfaceChange } from '../../generator/surface/index.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { type Layout, makeLayout, replaceOnce, scratchFolder } from './support.js';

const BREAKING: SurfaceChange = { breaking: true, operation: 'a.list', message: 'operation removed' };
const ADDED: SurfaceChange = { breaking: false, operation: 'a.get', message: 'operation added' };

describe('nextVersion', () => {
  it.each([
    { what: 'breaking', given: '1.4.2', changes: [BREAKING, ADDED], filesChanged: true, want: '2.0.0' },
    { what: 'an addition', given: '1.4.2', changes: [ADDED], filesChanged: true, want: '1.5.0' },
    { what: 'other changes to the files', given: '1.4.2', changes: [], filesChanged: true, want: '1.4.3' },
    { what: 'nothing changed', given: '1.4.2', changes: [], filesChanged: false, want: '1.4.2' },
    // 0.x: npm's caret treats the minor as major, so breaking raises the minor, the rest the patch.
    { what: 'breaking', given: '0.2.5', changes: [BREAKING], filesChanged: true, want: '0.3.0' },
    { what: 'an addition', given: '0.2.5', changes: [ADDED], filesChanged: true, want: '0.2.6' },
    { what: 'other changes to the files', given: '0.2.5', changes: [], filesChanged: true, want: '0.2.6' },
    { what: 'nothing changed', given: '0.2.5', changes: [], filesChanged: false, want: '0.2.5' },
  ])('$given, $what -> $want', (row) => {
    expect(nextVersion(row.given, row.changes, row.filesChanged, '0.1.0')).toBe(row.want);
  });

  it('never goes below the version the spec declares', () => {
    expect(nextVersion('1.4.2', [ADDED], true, '3.0.0')).toBe('3.0.0');
    expect(nextVersion('1.4.2', [ADDED], true, '1.2.0')).toBe('1.5.0');
  });

  it('starts from the declared version when the previous one is not a version', () => {
    expect(nextVersion('garbage', [], true, '2.1.0')).toBe('2.1.1');
  });
});

/** The user's path: generate, change the spec, regenerate, read the version the package got. */
describe('regenerating after a spec change', () => {
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  let layout: Layout;
  beforeAll(async () => {
    scratch = await scratchFolder('version');
    layout = await makeLayout(scratch.path, 'path');
  });
  afterAll(async () => {
    await scratch.remove();
  });

  /** Regenerates; returns package.json's version, api-surface.json's, and the API changes printed. */
  async function regenerate(...flags: string[]) {
    const result = await cli(['--spec', layout.spec, '--out', layout.out, ...flags]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = async (file: string) =>
      JSON.parse(await readFile(path.join(layout.out, file), 'utf8')) as { version: string };
    // The lines under 'API changes:', each indented by two spaces.
    const lines = result.stdout.split('\n');
    const start = lines.indexOf('API changes:');
    const changes =
      start < 0
        ? []
        : lines.slice(start + 1).filter((line, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('  ')));
    return {
      version: (await json('package.json')).version,
      surface: (await json('api-surface.json')).version,
      changes: changes.map((line) => line.trim()),
      stdout: result.stdout,
    };
  }

  const NEW_OPERATION = [
    '  /user/billing/profile:',
    '    get:',
    '      operationId: getUserBillingProfile',
    '      x-sdk-method: user.billing.profile.get',
    '      responses:',
    "        '204':",
    '          description: No content.',
    '',
  ].join('\n');

  // One story, in order: each step starts from the package the previous one wrote.
  it('follows the change report from the declared version, 0.x rules first, then --version 1.0.0', async () => {
    // First run: nothing to compare with; the spec's x-sdk.packageVersion.
    expect(await regenerate()).toMatchObject({ version: '0.3.0', surface: '0.3.0', changes: [] });

    // Nothing changed: nothing written, the version stays.
    const same = await regenerate();
    expect(same).toMatchObject({ version: '0.3.0', surface: '0.3.0' });
    expect(same.stdout).toContain(' 0 written, ');

    // A description: the files change, the API does not -> patch.
    await layout.editSpec((text) => replaceOnce(text, 'Cloudflare account ID.', 'The Cloudflare account ID.'));
    expect(await regenerate()).toMatchObject({ version: '0.3.1', surface: '0.3.1', changes: [] });

    // An operation added: below 1.0.0 an addition is a patch.
    await layout.editSpec((text) => replaceOnce(text, '\npaths:\n', `\npaths:\n${NEW_OPERATION}`));
    expect(await regenerate()).toMatchObject({
      version: '0.3.2',
      surface: '0.3.2',
      changes: ['user.billing.profile.get: operation added (GET /user/billing/profile)', '0 breaking changes, 1 other'],
    });

    // An operation removed: below 1.0.0 breaking raises the minor.
    await layout.editSpec((text) => replaceOnce(text, NEW_OPERATION, ''));
    expect(await regenerate()).toMatchObject({
      version: '0.4.0',
      surface: '0.4.0',
      changes: [
        'BREAKING  user.billing.profile.get: operation removed (was GET /user/billing/profile)',
        '1 breaking change, 0 other',
      ],
    });

    // --version overrides whatever the report says.
    expect(await regenerate('--version', '1.0.0')).toMatchObject({ version: '1.0.0', surface: '1.0.0' });

    // From 1.0.0 on: added -> minor, description -> patch, removed -> major.
    await layout.editSpec((text) => replaceOnce(text, '\npaths:\n', `\npaths:\n${NEW_OPERATION}`));
    expect(await regenerate()).toMatchObject({ version: '1.1.0', surface: '1.1.0' });
    await layout.editSpec((text) => replaceOnce(text, 'The Cloudflare account ID.', 'Cloudflare account ID.'));
    expect(await regenerate()).toMatchObject({ version: '1.1.1', surface: '1.1.1', changes: [] });
    await layout.editSpec((text) => replaceOnce(text, NEW_OPERATION, ''));
    expect(await regenerate()).toMatchObject({ version: '2.0.0', surface: '2.0.0' });
  });

  it('a change only the README shows (the API description) is a patch, like any other file', async () => {
    const before = await regenerate();
    expect(before.stdout).toContain(' 0 written, ');
    await layout.editSpec((text) =>
      replaceOnce(text, 'A hand-maintained description of two', 'A hand-written description of two'),
    );
    const after = await regenerate();
    expect(after).toMatchObject({ version: '2.0.1', surface: '2.0.1', changes: [] });
    expect(await readFile(path.join(layout.out, 'README.md'), 'utf8')).toContain('A hand-written description of two');
  });

  it('refuses a --version that is not a semantic version, writing nothing', async () => {
    const result = await cli(['--spec', layout.spec, '--out', layout.out, '--version', 'v2']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('--version "v2" is not a semantic version such as 1.2.3');
  });
});
