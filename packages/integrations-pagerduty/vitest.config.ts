import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'integrations-pagerduty',
    include: ['src/**/*.test.ts'],
    // Generous: CI runs every package's tests in parallel on two cores.
    testTimeout: 30_000,
  },
});
