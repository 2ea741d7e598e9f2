/**
 * Section `whole-api` (issue 14): Cloudflare's whole API (test/fixtures/cloudflare/*.json.gz,
 * 1,533 operations).
 *  1. generation, ours against openapi-typescript, paired whole processes, peak RSS;
 *  2. the bundle of an app calling one method of the whole-API package, against the same call
 *     through the built-in (2-endpoint) package;
 *  3. `tsc --noEmit` of that app, against the same app on the official `cloudflare` SDK and on
 *     openapi-fetch with openapi-typescript's whole-API types.
 * Apps are written into a scratch folder inside the project (bench/workdir.ts), so they resolve
 * packages from its node_modules as a user's app would.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bundleApp, type Bundle } from './bundle.js';
import { pick, type RunMode } from './mode.js';
import { medianMs, mib, pairedRatio, pairedRuns, pairedTable, peakRssKb } from './paired.js';
import { bytes, median, num, ratio, table, type Goal, type SectionResult } from './report.js';
import { OPENAPI_TYPESCRIPT, OURS } from './rivals.js';
import { failureText, runProcess } from './spawn.js';
import { workFolder } from './workdir.js';

const FIXTURES = 'test/fixtures/cloudflare';
const GENERATION_GOAL = 1.5;
const RSS_GOAL_KB = 1024 * 1024;
const BUNDLE_ALLOWANCE = 2 * 1024;
const CALLED_PATH = '/user/billing/history';
const TSC = 'node_modules/typescript/bin/tsc';

function cloudflareSpecFile(): string {
  const name = readdirSync(FIXTURES).find((file) => file.endsWith('.json.gz'));
  if (name === undefined) throw new Error(`no *.json.gz spec in ${FIXTURES}`);
  return path.join(FIXTURES, name);
}

/** The package's factory and the SDK path of GET `CALLED_PATH`, read from what it generated. */
async function packageFacts(outDir: string): Promise<{ factory: string; method: string }> {
  const index = await readFile(path.join(outDir, 'dist/index.d.ts'), 'utf8');
  const factory = /export declare function (create\w+?)\(/.exec(index)?.[1];
  const surface = JSON.parse(await readFile(path.join(outDir, 'api-surface.json'), 'utf8')) as {
    operations: Record<string, { method: string; path: string }>;
  };
  const method = Object.entries(surface.operations).find(
    ([, operation]) => operation.method === 'GET' && operation.path === CALLED_PATH,
  )?.[0];
  if (factory === undefined || method === undefined)
    throw new Error(`${outDir}: no factory or no GET ${CALLED_PATH} in what was generated`);
  return { factory, method };
}

/** The same one call, through ours (whole or built-in package), the official SDK, or openapi-fetch. */
function appSource(
  kind: 'ours' | 'official' | 'openapi-fetch',
  from: string,
  facts?: { factory: string; method: string },
): string {
  switch (kind) {
    case 'ours':
      if (facts === undefined) throw new Error('ours needs the package facts');
      return [
        `import { ${facts.factory} } from '${from}';`,
        `const client = ${facts.factory}({ apiToken: 'token' });`,
        `const page = await client.${facts.method}({ per_page: 50 });`,
        'console.log(page.result?.length);',
        '',
      ].join('\n');
    case 'official':
      return [
        "import Cloudflare from 'cloudflare';",
        "const client = new Cloudflare({ apiToken: 'token' });",
        'const page = await client.user.billing.history.list({ per_page: 50 });',
        'console.log(page.result.length);',
        '',
      ].join('\n');
    case 'openapi-fetch':
      return [
        "import createClient from 'openapi-fetch';",
        `import type { paths } from '${from}';`,
        "const client = createClient<paths>({ baseUrl: 'https://api.cloudflare.com/client/v4' });",
        `const { data } = await client.GET('${CALLED_PATH}', { params: { query: { per_page: 50 } } });`,
        'console.log(data?.result?.length);',
        '',
      ].join('\n');
  }
}

interface App {
  readonly id: string;
  readonly name: string;
  readonly file: string;
}

/** A strict tsconfig of a typical app (skipLibCheck on, as `tsc --init` sets it) for one file. */
async function writeApp(work: string, id: string, name: string, source: string): Promise<App> {
  const file = path.join(work, `${id}.ts`);
  await writeFile(file, source);
  await writeFile(
    path.join(work, `tsconfig.${id}.json`),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM'],
        types: [],
        strict: true,
        skipLibCheck: true,
        noEmit: true,
      },
      files: [`${id}.ts`],
    }),
  );
  return { id, name, file };
}

