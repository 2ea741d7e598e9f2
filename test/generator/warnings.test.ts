/**
 * Warnings: a summary grouped by code with counts by default, every one with its place under
 * `--verbose`, and errors that stop the run under `--strict` (exit 1, nothing written).
 */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFiles, runCliInProcess as cli } from '../support/cli.js';
import { scratchFolder } from './support.js';

/** No server (no_server), and two bounds no value can satisfy (min_gt_max): three warnings. */
const SPEC = `openapi: 3.1.0
info:
  title: Test API
  version: 1.0.0
paths:
  /things:
    get:
      operationId: listThings
      x-sdk-method: things.list
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
components:
  schemas:
    Thing:
      type: object
      properties:
        size:
          type: integer
          minimum: 50
          maximum: 5
        weight:
          type: number
          minimum: 9
          maximum: 1
`;

const NO_SERVER =
  '(#/servers): the spec names no server: the client has no default base URL, so callers must pass baseUrl [no_server]';
const SIZE = '(#/components/schemas/Thing/properties/size/minimum): minimum 50 is greater than maximum 5';
const WEIGHT = '(#/components/schemas/Thing/properties/weight/minimum): minimum 9 is greater than maximum 1';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let spec: string;
beforeAll(async () => {
  scratch = await scratchFolder('warnings');
  spec = path.join(scratch.path, 'spec.yaml');
  await writeFile(spec, SPEC);
});
afterAll(async () => {
  await scratch.remove();
});

/** The stderr lines of a run, and its exit code. */
async function run(out: string, ...flags: string[]): Promise<{ code: number; lines: string[]; stdout: string }> {
  const result = await cli(['--spec', spec, '--out', out, ...flags]);
  return { code: result.code, lines: result.stderr.trimEnd().split('\n'), stdout: result.stdout };
}

describe('warnings', () => {
  it('are summarised by code, with counts and the first place, and the package is written', async () => {
    const out = path.join(scratch.path, 'summary');
    const { code, lines } = await run(out);
    expect(lines).toEqual([
      '3 warnings (--verbose lists every one):',
      `  min_gt_max: 2, first at ${spec}:24:11 ${SIZE}: no value can satisfy both`,
      `  no_server: 1, first at ${spec}:1:1 (#/servers): the spec names no server: the client has no default base URL, so callers must pass baseUrl`,
    ]);
    expect(code).toBe(0);
    await access(path.join(out, 'dist/index.js'));
  });

  it('are listed one by one with file:line:column under --verbose', async () => {
    const { code, lines } = await run(path.join(scratch.path, 'verbose'), '--verbose');
    expect(lines.sort()).toEqual(
      [
        `${spec}:1:1 (#/servers): warning: ${NO_SERVER.slice('(#/servers): '.length)}`,
        `${spec}:24:11 ${SIZE.replace('): ', '): warning: ')}: no value can satisfy both [min_gt_max]`,
        `${spec}:28:11 ${WEIGHT.replace('): ', '): warning: ')}: no value can satisfy both [min_gt_max]`,
      ].sort(),
    );
    expect(code).toBe(0);
  });
});

describe('--strict', () => {
  it('turns every warning into an error: exit 1, each one located, no folder created', async () => {
    const out = path.join(scratch.path, 'strict-new');
    const { code, lines } = await run(out, '--strict');
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${spec}:1:1 ${NO_SERVER}`,
      `${spec}:24:11 ${SIZE}: no value can satisfy both [min_gt_max]`,
      `${spec}:28:11 ${WEIGHT}: no value can satisfy both [min_gt_max]`,
      'generation failed: 3 problems in the spec; nothing was written',
    ]);
    await expect(access(out)).rejects.toThrow(/ENOENT/);
  });

  it('leaves an existing package byte-for-byte as it was', async () => {
    const out = path.join(scratch.path, 'strict-existing');
    expect((await run(out)).code).toBe(0);
    const before = await hashFiles(out);
    await writeFile(spec, SPEC.replace('version: 1.0.0', 'version: 1.1.0'));
    try {
      const { code } = await run(out, '--strict');
      expect(code).toBe(1);
      expect(await hashFiles(out)).toEqual(before);
    } finally {
      await writeFile(spec, SPEC);
    }
  });
});
