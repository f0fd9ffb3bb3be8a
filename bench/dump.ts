// `npm run bench:dump`: converts the whole shared bnwiki dump with --workers 1 and --workers 2 and prints
// pages/s, MB/s (of XML), peak RSS and the speed-up, e.g. "workers 2: 348 pages in 1.9 s … speed-up 1.8×".
// Options: --runs N (best of N, default 2), --grow N (also a dump N× as long, to show memory stays flat),
// --stand-in (also a build whose convertArticle is parse() + extractDates(), while the real one is being written).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const dump = join(root, '..', 'shared', 'corpus', 'bnwiki-300.xml.gz');
const tmp = join(root, '.tmp', 'bench-dump');

interface Run { seconds: number; records: number; maxRssMB: number }

/** One CLI run with stats written by the CLI itself ($BN_WIKITEXT_STATS): wall time, records, peak RSS. */
function runOnce(cli: string, input: string, workers: number): Run {
  const statsFile = join(tmp, `stats-${workers}.json`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, input, '--workers', String(workers), '--quiet', '-o', '/dev/null'], {
    env: { ...process.env, BN_WIKITEXT_STATS: statsFile }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${cli} ${input} --workers ${workers} exited ${r.status}`);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { records: number; maxRssKB: number };
  return { seconds, records: stats.records, maxRssMB: stats.maxRssKB / 1024 };
}

/** The best (fastest) of `runs` runs; peak RSS is the largest seen. */
function best(cli: string, input: string, workers: number, runs: number): Run {
  const all = Array.from({ length: runs }, () => runOnce(cli, input, workers));
  const fastest = all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...fastest, maxRssMB: Math.max(...all.map((r) => r.maxRssMB)) };
}

/** A table row: "workers 2   348 pages   1.90 s   183 pages/s   7.8 MB/s   peak RSS 160 MB". */
function row(label: string, r: Run, xmlBytes: number): string {
  const mbs = xmlBytes / 1e6 / r.seconds;
  return `${label.padEnd(22)} ${String(r.records).padStart(6)} pages ${r.seconds.toFixed(2).padStart(7)} s ` +
    `${(r.records / r.seconds).toFixed(0).padStart(7)} pages/s ${mbs.toFixed(1).padStart(6)} MB/s   peak RSS ${r.maxRssMB.toFixed(0)} MB`;
}

/** Workers 1 vs 2 for one build of the CLI; returns the speed-up. */
function compare(title: string, cli: string, input: string, xmlBytes: number, runs: number): number {
  console.log(`\n${title}`);
  const one = best(cli, input, 1, runs);
  console.log(row('--workers 1', one, xmlBytes));
  const two = best(cli, input, 2, runs);
  console.log(row('--workers 2', two, xmlBytes));
  const ratio = one.seconds / two.seconds;
  console.log(`speed-up: ${ratio.toFixed(2)}× (target ≥ 1.6×: ${ratio >= 1.6 ? 'met' : 'NOT met'})`);
  return ratio;
}

/** The dump with its pages repeated n times (same siteinfo, one </mediawiki>). */
function grownDump(xml: Buffer, n: number): string {
  const file = join(tmp, `bnwiki-300-x${n}.xml`);
  if (existsSync(file)) return file;
  const a = xml.indexOf('  <page>');
  const b = xml.lastIndexOf('</mediawiki>');
  writeFileSync(file, Buffer.concat([xml.subarray(0, a), ...Array.from({ length: n }, () => xml.subarray(a, b)), xml.subarray(b)]));
  return file;
}

/** Builds dist-like cli.js + worker.js whose convertArticle is parse() + extractDates() (a stand-in), into .tmp. */
async function buildStandIn(): Promise<string> {
  const out = join(tmp, 'stand-in');
  const standIn = join(tmp, 'stand-in-convert.ts');
  // The project's own parse() and extractDates(): most of what the real convertArticle does.
  writeFileSync(standIn, `import { parse } from ${JSON.stringify(join(root, 'src/parse.ts'))};
import { extractDates } from ${JSON.stringify(join(root, 'src/dates/index.ts'))};
export function convertArticle(wikitext: string, meta: { title?: string; ast?: boolean } = {}) {
  const tree = parse(wikitext);
  return { title: meta.title ?? null, redirect: null, nodes: tree.children.length, dates: extractDates(wikitext) };
}
`);
  const { build } = await import('esbuild');
  await build({
    entryPoints: { cli: join(root, 'src/cli/main.ts'), worker: join(root, 'src/dump/worker.ts') },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outdir: out, packages: 'external', logLevel: 'error',
    nodePaths: [join(root, 'node_modules')],
    plugins: [{ name: 'stand-in', setup(b) { b.onResolve({ filter: /convert-article\.js$/ }, () => ({ path: standIn })); } }],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return join(out, 'cli.js');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '2' }, grow: { type: 'string' }, 'stand-in': { type: 'boolean' } } });
  const runs = Math.max(1, Number(values.runs));
  mkdirSync(tmp, { recursive: true });
  const cli = join(root, 'dist', 'cli.js');
  const xml = gunzipSync(readFileSync(dump));
  console.log(`dump: ${dump} (${(statSync(dump).size / 1e6).toFixed(1)} MB gzip, ${(xml.length / 1e6).toFixed(1)} MB XML); ` +
    `node ${process.version}; best of ${runs}; pages = records written (ns 0 articles + redirects)`);
  compare('dist/cli.js (the real convertArticle)', cli, dump, xml.length, runs);
  if (values.grow) {
    const n = Math.max(2, Number(values.grow));
    const big = grownDump(xml, n);
    console.log(`\nflat memory: the same dump ${n}× as long (${(statSync(big).size / 1e6).toFixed(0)} MB XML), --workers 2`);
    const plain = join(tmp, 'bnwiki-300-x1.xml');
    if (!existsSync(plain)) writeFileSync(plain, xml);
    console.log(row('1× dump', best(cli, plain, 2, 1), xml.length));
    console.log(row(`${n}× dump`, best(cli, big, 2, 1), xml.length * n));
  }
  if (values['stand-in']) {
    compare('stand-in build: convertArticle = parse() + extractDates() (until the real one lands)', await buildStandIn(), dump, xml.length, runs);
  }
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
