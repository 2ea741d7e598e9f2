/**
 * `npx tsx bench/schema.ts`: the schema layer's generation-time cost on Cloudflare's whole API
 * (3,716 component schemas): reading (with the ReDoS analysis), check emission and types, each
 * the best of several runs, in wall and CPU time (the CPU figure is the one to trust on a busy
 * machine). Printing is the emitter's and is not counted.
 */
import { gzipSync } from 'node:zlib';
import { printModule } from '../generator/emit/print.js';
import { CheckModule } from '../generator/schema/check.js';
import { SchemaReader } from '../generator/schema/read.js';
import { discriminatorTargets, namedTypeOf } from '../generator/schema/type.js';
import { IssueList } from '../generator/util/issue-list.js';
import { escapeToken } from '../generator/util/pointer.js';
import type { Schema } from '../generator/model/schema.js';
import { checkNames } from '../test/schema/support/generated.js';
import { CLOUDFLARE_SPEC, loadDocument, specOf } from '../test/schema/support/spec.js';

const RUNS = Number(process.env.RUNS ?? 5);

if (CLOUDFLARE_SPEC === undefined) throw new Error('no Cloudflare spec to measure');
const document = loadDocument(CLOUDFLARE_SPEC) as { components: { schemas: Record<string, unknown> } };
const spec = specOf(document as never, CLOUDFLARE_SPEC);
const ids = Object.keys(document.components.schemas);

interface Lap {
  wall: number;
  cpu: number;
}

function measure<T>(work: () => T): [T, Lap] {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const used = process.cpuUsage(cpu);
  return [result, { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 }];
}

interface Run {
  read: Lap;
  checks: Lap;
  types: Lap;
  stats: SchemaReader['patterns']['stats'];
  statements: number;
  js: string;
}

function once(): Run {
  const [reader, read] = measure(() => {
    const reader = new SchemaReader({ spec, issues: new IssueList(), openapi30: true });
    for (const id of ids) reader.read(`/components/schemas/${escapeToken(id)}`);
    return reader;
  });
  const schemas = new Map<string, Schema>(ids.map((id) => [id, reader.read(`/components/schemas/${escapeToken(id)}`)]));
  const names = checkNames(ids);
  const [statements, checks] = measure(() => {
    const module = new CheckModule({
      functionOf: (id) => names.get(id)!,
      helpersFrom: './runtime/index.js',
    });
    for (const [id, schema] of schemas) module.add(names.get(id)!, schema, { direction: 'json' });
    return module.statements();
  });
  const js = process.env.SIZE === '1' ? printModule({ body: statements }, 'js') : '';
  const [, types] = measure(() => {
    const targets = discriminatorTargets(schemas);
    const options = {
      typeName: (id: string) => names.get(id)!,
      direction: 'json' as const,
      named: (id: string) => schemas.get(id)!,
    };
    for (const [id, schema] of schemas) namedTypeOf(id, schema, options, targets);
  });
  return { read, checks, types, stats: reader.patterns.stats, statements: statements.length, js };
}

const runs = Array.from({ length: RUNS }, once);
const best = (pick: (run: (typeof runs)[number]) => Lap): Lap => ({
  wall: Math.min(...runs.map((run) => pick(run).wall)),
  cpu: Math.min(...runs.map((run) => pick(run).cpu)),
});
const rows = { read: best((run) => run.read), checks: best((run) => run.checks), types: best((run) => run.types) };
const total = {
  wall: rows.read.wall + rows.checks.wall + rows.types.wall,
  cpu: rows.read.cpu + rows.checks.cpu + rows.types.cpu,
};
const format = (lap: Lap): string =>
  `${Math.round(lap.wall).toString().padStart(6)} ms wall ${Math.round(lap.cpu).toString().padStart(6)} ms cpu`;
console.log(`Cloudflare: ${ids.length} component schemas, best of ${RUNS}`);
for (const [name, lap] of Object.entries(rows)) console.log(`  ${name.padEnd(7)} ${format(lap)}`);
console.log(`  ${'total'.padEnd(7)} ${format(total)}`);
console.log(`  patterns: ${JSON.stringify(runs[0]!.stats)}; module statements: ${runs[0]!.statements}`);
const { js } = runs[0]!;
if (js !== '')
  console.log(
    `  checks as JavaScript: ${js.length} bytes (${Math.round(js.length / ids.length)} per schema), ${gzipSync(js).length} gzipped`,
  );