interface TscRuns {
  readonly app: App;
  readonly ms: (number | undefined)[];
  error?: string;
}

async function tscRuns(apps: readonly App[], work: string, rounds: number): Promise<TscRuns[]> {
  const results: TscRuns[] = apps.map((app) => ({ app, ms: [] }));
  for (let round = 0; round < rounds; round++) {
    for (const result of results) {
      const run = await runProcess(process.execPath, [TSC, '-p', path.join(work, `tsconfig.${result.app.id}.json`)]);
      const ok = run.exitCode === 0;
      result.ms.push(ok ? run.ms : undefined);
      if (!ok) result.error ??= `${failureText(run)} ${run.stdout.split('\n')[0] ?? ''}`.trim();
    }
  }
  return results;
}

function tscMedian(result: TscRuns | undefined): number | undefined {
  const times = (result?.ms ?? []).filter((ms): ms is number => ms !== undefined);
  return times.length === 0 ? undefined : median(times);
}

function tscPaired(a: TscRuns | undefined, b: TscRuns | undefined): number | undefined {
  const ratios = (a?.ms ?? []).flatMap((ms, round) => {
    const other = b?.ms[round];
    return ms === undefined || other === undefined ? [] : [ms / other];
  });
  return ratios.length === 0 ? undefined : median(ratios);
}

function bundleRow(name: string, bundle: Bundle): string[] {
  return [name, bundle.error ? `failed: ${bundle.error}` : bytes(bundle.minified), bytes(bundle.gzip)];
}

