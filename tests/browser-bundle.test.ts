// The library runs in browsers: the public entry (parse, stringify, toPlainText, extractDates, extractEvents,
// convertArticle, sortEvents) bundles for the browser platform with no Node built-in, and the README states
// the bundle's size (min + gzip) truthfully. The CLI, dump reader and workers stay in their own entry points.
import { describe, expect, it } from 'vitest';
import { build, type Metafile } from 'esbuild';
import { builtinModules } from 'node:module';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Bundles `entry` for browsers; resolves to its metafile, or rejects naming what could not be resolved. */
async function browserBundle(entry: string): Promise<{ metafile: Metafile; code: string }> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { metafile: r.metafile, code: r.outputFiles[0].text };
}

/** Every import path the bundle's inputs make. */
const importsOf = (m: Metafile): string[] => Object.values(m.inputs).flatMap((i) => i.imports.map((x) => x.path));

describe('browser bundle', () => {
  it('bundles src/index.ts for browsers without any Node built-in', async () => {
    const { metafile } = await browserBundle('src/index.ts');
    const builtins = importsOf(metafile).filter((p) => NODE_BUILTINS.has(p));
    expect(builtins).toEqual([]);
    expect(Object.keys(metafile.inputs).filter((f) => /src\/(cli|dump)\//.test(f))).toEqual([]);
  });

  it('fails when a Node built-in creeps into what the entry imports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-bundle-'));
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(
        entry,
        `export { parse } from ${JSON.stringify(join(process.cwd(), 'src/index.ts'))};\nexport { readFileSync } from 'node:fs';\n`,
      );
      await expect(browserBundle(entry)).rejects.toThrow(/node:fs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dist/browser.js works as an ES module and its min+gzip size is the one the README states (±25%)', async () => {
    const built = '../dist/browser.js';
    const lib = (await import(built)) as typeof import('../src/index.js');
    expect(Object.keys(lib).sort()).toEqual(Object.keys(await import('../src/index.js')).sort());
    expect(lib.extractEvents('১৯৭১ সালে বাংলাদেশ স্বাধীন হয়।')[0].date.value.year).toBe(1971);
    const kb = gzipSync(readFileSync('dist/browser.js')).length / 1024;
    const stated = /min \+ gzip[^0-9]*([0-9.]+) KB/.exec(readFileSync('README.md', 'utf8'));
    expect(stated, 'README names the size as "min + gzip … N KB"').not.toBeNull();
    expect(Math.abs(Number(stated![1]) - kb) / kb).toBeLessThan(0.25);
  });
});
