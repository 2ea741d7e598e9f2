import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import type { IssueSink } from '../../../generator/runtime/descriptor.js';
import { printModule } from '../../../generator/emit/print.js';
import type { Schema } from '../../../generator/model/schema.js';
import { CheckModule } from '../../../generator/schema/check.js';
import type { Direction } from '../../../generator/schema/keyword.js';

const RUNTIME_DIR = new URL('../../../generator/runtime/', import.meta.url).pathname;

/** A check's name for a component id: `check` + the id's identifier characters, numbered on clashes. */
export function checkNames(ids: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    const base = `check_${id.replace(/[^A-Za-z0-9_$]/g, '_')}`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    names.set(id, name);
  }
  return names;
}

export type LoadedCheck = (value: unknown, sink?: IssueSink, path?: string) => boolean;

export interface GeneratedChecks {
  readonly ts: string;
  readonly js: string;
  check(id: string): LoadedCheck;
  /** Every problem recorded with a sink. */
  issues(id: string, value: unknown): IssueSink['issues'];
}

/**
 * One CheckModule holding a check per schema, printed by the emitter (`js`), bundled with the
 * runtime helpers by esbuild and imported: the code under test is exactly what a package ships.
 */
export async function generateChecks(
  schemas: ReadonlyMap<string, Schema>,
  direction: Direction = 'json',
): Promise<GeneratedChecks> {
  const names = checkNames(schemas.keys());
  const module = new CheckModule({
    functionOf: (id) => names.get(id) ?? `missing_${id}`,
    helpersFrom: './index.js',
  });
  for (const [id, schema] of schemas) module.add(names.get(id)!, schema, { direction });
  const statements = module.statements();
  const ts = printModule({ body: statements }, 'ts');
  const js = printModule({ body: statements }, 'js');
  const bundled = buildSync({
    stdin: { contents: js, resolveDir: RUNTIME_DIR, loader: 'js', sourcefile: 'checks.js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  const file = join(mkdtempSync(join(tmpdir(), 'schema-checks-')), 'checks.mjs');
  writeFileSync(file, bundled);
  const exports = (await import(pathToFileURL(file).href)) as Record<string, LoadedCheck>;
  const check = (id: string): LoadedCheck => {
    const found = exports[names.get(id) ?? ''];
    if (found === undefined) throw new Error(`no check for ${id}`);
    return found;
  };
  return {
    ts,
    js,
    check,
    issues(id, value) {
      const sink: IssueSink = { issues: [], omitted: 0 };
      check(id)(value, sink);
      return sink.issues;
    },
  };
}
