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
    // Type assertions (*.test-d.ts) are tests too: tsc checks them and each failing one fails.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      exclude: ['test/typecheck/fixtures/**'],
      tsconfig: './tsconfig.typecheck.json',
    },
  },
});
