/**
 * Prettier as the oracle over the committed package: every file our printer wrote into
 * generated/ is left unchanged by Prettier with the project's own config. (The runtime under
 * dist/runtime/ is tsc's output, copied verbatim, and is not ours to format.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GENERATED = path.join(ROOT, 'generated');

function printedFiles(): string[] {
  const files = readdirSync(GENERATED, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:js|d\.ts|json)$/.test(file))
    .filter((file) => !file.startsWith(`dist${path.sep}runtime${path.sep}`))
    .sort();
  return files;
}

describe('generated/ is what Prettier would print', () => {
  const files = printedFiles();

  it('covers the package: entry points, units and the JSON files', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'api-surface.json',
        'package.json',
        path.join('dist', 'index.js'),
        path.join('dist', 'index.d.ts'),
        path.join('dist', 'validators.js'),
      ]),
    );
    expect(files.some((file) => file.startsWith(path.join('dist', 'units')))).toBe(true);
  });

  it.each(files)('%s', async (file) => {
    const full = path.join(GENERATED, file);
    const text = readFileSync(full, 'utf8');
    const config = (await resolveConfig(path.join(ROOT, 'package.json'))) ?? {};
    const formatted = await format(text, { ...config, filepath: full });
    expect(formatted === text, `Prettier would change ${file}`).toBe(true);
  });
});