export async function wholeApi(mode: RunMode): Promise<SectionResult> {
  const { dir: work, dispose } = await workFolder('whole-api');
  try {
    await writeFile(path.join(work, 'package.json'), '{ "type": "module" }\n');
    const gz = cloudflareSpecFile();
    const spec = path.join(work, path.basename(gz, '.gz'));
    await writeFile(spec, gunzipSync(await readFile(gz)));

    const rounds = pick(mode, 1, 3);
    console.log(`whole-api: generation, ${rounds} paired round(s)...`);
    const generation = await pairedRuns([OURS, OPENAPI_TYPESCRIPT], spec, rounds, work, {
      measureRss: true,
      capMs: 600_000,
    });
    const [ours, theirs] = generation;
    const generationRatio = pairedRatio(ours, theirs);
    const oursOut = ours?.outDirs.find((_, round) => ours.ms[round] !== undefined);
    const theirsOut = theirs?.outDirs.find((_, round) => theirs.ms[round] !== undefined);
    if (oursOut === undefined) throw new Error(`our generator failed on ${gz}: ${ours?.error ?? 'no run'}`);

    const whole = await packageFacts(oursOut);
    const builtIn = await packageFacts('generated');
    const relative = (target: string): string => {
      const link = path.relative(work, target).split(path.sep).join('/');
      return link.startsWith('.') ? link : `./${link}`;
    };
    const apps = [
      await writeApp(
        work,
        'ours-whole',
        `ours, the whole-API package (\`client.${whole.method}\`)`,
        appSource('ours', relative(path.join(oursOut, 'dist/index.js')), whole),
      ),
      await writeApp(
        work,
        'official',
        'official `cloudflare` SDK (`client.user.billing.history.list`)',
        appSource('official', 'cloudflare'),
      ),
      ...(theirsOut === undefined
        ? []
        : [
            await writeApp(
              work,
              'openapi-fetch',
              "openapi-fetch with openapi-typescript's whole-API `paths`",
              appSource('openapi-fetch', relative(path.join(theirsOut, 'types.js'))),
            ),
          ]),
    ];
    const twoEndpoint = await writeApp(
      work,
      'ours-two',
      `ours, the built-in 2-endpoint package (\`client.${builtIn.method}\`)`,
      appSource('ours', relative('generated/dist/index.js'), builtIn),
    );

    console.log('whole-api: bundles...');
    const wholeBundle = await bundleApp(apps[0]?.file ?? '');
    const twoBundle = await bundleApp(twoEndpoint.file);
    const bundleGap =
      wholeBundle.gzip === undefined || twoBundle.gzip === undefined ? undefined : wholeBundle.gzip - twoBundle.gzip;

    const tscRounds = pick(mode, 1, 3);
    console.log(`whole-api: tsc --noEmit, ${tscRounds} round(s)...`);
    const tsc = await tscRuns(apps, work, tscRounds);
    const [tscOurs, tscOfficial] = tsc;
    const tscRatio = tscPaired(tscOurs, tscOfficial);

    const body = [
      `**Generation** of \`${gz}\` (gunzipped to JSON first): ${rounds} paired round(s) of whole processes, each into a fresh ` +
        'folder; peak RSS from GNU time `-v`.',
      pairedTable(generation, theirs),
      `**Bundle of an app making one call** (GET \`${CALLED_PATH}\`, \`per_page: 50\`), esbuild minified browser ESM, gzip -9:`,
      table(
        [{ title: 'app' }, { title: 'minified', align: 'right' }, { title: 'gzip -9', align: 'right' }],
        [bundleRow(apps[0]?.name ?? 'ours, whole API', wholeBundle), bundleRow(twoEndpoint.name, twoBundle)],
      ),
      `**\`tsc --noEmit\` of that app** (strict, NodeNext, \`skipLibCheck: true\`), ${tscRounds} paired round(s), whole process:`,
      table(
        [
          { title: 'app' },
          { title: 'median ms', align: 'right' },
          { title: '÷ official SDK (paired)', align: 'right' },
        ],
        tsc.map((result) => [
          result.app.name,
          tscMedian(result) === undefined ? `failed: ${result.error ?? 'no run'}` : num(tscMedian(result)),
          result === tscOfficial ? '1.00× (baseline)' : ratio(tscPaired(result, tscOfficial)),
        ]),
      ),
    ];
    return {
      id: 'whole-api',
      title: "Cloudflare's whole API (issue 14)",
      body: body.join('\n\n'),
      goals: [
        {
          text: `generating the whole API takes at most ${GENERATION_GOAL}× openapi-typescript's time`,
          met: generationRatio === undefined ? undefined : generationRatio <= GENERATION_GOAL,
          detail: `${ratio(generationRatio)} (ours ${num((medianMs(ours) ?? NaN) / 1000)} s, openapi-typescript ${num((medianMs(theirs) ?? NaN) / 1000)} s)`,
        },
        {
          text: 'generating the whole API peaks under 1 GiB RSS',
          met: peakRssKb(ours) === undefined ? undefined : (peakRssKb(ours) ?? 0) < RSS_GOAL_KB,
          detail: mib(peakRssKb(ours)),
        },
        {
          text: 'an app calling one method of the whole-API package bundles to at most the same app on the 2-endpoint package + 2 KiB (gzip)',
          met: bundleGap === undefined ? undefined : bundleGap <= BUNDLE_ALLOWANCE,
          detail: `${bytes(wholeBundle.gzip)} against ${bytes(twoBundle.gzip)}: ${bundleGap === undefined ? 'n/a' : `${bundleGap >= 0 ? '+' : ''}${bundleGap.toLocaleString('en-US')} B`}`,
        },
        {
          text: '`tsc --noEmit` of that app is no slower than the same app on the official SDK',
          met: tscRatio === undefined ? undefined : tscRatio <= 1,
          detail: `${ratio(tscRatio)} (ours ${num(tscMedian(tscOurs))} ms, official ${num(tscMedian(tscOfficial))} ms)`,
        },
      ],
    };
  } finally {
    await dispose();
  }
}
