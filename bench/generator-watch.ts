/**
 * `npx tsx bench/generator-watch.ts [--quick]`: part 3 of the generator section (`--watch`, save →
 * last file written, on the built-in spec and on 1,000 operations) alone, measured exactly as
 * `npm run bench -- generator` measures it; prints its table and goals, and leaves RESULTS.md alone.
 */
import { watch } from './generator.js';
import { goalLine } from './report.js';
import { workFolder } from './workdir.js';

const { dir, dispose } = await workFolder('generator-watch');
try {
  const result = await watch({ quick: process.argv.includes('--quick') }, dir);
  console.log(`\n${result.body.join('\n\n')}\n\n${result.goals.map(goalLine).join('\n')}`);
} finally {
  await dispose();
}
