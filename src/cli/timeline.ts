// `bn-wikitext timeline`: the dated events of articles, folders, standard input or a whole dump as one
// self-contained HTML page with an SVG timeline (dist/timeline-template.html, filled with the items as JSON).
// `bn-wikitext timeline ঢাকা.wiki -o ঢাকা.html` → one lane per section; `… bnwiki.xml.gz -o t.html` → one lane per article.
import { readFile, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractEvents, type Event } from '../events/extract-events.js';
import { articleItems, articlesItems } from '../timeline/items.js';
import { fillTemplate, type TimelinePageData } from '../timeline/page-data.js';
import { openInput, reasonOf } from '../dump/open-input.js';
import { readPages } from '../dump/read-pages.js';
import { listArticleFiles, titleFromPath } from './article-files.js';

export const TIMELINE_USAGE = `Usage: bn-wikitext timeline [options] FILE… | DIR | DUMP.xml[.gz|.bz2] | -

Writes one HTML page (no network needed) with a timeline of the dated events: one lane per section for
one article, one lane per article for several (a folder, a dump: its namespace-0 pages, no redirects).

Options:
  -o, --out FILE    write the page to FILE (default: standard output)
      --title TEXT  the page heading (default: the input's name)
  -h, --help        show this help

Exit status: 0 written; 1 an article failed or a dump is damaged (the rest is still drawn); 2 a bad option or input.`;

interface Article {
  title: string;
  events: Event[];
}

/** The articles of one input: a folder's files, a dump's pages, or one wikitext file / stdin. */
async function* articlesOf(input: string, fail: (m: string) => void): AsyncGenerator<Article> {
  const events = (title: string, text: string): Article | null => {
    try {
      return { title, events: extractEvents(text) };
    } catch (e) {
      fail(`${input}: '${title}': ${(e as Error).message}`);
      return null;
    }
  };
  if (input !== '-' && statSync(input).isDirectory()) {
    for (const file of listArticleFiles(input)) {
      const a = events(titleFromPath(file), await readFile(file, 'utf8'));
      if (a) yield a;
    }
    return;
  }
  const opened = await openInput(input);
  try {
    if (opened.kind === 'wikitext') {
      const chunks: Buffer[] = [];
      for await (const c of opened.chunks) chunks.push(c);
      const a = events(input === '-' ? 'standard input' : titleFromPath(input), Buffer.concat(chunks).toString('utf8'));
      if (a) yield a;
      return;
    }
    for await (const page of readPages(opened.chunks, { source: input })) {
      if (page.ns !== 0 || page.redirect !== null) continue;
      const a = events(page.title, page.text);
      if (a) yield a;
    }
  } finally {
    opened.close();
  }
}

/** The page template the build writes beside the CLI (dist/timeline-template.html). */
const TEMPLATE = new URL('./timeline-template.html', import.meta.url);

/** Runs `timeline` with its arguments (and the page template to fill); resolves to the exit status. */
export async function runTimeline(argv: string[], template: URL = TEMPLATE): Promise<number> {
  // biome-ignore lint/suspicious/noImplicitAnyLet: parseArgs' result type follows its options; set in the try
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`bn-wikitext timeline: ${(e as Error).message}\n\n${TIMELINE_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${TIMELINE_USAGE}\n`);
    return 0;
  }
  const inputs = parsed.positionals;
  if (inputs.length === 0) {
    process.stderr.write(`bn-wikitext timeline: no input\n\n${TIMELINE_USAGE}\n`);
    return 2;
  }
  let status = 0;
  const fail = (m: string) => {
    process.stderr.write(`bn-wikitext timeline: ${m}\n`);
    status = 1;
  };
  const articles: Article[] = [];
  for (const input of inputs) {
    if (input === '-') continue;
    try {
      statSync(input);
    } catch (e) {
      process.stderr.write(`bn-wikitext timeline: cannot read '${input}': ${reasonOf(e)}\n`);
      return 2;
    }
  }
  for (const input of inputs) {
    // Damage (a broken dump, an unreadable file) keeps what was read before it.
    try {
      for await (const a of articlesOf(input, fail)) articles.push(a);
    } catch (e) {
      fail(`${input}: ${(e as Error).message}`);
    }
  }
  const present = new Date().getFullYear();
  const items = articles.length === 1 ? articleItems(articles[0].events, present) : articlesItems(articles, present);
  const title =
    parsed.values.title ??
    (inputs.length === 1 ? (inputs[0] === '-' ? 'standard input' : inputs[0]) : `${inputs.length} inputs`);
  const data: TimelinePageData = { title, articles: articles.length, items };
  const page = fillTemplate(await readFile(template, 'utf8'), data);
  if (parsed.values.out) await writeFile(parsed.values.out, page);
  else process.stdout.write(page);
  process.stderr.write(
    `bn-wikitext timeline: ${items.length} marks from ${articles.length} article${articles.length === 1 ? '' : 's'}${parsed.values.out ? ` → ${parsed.values.out}` : ''}\n`,
  );
  return status;
}
