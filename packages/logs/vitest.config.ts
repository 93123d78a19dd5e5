import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'logs',
    include: ['src/**/*.test.ts'],
  },
});
