// `npm run bench`: our parse / convertArticle / extractDates against wtf_wikipedia and wikiparser-node,
// in one process, on the 300 real articles of ../shared/corpus. After one untimed warm-up round (which
// also samples each contender's peak heap), N rounds (default 7) each run every contender once over all
// articles, in a rotating order, so that machine noise falls on every contender alike. It prints the
// median MB/s (UTF-8 bytes of the input) per contender, ours/peer ratios (median of the per-round
// ratios), peak memory, the memory of the tree of a ≥ 250 KB article and the CLI's peak RSS on the
// shared dump, and writes the same table into bench/RESULTS.md (between the bench markers).
//   e.g. "parse   26.1 MB/s" … "parse / wtf(t)   4.3×"
// Options: --rounds N, --articles N (the first N articles, for a quick look), --no-cli, --no-write.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import wtf from 'wtf_wikipedia';
import Parser from 'wikiparser-node';
// The built package (npm run bench builds it first): what users run.
import { convertArticle, extractDates, parse, toPlainText } from '../dist/index.js';
import { writeSection } from './results-file.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusFile = join(root, '..', 'shared', 'corpus', 'bnwiki-300-articles.ndjson.gz');
const dumpFile = join(root, '..', 'shared', 'corpus', 'bnwiki-300.xml.gz');
const resultsFile = join(root, 'bench', 'RESULTS.md');
const tmp = join(root, '.tmp', 'bench');

const args = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    articles: { type: 'string' },
    'no-cli': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
}).values;
const rounds = Number(args.rounds);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('bench: run with --expose-gc (npm run bench) for the memory figures');

// ---------------------------------------------------------------- corpus

interface Article {
  title: string;
  text: string;
}
const all: Article[] = gunzipSync(readFileSync(corpusFile))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Article);
const articles = args.articles ? all.slice(0, Number(args.articles)) : all;
const texts = articles.map((a) => a.text);
const plain = texts.map((t) => toPlainText(t)); // computed once, before any timing
const bytes = (list: string[]) => list.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const wikitextBytes = bytes(texts);
const plainBytes = bytes(plain);

// ---------------------------------------------------------------- contenders

interface Contender {
  name: string;
  /** What it is, for the table. */
  note: string;
  inputs: string[];
  bytes: number;
  run: (t: string) => unknown;
}

let sink = 0; // keeps results alive enough that no call can be optimised away
const keep = (x: unknown) => {
  if (x !== null && x !== undefined) sink++;
};

const contenders: Contender[] = [
  { name: 'parse', note: 'bn-wikitext parse(t)', inputs: texts, bytes: wikitextBytes, run: (t) => parse(t) },
  {
    name: 'convertArticle',
    note: 'bn-wikitext convertArticle(t)',
    inputs: texts,
    bytes: wikitextBytes,
    run: (t) => convertArticle(t),
  },
  {
    name: 'extractDates',
    note: 'bn-wikitext extractDates(toPlainText(t)), MB/s of the plain text',
    inputs: plain,
    bytes: plainBytes,
    run: (t) => extractDates(t),
  },
  { name: 'wtf', note: 'wtf_wikipedia wtf(t)', inputs: texts, bytes: wikitextBytes, run: (t) => wtf(t) },
  {
    name: 'wtf.json',
    note: 'wtf_wikipedia wtf(t).json()',
    inputs: texts,
    bytes: wikitextBytes,
    run: (t) => (wtf(t) as unknown as { json(): unknown }).json(),
  },
  {
    name: 'wikiparser-node',
    note: 'wikiparser-node Parser.parse(t)',
    inputs: texts,
    bytes: wikitextBytes,
    run: (t) => Parser.parse(t),
  },
];

/**
 * Seconds for one pass of a contender over all its inputs. No `gc()` before it: V8 treats a forced `gc()` as a
 * testing collection that also throws away compiled code, so every pass after one starts cold, which
 * penalises short passes (extractDates: ~0.1 s a pass) far more than long ones (measured: the same
 * extractDates loop, median 43 MB/s with `gc()` before each pass, 67 MB/s without, 61 MB/s with garbage
 * making ordinary collections in between). The garbage a contender leaves (wikiparser-node ~200 MB) is
 * collected by ordinary collections during the next pass; the rotating order below spreads that cost.
 */
function timePass(c: Contender): number {
  const started = performance.now();
  for (const t of c.inputs) keep(c.run(t));
  return (performance.now() - started) / 1000;
}

