// The bn-wikitext command: articles, folders and whole MediaWiki dumps to JSON / NDJSON, in worker threads where cores allow.
// `bn-wikitext ঢাকা.wiki` → one record; `bn-wikitext bnwiki-latest-pages-articles.xml.bz2 -o out.ndjson` → a line per page.
import { availableParallelism } from 'node:os';
import { createWriteStream, statSync } from 'node:fs';
import { readFile, writeFile, access, constants as fsConstants } from 'node:fs/promises';
import { once } from 'node:events';
import { isUtf8 } from 'node:buffer';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { version } from '../../package.json';
import { openInput, InputError, reasonOf, type OpenedInput } from '../dump/open-input.js';
import { readPages, DumpError } from '../dump/read-pages.js';
import { Converter } from '../dump/pool.js';
import { RECORD_FIELDS, SOURCE_FIELDS, type BatchResult, type ConvertSettings, type PageJob } from '../dump/worker.js';
import type { ArticleField } from '../article/convert-article.js';
import { createProgress } from './progress.js';
import { listArticleFiles, titleFromPath } from './article-files.js';
import { runTimeline } from './timeline.js';

export const USAGE = `Usage: bn-wikitext [options] FILE… | DIR | -
       bn-wikitext timeline [-o timeline.html] FILE… | DIR | -   (an HTML timeline of the events; see timeline --help)

Converts Bengali Wikipedia wikitext to JSON.
  FILE.wiki, FILE.txt   one article → one JSON record (title from the file name)
  DUMP.xml[.gz|.bz2]    a MediaWiki XML dump → NDJSON, one record per page, in dump order
  DIR                   every .wiki/.txt file below it → NDJSON, sorted by path
  -                     read standard input (wikitext or a dump, plain, gzip or bzip2)

Options:
  -o, --out FILE     write to FILE instead of standard output
      --ns LIST      namespaces to convert from a dump, e.g. 0,14 or all (default: 0)
      --no-redirects skip redirect pages (default: { title, redirect } records)
      --ast          include the syntax tree in each record
      --events-only  only the title (and dump fields) and the events of each page
      --no-appendices  leave appendix sections (তথ্যসূত্র, বহিঃসংযোগ, আরও দেখুন …) out of text
      --fields LIST  only these fields, computed and written, e.g. title,text,events (default: all):
                     ${RECORD_FIELDS.join(',')}
      --workers N    worker threads for a dump or folder (default here: ${defaultWorkers()}; 1 on up to 2 cores, else cores − 1)
      --limit N      stop after N records
      --pretty       indent the JSON
  -q, --quiet        no progress on stderr
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 all converted; 1 a page failed or a dump is damaged (every complete page is still written);
2 a bad option or a missing/unreadable input.`;

export interface CliOptions {
  inputs: string[];
  out: string | null;
  ns: Set<number> | 'all';
  redirects: boolean;
  ast: boolean;
  /** `--fields` (or `--events-only`): only these fields; null for all. */
  fields: ArticleField[] | null;
  /** False with --no-appendices. */
  appendices: boolean;
  workers: number;
  limit: number;
  pretty: boolean;
  quiet: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

/**
 * Worker threads by default: 1 on 1–2 cores (the reading and writing thread needs a core too, and two
 * workers measured slower than one on 2 cores), else one less than the available parallelism.
 */
export function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 1 : cores - 1;
}

/** "title,text,events" → the fields, or an error message naming the unknown one. */
export function parseFields(text: string): ArticleField[] | string {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.find((n) => !(RECORD_FIELDS as readonly string[]).includes(n));
  if (unknown !== undefined || names.length === 0)
    return `--fields wants names from ${RECORD_FIELDS.join(',')}, not '${unknown ?? text}'`;
  return names as ArticleField[];
}

/** A whole number ≥ min from an option's text, or an error message. */
function wholeNumber(name: string, text: string, min: number): number | string {
  return /^\d+$/.test(text) && Number(text) >= min
    ? Number(text)
    : `--${name} wants a whole number ≥ ${min}, not '${text}'`;
}

/** "0,14" → {0, 14}; "all" → 'all'. */
export function parseNamespaces(text: string): Set<number> | 'all' | string {
  if (text.trim().toLowerCase() === 'all') return 'all';
  const parts = text.split(',').map((s) => s.trim());
  if (parts.some((p) => !/^-?\d+$/.test(p))) return `--ns wants namespace numbers like 0,14 (or all), not '${text}'`;
  return new Set(parts.map(Number));
}

