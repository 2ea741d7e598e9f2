import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
    // Snapshots are checked, never written: a missing, changed or obsolete one fails the run, in
    // CI and on a laptop alike. `npm run test:update` (vitest -u) rewrites them on purpose.
    update: 'none',
  },
});