/** The untimed warm-up pass, sampling the heap after every article: peak heap above the baseline. */
function warmUp(c: Contender): number {
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  for (const t of c.inputs) {
    keep(c.run(t));
    const h = process.memoryUsage().heapUsed;
    if (h > peak) peak = h;
  }
  return peak - base;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const MB = 1024 * 1024;

// ---------------------------------------------------------------- run

console.log(
  `bench: ${articles.length} articles, ${(wikitextBytes / 1e6).toFixed(1)} MB wikitext, ` +
    `${(plainBytes / 1e6).toFixed(1)} MB plain text; warm-up + ${rounds} rounds`,
);
const peakHeap = new Map<string, number>();
for (const c of contenders) {
  peakHeap.set(c.name, warmUp(c));
  process.stdout.write(`  warm-up ${c.name} done\n`);
}

const speeds = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
for (let r = 0; r < rounds; r++) {
  // Rotate the order each round: every contender runs first, second … in turn.
  const order = contenders.map((_, i) => contenders[(i + r) % contenders.length]);
  const line: string[] = [];
  for (const c of order) {
    const s = timePass(c);
    speeds.get(c.name)!.push(c.bytes / 1e6 / s);
    line.push(`${c.name} ${(c.bytes / 1e6 / s).toFixed(2)}`);
  }
  console.log(`  round ${r + 1}/${rounds}: ${line.join(', ')}`);
}

const ratioPairs: [string, string][] = [
  ['parse', 'wtf'],
  ['parse', 'wikiparser-node'],
  ['convertArticle', 'wtf.json'],
];
const ratios = ratioPairs.map(([a, b]) => {
  const xs = speeds.get(a)!.map((v, i) => v / speeds.get(b)![i]);
  return { a, b, median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
});

// ---------------------------------------------------------------- memory of one big tree

/** A ≥ 250 KB (UTF-8) article made of real articles, concatenated with blank lines between them. */
function bigArticle(): string {
  const parts: string[] = [];
  let n = 0;
  for (const { text: t } of all) {
    const size = Buffer.byteLength(t, 'utf8') + 2;
    if (n + size > 300_000) continue; // stay near 250 KB: skip articles that would overshoot far
    parts.push(t);
    n += size;
    if (n >= 250_000) break;
  }
  return parts.join('\n\n');
}

/** Heap held by the result of `build(s)`: gc, measure, build and hold, gc, measure. */
function heldBy(build: (s: string) => unknown, s: string): number {
  if (!gc) return NaN;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = build(s);
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  keep(held);
  return after - before;
}

const big = bigArticle();
const bigBytes = Buffer.byteLength(big, 'utf8');
const tree = {
  parse: heldBy((s) => parse(s), big),
  wtf: heldBy((s) => wtf(s), big),
  'wikiparser-node': heldBy((s) => Parser.parse(s), big),
};

const usage = process.memoryUsage();
const peakRssMB = process.resourceUsage().maxRSS / 1024;

// ---------------------------------------------------------------- the CLI on the shared dump

interface CliStats {
  records: number;
  seconds: number;
  maxRssKB: number;
}
function cliRun(): CliStats | null {
  const cli = join(root, 'dist', 'cli.js');
  if (args['no-cli'] || !existsSync(cli) || !existsSync(dumpFile)) return null;
  mkdirSync(tmp, { recursive: true });
  const statsFile = join(tmp, 'cli-stats.json');
  const r = spawnSync(process.execPath, [cli, dumpFile, '-o', '/dev/null', '--quiet'], {
    env: { ...process.env, BN_WIKITEXT_STATS: statsFile },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
  if (r.status !== 0 || !existsSync(statsFile)) {
    console.warn(`bench: the CLI run failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''})`);
    return null;
  }
  return JSON.parse(readFileSync(statsFile, 'utf8')) as CliStats;
}
const cli = cliRun();

// ---------------------------------------------------------------- the table

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const cpu = cpus();
const lines: string[] = [];
lines.push(
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ` +
    `${cpu.length} cores, Node ${process.version}; ${articles.length} articles of \`bnwiki-300-articles.ndjson.gz\` ` +
    `(${(wikitextBytes / 1e6).toFixed(1)} MB UTF-8), warm-up + ${rounds} alternating rounds in one process ` +
    `(\`npm run bench\`). Medians over the rounds.`,
);
lines.push('');
lines.push('| contender | what | MB/s (median) | min – max | peak heap above baseline |');
lines.push('|---|---|---:|---:|---:|');
for (const c of contenders) {
  const xs = speeds.get(c.name)!;
  lines.push(
    `| \`${c.name}\` | ${c.note} | **${f2(median(xs))}** | ${f2(Math.min(...xs))} – ${f2(Math.max(...xs))} | ${f1(peakHeap.get(c.name)! / MB)} MB |`,
  );
}
lines.push('');
lines.push('| ratio (ours / peer, median of per-round ratios) | median | min – max |');
lines.push('|---|---:|---:|');
for (const r of ratios) lines.push(`| \`${r.a}\` / \`${r.b}\` | **${f2(r.median)}×** | ${f2(r.min)} – ${f2(r.max)} |`);
lines.push('');
lines.push('| memory | |');
lines.push('|---|---:|');
lines.push(`| peak RSS of this process (all contenders) | ${f1(peakRssMB)} MB |`);
lines.push(`| heap used / total at the end | ${f1(usage.heapUsed / MB)} / ${f1(usage.heapTotal / MB)} MB |`);
lines.push(
  `| tree of a ${f1(bigBytes / 1000)} KB article (${big.length} UTF-16 units, real articles concatenated): \`parse\` | ${f1(tree.parse / MB)} MB (${f1(tree.parse / bigBytes)} bytes per input byte) |`,
);
lines.push(`| the same article: \`wtf(t)\` | ${f1(tree.wtf / MB)} MB |`);
lines.push(`| the same article: wikiparser-node \`Parser.parse(t)\` | ${f1(tree['wikiparser-node'] / MB)} MB |`);
if (cli) {
  lines.push(
    `| CLI \`node dist/cli.js ../shared/corpus/bnwiki-300.xml.gz -o /dev/null --quiet\` (default workers): peak RSS | ${f1(cli.maxRssKB / 1024)} MB (${cli.records} records in ${f2(cli.seconds)} s) |`,
  );
} else {
  lines.push('| CLI peak RSS on the shared dump | not measured |');
}
const table = lines.join('\n');

console.log('\n' + table + '\n');
if (sink < 0) console.log(sink);

// ---------------------------------------------------------------- RESULTS.md (only our section)

if (!args['no-write'] && !args.articles) {
  writeSection(resultsFile, 'bench', 'Speed and memory (`npm run bench`)', table);
  console.log(`bench: wrote ${resultsFile}`);
}
