import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { printModule } from '../../generator/emit/print.js';
import { CheckModule } from '../../generator/schema/check.js';
import { checkNames } from './support/generated.js';
import { CLOUDFLARE_SPEC, loadDocument, readSpec } from './support/spec.js';
import { typecheck } from './support/typecheck.js';

const runtime = (name: string): string =>
  readFileSync(new URL(`../../generator/runtime/${name}`, import.meta.url), 'utf8');

describe.runIf(CLOUDFLARE_SPEC !== undefined)("Cloudflare's checks as TypeScript", () => {
  it('type-check under the strict flags against the real runtime', () => {
    const { schemas } = readSpec(loadDocument(CLOUDFLARE_SPEC!));
    const names = checkNames(schemas.keys());
    const module = new CheckModule({
      functionOf: (id) => names.get(id)!,
      helpersFrom: './runtime/index.js',
    });
    for (const [id, schema] of schemas) module.add(names.get(id)!, schema, { direction: 'request' });
    const files: Record<string, string> = { 'checks.ts': printModule({ body: module.statements() }, 'ts') };
    for (const name of ['index.ts', 'keywords.ts', 'formats.ts', 'validation.ts', 'descriptor.ts'])
      files[`runtime/${name}`] = runtime(name);
    const errors = typecheck(files).filter((line) => line.startsWith('checks.ts'));
    expect(errors.slice(0, 20)).toEqual([]);
  }, 300_000);
});
