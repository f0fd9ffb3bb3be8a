import { defineConfig } from 'tsup';

// The library (ESM + CJS + bundled .d.ts), the CLI and its worker (ESM, Node 20). The two builds run
// at the same time, so neither cleans dist/: `npm run build` empties it first.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli/main.ts', worker: 'src/dump/worker.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