/** The command line → options, or help/version, or an error for the usage message. */
export function parseCli(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        ns: { type: 'string' },
        'no-redirects': { type: 'boolean' },
        ast: { type: 'boolean' },
        'events-only': { type: 'boolean' },
        'no-appendices': { type: 'boolean' },
        fields: { type: 'string' },
        workers: { type: 'string' },
        limit: { type: 'string' },
        pretty: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const workers = v.workers === undefined ? defaultWorkers() : wholeNumber('workers', v.workers, 1);
  const limit = v.limit === undefined ? Infinity : wholeNumber('limit', v.limit, 1);
  const ns = v.ns === undefined ? new Set([0]) : parseNamespaces(v.ns);
  let fields = v.fields === undefined ? null : parseFields(v.fields);
  if (typeof fields === 'string') return { kind: 'error', message: fields };
  if (v['events-only']) fields = [...(fields ?? SOURCE_FIELDS), 'events'];
  if (v.ast && fields && !fields.includes('ast')) fields.push('ast');
  for (const x of [workers, limit, ns]) if (typeof x === 'string' && x !== 'all') return { kind: 'error', message: x };
  if (parsed.positionals.length === 0)
    return { kind: 'error', message: 'no input: give a file, a folder or - for standard input' };
  if (parsed.positionals.filter((p) => p === '-').length > 1)
    return { kind: 'error', message: 'standard input (-) can be read only once' };
  if (v.out === '') return { kind: 'error', message: '--out wants a file name' };
  return {
    kind: 'run',
    options: {
      inputs: parsed.positionals,
      out: v.out ?? null,
      ns: ns as Set<number> | 'all',
      redirects: !v['no-redirects'],
      ast: !!v.ast,
      fields,
      appendices: !v['no-appendices'],
      workers: workers as number,
      limit: limit as number,
      pretty: !!v.pretty,
      quiet: !!v.quiet,
    },
  };
}

/** Bytes → text; invalid UTF-8 becomes U+FFFD with a warning naming the file. */
function decodeText(buf: Buffer, name: string, warn: (m: string) => void): string {
  if (!isUtf8(buf)) warn(`${name}: invalid UTF-8 replaced with U+FFFD`);
  return buf.toString('utf8');
}

/** Characters of records gathered before they are written. */
const WRITE_CHUNK = 1 << 19;

/** Where records go: stdout or -o FILE, with backpressure; a closed pipe ends the process quietly. */
interface Output {
  write(s: string): Promise<void>;
  end(): Promise<void>;
}

