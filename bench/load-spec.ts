/**
 * The loader's figures: Cloudflare's 4.2 MB JSON spec (read, parse, duplicate-key check and
 * resolveRefs), a 1,000-operation YAML spec, the peak RSS of a 36 MB JSON spec with a 5M-item
 * `x-data` array, and how long the YAML alias bombs take to be refused. Each case runs in a fresh
 * process (cold: what a CLI run pays), then again in it (warm); wall and CPU time, medians.
 *
 *   npx tsx bench/load-spec.ts [cloudflare-api.json[.gz]]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import { loadSpec, resolveRefs } from '../generator/load/index.js';
import { SpecProblems } from '../generator/util/issue-list.js';
import { syntheticSpec } from './synth-spec.js';

const WARM_RUNS = 5;

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Child mode: load (and resolve) one file `runs` times; print the samples and the peak RSS as JSON. */
async function child(file: string, runs: number): Promise<void> {
  const samples: (Sample & { outcome: string })[] = [];
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    let outcome: string;
    try {
      outcome = `${resolveRefs(await loadSpec(file, path.basename(file))).refs.size} refs`;
    } catch (error) {
      if (!(error instanceof SpecProblems)) throw error;
      outcome = `refused: ${error.issues.map((issue) => issue.code).join(', ')}`;
    }
    const used = process.cpuUsage(cpu);
    samples.push({ wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, outcome });
  }
  process.stdout.write(JSON.stringify({ samples, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

type ChildReport = { samples: (Sample & { outcome: string })[]; maxRssMiB: number };

function runChild(file: string, runs: number): ChildReport {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', file, String(runs)], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as ChildReport;
}

/** Cold time and peak RSS from a process that loads once; warm medians from one that loads again and again. */
function measure(name: string, file: string): void {
  const once = runChild(file, 1);
  const [cold] = once.samples;
  const warm = runChild(file, WARM_RUNS + 1).samples.slice(1);
  if (cold === undefined) return;
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
  const size = (readFileSync(file).length / 2 ** 20).toFixed(1);
  console.log(
    `${name} (${size} MiB): ${cold.outcome}; cold ${cold.wallMs.toFixed(0)} ms wall / ${cold.cpuMs.toFixed(0)} ms CPU, ` +
      `warm median ${median(warm.map((s) => s.wallMs)).toFixed(0)} ms / ${median(warm.map((s) => s.cpuMs)).toFixed(0)} ms; ` +
      `peak RSS of the cold process ${once.maxRssMiB.toFixed(0)} MiB`,
  );
}

function aliasedArray(items: number, copies: number): string {
  const data = Array.from({ length: items }, () => '1').join(',');
  return `openapi: 3.1.0\nx-data: &big [${data}]\nx-copies: [${Array.from({ length: copies }, () => '*big').join(', ')}]\n`;
}

function cloudflareFile(folder: string, given: string | undefined): string | undefined {
  const candidates = [given, 'test/fixtures/cloudflare/cloudflare-api-2024-08-06.json.gz', '/tmp/cf.json'];
  const found = candidates.find((file) => file !== undefined && existsSync(file));
  if (found === undefined || !found.endsWith('.gz')) return found;
  const file = path.join(folder, 'cloudflare-api.json');
  writeFileSync(file, gunzipSync(readFileSync(found)));
  return file;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'load-bench-'));
  try {
    const cloudflare = cloudflareFile(folder, process.argv[2]);
    if (cloudflare === undefined) console.log('Cloudflare spec: not found (pass its path), skipped');
    else measure("Cloudflare's API, JSON", cloudflare);
    const yamlFile = path.join(folder, 'synthetic-1000.yaml');
    writeFileSync(yamlFile, stringify(syntheticSpec(1000)));
    measure('1,000-operation synthetic spec, YAML', yamlFile);
    const jsonFile = path.join(folder, 'synthetic-1000.json');
    writeFileSync(jsonFile, JSON.stringify(syntheticSpec(1000), null, 2));
    measure('1,000-operation synthetic spec, JSON', jsonFile);
    const dataFile = path.join(folder, 'x-data.json');
    const data = Array.from({ length: 5_000_000 }, (_, index) => index % 1_000_000);
    writeFileSync(dataFile, JSON.stringify({ ...syntheticSpec(10), 'x-data': data }));
    measure('JSON spec with a 5,000,000-item x-data array', dataFile);
    const bombFile = path.join(folder, 'alias-bomb.yaml');
    writeFileSync(bombFile, readFileSync('test/corpus/specs/yaml-alias-bomb.yaml'));
    measure('billion-laughs alias bomb', bombFile);
    const aliasedFile = path.join(folder, 'aliased.yaml');
    writeFileSync(aliasedFile, aliasedArray(200_000, 999));
    measure('one 200,000-item anchor aliased 999 times', aliasedFile);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '', Number(process.argv[4] ?? 1));
else await main();
