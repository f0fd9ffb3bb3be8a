// The bn-wikitext command: articles, folders and whole MediaWiki dumps to JSON / NDJSON, in worker threads where cores allow.
// `bn-wikitext ঢাকা.wiki` → one record; `bn-wikitext bnwiki-latest-pages-articles.xml.bz2 -o out.ndjson` → a line per page.
// The options are read in options.ts and run in convert.ts; this entry only tunes V8 (v8-tuning.ts), runs and exits.
import { writeFile } from 'node:fs/promises';
import { version } from '../../package.json';
import { parseCli, USAGE } from './options.js';
import { run, type RunState } from './convert.js';
import { runTimeline } from './timeline.js';
import { tuneCompilerForBatch, tuneHeapForStreaming } from './v8-tuning.js';

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