function openOutput(path: string | null): Output {
  const stream = path === null ? process.stdout : createWriteStream(path);
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`bn-wikitext: cannot write '${path ?? 'standard output'}': ${reasonOf(e)}\n`);
    process.exit(2);
  });
  // Records are gathered into writes of ~1 MB: one write per small record costs more than the record.
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (!size) return;
    const s = pending.join('');
    pending = [];
    size = 0;
    if (!stream.write(s)) await once(stream, 'drain');
  };
  return {
    async write(s) {
      pending.push(s);
      size += s.length;
      if (size >= WRITE_CHUNK) await flush();
    },
    async end() {
      await flush();
      if (stream === process.stdout) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** What happened, for the exit status and the stats file. */
interface RunState {
  exit: number;
  records: number;
  failures: number;
  bytes: number;
  pages: number;
  left: number;
}

/** Checks every input before any output: exit 2 naming the first missing or unreadable one. */
async function checkInputs(inputs: string[]): Promise<string | null> {
  for (const input of inputs) {
    if (input === '-') continue;
    try {
      await access(input, fsConstants.R_OK);
      statSync(input);
    } catch (e) {
      return new InputError(input, reasonOf(e)).message;
    }
  }
  return null;
}

/** Runs the command; resolves to what happened (`exit` is the status). */
export async function run(options: CliOptions): Promise<RunState> {
  const state: RunState = { exit: 0, records: 0, failures: 0, bytes: 0, pages: 0, left: options.limit };
  const bad = await checkInputs(options.inputs);
  if (bad) {
    process.stderr.write(`bn-wikitext: ${bad}\n`);
    return { ...state, exit: 2 };
  }
  if (options.out !== null) {
    try {
      await writeFile(options.out, '');
    } catch (e) {
      process.stderr.write(`bn-wikitext: cannot write '${options.out}': ${reasonOf(e)}\n`);
      return { ...state, exit: 2 };
    }
  }
  const out = openOutput(options.out);
  const warn = (m: string): void => {
    process.stderr.write(`bn-wikitext: warning: ${m}\n`);
  };
  const settings: ConvertSettings = {
    ast: options.ast,
    fields: options.fields,
    redirects: options.redirects,
    pretty: options.pretty,
  };
  if (!options.appendices) settings.appendices = false;
  const sink = async (r: BatchResult): Promise<void> => {
    for (const f of r.failures) {
      process.stderr.write(
        `bn-wikitext: ${f.source}: page '${f.title ?? '(untitled)'}'${f.id !== null ? ` (id ${f.id})` : ''}: conversion failed: ${f.message}\n`,
      );
    }
    state.records += r.records;
    state.failures += r.failures.length;
    await out.write(r.out);
  };
  const converter = new Converter({ workers: options.workers, settings, sink });
  try {
    for (const input of options.inputs) {
      if (state.left <= 0) break;
      const code =
        input !== '-' && statSync(input).isDirectory()
          ? await convertFolder(input, converter, state, warn)
          : await convertInput(input, options, converter, state, warn);
      state.exit = Math.max(state.exit, code);
    }
    await converter.finish();
  } finally {
    await converter.destroy();
    await out.end(); // what was converted is written, whatever stopped the run
  }
  if (state.failures > 0) state.exit = Math.max(state.exit, 1);
  return state;
}

/** A folder: each .wiki/.txt file below it, in sorted order, as one record with its `file`. */
async function convertFolder(
  dir: string,
  converter: Converter,
  state: RunState,
  warn: (m: string) => void,
): Promise<number> {
  let files: string[];
  try {
    files = listArticleFiles(dir);
  } catch (e) {
    process.stderr.write(`bn-wikitext: ${new InputError(dir, reasonOf(e)).message}\n`);
    return 2;
  }
  for (const file of files) {
    if (state.left <= 0) break;
    let buf: Buffer;
    try {
      buf = await readFile(file);
    } catch (e) {
      process.stderr.write(`bn-wikitext: ${new InputError(file, reasonOf(e)).message}\n`);
      return 2;
    }
    state.left--;
    await converter.push({ source: file, title: titleFromPath(file), text: decodeText(buf, file, warn), file });
  }
  return 0;
}

/** A file or stdin: one wikitext record, or every selected page of a dump. */
async function convertInput(
  name: string,
  options: CliOptions,
  converter: Converter,
  state: RunState,
  warn: (m: string) => void,
): Promise<number> {
  let input: OpenedInput;
  try {
    input = await openInput(name);
  } catch (e) {
    process.stderr.write(`bn-wikitext: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    if (input.kind === 'wikitext') {
      const chunks: Buffer[] = [];
      for await (const c of input.chunks) chunks.push(c);
      const label = name === '-' ? 'standard input' : name;
      state.left--;
      await converter.push({
        source: label,
        title: name === '-' ? null : titleFromPath(name),
        text: decodeText(Buffer.concat(chunks), label, warn),
      });
      return 0;
    }
    return await convertDump(input, options, converter, state, warn);
  } catch (e) {
    process.stderr.write(`bn-wikitext: ${name === '-' ? 'standard input' : name}: ${(e as Error).message}\n`);
    return 1;
  } finally {
    input.close();
  }
}

/** A dump: selected pages (namespace, redirects, limit) to the converter, in order; damage → message, exit 1. */
async function convertDump(
  input: OpenedInput,
  options: CliOptions,
  converter: Converter,
  state: RunState,
  warn: (m: string) => void,
): Promise<number> {
  const source = input.name === '-' ? 'standard input' : input.name;
  const progress = createProgress({ label: source, quiet: options.quiet, stream: process.stderr, total: input.size });
  const recordsBefore = state.records;
  const snapshot = () => ({
    pages: state.records - recordsBefore,
    bytes: input.counters.bytes,
    rawBytes: input.counters.raw,
  });
  let code = 0;
  try {
    for await (const page of readPages(input.chunks, { source, onWarning: warn })) {
      state.pages++;
      progress.update(snapshot());
      if (options.ns !== 'all' && !options.ns.has(page.ns)) continue;
      if (page.redirect !== null && !options.redirects) continue;
      const job: PageJob = {
        source,
        title: page.title,
        text: page.redirect !== null ? '' : page.text,
        id: page.id,
        revid: page.revid,
        url: page.url,
        ns: page.ns,
        timestamp: page.timestamp,
        redirect: page.redirect,
      };
      state.left--;
      await converter.push(job);
      if (state.left <= 0) break;
    }
  } catch (e) {
    if (!(e instanceof DumpError)) throw e;
    await converter.finish(); // every complete page before the damage is written before the message
    process.stderr.write(`bn-wikitext: ${e.message}\n`);
    code = 1;
  }
  state.bytes += input.counters.bytes;
  await converter.finish();
  progress.stop(snapshot());
  return code;
}

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

/** Entry point: parse, run, exit with 0, 1 or 2. */
async function main(): Promise<void> {
  const started = Date.now();
  tuneHeapForStreaming();
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
