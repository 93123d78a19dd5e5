import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'openai/index': 'src/openai/index.ts',
    'anthropic/index': 'src/anthropic/index.ts',
  },
  format: ['esm'],
  dts: true,
  target: 'node20',
  clean: true,
  sourcemap: true,
});
