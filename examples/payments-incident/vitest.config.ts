import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    alias: {
      // Tests run against the core sources so they do not depend on a prior build of the core package.
      '@triagekit/core': new URL('../../packages/core/src/index.ts', import.meta.url).pathname,
    },
  },
  test: {
    name: 'example-payments-incident',
    include: ['src/**/*.test.ts'],
    // Generous: CI runs every package's tests in parallel on two cores.
    testTimeout: 30_000,
  },
});
