// Runs a parsed command line: articles, folders and dumps through the Converter to standard output or a file.
// run({ inputs: ['ঢাকা.wiki'], out: null, … }) → one JSON record on stdout, and { exit: 0, records: 1, … }.
import { createWriteStream, statSync } from 'node:fs';
import { readFile, writeFile, access, constants as fsConstants } from 'node:fs/promises';
import { once } from 'node:events';
import { isUtf8 } from 'node:buffer';
import { openInput, InputError, reasonOf, type OpenedInput } from '../dump/open-input.js';
import { readPages, DumpError } from '../dump/read-pages.js';
import { Converter } from '../dump/pool.js';
import type { BatchResult, ConvertSettings, PageJob } from '../dump/worker.js';
import { createProgress } from './progress.js';
import { listArticleFiles, titleFromPath } from './article-files.js';
import type { CliOptions } from './options.js';

/** Bytes → text; invalid UTF-8 becomes U+FFFD with a warning naming the file. */
function decodeText(buf: Buffer, name: string, warn: (m: string) => void): string {
  if (!isUtf8(buf)) warn(`${name}: invalid UTF-8 replaced with U+FFFD`);
  return buf.toString('utf8');
}

/** Characters of records gathered before they are written. */
const WRITE_CHUNK = 1 << 16;

/** Characters of a record written at a time: their bytes (≤ 48 KB) stay clear of malloc's mmap threshold. */
export const WRITE_SLICE = 1 << 14;

/**
 * A record's JSON in slices of at most WRITE_SLICE characters, never cut inside a surrogate pair:
 * `{"title":"ঢাকা","text":"…"}` of 40 k characters → slices of 16 k, 16 k and 8 k, an emoji left whole.
 */
export function* slices(s: string): Generator<string> {
  if (s.length <= WRITE_SLICE) {
    yield s;
    return;
  }
  for (let i = 0; i < s.length; ) {
    let j = Math.min(s.length, i + WRITE_SLICE);
    const c = s.charCodeAt(j);
    if (j < s.length && c >= 0xdc00 && c <= 0xdfff) j--;
    yield s.slice(i, j);
    i = j;
  }
}

/** Where records go: stdout or -o FILE, with backpressure; a closed pipe ends the process quietly. */
interface Output {
  /** Writes records, each a line of JSON (`{"title":"ঢাকা",…}`, the newline added here). */
  write(lines: readonly string[]): Promise<void>;
  end(): Promise<void>;
}

function openOutput(path: string | null): Output {
  const stream = path === null ? process.stdout : createWriteStream(path);
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`bn-wikitext: cannot write '${path ?? 'standard output'}': ${reasonOf(e)}\n`);
    process.exit(2);
  });
  // Records are gathered into writes of ~64 k characters: one write per small record costs more than the record,
  // and larger ones cost memory (512 k: peak RSS on the shared dump ~7 MB higher, for ~3 % less time). They go
  // out corked, as one vectored write of buffers of at most WRITE_SLICE characters (small records joined up to
  // that, a big one sliced): no record's JSON is copied into one big joined string, and no buffer reaches
  // malloc's 128 KB mmap threshold — on a file, a pipe or a terminal alike (a pipe's corked strings would be
  // encoded into one buffer for the lot, so buffers are made here). Freeing a mapping that big makes glibc raise
  // its threshold for good and fragment its heap with big buffers after it.
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (!size) return;
    const pieces = pending;
    pending = [];
    size = 0;
    stream.cork();
    let run = '';
    for (const piece of pieces)
      for (const part of slices(piece)) {
        if (run.length + part.length > WRITE_SLICE) {
          if (run) stream.write(Buffer.from(run, 'utf8'));
          run = part;
        } else run += part;
      }
    if (run) stream.write(Buffer.from(run, 'utf8'));
    stream.uncork();
    if (stream.writableNeedDrain) await once(stream, 'drain');
  };
  return {
    async write(lines) {
      for (const line of lines) {
        pending.push(line, '\n');
        size += line.length + 1;
      }
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
export interface RunState {
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
    state.records += r.lines.length;
    state.failures += r.failures.length;
    await out.write(r.lines);
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
