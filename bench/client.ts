/**
 * Section `client` (issue 15): the generated client at run time, against openapi-fetch alone and
 * the official `cloudflare` SDK: per-call overhead on both endpoints (bench/client-overhead.ts),
 * a JSON POST (bench/post.ts), and the bundle of an app making both calls (bench/size.ts).
 */
import { clientOverhead } from './client-overhead.js';
import type { RunMode } from './mode.js';
import { jsonPost } from './post.js';
import type { SectionResult } from './report.js';
import { size } from './size.js';
import { workFolder } from './workdir.js';

export async function client(_mode: RunMode): Promise<SectionResult> {
  const { dir: work, dispose } = await workFolder('client');
  try {
    console.log('client: per-call overhead...');
    const overhead = await clientOverhead();
    console.log('client: JSON POST...');
    const post = await jsonPost(work);
    console.log('client: bundles...');
    const bundles = await size();
    return {
      id: 'client',
      title: 'The client (issue 15)',
      body: [overhead.body, post.body, bundles.body].join('\n\n'),
      goals: [...overhead.goals, ...post.goals, ...bundles.goals],
    };
  } finally {
    await dispose();
  }
}
