import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  target: 'node20',
  clean: true,
  sourcemap: true,
  // The demo incident is private example code: bundle it so the published CLI is self-contained.
  noExternal: ['@triagekit/example-payments-incident'],
});
