import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'chroma/index': 'src/chroma/index.ts' },
  format: ['esm'],
  dts: true,
  target: 'node20',
  clean: true,
  sourcemap: true,
});
