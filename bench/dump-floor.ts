// The floor under a dump run, for `npm run bench:dump`: the CLI's own reading and parsing, with nothing after it,
// so the table shows what any record costs at least. Bundled by bench/dump.ts, run as
// `node floor.mjs parse bnwiki-300.xml.gz` → every page of ঢাকা… read and parsed, nothing written.
// Modes: `read` (decompress + XML pages), `parse` (+ the tree of every article page), `text` (+ its plain text).
import { tuneCompilerForBatch, tuneHeapForStreaming } from '../src/cli/v8-tuning.js';
import { openInput } from '../src/dump/open-input.js';
import { readPages } from '../src/dump/read-pages.js';
import { parse } from '../src/parse.js';
import { toPlainText } from '../src/text/plain-text.js';

const MODES = ['read', 'parse', 'text'];

async function main(): Promise<void> {
  tuneHeapForStreaming();
  tuneCompilerForBatch();
  const [mode, input] = process.argv.slice(2);
  if (!MODES.includes(mode) || !input) throw new Error(`usage: floor.mjs ${MODES.join('|')} DUMP`);
  const opened = await openInput(input);
  let pages = 0;
  let chars = 0;
  for await (const page of readPages(opened.chunks, { source: input })) {
    // the pages the CLI converts by default: articles (ns 0); a redirect's text is not parsed
    if (page.ns !== 0) continue;
    pages++;
    if (mode === 'read') continue;
    const tree = parse(page.redirect !== null ? '' : page.text);
    chars += mode === 'text' ? toPlainText(tree).length : tree.children.length;
  }
  process.stderr.write(`${mode}: ${pages} pages (${chars})\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`floor: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
