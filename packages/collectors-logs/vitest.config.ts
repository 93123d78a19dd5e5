import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'collectors-logs',
    include: ['src/**/*.test.ts'],
  },
});
