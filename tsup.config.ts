import { defineConfig } from 'tsup';

// The library (ESM + CJS + bundled .d.ts), the CLI and its worker (ESM, Node 20), and the library for
// browsers (dist/browser.js: one minified ES module, no Node built-in). The builds run at the same time,
// so none cleans dist/: `npm run build` empties it first. The pages are built by scripts/build-pages.mjs.
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
    // bundled, not imported: importing a CommonJS package (saxes) from an ES module loads Node's module lexer,
    // and the CLI's peak memory on the shared dump is ~5 MB lower with these three inside it
    noExternal: ['saxes', 'xmlchars', 'entities'],
  },
  {
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/], // self-contained: nothing left to resolve in the browser
  },
]);
