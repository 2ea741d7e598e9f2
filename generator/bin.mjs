#!/usr/bin/env node
// The command (`npm run generate`, the `cf-billing-codegen` bin): the generator bundled into one
// plain ES module by scripts/build.mjs, rebuilt first if a source changed since the last build.
import { ensureBuilt } from '../scripts/build.mjs';

await ensureBuilt();
const { main } = await import('../.build/generator/cli.mjs');
process.exitCode = await main(process.argv.slice(2));
