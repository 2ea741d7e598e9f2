/**
 * Part of the client section: a JSON POST, ours against openapi-fetch, per-call overhead above
 * raw fetch on the in-memory fetch. The built-in spec has only GETs, so the client is generated
 * at run time from bench/specs/tags.yaml (one POST with a JSON body) into a scratch folder and
 * imported from there; openapi-fetch is typed by openapi-typescript's output for the same spec.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import createClient from 'openapi-fetch';
import { ACCOUNT_ID, API_TOKEN } from './fixtures.js';
import { BASE_URL } from './contenders.js';
import { memoryFetch, type FetchLike } from './memory-fetch.js';
import type { paths } from './openapi-types/tags.js';
import { errorMessage, num, ratio, table, type Goal } from './report.js';
import { OURS } from './rivals.js';
import { failureText, runProcess } from './spawn.js';
import { pairedDifferenceUs, probe, runTasks, type TaskFigures } from './tinybench.js';

const SPEC = 'bench/specs/tags.yaml';
const TAG = { name: 'billing', color: 'red' } as const;
const RESPONSE = { success: true, errors: [], messages: [], result: { id: 'tag_1', name: 'billing', color: 'red' } };

/** The part of the generated tags client the bench calls. */
interface TagsModule {
  readonly createTagsClient: (options: { apiToken: string; baseUrl: string; fetch: FetchLike; maxRetries: number }) => {
    tags: { create: (params: { account_id: string; name: string; color?: string }) => Promise<{ id: string }> };
  };
}

type Call = () => Promise<number>;

function raw(fetch: FetchLike): Call {
  const url = `${BASE_URL}/accounts/${ACCOUNT_ID}/tags`;
  return async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(TAG),
    });
    return (JSON.parse(await response.text()) as typeof RESPONSE).result.id ? 1 : 0;
  };
}

function openapiFetch(fetch: FetchLike): Call {
  const client = createClient<paths>({ baseUrl: BASE_URL, fetch, headers: { authorization: `Bearer ${API_TOKEN}` } });
  return async () => {
    const { data } = await client.POST('/accounts/{account_id}/tags', {
      params: { path: { account_id: ACCOUNT_ID } },
      body: TAG,
    });
    return data?.result.id ? 1 : 0;
  };
}

async function ours(work: string): Promise<(fetch: FetchLike) => Call> {
  const outDir = path.join(work, 'tags-client');
  const run = await runProcess(OURS.command, OURS.args(SPEC, outDir));
  if (run.exitCode !== 0) throw new Error(`generating ${SPEC} failed: ${failureText(run)}`);
  const module = (await import(pathToFileURL(path.resolve(outDir, 'dist/index.js')).href)) as TagsModule;
  return (fetch) => {
    const client = module.createTagsClient({ apiToken: API_TOKEN, baseUrl: BASE_URL, fetch, maxRetries: 0 });
    return async () => ((await client.tags.create({ account_id: ACCOUNT_ID, ...TAG })).id ? 1 : 0);
  };
}

export async function jsonPost(work: string): Promise<{ body: string; goals: Goal[] }> {
  const contenders: { name: string; make: (fetch: FetchLike) => Call }[] = [
    { name: 'raw fetch + JSON.stringify/parse', make: raw },
    { name: 'openapi-fetch alone', make: openapiFetch },
  ];
  let oursError: string | undefined;
  try {
    contenders.push({ name: 'ours (`client.tags.create`)', make: await ours(work) });
  } catch (error) {
    oursError = errorMessage(error);
  }
  const tasks = [];
  const failures = new Map<string, string>();
  for (const contender of contenders) {
    const call = contender.make(memoryFetch(RESPONSE).fetch);
    const failure = await probe(async () => {
      if ((await call()) !== 1) throw new Error('did not read the created tag');
    });
    if (failure) failures.set(contender.name, failure);
    else tasks.push({ name: contender.name, fn: call, async: true });
  }
  const figures = await runTasks('client: JSON POST', tasks);
  const find = (name: string | undefined): TaskFigures | undefined => figures.find((each) => each.name === name);
  const [floor, rival, mine] = contenders.map((contender) => find(contender.name));
  const over = (task: TaskFigures | undefined): number | undefined => pairedDifferenceUs(task, floor);
  const rivalOver = over(rival);
  const mineOver = over(mine);
  const versus = mineOver === undefined || rivalOver === undefined || rivalOver <= 0 ? undefined : mineOver / rivalOver;
  const rows = contenders.map((contender, index) => {
    const task = find(contender.name);
    return [
      contender.name,
      task === undefined ? `failed: ${failures.get(contender.name) ?? 'not run'}` : num(task.medianUs),
      index === 0 ? '0 (floor)' : num(over(task)),
      index === 0 ? '' : ratio(rivalOver && over(task) !== undefined ? (over(task) ?? 0) / rivalOver : undefined),
    ];
  });
  if (oursError !== undefined) rows.push(['ours', `failed: ${oursError}`, '', '']);
  const body = [
    `**JSON POST** (\`POST /accounts/{account_id}/tags\` from \`${SPEC}\`, a body of two fields, the created tag answered), ` +
      'the same in-memory fetch and rounds as above:',
    table(
      [
        { title: 'client' },
        { title: 'median µs/call', align: 'right' },
        { title: 'overhead µs above raw', align: 'right' },
        { title: 'overhead ÷ openapi-fetch', align: 'right' },
      ],
      rows,
    ),
  ].join('\n\n');
  return {
    body,
    goals: [
      {
        text: "a JSON POST's overhead above raw fetch is at most openapi-fetch's POST (≤ 1.00×)",
        met: versus === undefined ? undefined : versus <= 1,
        detail: `${ratio(versus)} (ours ${num(mineOver)} µs, openapi-fetch ${num(rivalOver)} µs)`,
      },
    ],
  };
}
