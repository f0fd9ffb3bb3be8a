// The bn-wikitext command: articles, folders and whole MediaWiki dumps to JSON / NDJSON, in worker threads where cores allow.
// `bn-wikitext ঢাকা.wiki` → one record; `bn-wikitext bnwiki-latest-pages-articles.xml.bz2 -o out.ndjson` → a line per page.
// The options are read in options.ts and run in convert.ts; this entry only tunes V8 (heap, inlining), runs and exits.
import { writeFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { version } from '../../package.json';
import { parseCli, USAGE } from './options.js';
import { run, type RunState } from './convert.js';
import { runTimeline } from './timeline.js';

/** Writes run figures (for `npm run bench:dump`) to $BN_WIKITEXT_STATS when set. */
async function writeStats(started: number, state: RunState): Promise<void> {
  const file = process.env.BN_WIKITEXT_STATS;
  if (!file) return;
  const stats = {
    records: state.records,
    pages: state.pages,
    bytes: state.bytes,
    seconds: (Date.now() - started) / 1000,
    maxRssKB: process.resourceUsage().maxRSS,
    memoryAtEnd: process.memoryUsage(),
  };
  await writeFile(file, JSON.stringify(stats) + '\n');
}

/**
 * A streaming run keeps little alive (a batch of pages and their trees), so V8 need not grow its heap the way it
 * does for a long-lived server: the young generation stays at its first size and the old one grows by 30 %
 * over what survives. Peak RSS on the shared dump with one worker: ~150 MB → ~100 MB, for ~15 % more CPU
 * (measured with `npm run bench:dump`). Both flags are read by V8 as the heap grows, so setting them now works.
 */
function tuneHeapForStreaming(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=30');
}

/**
 * A dump run spends much of its time before the optimizing compiler has caught up: the shared dump's first pass
 * over the 300 articles takes ~1.8× as long as a second one. Large functions (convertArticle, extractDates,
 * the grammar's rules) inline so much that each "wrong map" deoptimisation throws away and recompiles a big
 * unit, again and again, and many lukewarm functions are compiled that never pay back. Inlining less (bytecode
 * budgets 200 / 100 instead of 920 / 460) makes those units small, and a larger interrupt budget (250 k instead
 * of 132 k) optimizes only what stays hot. Shared dump, one worker: wall 3.9 s → 2.9 s, CPU 5.8 s → 3.6 s,
 * the same output (measured 2026-11-30; `npm run bench:dump`). Read when a function is optimized, so setting
 * them now works.
 */
function tuneCompilerForBatch(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
  setFlagsFromString('--max-inlined-bytecode-size=100');
  setFlagsFromString('--interrupt-budget=250000');
}

/** Entry point: parse, run, exit with 0, 1 or 2. */
async function main(): Promise<void> {
  const started = Date.now();
  tuneHeapForStreaming();
  tuneCompilerForBatch();
  process.stderr.on('error', () => {}); // a closed stderr must not crash the run
  if (process.argv[2] === 'timeline') process.exit(await runTimeline(process.argv.slice(3)));
  const parsed = parseCli(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`${version}\n`);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`bn-wikitext: ${parsed.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  const state = await run(parsed.options);
  await writeStats(started, state);
  process.exit(state.exit);
}

main().catch((e: unknown) => {
  process.stderr.write(`bn-wikitext: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
